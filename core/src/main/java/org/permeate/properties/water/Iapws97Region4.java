package org.permeate.properties.water;

/**
 * IAPWS-IF97 region 4: the saturation line of water, as the explicit saturation-pressure equation
 * and its exact inverse, the saturation-temperature ("backward") equation.
 *
 * <p>IAPWS R7-97(2012), Revised Release on the IAPWS Industrial Formulation 1997 for the
 * Thermodynamic Properties of Water and Steam, section 8.1. The basic equation is the implicit
 * quadratic eq. (29) \( \beta^2\vartheta^2 + n_1\beta^2\vartheta + n_2\beta^2 + n_3\beta\vartheta^2
 * + n_4\beta\vartheta + n_5\beta + n_6\vartheta^2 + n_7\vartheta + n_8 = 0 \) with
 * \( \beta = (p_s/p^*)^{1/4} \), \( \vartheta = T_s/T^* + n_9/(T_s/T^* - n_{10}) \), p* = 1 MPa,
 * T* = 1 K; solved for p it gives eq. (30), solved for T eq. (31). Coefficients n_1…n_10 in
 * Table 34. Validity 273.15 K ≤ T ≤ 647.096 K (611.213 Pa ≤ p ≤ 22.064 MPa). Check values: Tables
 * 35 and 36. Also Wagner et al. (2000), J. Eng. Gas Turbines Power 122, 150–182.
 *
 * <p>Coefficients read from several public implementations that agree digit for digit (e.g.
 * Waiwera's IAPWS module, OpenGeoSys, jjgomera/iapws). Pure formula, no range checks.
 */
final class Iapws97Region4 {

    /** Critical temperature used by IF97, K (the IAPWS critical-point value quoted in R7-97(2012) section 2). */
    static final double CRITICAL_TEMPERATURE = 647.096;

    /** Critical pressure used by IF97, Pa (22.064 MPa, quoted in R7-97(2012) section 2). */
    static final double CRITICAL_PRESSURE = 22.064e6;

    private static final double N1 = 0.11670521452767e4;
    private static final double N2 = -0.72421316703206e6;
    private static final double N3 = -0.17073846940092e2;
    private static final double N4 = 0.12020824702470e5;
    private static final double N5 = -0.32325550322333e7;
    private static final double N6 = 0.14915108613530e2;
    private static final double N7 = -0.48232657361591e4;
    private static final double N8 = 0.40511340542057e6;
    private static final double N9 = -0.23855557567849;
    private static final double N10 = 0.65017534844798e3;

    /** Reducing pressure p* of region 4, Pa (1 MPa). */
    private static final double REDUCING_PRESSURE = 1.0e6;

    private Iapws97Region4() {
    }

    /**
     * Saturation pressure, R7-97(2012) eq. (30):
     * \( p_s/p^* = [2C/(-B + (B^2 - 4AC)^{1/2})]^4 \) with \( A = \vartheta^2 + n_1\vartheta + n_2 \),
     * \( B = n_3\vartheta^2 + n_4\vartheta + n_5 \), \( C = n_6\vartheta^2 + n_7\vartheta + n_8 \).
     *
     * @param temperature K (valid 273.15 K to 647.096 K; finite down to about 150 K)
     * @return saturation pressure, Pa
     */
    static double saturationPressure(final double temperature) {
        final double theta = temperature + N9 / (temperature - N10);
        final double a = (theta + N1) * theta + N2;
        final double b = (N3 * theta + N4) * theta + N5;
        final double c = (N6 * theta + N7) * theta + N8;
        final double root = 2.0 * c / (-b + Math.sqrt(b * b - 4.0 * a * c));
        final double root2 = root * root;
        return REDUCING_PRESSURE * root2 * root2;
    }

    /**
     * Saturation temperature, R7-97(2012) eq. (31):
     * \( T_s/T^* = [n_{10} + D - ((n_{10} + D)^2 - 4(n_9 + n_{10}D))^{1/2}]/2 \) with
     * \( D = 2G/(-F - (F^2 - 4EG)^{1/2}) \), \( E = \beta^2 + n_3\beta + n_6 \),
     * \( F = n_1\beta^2 + n_4\beta + n_7 \), \( G = n_2\beta^2 + n_5\beta + n_8 \).
     *
     * @param pressure Pa (valid 611.213 Pa to 22.064 MPa; finite down to about 0.5 Pa)
     * @return saturation temperature, K
     */
    static double saturationTemperature(final double pressure) {
        final double beta = Math.sqrt(Math.sqrt(pressure / REDUCING_PRESSURE));
        final double e = (beta + N3) * beta + N6;
        final double f = (N1 * beta + N4) * beta + N7;
        final double g = (N2 * beta + N5) * beta + N8;
        final double d = 2.0 * g / (-f - Math.sqrt(f * f - 4.0 * e * g));
        final double sum = N10 + d;
        return 0.5 * (sum - Math.sqrt(sum * sum - 4.0 * (N9 + N10 * d)));
    }
}
