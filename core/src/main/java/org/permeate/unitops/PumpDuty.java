package org.permeate.unitops;

/**
 * What one pump does at an operating point.
 *
 * @param name             the pump's role ("high-pressure pump", "stage 2 booster", ...)
 * @param volumetricFlow   flow, m³/s
 * @param inletPressure    absolute suction pressure, Pa
 * @param outletPressure   absolute discharge pressure, Pa
 * @param hydraulicPower   Q ΔP, W
 * @param shaftPower       hydraulic power over the pump efficiency, W
 * @param electricalPower  shaft power over the motor efficiency, less any power recovered on the
 *                         same shaft, W
 */
public record PumpDuty(String name, double volumetricFlow, double inletPressure, double outletPressure,
                       double hydraulicPower, double shaftPower, double electricalPower) {

    /** @return the pressure rise, Pa */
    public double pressureRise() {
        return outletPressure - inletPressure;
    }

    /**
     * @param recovered shaft power delivered by a turbine on the same shaft, W
     * @param motorEfficiency the motor's efficiency, to convert the saving to electrical power
     * @return this duty with the motor supplying only what the turbine does not
     */
    public PumpDuty lessShaftPower(final double recovered, final double motorEfficiency) {
        final double net = Math.max(0.0, shaftPower - recovered);
        return new PumpDuty(name, volumetricFlow, inletPressure, outletPressure, hydraulicPower, shaftPower,
                net / motorEfficiency);
    }
}
