package org.permeate.properties.water;

/**
 * IAPWS-IF97 region 1 (compressed and saturated liquid water): the basic equation, a dimensionless
 * specific Gibbs free energy \( \gamma(\pi, \tau) = g/(RT) \), and the properties derived from it.
 *
 * <p>IAPWS R7-97(2012), Revised Release on the IAPWS Industrial Formulation 1997 for the
 * Thermodynamic Properties of Water and Steam, section 5.1: eq. (7)
 * \( \gamma = \sum_{i=1}^{34} n_i (7.1 - \pi)^{I_i} (\tau - 1.222)^{J_i} \) with
 * \( \pi = p/p^* \), \( p^* = 16.53 \) MPa, \( \tau = T^{*}/T \), \( T^* = 1386 \) K; coefficients in
 * Table 2, property relations in Table 3, derivatives in Table 4. Validity 273.15 K ≤ T ≤ 623.15 K,
 * \( p_s(T) \) ≤ p ≤ 100 MPa. Also W. Wagner et al. (2000), J. Eng. Gas Turbines Power 122, 150–182,
 * doi:10.1115/1.483186.
 *
 * <p>The coefficients were read from jjgomera/iapws {@code iapws/_iapws97Constants.py} (commit
 * 186664e2) and agree with lingzou/IAPWS-1995-IF97 {@code IF97.h}; the release's Table 5 check
 * values are reproduced to all printed digits (see the tests).
 *
 * <p>This class is pure formula: no input checks and no range policy (that is
 * {@link Iapws97Water}'s job). Every method is allocation-free.
 *
 * <h2>How the series is evaluated</h2>
 * Every derivative of \( \gamma \) is a sum \( \sum_k c_k\, x^{I_k - a}\, y^{J_k - b} \) with
 * \( x = 7.1 - \pi \), \( y = \tau - 1.222 \) and coefficients \( c_k \) that are \( n_k \) times
 * integer factors (precomputed below). {@link #series} sums such a series with the terms grouped by
 * \( I \): each group is a short Laurent polynomial in \( y \) built from a handful of precomputed
 * powers, and the groups are combined by a Horner scheme in \( x \) with the gaps between the
 * exponents (0…5, 8, 21, 23, 29…32) bridged by precomputed powers of \( x \). No {@code Math.pow},
 * no division by \( x \) (which vanishes at 117.4 MPa), one division by \( y \) (≥ 0.92 for
 * T ≤ 647.1 K).
 */
final class Iapws97Region1 {

    /** Specific gas constant of ordinary water used by IF97, J/(kg·K): R7-97(2012) eq. (1), 0.461526 kJ/(kg·K). */
    static final double SPECIFIC_GAS_CONSTANT = 461.526;

    /** Reducing pressure p* of region 1, Pa (16.53 MPa, R7-97(2012) eq. (7)). */
    static final double REDUCING_PRESSURE = 16.53e6;

    /** Reducing temperature T* of region 1, K (R7-97(2012) eq. (7)). */
    static final double REDUCING_TEMPERATURE = 1386.0;

    /** Exponents I_i of R7-97(2012) Table 2, i = 1…34 (index 0…33). */
    static final int[] I = {
        0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1,
        2, 2, 2, 2, 2,
        3, 3, 3,
        4, 4, 4,
        5,
        8, 8,
        21, 23, 29, 30, 31, 32};

    /** Exponents J_i of R7-97(2012) Table 2. */
    static final int[] J = {
        -2, -1, 0, 1, 2, 3, 4, 5,
        -9, -7, -1, 0, 1, 3,
        -3, 0, 1, 3, 17,
        -4, 0, 6,
        -5, -2, 10,
        -8,
        -11, -6,
        -29, -31, -38, -39, -40, -41};

    /** Coefficients n_i of R7-97(2012) Table 2 (dimensionless). */
    static final double[] N = {
        0.14632971213167, -0.84548187169114, -0.37563603672040e1, 0.33855169168385e1,
        -0.95791963387872, 0.15772038513228, -0.16616417199501e-1, 0.81214629983568e-3,
        0.28319080123804e-3, -0.60706301565874e-3, -0.18990068218419e-1, -0.32529748770505e-1,
        -0.21841717175414e-1, -0.52838357969930e-4,
        -0.47184321073267e-3, -0.30001780793026e-3, 0.47661393906987e-4, -0.44141845330846e-5,
        -0.72694996297594e-15,
        -0.31679644845054e-4, -0.28270797985312e-5, -0.85205128120103e-9,
        -0.22425281908000e-5, -0.65171222895601e-6, -0.14341729937924e-12,
        -0.40516996860117e-6,
        -0.12734301741641e-8, -0.17424871230634e-9,
        -0.68762131295531e-18, 0.14478307828521e-19, 0.26335781662795e-22, -0.11947622640071e-22,
        0.18228094581404e-23, -0.93537087292458e-25};

    /** \( n_i I_i \): coefficients of \( -\gamma_\pi \) in powers \( x^{I-1} y^J \). */
    private static final double[] N_I = new double[N.length];
    /** \( n_i I_i (I_i - 1) \): coefficients of \( \gamma_{\pi\pi} \) in powers \( x^{I-2} y^J \). */
    private static final double[] N_II = new double[N.length];
    /** \( n_i J_i \): coefficients of \( y\,\gamma_\tau \) in powers \( x^I y^J \). */
    private static final double[] N_J = new double[N.length];
    /** \( n_i J_i (J_i - 1) \): coefficients of \( y^2 \gamma_{\tau\tau} \) in powers \( x^I y^J \). */
    private static final double[] N_JJ = new double[N.length];
    /** \( n_i I_i J_i \): coefficients of \( -y\,\gamma_{\pi\tau} \) in powers \( x^{I-1} y^J \). */
    private static final double[] N_IJ = new double[N.length];

    static {
        for (int k = 0; k < N.length; k++) {
            N_I[k] = N[k] * I[k];
            N_II[k] = N[k] * I[k] * (I[k] - 1);
            N_J[k] = N[k] * J[k];
            N_JJ[k] = N[k] * J[k] * (J[k] - 1);
            N_IJ[k] = N[k] * I[k] * J[k];
        }
    }

    private Iapws97Region1() {
    }

    // ---- the dimensionless Gibbs free energy and its derivatives (R7-97(2012) Table 4) ----------

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma(\pi, \tau) \), eq. (7)
     */
    static double gamma(final double pi, final double tau) {
        return series(N, 0, 7.1 - pi, tau - 1.222);
    }

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma_\pi = \sum -n_i I_i (7.1-\pi)^{I_i-1} (\tau-1.222)^{J_i} \)
     */
    static double gammaPi(final double pi, final double tau) {
        return -series(N_I, 1, 7.1 - pi, tau - 1.222);
    }

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma_{\pi\pi} = \sum n_i I_i (I_i-1) (7.1-\pi)^{I_i-2} (\tau-1.222)^{J_i} \)
     */
    static double gammaPiPi(final double pi, final double tau) {
        return series(N_II, 2, 7.1 - pi, tau - 1.222);
    }

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma_\tau = \sum n_i (7.1-\pi)^{I_i} J_i (\tau-1.222)^{J_i-1} \)
     */
    static double gammaTau(final double pi, final double tau) {
        final double y = tau - 1.222;
        return series(N_J, 0, 7.1 - pi, y) / y;
    }

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma_{\tau\tau} = \sum n_i (7.1-\pi)^{I_i} J_i (J_i-1) (\tau-1.222)^{J_i-2} \)
     */
    static double gammaTauTau(final double pi, final double tau) {
        final double y = tau - 1.222;
        return series(N_JJ, 0, 7.1 - pi, y) / (y * y);
    }

    /**
     * @param pi  reduced pressure, p divided by p*
     * @param tau inverse reduced temperature, T* divided by T
     * @return \( \gamma_{\pi\tau} = \sum -n_i I_i (7.1-\pi)^{I_i-1} J_i (\tau-1.222)^{J_i-1} \)
     */
    static double gammaPiTau(final double pi, final double tau) {
        final double y = tau - 1.222;
        return -series(N_IJ, 1, 7.1 - pi, y) / y;
    }

    /**
     * \( \sum_k c_k\, x^{I_k - a}\, y^{J_k} \) for a = {@code xShift} ∈ {0, 1, 2}. The terms with
     * \( I_k < a \) are skipped: their coefficients are zero for the derivative arrays that use a
     * shift.
     *
     * @param c      coefficients, in the order of {@link #I} and {@link #J}
     * @param xShift a, the power of x divided out
     * @param x      7.1 − π
     * @param y      τ − 1.222
     * @return the sum
     */
    private static double series(final double[] c, final int xShift, final double x, final double y) {
        // powers of y and of r = 1/y used by the exponents J of Table 2
        final double y2 = y * y;
        final double y3 = y2 * y;
        final double y4 = y2 * y2;
        final double y6 = y3 * y3;
        final double y10 = y6 * y4;
        final double y17 = y10 * y6 * y;
        final double r = 1.0 / y;
        final double r2 = r * r;
        final double r3 = r2 * r;
        final double r4 = r2 * r2;
        final double r5 = r4 * r;
        final double r6 = r3 * r3;
        final double r7 = r6 * r;
        final double r8 = r4 * r4;
        final double r9 = r8 * r;
        final double r11 = r9 * r2;
        final double r29 = r11 * r11 * r7;
        final double r31 = r29 * r2;
        final double r38 = r31 * r7;
        final double r39 = r38 * r;
        final double r40 = r39 * r;
        final double r41 = r40 * r;

        // one Laurent polynomial in y per value of I (terms 3…34 of Table 2; 1–14 below)
        final double g2 = c[14] * r3 + c[15] + c[16] * y + c[17] * y3 + c[18] * y17;
        final double g3 = c[19] * r4 + c[20] + c[21] * y6;
        final double g4 = c[22] * r5 + c[23] * r2 + c[24] * y10;
        final double g5 = c[25] * r8;
        final double g8 = c[26] * r11 + c[27] * r6;
        final double g21 = c[28] * r29;
        final double g23 = c[29] * r31;
        final double g29 = c[30] * r38;
        final double g30 = c[31] * r39;
        final double g31 = c[32] * r40;
        final double g32 = c[33] * r41;

        // Horner in x from I = 32 down to I = 2 (gaps 32-29 = 1+1+1, 29→23 = 6, 23→21 = 2, 21→8 = 13, 8→5 = 3)
        final double x2 = x * x;
        final double x3 = x2 * x;
        final double x6 = x3 * x3;
        final double x13 = x6 * x6 * x;
        double s = g32;
        s = g31 + x * s;
        s = g30 + x * s;
        s = g29 + x * s;
        s = g23 + x6 * s;
        s = g21 + x2 * s;
        s = g8 + x13 * s;
        s = g5 + x3 * s;
        s = g4 + x * s;
        s = g3 + x * s;
        s = g2 + x * s;
        if (xShift == 2) {
            return s;
        }
        final double g1 = c[8] * r9 + c[9] * r7 + c[10] * r + c[11] + c[12] * y + c[13] * y3;
        s = g1 + x * s;
        if (xShift == 1) {
            return s;
        }
        final double y5 = y4 * y;
        final double g0 = c[0] * r2 + c[1] * r + c[2] + c[3] * y + c[4] * y2 + c[5] * y3 + c[6] * y4 + c[7] * y5;
        return g0 + x * s;
    }

    // ---- properties (R7-97(2012) Table 3); T in K, p in Pa, no range checks ----------------------

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return specific volume \( v = (RT/p^*)\,\gamma_\pi \), m³/kg
     */
    static double specificVolume(final double temperature, final double pressure) {
        return SPECIFIC_GAS_CONSTANT * temperature / REDUCING_PRESSURE
                * gammaPi(pressure / REDUCING_PRESSURE, REDUCING_TEMPERATURE / temperature);
    }

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return mass density \( \rho = 1/v = p^{*}/(RT\gamma_\pi) \), kg/m³
     */
    static double massDensity(final double temperature, final double pressure) {
        return REDUCING_PRESSURE / (SPECIFIC_GAS_CONSTANT * temperature
                * gammaPi(pressure / REDUCING_PRESSURE, REDUCING_TEMPERATURE / temperature));
    }

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return specific enthalpy \( h = RT\,\tau\gamma_\tau = R T^* \gamma_\tau \), J/kg (IF97
     *         reference state: u = s = 0 for the saturated liquid at the triple point)
     */
    static double specificEnthalpy(final double temperature, final double pressure) {
        return SPECIFIC_GAS_CONSTANT * REDUCING_TEMPERATURE
                * gammaTau(pressure / REDUCING_PRESSURE, REDUCING_TEMPERATURE / temperature);
    }

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return specific internal energy \( u = RT(\tau\gamma_\tau - \pi\gamma_\pi) \), J/kg
     */
    static double specificInternalEnergy(final double temperature, final double pressure) {
        final double pi = pressure / REDUCING_PRESSURE;
        final double tau = REDUCING_TEMPERATURE / temperature;
        return SPECIFIC_GAS_CONSTANT * temperature * (tau * gammaTau(pi, tau) - pi * gammaPi(pi, tau));
    }

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return specific entropy \( s = R(\tau\gamma_\tau - \gamma) \), J/(kg·K)
     */
    static double specificEntropy(final double temperature, final double pressure) {
        final double pi = pressure / REDUCING_PRESSURE;
        final double tau = REDUCING_TEMPERATURE / temperature;
        return SPECIFIC_GAS_CONSTANT * (tau * gammaTau(pi, tau) - gamma(pi, tau));
    }

    /**
     * @param temperature K
     * @param pressure    Pa
     * @return specific isobaric heat capacity \( c_p = -R\tau^2\gamma_{\tau\tau} \), J/(kg·K)
     */
    static double specificIsobaricHeatCapacity(final double temperature, final double pressure) {
        final double tau = REDUCING_TEMPERATURE / temperature;
        return -SPECIFIC_GAS_CONSTANT * tau * tau * gammaTauTau(pressure / REDUCING_PRESSURE, tau);
    }

    /**
     * The square of the speed of sound,
     * \( w^2 = RT\gamma_\pi^2 / [(\gamma_\pi - \tau\gamma_{\pi\tau})^2/(\tau^2\gamma_{\tau\tau}) - \gamma_{\pi\pi}] \).
     * It is positive only where the equation describes a thermodynamically stable liquid; a zero or
     * negative value marks states where region 1 has been extrapolated too far.
     *
     * @param temperature K
     * @param pressure    Pa
     * @return \( w^2 \), m²/s² (may be ≤ 0 or infinite outside the stable liquid)
     */
    static double speedOfSoundSquared(final double temperature, final double pressure) {
        final double pi = pressure / REDUCING_PRESSURE;
        final double tau = REDUCING_TEMPERATURE / temperature;
        final double gp = gammaPi(pi, tau);
        final double d = gp - tau * gammaPiTau(pi, tau);
        final double denominator = d * d / (tau * tau * gammaTauTau(pi, tau)) - gammaPiPi(pi, tau);
        return SPECIFIC_GAS_CONSTANT * temperature * gp * gp / denominator;
    }

    /**
     * Whether region 1 describes a mechanically and thermally stable liquid at this state:
     * \( \gamma_{\pi\pi} < 0 \) (positive isothermal compressibility), \( \gamma_{\tau\tau} < 0 \)
     * (positive \( c_p \)) and a finite, real speed of sound.
     *
     * @param temperature K
     * @param pressure    Pa
     * @return true if stable
     */
    static boolean isStableLiquid(final double temperature, final double pressure) {
        final double pi = pressure / REDUCING_PRESSURE;
        final double tau = REDUCING_TEMPERATURE / temperature;
        if (!(gammaPiPi(pi, tau) < 0.0 && gammaTauTau(pi, tau) < 0.0)) {
            return false;
        }
        final double w2 = speedOfSoundSquared(temperature, pressure);
        return w2 > 0.0 && Double.isFinite(w2);
    }
}
