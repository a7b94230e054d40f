package org.permeate.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.brine.LaliberteDensity;
import org.permeate.properties.brine.LaliberteViscosity;
import org.permeate.properties.diffusion.GordonDiffusivity;
import org.permeate.properties.nacl.BartholomewMauterNaCl;
import org.permeate.properties.neutral.NeutralSolutes;
import org.permeate.properties.pitzer.Pitzer;
import org.permeate.properties.pitzer.PitzerDatabase;
import org.permeate.properties.pitzer.SaltSolubility;
import org.permeate.properties.seawater.SharqawySeawater;
import org.permeate.properties.water.Iapws97Water;

/**
 * The property packages by the names project files and the command line use.
 * <ul>
 *   <li>{@code pitzer} — the general one: Pitzer/HMW84 for ions, published data for neutral
 *       solutes, Laliberté density and viscosity, Gordon diffusivity, IAPWS water;</li>
 *   <li>{@code seawater} — Sharqawy et al. (2010) / Nayar et al. (2016) by salinity, as WaterTAP's
 *       seawater package;</li>
 *   <li>{@code watertap-nacl} — Bartholomew &amp; Mauter (2019), as WaterTAP's NaCl package, so
 *       published WaterTAP cases reproduce exactly.</li>
 * </ul>
 */
public final class PropertyPackages {

    /** Pure water, IAPWS-IF97 and IAPWS 2008. */
    public static final WaterModel WATER = Iapws97Water.INSTANCE;

    /** The Pitzer model with the HMW84 parameter set. */
    public static final Pitzer PITZER = new Pitzer(PitzerDatabase.HMW84, WATER);

    /** Ions and neutral solutes together. */
    public static final MixedSolutionModel MIXED = new MixedSolutionModel(PITZER, NeutralSolutes.using(WATER), WATER);

    /** The general package. */
    public static final PropertyPackage GENERAL = new PropertyPackage("pitzer",
            "Pitzer (Harvie, Møller & Weare 1984) for ions, published data for neutral solutes; "
                    + "Laliberté density and viscosity; Gordon diffusivity; IAPWS-IF97 water",
            MIXED, new PressureCorrectedDensity(LaliberteDensity.INSTANCE, WATER), LaliberteViscosity.INSTANCE,
            new GordonDiffusivity(WATER, MIXED, LaliberteViscosity.INSTANCE), WATER,
            List.of(new SaltSolubility(PITZER), NeutralSolutes.using(WATER).solubilityLimit()));

    /** Seawater by salinity. */
    public static final PropertyPackage SEAWATER = new PropertyPackage("seawater",
            "Sharqawy, Lienhard & Zubair (2010) and Nayar et al. (2016) seawater correlations, as in WaterTAP",
            SharqawySeawater.INSTANCE, SharqawySeawater.INSTANCE, SharqawySeawater.INSTANCE,
            SharqawySeawater.INSTANCE, WATER, List.of(new SaltSolubility(PITZER)));

    /** WaterTAP's NaCl package. */
    public static final PropertyPackage WATERTAP_NACL = new PropertyPackage("watertap-nacl",
            "Bartholomew & Mauter (2019) NaCl correlations, as in WaterTAP's NaCl package",
            BartholomewMauterNaCl.INSTANCE, BartholomewMauterNaCl.INSTANCE, BartholomewMauterNaCl.INSTANCE,
            BartholomewMauterNaCl.INSTANCE, WATER, List.of(new SaltSolubility(PITZER)));

    private static final Map<String, PropertyPackage> BY_NAME = new LinkedHashMap<>();

    static {
        for (PropertyPackage p : List.of(GENERAL, SEAWATER, WATERTAP_NACL)) {
            BY_NAME.put(p.name(), p);
        }
    }

    private PropertyPackages() {
    }

    /** @return every package, by name */
    public static Map<String, PropertyPackage> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }

    /**
     * @param name a package name (case-insensitive)
     * @return the package
     * @throws PermeateException naming the known packages if there is none of that name
     */
    public static PropertyPackage get(final String name) {
        final PropertyPackage p = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "property package", name, String.join(", ", BY_NAME.keySet()));
        }
        return p;
    }

    /**
     * @param seawater whether the solution was given as seawater by salinity
     * @return the package to use when the user names none
     */
    public static PropertyPackage defaultFor(final boolean seawater) {
        return seawater ? SEAWATER : GENERAL;
    }
}
