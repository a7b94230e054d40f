package org.permeate.unitops.household;

/**
 * The state of a household unit at the end of one time step, and its flows over that step.
 *
 * @param time            end of the step, s from the start
 * @param tankWaterVolume water stored in the tank, m³
 * @param tankPressure    absolute pressure of the tank (the permeate back-pressure), Pa
 * @param feedOpen        whether the shut-off valve is open at the end of the step
 * @param permeateFlow    mean permeate flow into the tank over the step, m³/s (0 while shut off)
 * @param drainFlow       mean flow to drain over the step, m³/s (0 while shut off)
 * @param permeateTds     total dissolved solids of the permeate made during the step, kg/m³ (= g/L;
 *                        0 when none was made)
 * @param drawnVolume     product water delivered at the faucet during the step, m³
 * @param tankTds         total dissolved solids of the tank's (well-mixed) content at the end of the
 *                        step, kg/m³ (0 when the tank is empty): what the next draw delivers
 */
public record TimeStep(double time, double tankWaterVolume, double tankPressure, boolean feedOpen,
                       double permeateFlow, double drainFlow, double permeateTds, double drawnVolume,
                       double tankTds) {
}
