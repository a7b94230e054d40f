package org.permeate.flowsheet.concentration;

/**
 * The state of a concentration run at one time.
 *
 * @param time              time from the start, s
 * @param tankVolume        product in the tank (the loop tank in feed-and-bleed), m³
 * @param measure           the product's measure (°Brix or total solids), mass fraction
 * @param concentrationFactor batch: initial volume over tank volume; feed-and-bleed: solids per kg of
 *                          water in the loop over those of the feed
 * @param osmoticPressure   osmotic pressure of the tank's contents, Pa
 * @param feedPressure      pump discharge pressure that gives the set flux, Pa gauge
 * @param meanFlux          mean permeate flux over the membrane area, m/s
 * @param permeateFlow      permeate leaving, kg/s (water and solutes)
 * @param permeateMeasure   dissolved solids in the permeate, mass fraction
 * @param viscosity         viscosity of the tank's contents, Pa·s
 * @param waterRemoved      permeate water collected so far, kg
 * @param solidsLost        dissolved solids (non-volatile) in the permeate so far, kg
 * @param energy            electrical energy of the pump so far, J
 */
public record ConcentrationPoint(double time, double tankVolume, double measure, double concentrationFactor,
                                 double osmoticPressure, double feedPressure, double meanFlux, double permeateFlow,
                                 double permeateMeasure, double viscosity, double waterRemoved, double solidsLost,
                                 double energy) {
}
