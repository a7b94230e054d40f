package org.permeate.properties.diffusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.CsvLine;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Tracer (self) diffusion coefficients at infinite dilution in water at 25 °C and 0.1 MPa, for every
 * species of {@link SpeciesCatalog}.
 *
 * <p>Ions: from the limiting molar conductivity per unit charge \( \lambda^\infty \) by the
 * Nernst–Einstein relation
 * \( D_i^\infty = \dfrac{R T \lambda_i^\infty}{|z_i| F^2} \)
 * (Vanýsek, "Ionic conductivity and diffusion at infinite dilution", CRC Handbook of Chemistry and
 * Physics, section 5, introduction; valid in the limit of zero ionic strength), with the λ values of
 * that table (transcribed in the public file CalebBell/chemicals
 * {@code chemicals/Electrolytes/CRC conductivity infinite dilution.tsv}). They agree with PHREEQC's
 * {@code -dw} entries ({@code database/phreeqc.dat}) within 1.2 % for the major ions of natural waters;
 * the differences above 3 % (Mn²⁺, Br⁻, CO₃²⁻, HSO₄⁻ and the three phosphates, up to 35 % for PO₄³⁻)
 * are listed in the tests: the sources disagree there, and this table follows the CRC throughout.
 *
 * <p>Neutral solutes: sugars from Ribeiro, A.C.F. et al., "Binary mutual diffusion coefficients of
 * aqueous solutions of sucrose, lactose, glucose, and fructose in the temperature range from (298.15
 * to 328.15) K", J. Chem. Eng. Data 51 (2006) 1836–1840, doi:10.1021/je0602061, Table 5; CO₂, B(OH)₃
 * and H₄SiO₄ from PHREEQC's {@code -dw}; urea (1.38e-9) and ethanol (1.24e-9) are the values of the
 * project brief, whose primary sources (Gosting &amp; Akeley 1952; the CRC table of diffusion in
 * liquids) were <b>not seen</b>.
 *
 * <p>Estimates, no measurement found: MgOH⁺ (taken as Mg²⁺), B(OH)₄⁻ (0.875 × D of B(OH)₃, the ratio
 * Boudreau &amp; Canfield 1988 assumed) and the identity-less {@code osmolyte} (a generic 1.0e-9 m²/s).
 *
 * <p>The numbers, their quality flag and source live in the resource file
 * {@code infinite-dilution-diffusivities.csv} next to this class; they are read once into arrays.
 */
public final class InfiniteDilutionDiffusivities {

    /** The temperature of the tabulated values, K. */
    public static final double REFERENCE_TEMPERATURE = PhysicalConstants.T25;

    /** The pressure of the tabulated values, Pa. */
    public static final double REFERENCE_PRESSURE = PhysicalConstants.STANDARD_ATMOSPHERE;

    private static final String RESOURCE = "infinite-dilution-diffusivities.csv";

    /** How a value was obtained. */
    public enum Quality {
        /** Primary source, or a faithful copy of it, read. */
        PRIMARY,
        /** Public code transcribing a primary source (e.g. the PHREEQC database). */
        CODE,
        /** Secondary source only. */
        SECONDARY,
        /** Estimate: no measurement found. */
        ESTIMATE,
        /** Generic value for a solute of no stated identity. */
        GENERIC,
        /** Number given to the project without a source that could be checked. */
        UNVERIFIED
    }

    /** What the tabulated number is. */
    public enum Basis {
        /** Limiting molar conductivity per unit charge, S·m²/mol. */
        LIMITING_CONDUCTIVITY,
        /** Diffusion coefficient, m²/s. */
        DIFFUSION_COEFFICIENT
    }

    /**
     * One tabulated species.
     *
     * @param species         the species
     * @param diffusivity25   tracer diffusion coefficient at infinite dilution, 298.15 K, m²/s
     * @param basis           what the source tabulates
     * @param tabulatedValue  the source's number (S·m²/mol or m²/s, see {@code basis})
     * @param quality         how the value was obtained
     * @param source          source key and note, as in the resource file
     */
    public record Entry(Species species, double diffusivity25, Basis basis, double tabulatedValue,
                        Quality quality, String source) {
    }

    private static final Species[] SPECIES;
    private static final double[] D25;
    private static final List<Entry> ENTRIES;
    private static final String IDS;

    static {
        final List<Entry> entries = read();
        final Species[] sp = new Species[entries.size()];
        final double[] d = new double[entries.size()];
        for (int i = 0; i < sp.length; i++) {
            sp[i] = entries.get(i).species();
            d[i] = entries.get(i).diffusivity25();
        }
        SPECIES = sp;
        D25 = d;
        ENTRIES = Collections.unmodifiableList(entries);
        IDS = entries.stream().map(e -> e.species().id()).collect(Collectors.joining(", "));
    }

    private InfiniteDilutionDiffusivities() {
    }

    /**
     * Nernst–Einstein relation (CRC Handbook, "Ionic conductivity and diffusion at infinite dilution"):
     * \( D = R T \lambda / (|z| F^2) \), exact in the limit of infinite dilution.
     *
     * @param limitingConductivity molar ionic conductivity per unit charge λ, S·m²/mol
     * @param charge               charge number z (not 0)
     * @param temperature          K
     * @return tracer diffusion coefficient, m²/s
     */
    public static double fromLimitingConductivity(final double limitingConductivity, final int charge,
                                                  final double temperature) {
        if (charge == 0) {
            throw new PermeateException(Message.NOT_ABOVE, "|charge| of an ion", "0", "0");
        }
        final double f = PhysicalConstants.FARADAY;
        return PhysicalConstants.GAS_CONSTANT * temperature * limitingConductivity / (Math.abs(charge) * f * f);
    }

    /**
     * @param species a species
     * @return true if a value is tabulated for it
     */
    public static boolean covers(final Species species) {
        return indexOf(species) >= 0;
    }

    /**
     * @param species a species of {@link SpeciesCatalog}
     * @return its tracer diffusion coefficient at infinite dilution, 298.15 K, m²/s
     * @throws PermeateException if the species is not tabulated
     */
    public static double at25C(final Species species) {
        final int i = indexOf(species);
        if (i < 0) {
            throw notCovered("infinite-dilution diffusivity table", species);
        }
        return D25[i];
    }

    /**
     * @param species a species
     * @return its full entry
     * @throws PermeateException if the species is not tabulated
     */
    public static Entry entry(final Species species) {
        final int i = indexOf(species);
        if (i < 0) {
            throw notCovered("infinite-dilution diffusivity table", species);
        }
        return ENTRIES.get(i);
    }

    /** @return every tabulated species, in file order */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * Index of a species in the table; catalog constants are found by reference, other equal
     * instances by identifier.
     *
     * @param species a species
     * @return its index, or -1
     */
    static int indexOf(final Species species) {
        for (int i = 0; i < SPECIES.length; i++) {
            if (SPECIES[i] == species) {
                return i;
            }
        }
        final String id = species.id();
        for (int i = 0; i < SPECIES.length; i++) {
            if (SPECIES[i].id().equals(id) && SPECIES[i].charge() == species.charge()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param index an index from {@link #indexOf}
     * @return the tabulated diffusivity at 298.15 K, m²/s
     */
    static double at25C(final int index) {
        return D25[index];
    }

    static PermeateException notCovered(final String model, final Species species) {
        return new PermeateException(Message.SOLUTE_NOT_SUPPORTED, model, species.id(), IDS);
    }

    private static List<Entry> read() {
        final List<Entry> entries = new ArrayList<>();
        for (CsvLine.Row row : CsvLine.resourceRows(InfiniteDilutionDiffusivities.class, RESOURCE)) {
            entries.add(parse(row.text(), row.number()));
        }
        for (Species s : SpeciesCatalog.all()) {
            boolean found = false;
            for (Entry e : entries) {
                found |= e.species() == s;
            }
            if (!found) {
                throw new IllegalStateException(RESOURCE + " has no value for catalog species " + s.id());
            }
        }
        return entries;
    }

    private static Entry parse(final String text, final int lineNumber) {
        final String[] f = text.split(",", 5);
        if (f.length < 5) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 5 fields");
        }
        final Species species = SpeciesCatalog.find(f[0].strip()).orElseThrow(() ->
                new IllegalStateException(RESOURCE + " line " + lineNumber + ": unknown species " + f[0]));
        final double value = Double.parseDouble(f[2].strip());
        final Quality quality = switch (f[3].strip()) {
            case "P" -> Quality.PRIMARY;
            case "C" -> Quality.CODE;
            case "S" -> Quality.SECONDARY;
            case "E" -> Quality.ESTIMATE;
            case "G" -> Quality.GENERIC;
            case "U" -> Quality.UNVERIFIED;
            default -> throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": quality " + f[3]);
        };
        final Basis basis;
        final double d25;
        switch (f[1].strip()) {
            case "lambda" -> {
                basis = Basis.LIMITING_CONDUCTIVITY;
                d25 = fromLimitingConductivity(value, species.charge(), REFERENCE_TEMPERATURE);
            }
            case "D" -> {
                basis = Basis.DIFFUSION_COEFFICIENT;
                d25 = value;
            }
            default -> throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": basis " + f[1]);
        }
        if (!(d25 > 0) || !Double.isFinite(d25)) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": bad value " + value);
        }
        return new Entry(species, d25, basis, value, quality, f[4].strip());
    }
}
