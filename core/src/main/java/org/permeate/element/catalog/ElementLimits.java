package org.permeate.element.catalog;

/**
 * The operating limits a datasheet states. A limit the sheet does not give is 0.
 *
 * @param maxPressure           maximum operating (gauge) pressure, Pa
 * @param maxTemperature        maximum operating temperature, K
 * @param maxFeedFlow           maximum feed flow, m³/s
 * @param minConcentrateFlow    minimum concentrate flow, m³/s
 * @param maxPressureDrop       maximum pressure drop per element, Pa
 * @param minPH                 lowest pH in continuous operation
 * @param maxPH                 highest pH in continuous operation
 */
public record ElementLimits(double maxPressure, double maxTemperature, double maxFeedFlow, double minConcentrateFlow,
                            double maxPressureDrop, double minPH, double maxPH) {
}
