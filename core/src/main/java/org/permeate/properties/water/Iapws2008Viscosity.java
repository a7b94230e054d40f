package org.permeate.properties.water;

/**
 * The IAPWS 2008 formulation for the viscosity of ordinary water as a function of temperature and
 * density, in its industrial form (critical enhancement \( \bar\mu_2 = 1 \)).
 *
 * <p>M.L. Huber, R.A. Perkins, A. Laesecke, D.G. Friend, J.V. Sengers, M.J. Assael, I.N. Metaxa,
 * E. Vogel, R. Mareš, K. Miyagawa (2009), New international formulation for the viscosity of H2O,
 * J. Phys. Chem. Ref. Data 38(2), 101–125, doi:10.1063/1.3088050; IAPWS R12-08, Release on the
 * IAPWS Formulation 2008 for the Viscosity of Ordinary Water Substance (2008).
 *
 * <p>\( \bar\mu = \bar\mu_0(\bar T)\,\bar\mu_1(\bar T, \bar\rho)\,\bar\mu_2 \) with
 * \( \bar T = T/T^* \), \( \bar\rho = \rho/\rho^* \), \( \bar\mu = \mu/\mu^* \), T* = 647.096 K,
 * ρ* = 322 kg/m³, μ* = 1 µPa·s:
 * <ul>
 * <li>dilute-gas part \( \bar\mu_0 = 100\sqrt{\bar T} / \sum_{i=0}^{3} H_i/\bar T^i \)
 *     (Huber et al. 2009 eq. (11), coefficients H_i of their Table 2);</li>
 * <li>finite-density part \( \bar\mu_1 = \exp[\bar\rho \sum_{i=0}^{5} (1/\bar T - 1)^i
 *     \sum_{j=0}^{6} H_{ij} (\bar\rho - 1)^j] \) (eq. (12), Table 3);</li>
 * <li>critical enhancement \( \bar\mu_2 = 1 \). The release says the near-critical term is
 *     negligible except very close to the critical point, that it should be omitted for
 *     industrial use and may be omitted for other uses outside the critical region (IAPWS,
 *     www.iapws.org/relguide/viscosity.htm). It matters only within a few kelvin of 647.096 K at
 *     densities near 322 kg/m³; the liquid states of this package (T ≤ 647.096 K with liquid
 *     densities, in practice 273–400 K and ρ &gt; 900 kg/m³) lie far outside that region, where
 *     the release's check values of its Table 4 are reproduced with \( \bar\mu_2 = 1 \) to all
 *     printed digits.</li>
 * </ul>
 * The equation numbers are those of Huber et al. (2009) as cited by several public implementations;
 * the coefficients were read from those implementations (OpenGeoSys {@code WaterViscosityIAPWS.cpp}
 * and three independent {@code calc_viscosity_h2o}/{@code huber_visc} ports in C++, JavaScript and R)
 * and agree between them. Validity of the
 * formulation: the stable fluid from the melting line to 1173.15 K at pressures up to 300 MPa (with
 * lower temperature limits at higher pressures, up to 1000 MPa).
 *
 * <p>Pure formula, no range checks; allocation-free.
 */
final class Iapws2008Viscosity {

    /** Reducing temperature T*, K. */
    static final double REDUCING_TEMPERATURE = 647.096;

    /** Reducing density ρ*, kg/m³. */
    static final double REDUCING_DENSITY = 322.0;

    /** Reducing viscosity μ*, Pa·s (1 µPa·s). */
    static final double REDUCING_VISCOSITY = 1.0e-6;

    /** H_0…H_3 of the dilute-gas part (Huber et al. 2009 Table 2). */
    private static final double[] H = {1.67752, 2.20462, 0.6366564, -0.241605};

    /**
     * H_ij of the finite-density part (Huber et al. 2009 Table 3), stored as {@code HIJ[i][j]}:
     * i = 0…5 is the power of \( 1/\bar T - 1 \), j = 0…6 the power of \( \bar\rho - 1 \).
     * Package-private for the test that checks the unrolled evaluation against a plain double sum.
     */
    static final double[][] HIJ = {
        {0.520094, 0.222531, -0.281378, 0.161913, -0.0325372, 0.0, 0.0},
        {0.0850895, 0.999115, -0.906851, 0.257399, 0.0, 0.0, 0.0},
        {-1.08374, 1.88797, -0.772479, 0.0, 0.0, 0.0, 0.0},
        {-0.289555, 1.26613, -0.489837, 0.0, 0.0698452, 0.0, -0.00435673},
        {0.0, 0.0, -0.25704, 0.0, 0.0, 0.00872102, 0.0},
        {0.0, 0.120573, 0.0, 0.0, 0.0, 0.0, -0.000593264}};

    // the 27 non-zero H_ij, named for the unrolled evaluation below
    private static final double H00 = HIJ[0][0];
    private static final double H01 = HIJ[0][1];
    private static final double H02 = HIJ[0][2];
    private static final double H03 = HIJ[0][3];
    private static final double H04 = HIJ[0][4];
    private static final double H10 = HIJ[1][0];
    private static final double H11 = HIJ[1][1];
    private static final double H12 = HIJ[1][2];
    private static final double H13 = HIJ[1][3];
    private static final double H20 = HIJ[2][0];
    private static final double H21 = HIJ[2][1];
    private static final double H22 = HIJ[2][2];
    private static final double H30 = HIJ[3][0];
    private static final double H31 = HIJ[3][1];
    private static final double H32 = HIJ[3][2];
    private static final double H34 = HIJ[3][4];
    private static final double H36 = HIJ[3][6];
    private static final double H42 = HIJ[4][2];
    private static final double H45 = HIJ[4][5];
    private static final double H51 = HIJ[5][1];
    private static final double H56 = HIJ[5][6];

    private Iapws2008Viscosity() {
    }

    /**
     * @param temperature K
     * @param density     mass density, kg/m³
     * @return dynamic viscosity \( \mu^*\bar\mu_0\bar\mu_1 \), Pa·s
     */
    static double dynamicViscosity(final double temperature, final double density) {
        final double tBar = temperature / REDUCING_TEMPERATURE;
        final double rhoBar = density / REDUCING_DENSITY;
        final double inverseT = 1.0 / tBar;

        // eq. (11): sum of H_i / Tbar^i by Horner in 1/Tbar
        final double dilute = H[0] + inverseT * (H[1] + inverseT * (H[2] + inverseT * H[3]));
        final double mu0 = 100.0 * Math.sqrt(tBar) / dilute;

        // eq. (12): Horner in d = rhoBar - 1 for each power i of t = 1/Tbar - 1 (zero H_ij skipped),
        // then Horner in t
        final double t = inverseT - 1.0;
        final double d = rhoBar - 1.0;
        final double d2 = d * d;
        final double a0 = H00 + d * (H01 + d * (H02 + d * (H03 + d * H04)));
        final double a1 = H10 + d * (H11 + d * (H12 + d * H13));
        final double a2 = H20 + d * (H21 + d * H22);
        final double a3 = H30 + d * (H31 + d * (H32 + d2 * (H34 + d2 * H36)));
        final double a4 = d2 * (H42 + d2 * d * H45);
        final double a5 = d * (H51 + d2 * d2 * d * H56);
        final double outer = a0 + t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))));
        final double mu1 = Math.exp(rhoBar * outer);

        return REDUCING_VISCOSITY * mu0 * mu1;
    }
}
