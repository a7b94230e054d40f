package org.permeate.properties;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;

/**
 * The state of an aqueous solution: what is dissolved, its temperature and its pressure.
 *
 * @param composition molalities, mol/kg of water
 * @param temperature K, above 0
 * @param pressure    absolute pressure, Pa, above 0
 */
public record Solution(Composition composition, double temperature, double pressure) {

    public Solution {
        if (composition == null) {
            throw new PermeateException(Message.MISSING, "composition", "the dissolved species");
        }
        if (!Double.isFinite(temperature)) {
            throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
        }
        if (temperature <= 0) {
            throw new PermeateException(Message.NOT_POSITIVE_TEMPERATURE, "temperature", temperature + " K");
        }
        if (!Double.isFinite(pressure)) {
            throw new PermeateException(Message.NOT_FINITE, "pressure", pressure);
        }
        if (pressure <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, "absolute pressure", "0 Pa", pressure + " Pa");
        }
    }

    /**
     * @param composition molalities
     * @param temperature K
     * @return the solution at one standard atmosphere
     */
    public static Solution atAtmosphericPressure(final Composition composition, final double temperature) {
        return new Solution(composition, temperature, PhysicalConstants.STANDARD_ATMOSPHERE);
    }

    /** @return temperature in °C (for correlations fitted in °C) */
    public double celsius() {
        return temperature - PhysicalConstants.ZERO_CELSIUS;
    }

    /** @return the same state with another composition */
    public Solution withComposition(final Composition c) {
        return new Solution(c, temperature, pressure);
    }

    /** @return the same state at another temperature, K */
    public Solution withTemperature(final double t) {
        return new Solution(composition, t, pressure);
    }

    /** @return the same state at another pressure, Pa */
    public Solution withPressure(final double p) {
        return new Solution(composition, temperature, p);
    }
}
