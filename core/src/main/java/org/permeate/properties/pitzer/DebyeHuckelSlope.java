package org.permeate.properties.pitzer;

/**
 * The Debye–Hückel limiting slope for the osmotic coefficient, \( A_\phi(T) \), in
 * (kg/mol)<sup>½</sup>.
 *
 * <p>Møller, N. (1988). The prediction of mineral solubilities in natural waters: A chemical
 * equilibrium model for the Na–Ca–Cl–SO4–H2O system, to high temperature and concentration.
 * Geochim. Cosmochim. Acta 52, 821–837, appendix fit (equation number not verified):
 * \( A_\phi = a_1 + a_2T + a_3/T + a_4\ln T + a_5/(T-263) + a_6T^2 + a_7/(680-T) \),
 * stated valid 273–573 K at saturation pressure (coefficients as implemented in pytzer
 * {@code debyehueckel.Aosm_M88}, github:mvdh7/pytzer@fb96d262). Gives 0.3915 at 25 °C, the value
 * of Pitzer (1991), table 1; Harvie, Møller &amp; Weare (1984) used 0.392. The pressure dependence
 * (about +0.1 % per 100 bar near 25 °C) is neglected.
 */
public final class DebyeHuckelSlope {

    private static final double A1 = 0.336901532;
    private static final double A2 = -6.32100430e-4;
    private static final double A3 = 9.14252359;
    private static final double A4 = -1.35143986e-2;
    private static final double A5 = 2.26089488e-3;
    private static final double A6 = 1.92118597e-6;
    private static final double A7 = 45.2586464;

    /** Lower end of the fit, K. */
    public static final double T_MIN = 273.15;
    /** Upper end of the fit, K. */
    public static final double T_MAX = 573.15;

    private DebyeHuckelSlope() {
    }

    /**
     * @param temperature K, within about 263 K &lt; T &lt; 680 K where the fit's poles lie
     * @return \( A_\phi \), (kg/mol)^½
     */
    public static double aPhi(final double temperature) {
        final double t = temperature;
        return A1 + A2 * t + A3 / t + A4 * Math.log(t) + A5 / (t - 263.0) + A6 * t * t + A7 / (680.0 - t);
    }
}
