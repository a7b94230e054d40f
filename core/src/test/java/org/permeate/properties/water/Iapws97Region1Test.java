package org.permeate.properties.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.testsupport.ReferenceTable;

/**
 * IAPWS-IF97 region 1: the release's check values (Table 5), the fast series against a plain
 * term-by-term sum, the property relations of Table 3 against finite differences of the Gibbs free
 * energy, and the stability claims the range policy of {@link Iapws97Water} rests on.
 */
class Iapws97Region1Test {

    private static final double R = Iapws97Region1.SPECIFIC_GAS_CONSTANT;

    /**
     * IAPWS R7-97(2012) Table 5 (file if97_region1_table5.csv). Tolerance: half a unit in the
     * last of the nine printed digits, i.e. the table's own rounding, plus 1e-12 relative for
     * floating-point rounding here. A wrong coefficient or exponent moves the values by far more.
     */
    @Test
    void reproducesTable5OfTheRelease() {
        final ReferenceTable table = ReferenceTable.load(getClass(), "if97_region1_table5.csv");
        assertThat(table.size()).isEqualTo(3);
        for (ReferenceTable.Row r : table.rows()) {
            final double t = r.number("T_K");
            final double p = r.number("p_MPa") * 1e6;
            final String at = " at T = " + t + " K, p = " + p + " Pa";
            check(r, "v", Iapws97Region1.specificVolume(t, p), "specific volume (m3/kg)" + at);
            check(r, "h", Iapws97Region1.specificEnthalpy(t, p) / 1e3, "enthalpy (kJ/kg)" + at);
            check(r, "u", Iapws97Region1.specificInternalEnergy(t, p) / 1e3, "internal energy (kJ/kg)" + at);
            check(r, "s", Iapws97Region1.specificEntropy(t, p) / 1e3, "entropy (kJ/(kg K))" + at);
            check(r, "cp", Iapws97Region1.specificIsobaricHeatCapacity(t, p) / 1e3, "cp (kJ/(kg K))" + at);
            check(r, "w", Math.sqrt(Iapws97Region1.speedOfSoundSquared(t, p)), "speed of sound (m/s)" + at);
            assertThat(Iapws97Region1.massDensity(t, p) * Iapws97Region1.specificVolume(t, p))
                    .isCloseTo(1.0, within(1e-15));
        }
    }

    private static void check(final ReferenceTable.Row row, final String column, final double actual,
                              final String what) {
        final double expected = row.number(column);
        final double tolerance = row.halfUnitInLastDigit(column) + 1e-12 * Math.abs(expected);
        assertThat(actual).as(what).isCloseTo(expected, within(tolerance));
    }

    /**
     * The grouped Horner evaluation of {@link Iapws97Region1} against the plain sum of Table 2's 34
     * terms with Math.pow, for γ and all five derivatives, over the whole evaluated range
     * (220–647.096 K, 1 mPa–150 MPa). Tolerance 1e-13 of the sum of the terms' magnitudes: only
     * rounding differs, any misplaced term or exponent shows up at 1e-6 or worse.
     */
    @Test
    void fastSeriesEqualsTermByTermSum() {
        for (double t = 220.0; t <= 647.096; t += 3.7) {
            for (double logP = -3.0; logP <= Math.log10(150e6); logP += 0.37) {
                final double pi = Math.pow(10.0, logP) / Iapws97Region1.REDUCING_PRESSURE;
                final double tau = Iapws97Region1.REDUCING_TEMPERATURE / t;
                final double[][] direct = directSums(pi, tau);
                final double[] fast = {
                    Iapws97Region1.gamma(pi, tau), Iapws97Region1.gammaPi(pi, tau), Iapws97Region1.gammaPiPi(pi, tau),
                    Iapws97Region1.gammaTau(pi, tau), Iapws97Region1.gammaTauTau(pi, tau), Iapws97Region1.gammaPiTau(pi, tau)};
                final String[] names = {"gamma", "gamma_pi", "gamma_pipi", "gamma_tau", "gamma_tautau", "gamma_pitau"};
                for (int d = 0; d < fast.length; d++) {
                    assertThat(fast[d]).as(names[d] + " at pi = " + pi + ", tau = " + tau)
                            .isCloseTo(direct[0][d], within(1e-13 * direct[1][d] + 1e-300));
                }
            }
        }
    }

    /** @return {values of γ, γπ, γππ, γτ, γττ, γπτ}, {sums of the magnitudes of their terms} */
    private static double[][] directSums(final double pi, final double tau) {
        final double x = 7.1 - pi;
        final double y = tau - 1.222;
        final double[] sum = new double[6];
        final double[] magnitude = new double[6];
        for (int k = 0; k < Iapws97Region1.N.length; k++) {
            final int i = Iapws97Region1.I[k];
            final int j = Iapws97Region1.J[k];
            final double n = Iapws97Region1.N[k];
            final double[] terms = {
                n * Math.pow(x, i) * Math.pow(y, j),
                -n * i * Math.pow(x, i - 1) * Math.pow(y, j),
                n * i * (i - 1) * Math.pow(x, i - 2) * Math.pow(y, j),
                n * j * Math.pow(x, i) * Math.pow(y, j - 1),
                n * j * (j - 1) * Math.pow(x, i) * Math.pow(y, j - 2),
                -n * i * j * Math.pow(x, i - 1) * Math.pow(y, j - 1)};
            for (int d = 0; d < 6; d++) {
                sum[d] += terms[d];
                magnitude[d] += Math.abs(terms[d]);
            }
        }
        return new double[][] {sum, magnitude};
    }

    /**
     * Table 3 relations against central differences of the specific Gibbs free energy
     * g = RTγ: v = ∂g/∂p, s = −∂g/∂T, cp = ∂h/∂T, u = h − pv. Steps of 1e-4 of p and 1e-5 of T
     * keep truncation errors near 1e-8 relative (1e-7 J/(kg K) absolute for s, which passes
     * through zero at the triple point); tolerances 1e-6 relative, plus 1e-5 J/(kg K) for s.
     */
    @Test
    void propertiesAreDerivativesOfTheGibbsFreeEnergy() {
        final double[][] states = {{273.16, 611.657}, {298.15, 101325}, {323.15, 5e6}, {373.15, 2e7},
            {473.15, 8e7}, {600.0, 2e7}, {250.0, 1e5}, {300.0, 1.4e8}};
        for (double[] state : states) {
            final double t = state[0];
            final double p = state[1];
            final String at = " at " + t + " K, " + p + " Pa";
            final double dp = 1e-4 * Math.max(p, 1e6);
            final double dt = 1e-5 * t;
            final double v = (gibbs(t, p + dp) - gibbs(t, p - dp)) / (2 * dp);
            assertThat(Iapws97Region1.specificVolume(t, p)).as("v" + at).isCloseTo(v, within(1e-6 * v));
            final double s = -(gibbs(t + dt, p) - gibbs(t - dt, p)) / (2 * dt);
            assertThat(Iapws97Region1.specificEntropy(t, p)).as("s" + at).isCloseTo(s, within(1e-6 * Math.abs(s) + 1e-5));
            final double cp = (Iapws97Region1.specificEnthalpy(t + dt, p) - Iapws97Region1.specificEnthalpy(t - dt, p)) / (2 * dt);
            assertThat(Iapws97Region1.specificIsobaricHeatCapacity(t, p)).as("cp" + at).isCloseTo(cp, within(1e-6 * cp));
            final double u = Iapws97Region1.specificEnthalpy(t, p) - p * Iapws97Region1.specificVolume(t, p);
            assertThat(Iapws97Region1.specificInternalEnergy(t, p)).as("u" + at).isCloseTo(u, within(1e-9 * Math.abs(u) + 1e-9));
        }
    }

    private static double gibbs(final double t, final double p) {
        return R * t * Iapws97Region1.gamma(p / Iapws97Region1.REDUCING_PRESSURE, Iapws97Region1.REDUCING_TEMPERATURE / t);
    }

    /**
     * The range policy of {@link Iapws97Water} rests on these: region 1 is a stable liquid at every
     * temperature from 220 K to 600 K and every pressure from 1 mPa to 150 MPa (metastable states
     * included), and from 600 K to the critical temperature at least from the saturation pressure
     * up to 150 MPa.
     */
    @Test
    void isAStableLiquidThroughoutTheEvaluatedRange() {
        for (double t = 220.0; t <= 600.0; t += 1.0) {
            for (double logP = -3.0; logP <= Math.log10(150e6) + 1e-12; logP += 0.25) {
                final double p = Math.min(Math.pow(10.0, logP), 150e6);
                assertThat(Iapws97Region1.isStableLiquid(t, p)).as(t + " K, " + p + " Pa").isTrue();
            }
            assertThat(Iapws97Region1.isStableLiquid(t, 150e6)).as(t + " K, 150 MPa").isTrue();
        }
        for (double t = 600.0; t <= 647.096; t += 0.5) {
            final double ps = Iapws97Region4.saturationPressure(t);
            for (double p = ps; p <= 150e6; p += 2.5e6) {
                assertThat(Iapws97Region1.isStableLiquid(t, p)).as(t + " K, " + p + " Pa").isTrue();
            }
        }
        assertThat(Iapws97Region1.isStableLiquid(647.096, 150e6)).isTrue();
    }

    /** And these are the failures that set the limits: 210 K, 200 MPa above 620 K, low pressure above 611 K. */
    @Test
    void isNoLongerAStableLiquidBeyondTheLimits() {
        for (double logP = -3.0; logP <= Math.log10(50e6); logP += 0.25) {
            assertThat(Iapws97Region1.isStableLiquid(210.0, Math.pow(10.0, logP))).as("210 K").isFalse();
        }
        assertThat(Iapws97Region1.isStableLiquid(630.0, 200e6)).isFalse();
        assertThat(Iapws97Region1.isStableLiquid(620.0, 1e5)).isFalse();
        assertThat(Iapws97Region1.isStableLiquid(640.0, 1e7)).isFalse();
    }
}
