package org.permeate.chemistry;

/**
 * The three constants the calcium-carbonate indices need, as functions of temperature: the ion
 * product of water, the second dissociation constant of carbonic acid and the solubility product
 * of calcite. Thermodynamic (infinite-dilution, molal) constants in PHREEQC's analytic form
 * \( \log_{10} K = A_1 + A_2T + A_3/T + A_4\log_{10}T + A_5/T^2 + A_6T^2 \), T in K, with the
 * coefficients of {@code phreeqc.dat}
 * ({@code usgs-coupled/phreeqc3@e92e1592fd53f753b1ed3069d1eac81406827dd2:database/phreeqc.dat},
 * transcribed in the test resource {@code chemistry/equilibrium-constants.md}, table 3 and 4):
 * <ul>
 *   <li>\( K_2 \) (HCO₃⁻ = CO₃²⁻ + H⁺) and \( K_{sp} \) (calcite) are those of L.N. Plummer and
 *       E. Busenberg, "The solubilities of calcite, aragonite and vaterite in CO₂–H₂O solutions
 *       between 0 and 90 °C, and an evaluation of the aqueous model for the system
 *       CaCO₃–CO₂–H₂O", Geochim. Cosmochim. Acta 46 (1982) 1011–1040,
 *       doi:10.1016/0016-7037(82)90056-4 (fitted 0–90 °C), which phreeqc.dat carries;</li>
 *   <li>\( K_w \) is phreeqc.dat's analytic expression for H₂O = OH⁻ + H⁺ (its primary source is
 *       not named in the file).</li>
 * </ul>
 * At 25 °C: log K_w = −13.9948, pK₂ = 10.3289, pK_sp(calcite) = 8.4798.
 *
 * <p>Package-private: the few constants the indices need, kept with them. They are
 * phreeqc.dat's, where the speciation ({@link AqueousModel}, {@link Minerals}) uses pitzer.dat's
 * (K₂ 0.0104 and pK_sp 0.074 apart at 25 °C), because the indices' definitions are for dilute
 * waters with ion-association activity models.
 */
final class CarbonateConstants {

    /** Fitted range of Plummer &amp; Busenberg (1982), K (0–90 °C). */
    static final double MIN_TEMPERATURE = 273.15;
    static final double MAX_TEMPERATURE = 363.15;

    private CarbonateConstants() {
    }

    private static final String PQ = "phreeqc.dat@e92e1592 ";
    private static final EquilibriumConstant KW = EquilibriumConstant.analytic(PQ + "H2O = OH- + H+", 293.29227,
            0.1360833, -10576.913, -123.73158, 0, -6.996455e-5);
    private static final EquilibriumConstant K2 = EquilibriumConstant.analytic(PQ + "CO3-2 + H+ = HCO3-", 107.8871,
            0.03252849, -5151.79, -38.92561, 563713.9);
    private static final EquilibriumConstant CALCITE = EquilibriumConstant.analytic(PQ + "Calcite", -171.9065,
            -0.077993, 2839.319, 71.595);

    /**
     * @param temperature K
     * @return log₁₀ K_w of H₂O = OH⁻ + H⁺ (molal, infinite dilution)
     */
    static double log10Kw(final double temperature) {
        return KW.log10(temperature);
    }

    /**
     * pK₂ = −log₁₀ K₂ of HCO₃⁻ = CO₃²⁻ + H⁺, i.e. log₁₀ K of CO₃²⁻ + H⁺ = HCO₃⁻ (Plummer &amp;
     * Busenberg 1982, via phreeqc.dat).
     *
     * @param temperature K
     * @return pK₂
     */
    static double pK2(final double temperature) {
        return K2.log10(temperature);
    }

    /**
     * pK_sp of calcite, CaCO₃ = Ca²⁺ + CO₃²⁻ (Plummer &amp; Busenberg 1982, via phreeqc.dat).
     *
     * @param temperature K
     * @return pK_sp
     */
    static double pKspCalcite(final double temperature) {
        return -CALCITE.log10(temperature);
    }
}
