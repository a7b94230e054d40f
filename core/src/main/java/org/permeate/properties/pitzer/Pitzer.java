package org.permeate.properties.pitzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.ActivityModel;
import org.permeate.properties.Composition;
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.Solution;
import org.permeate.properties.WaterModel;
import org.permeate.properties.pitzer.PitzerParameter.TemperatureDependence;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The Pitzer ion-interaction model for aqueous electrolytes and their mixtures: osmotic
 * coefficient, water activity, osmotic pressure and the activity coefficient of every ion and of
 * the neutral species CO2 and B(OH)3, in the Harvie–Møller–Weare (1984) formulation.
 *
 * <p>References: Pitzer, K.S. (1973), Thermodynamics of electrolytes. I. Theoretical basis and
 * general equations, J. Phys. Chem. 77, 268–277; Pitzer, K.S. &amp; Mayorga, G. (1973), J. Phys.
 * Chem. 77, 2300–2308; Pitzer, K.S. (1975), J. Solution Chem. 4, 249–265 (unsymmetric mixing);
 * Harvie, C.E., Møller, N. &amp; Weare, J.H. (1984), The prediction of mineral solubilities in
 * natural waters: the Na–K–Mg–Ca–H–Cl–SO4–OH–HCO3–CO3–CO2–H2O system to high ionic strengths at
 * 25 °C, Geochim. Cosmochim. Acta 48, 723–751, doi:10.1016/0016-7037(84)90098-X.
 *
 * <p>Parameters come from a {@link PitzerDatabase}; every ion gets the Debye–Hückel terms, and
 * an interaction with no parameter counts as zero (with a {@link WarningKind#MISSING_INTERACTION_PARAMETERS}
 * warning when the ions involved are a significant part of the solution). Ion pairs and complexes
 * (HSO4⁻, MgOH⁺, CaCO3°...) are species in their own right here: this model takes the speciation
 * as given; the water-chemistry layer computes it. Other neutral solutes (sugars, urea, silica...)
 * are outside this model; {@code MixedSolutionModel} adds them. Pressure effects on the parameters are neglected (of order 0.1 % in φ
 * per 100 bar near 25 °C).
 *
 * <p>Osmotic pressure: \( \pi = -RT\ln a_w / V_w(T,p) \) with \( \ln a_w = -M_w\phi\sum m_i \) and
 * the molar volume of pure water from the injected {@link WaterModel}.
 *
 * <p>Thread-safe: compiled species systems are cached in a concurrent map.
 */
public final class Pitzer implements ActivityModel {

    /** Ionic strength up to which the HMW84 binary parameters were fitted for most salts, mol/kg. */
    public static final double MAX_FITTED_IONIC_STRENGTH = 6.0;

    private static final double SIGNIFICANT_SHARE = 0.01;

    private final PitzerDatabase database;
    private final WaterModel water;
    private final ConcurrentHashMap<List<String>, PitzerSystem> systems = new ConcurrentHashMap<>();
    private volatile PitzerSystem last;

    /**
     * @param database the parameter set
     * @param water    pure-water model, for the molar volume in π
     */
    public Pitzer(final PitzerDatabase database, final WaterModel water) {
        this.database = database;
        this.water = water;
    }

    @Override
    public String name() {
        return "pitzer-" + database.name();
    }

    @Override
    public String source() {
        return "Pitzer (1973); Harvie, Møller & Weare (1984) GCA 48, 723; parameters: " + database.name()
                + " (PHREEQC pitzer.dat / PHRQPITZ, Plummer et al. 1988; Pitzer & Mayorga 1973)";
    }

    /** @return the parameter set */
    public PitzerDatabase database() {
        return database;
    }

    @Override
    public boolean supports(final Species species) {
        return species.isIon() || species.equals(SpeciesCatalog.CO2) || species.equals(SpeciesCatalog.BOH3);
    }

    private PitzerSystem system(final Composition c) {
        final PitzerSystem cached = last;
        if (cached != null && sameSpecies(cached.species(), c)) {
            return cached;
        }
        final List<String> key = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            key.add(c.species(i).id());
        }
        final PitzerSystem system = systems.computeIfAbsent(key, k -> {
            final Species[] sp = c.species().toArray(new Species[0]);
            final boolean[] handled = new boolean[sp.length];
            for (int i = 0; i < sp.length; i++) {
                handled[i] = supports(sp[i]);
            }
            return new PitzerSystem(sp, handled, database);
        });
        last = system;
        return system;
    }

    private static boolean sameSpecies(final Species[] a, final Composition c) {
        if (a.length != c.size()) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != c.species(i) && !a[i].equals(c.species(i))) {
                return false;
            }
        }
        return true;
    }

    private void requireSupported(final Composition c) {
        for (int i = 0; i < c.size(); i++) {
            if (!supports(c.species(i))) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, name(), c.species(i).id(),
                        "all ions, CO2 and B(OH)3");
            }
        }
    }

    /**
     * The sum Σ φ m_i over the species this model handles, ignoring the others: what a mixture
     * model adds to the contributions of other solutes.
     *
     * @param solution the state
     * @param lnGamma  if not null (length = number of species), receives ln γ of the handled species
     * @return \( \phi \sum_{handled} m_i \), mol/kg
     */
    public double osmoticSum(final Solution solution, final double[] lnGamma) {
        final Composition c = solution.composition();
        final double[] m = c.molalities();
        return system(c).evaluate(m, solution.temperature(), lnGamma);
    }

    @Override
    public double osmoticCoefficient(final Solution solution) {
        requireSupported(solution.composition());
        final double total = solution.composition().totalMolality();
        return total > 0 ? osmoticSum(solution, null) / total : 1.0;
    }

    @Override
    public double lnWaterActivity(final Solution solution) {
        requireSupported(solution.composition());
        return -PhysicalConstants.WATER_MOLAR_MASS * osmoticSum(solution, null);
    }

    @Override
    public double osmoticPressure(final Solution solution) {
        return OsmoticModel.fromWaterActivity(lnWaterActivity(solution), solution.temperature(),
                water.molarVolume(solution.temperature(), solution.pressure()));
    }

    @Override
    public double[] lnActivityCoefficients(final Solution solution) {
        return activityState(solution).lnActivityCoefficient();
    }

    @Override
    public ActivityState activityState(final Solution solution) {
        final Composition c = solution.composition();
        requireSupported(c);
        final double[] lnGamma = new double[c.size()];
        final double sum = osmoticSum(solution, lnGamma);
        final double total = c.totalMolality();
        return new ActivityState(total > 0 ? sum / total : 1.0, -PhysicalConstants.WATER_MOLAR_MASS * sum, lnGamma);
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> warnings = new ArrayList<>();
        final Composition c = solution.composition();
        final double t = solution.temperature();
        final String src = "Pitzer " + database.name();
        if (t < DebyeHuckelSlope.T_MIN || t > 373.15) {
            warnings.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, src,
                    "temperature", celsius(t), "0 to 100 °C"));
        }
        final double ionic = c.ionicStrength();
        if (ionic > MAX_FITTED_IONIC_STRENGTH) {
            warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, src,
                    "ionic strength", Numbers.significant(ionic, 4) + " mol/kg",
                    "0 to " + Numbers.compact(MAX_FITTED_IONIC_STRENGTH) + " mol/kg for most binary parameters"));
        }
        final PitzerSystem system = system(c);
        final double[] m = c.molalities();
        final List<String> missing = system.missingPairs(m).stream()
                .filter(p -> p.share() >= SIGNIFICANT_SHARE)
                .map(p -> p.cation().id() + "–" + p.anion().id())
                .toList();
        if (!missing.isEmpty()) {
            warnings.add(new ModelWarning(WarningKind.MISSING_INTERACTION_PARAMETERS, src,
                    "no Pitzer parameters for " + String.join(", ", missing)
                            + "; only their Debye–Hückel interaction is counted"));
        }
        if (Math.abs(t - PitzerParameter.T_REF) > 5.0) {
            final List<String> none = new ArrayList<>();
            final List<String> linear = new ArrayList<>();
            for (PitzerSystem.ParameterUse use : system.parametersInUse(m)) {
                final PitzerParameter p = use.parameter();
                if (use.share() < SIGNIFICANT_SHARE) {
                    continue;
                }
                final String label = p.kind() + " " + String.join("–", p.species());
                final boolean binary = switch (p.kind()) {
                    case B0, B1, B2, C0 -> true;
                    default -> false;
                };
                if (p.temperatureDependence() == TemperatureDependence.NONE && binary) {
                    none.add(label);
                } else if (p.temperatureDependence() == TemperatureDependence.LINEAR && Math.abs(t - 298.15) > 25.0) {
                    linear.add(label);
                }
            }
            if (!none.isEmpty()) {
                warnings.add(new ModelWarning(WarningKind.NO_TEMPERATURE_DEPENDENCE, src,
                        "parameters known at 25 °C only, used at " + celsius(t) + ": " + String.join(", ", none)
                                + " (mixing parameters θ, ψ, λ, ζ of this set have no temperature dependence either)"));
            }
            if (!linear.isEmpty()) {
                warnings.add(new ModelWarning(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, src,
                        "parameters with only a first-order temperature expansion about 25 °C, used at " + celsius(t)
                                + " (more than 25 K away): " + String.join(", ", linear)));
            }
        }
        final List<String> unsupported = c.species().stream().filter(s -> !supports(s)).map(Species::id)
                .collect(Collectors.toList());
        if (!unsupported.isEmpty()) {
            warnings.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, src,
                    "not described by the Pitzer model: " + String.join(", ", unsupported)));
        }
        return warnings;
    }

    private static String celsius(final double t) {
        return String.format(Locale.ROOT, "%.1f °C", t - PhysicalConstants.ZERO_CELSIUS);
    }
}
