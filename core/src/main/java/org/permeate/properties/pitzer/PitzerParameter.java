package org.permeate.properties.pitzer;

/**
 * One interaction parameter with its temperature function
 * \( P(T) = A_0 + A_1(1/T - 1/T_r) + A_2\ln(T/T_r) + A_3(T - T_r) + A_4(T^2 - T_r^2)
 * + A_5(1/T^2 - 1/T_r^2) \), \( T_r \) = 298.15 K, as PHREEQC evaluates pitzer.dat entries.
 *
 * @param kind         what the parameter is
 * @param species      the species ids, in file order
 * @param coefficients A0..A5
 * @param source       where it comes from
 */
public record PitzerParameter(Kind kind, String[] species, double[] coefficients, String source) {

    /** Reference temperature, K. */
    public static final double T_REF = 298.15;

    /** The sorts of Pitzer parameter. */
    public enum Kind { B0, B1, B2, C0, THETA, LAMBDA, ZETA, PSI }

    /** How a parameter depends on temperature. */
    public enum TemperatureDependence {
        /** Known at 25 °C only. */
        NONE,
        /** A first-order expansion about 25 °C (dP/dT only). */
        LINEAR,
        /** A fitted function of temperature. */
        FULL
    }

    public PitzerParameter {
        if (coefficients.length != 6) {
            throw new IllegalArgumentException("six coefficients expected");
        }
        species = species.clone();
        coefficients = coefficients.clone();
    }

    /** @return how the parameter depends on temperature */
    public TemperatureDependence temperatureDependence() {
        final double[] a = coefficients;
        if (a[1] == 0 && a[2] == 0 && a[3] == 0 && a[4] == 0 && a[5] == 0) {
            return TemperatureDependence.NONE;
        }
        if (a[1] == 0 && a[2] == 0 && a[4] == 0 && a[5] == 0) {
            return TemperatureDependence.LINEAR;
        }
        return TemperatureDependence.FULL;
    }

    /**
     * @param basis the temperature basis from {@link #basis(double, double[])}
     * @return the parameter's value at that temperature
     */
    public double value(final double[] basis) {
        double v = 0;
        for (int k = 0; k < 6; k++) {
            v += coefficients[k] * basis[k];
        }
        return v;
    }

    /**
     * @param temperature K
     * @param out         receives the six basis functions of the temperature form
     */
    public static void basis(final double temperature, final double[] out) {
        final double t = temperature;
        out[0] = 1.0;
        out[1] = 1.0 / t - 1.0 / T_REF;
        out[2] = Math.log(t / T_REF);
        out[3] = t - T_REF;
        out[4] = t * t - T_REF * T_REF;
        out[5] = 1.0 / (t * t) - 1.0 / (T_REF * T_REF);
    }
}
