package org.permeate.properties.seawater;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The Reference Composition of sea salt, which defines Absolute (Reference-Composition) Salinity:
 * F. J. Millero, R. Feistel, D. G. Wright and T. J. McDougall, "The composition of Standard
 * Seawater and the definition of the Reference-Composition Salinity Scale", Deep-Sea Research I
 * 55 (2008) 50–72, doi:10.1016/j.dsr.2007.10.001 (table of mole fractions of the 15 solutes;
 * reproduced as Table D.3/D.4 of the TEOS-10 Manual, IOC, SCOR &amp; IAPSO 2010).
 *
 * <p>The mole fractions \( X_j \) below are Millero's 7-decimal values. How they were checked
 * (the table itself was not found in a public file): the mass fractions
 * \( W_j = X_j M_j / \sum_k X_k M_k \) they give with the IUPAC 2005 atomic weights of
 * {@link org.permeate.properties.species.AtomicWeights} agree with the published TEOS-10 Table D.3
 * mass fractions (read in two public files) to the 7 decimals printed; the set is the only one
 * within ±1 in the last digit of those mass fractions that sums to exactly 1 and is exactly
 * electroneutral; and it reproduces the two constants TEOS-10 calls exact, the mean molar mass
 * \( \sum_j X_j M_j = 31.4038218 \) g/mol and the valence factor \( \sum_j X_j z_j^2 = 1.2452898 \)
 * (GSW toolbox {@code gsw_atomic_weight}, {@code gsw_valence_factor}).
 *
 * <p>Everything here is static and immutable.
 */
public final class ReferenceSeawater {

    /** The 15 solutes of Reference-Composition sea salt, in Millero's order. */
    private static final Species[] SPECIES = {
        SpeciesCatalog.NA, SpeciesCatalog.MG, SpeciesCatalog.CA, SpeciesCatalog.K, SpeciesCatalog.SR,
        SpeciesCatalog.CL, SpeciesCatalog.SO4, SpeciesCatalog.HCO3, SpeciesCatalog.BR, SpeciesCatalog.CO3,
        SpeciesCatalog.BOH4, SpeciesCatalog.F, SpeciesCatalog.OH, SpeciesCatalog.BOH3, SpeciesCatalog.CO2,
    };

    /** Mole fractions X_j of the solutes (Millero et al. 2008), same order as {@link #SPECIES}. */
    private static final double[] MOLE_FRACTION = {
        0.4188071, 0.0471678, 0.0091823, 0.0091159, 0.0000810,
        0.4874839, 0.0252152, 0.0015340, 0.0007520, 0.0002134,
        0.0000900, 0.0000610, 0.0000071, 0.0002807, 0.0000086,
    };

    /**
     * Indices (into {@link #SPECIES}) of the six major ions whose ratios are conservative in the
     * open ocean (Na⁺, Mg²⁺, Ca²⁺, K⁺, Cl⁻, SO₄²⁻): they carry 99.4 % of the dissolved mass. The
     * carbonate and borate species are left out of {@link #deviationFrom} because their split
     * follows pH and CO₂ exchange, not the origin of the water.
     */
    private static final int[] MAJOR_IONS = {0, 1, 2, 3, 5, 6};

    /**
     * Mean molar mass of sea salt \( M_S = \sum_j X_j M_j \), kg/mol, computed from the table and
     * the species' molar masses: 0.031403821827 kg/mol, i.e. Millero's 31.4038218 g/mol.
     */
    public static final double MEAN_MOLAR_MASS;

    /** Valence factor \( Z^2 = \sum_j X_j z_j^2 \) of sea salt, dimensionless (1.2452898). */
    public static final double VALENCE_FACTOR;

    /**
     * Largest {@link #deviationFrom deviation} from the reference proportions accepted without a
     * warning by models built for seawater: 0.05 (5 %). Ocean waters and their RO concentrates lie
     * within about 1 %; pure NaCl gives 1 (Mg²⁺, Ca²⁺, K⁺ and SO₄²⁻ missing).
     */
    public static final double COMPOSITION_TOLERANCE = 0.05;

    /** Mass fraction W_j of each solute in sea salt, same order as {@link #SPECIES}. */
    private static final double[] MASS_FRACTION;

    static {
        double mean = 0;
        double z2 = 0;
        for (int j = 0; j < SPECIES.length; j++) {
            mean += MOLE_FRACTION[j] * SPECIES[j].molarMass();
            final int z = SPECIES[j].charge();
            z2 += MOLE_FRACTION[j] * z * z;
        }
        MEAN_MOLAR_MASS = mean;
        VALENCE_FACTOR = z2;
        MASS_FRACTION = new double[SPECIES.length];
        for (int j = 0; j < SPECIES.length; j++) {
            MASS_FRACTION[j] = MOLE_FRACTION[j] * SPECIES[j].molarMass() / mean;
        }
    }

    private ReferenceSeawater() {
    }

    /** @return the 15 solutes of reference sea salt, in Millero's order */
    public static List<Species> species() {
        return List.of(SPECIES);
    }

    /**
     * @param s a species
     * @return its mole fraction X_j among the solutes of reference sea salt (0 if not one of them)
     */
    public static double moleFraction(final Species s) {
        final int j = indexOf(s);
        return j < 0 ? 0.0 : MOLE_FRACTION[j];
    }

    /**
     * @param s a species
     * @return its mass fraction W_j of reference sea salt, kg/kg of salt (0 if not one of them)
     */
    public static double massFraction(final Species s) {
        final int j = indexOf(s);
        return j < 0 ? 0.0 : MASS_FRACTION[j];
    }

    /**
     * @param s a species
     * @return true if {@code s} is one of the 15 solutes of reference sea salt
     */
    public static boolean contains(final Species s) {
        return indexOf(s) >= 0;
    }

    /**
     * Sum of the solute molalities of reference seawater: \( \sum_j m_j = S_A / ((1 - S_A) M_S) \).
     *
     * @param absoluteSalinity dissolved mass per mass of seawater, kg/kg, in [0, 1)
     * @return total molality, mol/kg of water
     */
    public static double totalMolality(final double absoluteSalinity) {
        checkSalinity(absoluteSalinity);
        return absoluteSalinity / ((1 - absoluteSalinity) * MEAN_MOLAR_MASS);
    }

    /**
     * Reference seawater of a given Absolute Salinity: \( m_j = X_j \sum_k m_k \), so that
     * {@link Composition#soluteMassFraction()} returns {@code absoluteSalinity}.
     *
     * @param absoluteSalinity dissolved mass per mass of seawater, kg/kg, in [0, 1) (35 g/kg is 0.035)
     * @return the 15 solutes and their molalities, mol/kg of water
     * @throws PermeateException if the salinity is not finite or outside [0, 1)
     */
    public static Composition composition(final double absoluteSalinity) {
        final double total = totalMolality(absoluteSalinity);
        final Map<Species, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < SPECIES.length; j++) {
            m.put(SPECIES[j], MOLE_FRACTION[j] * total);
        }
        return Composition.of(m);
    }

    /**
     * How far a composition's proportions depart from those of reference sea salt: the largest
     * relative difference, over the six major ions (Na⁺, Mg²⁺, Ca²⁺, K⁺, Cl⁻, SO₄²⁻), between the
     * ion's share of the dissolved mass in {@code c} and its share \( W_j \) in sea salt,
     * \( \max_j |w_j(c) - W_j| / W_j \). Every dissolved mass counts in \( w_j(c) \), so a foreign
     * solute dilutes every share. Massless osmolytes are ignored.
     *
     * @param c a composition
     * @return 0 for reference seawater (or pure water); 1 when a major ion is missing, e.g. for pure
     *         NaCl; larger when a major ion is in excess
     */
    public static double deviationFrom(final Composition c) {
        final double total = c.soluteMassPerWaterMass();
        if (total <= 0) {
            return 0.0;
        }
        double worst = 0;
        for (final int j : MAJOR_IONS) {
            final double share = c.molality(SPECIES[j]) * SPECIES[j].molarMass() / total;
            worst = Math.max(worst, Math.abs(share - MASS_FRACTION[j]) / MASS_FRACTION[j]);
        }
        return worst;
    }

    private static int indexOf(final Species s) {
        for (int j = 0; j < SPECIES.length; j++) {
            if (SPECIES[j].equals(s)) {
                return j;
            }
        }
        return -1;
    }

    static void checkSalinity(final double s) {
        if (!Double.isFinite(s)) {
            throw new PermeateException(Message.NOT_FINITE, "salinity", s);
        }
        if (s < 0 || s >= 1) {
            throw new PermeateException(Message.OUT_OF_RANGE, "salinity",
                    Numbers.compact(s) + " kg/kg", "0", "1 kg/kg (exclusive: at 1 no water is left)");
        }
    }
}
