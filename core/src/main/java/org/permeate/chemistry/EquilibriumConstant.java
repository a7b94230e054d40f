package org.permeate.chemistry;

import org.permeate.measure.PhysicalConstants;

/**
 * A temperature-dependent equilibrium constant in PHREEQC's forms: the analytic expression
 * \( \log_{10} K = A_1 + A_2 T + A_3/T + A_4 \log_{10} T + A_5/T^2 + A_6 T^2 \) (T in K), or,
 * without one, van 't Hoff's \( \log K(T) = \log K_{298} - \frac{\Delta H^\circ}{R \ln 10}
 * (1/T - 1/298.15) \) (Parkhurst &amp; Appelo 2013, PHREEQC version 3, USGS Techniques and Methods
 * 6-A43, eqs. 9–10; when both are given PHREEQC uses the analytic one).
 *
 * @param logK298  log10 K at 25 °C (for the analytic form, its value there)
 * @param enthalpy standard reaction enthalpy ΔH°, J/mol (van 't Hoff form; 0 for none)
 * @param analytic A1..A6, or null for the van 't Hoff form
 * @param source   database and line it was copied from
 */
public record EquilibriumConstant(double logK298, double enthalpy, double[] analytic, String source) {

    private static final double KCAL = 4184.0;

    public EquilibriumConstant {
        analytic = analytic == null ? null : analytic.clone();
    }

    /**
     * @param source    where it comes from
     * @param a         A1..A6 (missing trailing coefficients are 0)
     * @return an analytic constant
     */
    public static EquilibriumConstant analytic(final String source, final double... a) {
        final double[] full = new double[6];
        System.arraycopy(a, 0, full, 0, a.length);
        final double t = PhysicalConstants.T25;
        final double at25 = full[0] + full[1] * t + full[2] / t + full[3] * Math.log10(t) + full[4] / (t * t)
                + full[5] * t * t;
        return new EquilibriumConstant(at25, 0, full, source);
    }

    /**
     * @param source   where it comes from
     * @param logK298  log K at 25 °C
     * @param kcal     ΔH° in kcal/mol, as PHREEQC databases print it
     * @return a van 't Hoff constant
     */
    public static EquilibriumConstant vantHoffKcal(final String source, final double logK298, final double kcal) {
        return new EquilibriumConstant(logK298, kcal * KCAL, null, source);
    }

    /**
     * @param source   where it comes from
     * @param logK298  log K at 25 °C
     * @param kj       ΔH° in kJ/mol
     * @return a van 't Hoff constant
     */
    public static EquilibriumConstant vantHoffKj(final String source, final double logK298, final double kj) {
        return new EquilibriumConstant(logK298, kj * 1e3, null, source);
    }

    /**
     * @param temperature K
     * @return log10 K at that temperature
     */
    public double log10(final double temperature) {
        if (analytic != null) {
            final double t = temperature;
            return analytic[0] + analytic[1] * t + analytic[2] / t + analytic[3] * Math.log10(t)
                    + analytic[4] / (t * t) + analytic[5] * t * t;
        }
        return logK298 - enthalpy / (PhysicalConstants.GAS_CONSTANT * Math.log(10))
                * (1.0 / temperature - 1.0 / PhysicalConstants.T25);
    }
}
