package org.permeate.properties;

/**
 * The colligative properties of a solution.
 *
 * @param osmoticCoefficient      molal osmotic coefficient φ
 * @param waterActivity           a_w
 * @param osmolality              −ln a_w / M_w (= φ Σ m_i), osmol/kg: what an osmometer measures
 * @param osmoticPressure         π, Pa
 * @param vantHoffOsmoticPressure the ideal π = RT Σ c_i, Pa
 */
public record OsmoticProperties(double osmoticCoefficient, double waterActivity, double osmolality,
                                double osmoticPressure, double vantHoffOsmoticPressure) {

    /** @return π divided by the van 't Hoff value: how far from ideal (1 when dilute) */
    public double ratioToVantHoff() {
        return vantHoffOsmoticPressure > 0 ? osmoticPressure / vantHoffOsmoticPressure : 1.0;
    }
}
