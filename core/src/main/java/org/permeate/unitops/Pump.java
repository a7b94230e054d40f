package org.permeate.unitops;

import org.permeate.errors.Checks;

/**
 * A centrifugal or positive-displacement pump with its electric motor. The hydraulic power
 * \( Q\,\Delta P \) is what the water gains; the shaft power is that over the pump efficiency, and
 * the electrical power that over the motor (and drive) efficiency.
 *
 * @param efficiency      hydraulic efficiency of the pump, 0 &lt; η ≤ 1
 * @param motorEfficiency efficiency of motor and drive, 0 &lt; η ≤ 1
 */
public record Pump(double efficiency, double motorEfficiency) {

    /** An ideal pump, for comparisons with models that count hydraulic power only. */
    public static final Pump IDEAL = new Pump(1.0, 1.0);

    public Pump {
        Checks.inRange("pump efficiency", efficiency, 0.01, 1.0);
        Checks.inRange("motor efficiency", motorEfficiency, 0.01, 1.0);
    }

    /**
     * @param name           what the pump is called in the results
     * @param volumetricFlow flow through it, m³/s
     * @param inletPressure  absolute suction pressure, Pa
     * @param outletPressure absolute discharge pressure, Pa
     * @return its duty; a pump asked for no rise (outlet ≤ inlet) does no work
     */
    public PumpDuty duty(final String name, final double volumetricFlow, final double inletPressure,
                         final double outletPressure) {
        final double hydraulic = volumetricFlow * Math.max(0.0, outletPressure - inletPressure);
        return new PumpDuty(name, volumetricFlow, inletPressure, outletPressure, hydraulic, hydraulic / efficiency,
                hydraulic / (efficiency * motorEfficiency));
    }
}
