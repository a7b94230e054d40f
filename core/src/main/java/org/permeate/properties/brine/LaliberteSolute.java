package org.permeate.properties.brine;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.species.Species;

/**
 * One solute of Laliberté's compilation: a salt (made of one cation and one anion) or a neutral
 * solute, with its density coefficients \(c_0 \ldots c_4\), its viscosity coefficients
 * \(v_1 \ldots v_6\) and the ranges they were fitted on. Immutable.
 *
 * <p>Equations (t in °C, converted from K on entry; \(u = 1 - w_w\) is the mass fraction of all
 * solutes together, as Laliberté prescribes for mixtures):
 * <ul>
 *   <li>apparent density, Laliberté &amp; Cooper (2004):
 *       \( \rho_{app,i} = \dfrac{(c_0 u + c_1)\,\exp[10^{-6}(t + c_4)^2]}{u + c_2 + c_3 t} \), kg/m³;
 *       Permeate evaluates its reciprocal, the apparent specific volume, which stays finite where
 *       \(\rho_{app}\) changes sign (e.g. MgSO4 near u ≈ 0.018 at 25 °C, where the apparent molar
 *       volume of the salt is about zero);</li>
 *   <li>solute viscosity, Laliberté (2007):
 *       \( \eta_i = \dfrac{\exp[(v_1 u^{v_2} + v_3)/(v_4 t + 1)]}{v_5 u^{v_6} + 1} \), mPa·s;
 *       Permeate evaluates \(\ln \eta_i\) directly (no overflow).</li>
 * </ul>
 * The equation numbers of the papers were not verified (the papers were not read); the forms are
 * those transcribed in CalebBell/chemicals {@code chemicals/electrochem.py}
 * ({@code Laliberte_density_i}, {@code Laliberte_viscosity_i}), which reproduce the worked examples
 * of Laliberté's spreadsheet quoted there (checked in this package's tests).
 *
 * <p>Guards, so that no input gives NaN or a negative density (each acts only outside a solute's
 * fitted range, where a warning is raised anyway):
 * <ul>
 *   <li>each correlation is evaluated inside its fitted box: u at most the largest fitted mass
 *       fraction, t within the fitted temperature range widened by {@value #TEMPERATURE_MARGIN} K on
 *       each side; beyond, the solute's value at the edge of that box is used. Laliberté's forms are
 *       not made for extrapolation: FeSO4's apparent volume, fitted at 15–25 °C, changes sign near
 *       34 °C, and far outside their boxes some fallbacks gave negative solution densities;</li>
 *   <li>u is also capped at 90 % of the smallest root in (0, 1] of \(c_0 u + c_1\) (density) and of
 *       \(v_5 u^{v_6} + 1\) (viscosity), when such a root exists (FeSO4 0.54, SrCl2 0.55, MgCl2 0.46,
 *       KH2PO4 0.47, ...: all above solubility);</li>
 *   <li>t is also kept where \(v_4 t + 1 \ge 0.25\) (KCl below −8 °C, NH4Cl below −3 °C, KBr above
 *       176 °C);</li>
 *   <li>viscosity coefficients are not used at all (see {@link #viscosityRejection()}) when
 *       \(v_2 \le -1\), because then \(w_i \ln\eta_i \propto u^{1+v_2}\) grows without bound as the
 *       solute vanishes (KHCO3, K2HPO4, HNO3 in the source table), or when \(v_4 t + 1 = 0\) for some
 *       t in 0–100 °C (Na2HPO4 at 58 °C, HNO3 at 50 °C).</li>
 * </ul>
 */
public final class LaliberteSolute {

    /** Temperatures at which the viscosity singularity must not lie for the coefficients to be used, °C. */
    private static final double SCOPE_MIN_CELSIUS = 0.0;
    private static final double SCOPE_MAX_CELSIUS = 100.0;
    /** Smallest value of \(v_4 t + 1\) the evaluation allows. */
    private static final double MIN_TEMPERATURE_DENOMINATOR = 0.25;
    /** Fraction of a singular u that the evaluation may reach. */
    private static final double ROOT_FRACTION = 0.9;
    /** Widening of the fitted temperature range within which correlations are evaluated, K. */
    static final double TEMPERATURE_MARGIN = 20.0;

    private final String key;
    private final String sourceName;
    private final int sourceLine;
    private final Species cation;
    private final int cationCount;
    private final Species anion;
    private final int anionCount;
    private final Species neutral;

    private final double c0;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double densityMinTemperature;
    private final double densityMaxTemperature;
    private final double densityMaxMassFraction;
    private final double densityMaxU;
    private final double densityMinCelsius;
    private final double densityMaxCelsius;

    private final boolean viscosityUsable;
    private final String viscosityRejection;
    private final double v1;
    private final double v2;
    private final double v3;
    private final double v4;
    private final double v5;
    private final double v6;
    private final double viscosityMinTemperature;
    private final double viscosityMaxTemperature;
    private final double viscosityMaxMassFraction;
    private final double viscosityMinU;
    private final double viscosityMaxU;
    private final double viscosityMinCelsius;
    private final double viscosityMaxCelsius;

    /**
     * @param key          Permeate's name of the solute ("NaCl", "sucrose")
     * @param sourceName   its name in the source table
     * @param sourceLine   line of the source table
     * @param cation       the cation, or null for a neutral solute
     * @param cationCount  stoichiometric number of the cation
     * @param anion        the anion, or null for a neutral solute
     * @param anionCount   stoichiometric number of the anion
     * @param neutral      the neutral species, or null for a salt
     * @param c            density coefficients c0..c4 (c3 in 1/°C, c4 in °C)
     * @param densityRange fitted range of the density data: min T (K), max T (K), max mass fraction
     * @param v            viscosity coefficients v1..v6 (v4 in 1/°C), or null if the source has none
     * @param viscosityRange fitted range of the viscosity data: min T (K), max T (K), max mass fraction
     */
    LaliberteSolute(final String key, final String sourceName, final int sourceLine,
                    final Species cation, final int cationCount, final Species anion, final int anionCount,
                    final Species neutral, final double[] c, final double[] densityRange,
                    final double[] v, final double[] viscosityRange) {
        this.key = key;
        this.sourceName = sourceName;
        this.sourceLine = sourceLine;
        this.cation = cation;
        this.cationCount = cationCount;
        this.anion = anion;
        this.anionCount = anionCount;
        this.neutral = neutral;
        this.c0 = c[0];
        this.c1 = c[1];
        this.c2 = c[2];
        this.c3 = c[3];
        this.c4 = c[4];
        this.densityMinTemperature = densityRange[0];
        this.densityMaxTemperature = densityRange[1];
        this.densityMaxMassFraction = densityRange[2];
        this.densityMaxU = Math.min(densityMaxMassFraction, ROOT_FRACTION * linearRoot(c0, c1));
        this.densityMinCelsius = densityMinTemperature - PhysicalConstants.ZERO_CELSIUS - TEMPERATURE_MARGIN;
        this.densityMaxCelsius = densityMaxTemperature - PhysicalConstants.ZERO_CELSIUS + TEMPERATURE_MARGIN;

        String rejection = null;
        if (v == null) {
            rejection = "no viscosity coefficients in the source";
        } else if (v[1] <= -1) {
            rejection = "v2 = " + v[1] + " <= -1 makes w ln(eta) diverge as the solute vanishes";
        } else if (v[3] != 0 && -1 / v[3] >= SCOPE_MIN_CELSIUS && -1 / v[3] <= SCOPE_MAX_CELSIUS) {
            rejection = "v4 t + 1 vanishes at t = " + (-1 / v[3]) + " degC";
        }
        this.viscosityRejection = rejection;
        this.viscosityUsable = rejection == null;
        final double[] vv = v == null ? new double[6] : v;
        this.v1 = vv[0];
        this.v2 = vv[1];
        this.v3 = vv[2];
        this.v4 = vv[3];
        this.v5 = vv[4];
        this.v6 = vv[5];
        this.viscosityMinTemperature = v == null ? 0.0 : viscosityRange[0];
        this.viscosityMaxTemperature = v == null ? 0.0 : viscosityRange[1];
        this.viscosityMaxMassFraction = v == null ? 0.0 : viscosityRange[2];
        // v5 u^v6 + 1 > 0: a root exists only for v5 < 0
        double minU = 0;
        double maxU = v == null ? 1 : Math.min(1, viscosityRange[2]);
        if (v5 < 0 && v6 != 0) {
            final double root = Math.pow(-1 / v5, 1 / v6);
            if (v6 > 0) {
                maxU = Math.min(maxU, ROOT_FRACTION * root);
            } else {
                minU = root / ROOT_FRACTION;
            }
        }
        this.viscosityMinU = minU;
        this.viscosityMaxU = maxU;
        // v4 t + 1 >= MIN_TEMPERATURE_DENOMINATOR
        final double edge = v4 == 0 ? Double.NaN : (MIN_TEMPERATURE_DENOMINATOR - 1) / v4;
        final double lowest = v == null ? 0 : viscosityRange[0] - PhysicalConstants.ZERO_CELSIUS - TEMPERATURE_MARGIN;
        final double highest = v == null ? 0 : viscosityRange[1] - PhysicalConstants.ZERO_CELSIUS + TEMPERATURE_MARGIN;
        this.viscosityMinCelsius = v4 > 0 ? Math.max(lowest, edge) : lowest;
        this.viscosityMaxCelsius = v4 < 0 ? Math.min(highest, edge) : highest;
    }

    /** @return the root in (0, 1] of c0 u + c1, or 1/ROOT_FRACTION if there is none (no cap below 1) */
    private static double linearRoot(final double a, final double b) {
        if (a != 0) {
            final double root = -b / a;
            if (root > 0 && root <= 1 / ROOT_FRACTION) {
                return root;
            }
        }
        return 1 / ROOT_FRACTION;
    }

    // ---- evaluation (t in °C, u = total solute mass fraction) -----------------------------------

    /**
     * Apparent specific volume, the reciprocal of Laliberté &amp; Cooper's (2004) apparent density
     * \( \rho_{app,i} \), with the guards of the class comment.
     *
     * @param u       mass fraction of all solutes of the solution, 0–1
     * @param celsius temperature, °C
     * @return apparent specific volume of this solute, m³/kg (may be negative)
     */
    double specificVolumeAtCelsius(final double u, final double celsius) {
        final double uu = Math.min(u, densityMaxU);
        final double tt = Math.max(densityMinCelsius, Math.min(celsius, densityMaxCelsius));
        final double shifted = tt + c4;
        return (uu + c2 + c3 * tt) / ((c0 * uu + c1) * Math.exp(1e-6 * shifted * shifted));
    }

    /**
     * Logarithm of Laliberté's (2007) solute viscosity \(\eta_i\) in mPa·s, with the guards of the
     * class comment. Call only if {@link #hasViscosity()}.
     *
     * @param u       mass fraction of all solutes of the solution, 0–1
     * @param celsius temperature, °C
     * @return \(\ln(\eta_i / \mathrm{mPa\,s})\)
     */
    double lnViscosityMilliPascalSecondsAtCelsius(final double u, final double celsius) {
        // u >= 1e-12: u^v2 and u^v6 with negative exponents (KBr, ethanol) stay finite at u = 0
        final double uu = Math.max(Math.max(viscosityMinU, 1e-12), Math.min(u, viscosityMaxU));
        final double tt = Math.max(viscosityMinCelsius, Math.min(celsius, viscosityMaxCelsius));
        return (v1 * Math.pow(uu, v2) + v3) / (v4 * tt + 1) - Math.log(v5 * Math.pow(uu, v6) + 1);
    }

    /**
     * Apparent specific volume of this solute, Laliberté &amp; Cooper (2004), fitted over
     * {@link #densityMinTemperature()}–{@link #densityMaxTemperature()} and up to
     * {@link #densityMaxMassFraction()}.
     *
     * @param totalSoluteMassFraction mass fraction of all solutes of the solution (1 − w_w), 0–1
     * @param temperature             K
     * @return apparent specific volume, m³/kg (negative where the apparent molar volume is)
     * @throws PermeateException if the mass fraction is outside [0, 1) or the temperature outside
     *                           −30 °C to 200 °C
     */
    public double apparentSpecificVolume(final double totalSoluteMassFraction, final double temperature) {
        // correlation fitted in °C: convert first
        final double celsius = temperature - PhysicalConstants.ZERO_CELSIUS;
        checkArguments(totalSoluteMassFraction, temperature);
        return specificVolumeAtCelsius(totalSoluteMassFraction, celsius);
    }

    /**
     * Apparent density \( \rho_{app,i} \) of this solute, Laliberté &amp; Cooper (2004). It is the
     * reciprocal of {@link #apparentSpecificVolume}; it changes sign through ±∞ where the apparent
     * volume is zero (MgSO4 at u ≈ 0.018, 25 °C), so mixtures should use the specific volume.
     *
     * @param totalSoluteMassFraction mass fraction of all solutes of the solution (1 − w_w), 0–1
     * @param temperature             K
     * @return apparent density, kg/m³ (±∞ where the apparent specific volume is exactly zero)
     * @throws PermeateException if the mass fraction is outside [0, 1) or the temperature outside
     *                           −30 °C to 200 °C
     */
    public double apparentDensity(final double totalSoluteMassFraction, final double temperature) {
        return 1 / apparentSpecificVolume(totalSoluteMassFraction, temperature);
    }

    /**
     * Viscosity \(\eta_i\) that this solute contributes in Laliberté's (2007) mixing rule, fitted over
     * {@link #viscosityMinTemperature()}–{@link #viscosityMaxTemperature()} and up to
     * {@link #viscosityMaxMassFraction()}.
     *
     * @param totalSoluteMassFraction mass fraction of all solutes of the solution (1 − w_w), 0–1
     * @param temperature             K
     * @return solute viscosity, Pa·s (0 if the coefficients are not used: {@link #hasViscosity()} false)
     * @throws PermeateException if the mass fraction is outside [0, 1) or the temperature outside
     *                           −30 °C to 200 °C
     */
    public double soluteViscosity(final double totalSoluteMassFraction, final double temperature) {
        final double celsius = temperature - PhysicalConstants.ZERO_CELSIUS;
        checkArguments(totalSoluteMassFraction, temperature);
        if (!viscosityUsable) {
            return 0.0;
        }
        return 1e-3 * Math.exp(lnViscosityMilliPascalSecondsAtCelsius(totalSoluteMassFraction, celsius));
    }

    private static void checkArguments(final double u, final double temperature) {
        Checks.finite("total solute mass fraction", u);
        if (u < 0 || u >= 1) {
            throw new PermeateException(Message.OUT_OF_RANGE, "total solute mass fraction", u, 0, "(but below) 1");
        }
        LaliberteMixture.checkDomain(temperature);
    }

    // ---- description ----------------------------------------------------------------------------

    /** @return Permeate's name of the solute, e.g. "NaCl", "(NH4)2SO4", "sucrose" */
    public String key() {
        return key;
    }

    /** @return the solute's name in the source table */
    public String sourceName() {
        return sourceName;
    }

    /** @return line number of this solute in the source table (header = line 1) */
    public int sourceLine() {
        return sourceLine;
    }

    /** @return true for a salt (cation + anion), false for a neutral solute */
    public boolean isSalt() {
        return cation != null;
    }

    /** @return the cation, or null for a neutral solute */
    public Species cation() {
        return cation;
    }

    /** @return the anion, or null for a neutral solute */
    public Species anion() {
        return anion;
    }

    /** @return cations per formula unit (0 for a neutral solute) */
    public int cationCount() {
        return cationCount;
    }

    /** @return anions per formula unit (0 for a neutral solute) */
    public int anionCount() {
        return anionCount;
    }

    /** @return the neutral species, or null for a salt */
    public Species neutral() {
        return neutral;
    }

    /**
     * @return mass of the formula unit per equivalent of charge, kg/mol
     *         (\(M_c/z_c + M_a/|z_a|\)); for a neutral solute its molar mass
     */
    public double equivalentMass() {
        if (cation == null) {
            return neutral.molarMass();
        }
        return cation.molarMass() / cation.charge() + anion.molarMass() / -anion.charge();
    }

    /** @return lowest temperature of the density data, K */
    public double densityMinTemperature() {
        return densityMinTemperature;
    }

    /** @return highest temperature of the density data, K */
    public double densityMaxTemperature() {
        return densityMaxTemperature;
    }

    /** @return highest solute mass fraction of the density data */
    public double densityMaxMassFraction() {
        return densityMaxMassFraction;
    }

    /** @return true if usable viscosity coefficients exist */
    public boolean hasViscosity() {
        return viscosityUsable;
    }

    /** @return why the viscosity coefficients are not used, or null if they are */
    public String viscosityRejection() {
        return viscosityRejection;
    }

    /** @return lowest temperature of the viscosity data, K (0 if the source gives no viscosity data) */
    public double viscosityMinTemperature() {
        return viscosityMinTemperature;
    }

    /** @return highest temperature of the viscosity data, K (0 if the source gives no viscosity data) */
    public double viscosityMaxTemperature() {
        return viscosityMaxTemperature;
    }

    /** @return highest solute mass fraction of the viscosity data (0 if the source gives none) */
    public double viscosityMaxMassFraction() {
        return viscosityMaxMassFraction;
    }

    @Override
    public String toString() {
        return key;
    }
}
