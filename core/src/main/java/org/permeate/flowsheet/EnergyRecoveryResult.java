package org.permeate.flowsheet;

/**
 * What the energy-recovery device of a pass does. Flows are volumetric, m³/s; pressures
 * absolute, Pa; powers W. Quantities a device does not have are 0.
 *
 * @param kind                 "none", "pressure exchanger", "turbocharger" or "turbine"
 * @param highPressureIn       concentrate entering (all devices), m³/s
 * @param highPressureInPressure its pressure, Pa
 * @param lowPressureIn        raw feed entering a pressure exchanger, m³/s
 * @param lowPressureInPressure its pressure, Pa
 * @param highPressureOut      pressurised feed leaving a pressure exchanger, m³/s
 * @param highPressureOutPressure its pressure before the booster, Pa
 * @param lowPressureOut       brine discharged, m³/s
 * @param lowPressureOutPressure its pressure, Pa
 * @param efficiency           the device's efficiency as its maker defines it: for a pressure
 *                             exchanger Σ(PQ)out / Σ(PQ)in (Energy Recovery Inc.'s definition)
 * @param salinityIncrease     relative rise of the pressurised feed's dissolved mass per water
 *                             mass over the raw feed's (pressure exchanger mixing), fraction
 * @param recoveredPower       hydraulic power put back into the feed or onto the pump shaft, W
 * @param boost                pressure a turbocharger adds to the feed, Pa
 */
public record EnergyRecoveryResult(String kind, double highPressureIn, double highPressureInPressure,
                                   double lowPressureIn, double lowPressureInPressure, double highPressureOut,
                                   double highPressureOutPressure, double lowPressureOut,
                                   double lowPressureOutPressure, double efficiency, double salinityIncrease,
                                   double recoveredPower, double boost) {

    /** @param concentrate flow, m³/s @param pressure its pressure, Pa @return the result of no device */
    static EnergyRecoveryResult none(final double concentrate, final double pressure) {
        return new EnergyRecoveryResult("none", concentrate, pressure, 0, 0, 0, 0, concentrate, pressure, 0, 0, 0, 0);
    }
}
