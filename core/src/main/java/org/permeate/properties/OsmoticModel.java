package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.species.Species;

/**
 * The colligative side of a solution: osmotic coefficient, water activity and osmotic pressure.
 *
 * <p>Conventions (molality basis): \( \ln a_w = -M_w\,\phi \sum_i m_i \) and
 * \( \pi = -RT\ln a_w / \bar V_w \), with \( \bar V_w \) approximated by the molar volume of pure
 * water. Implementations fitted on a specific basis (e.g. Sharqawy's seawater π) override
 * {@link #osmoticPressure} to reproduce their published form exactly.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface OsmoticModel {

    /** @return the stable name used in files and reports, e.g. {@code "pitzer-hmw84"} */
    String name();

    /** @return the full citation(s) of the model */
    String source();

    /**
     * @param species a species
     * @return true if the model describes that species
     */
    boolean supports(Species species);

    /**
     * @param solution the state
     * @return the molal osmotic coefficient φ (1 for an ideal solution)
     */
    double osmoticCoefficient(Solution solution);

    /**
     * @param solution the state
     * @return ln a_w, the natural logarithm of the water activity
     */
    default double lnWaterActivity(final Solution solution) {
        return -PhysicalConstants.WATER_MOLAR_MASS * solution.composition().totalMolality()
                * osmoticCoefficient(solution);
    }

    /**
     * @param solution the state
     * @return osmotic pressure, Pa
     */
    double osmoticPressure(Solution solution);

    /**
     * @param solution the state
     * @return warnings for a state outside the model's fitted range (empty if inside)
     */
    List<ModelWarning> warnings(Solution solution);

    /**
     * The thermodynamic definition \( \pi = -RT\ln a_w / ar V_w \).
     *
     * @param lnWaterActivity ln a_w
     * @param temperature     K
     * @param molarVolume     molar volume of water, m³/mol
     * @return osmotic pressure, Pa
     */
    static double fromWaterActivity(final double lnWaterActivity, final double temperature, final double molarVolume) {
        return -PhysicalConstants.GAS_CONSTANT * temperature * lnWaterActivity / molarVolume;
    }
}
