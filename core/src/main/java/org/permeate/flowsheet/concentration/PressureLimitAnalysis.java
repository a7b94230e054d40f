package org.permeate.flowsheet.concentration;

/**
 * What a feed-pressure limit allows, computed directly (not by running the batch): the product is
 * taken as concentrated with every solute kept (the run's small losses left out).
 *
 * @param pressureLimit       the limit, Pa gauge
 * @param measureAtSetFlux    the measure at which the train needs exactly the limit to give the set
 *                            flux, mass fraction: the most a run at this flux can reach
 * @param factorAtSetFlux     the concentration factor (solids per kg of water over the feed's) there
 * @param measureAtZeroFlux   the measure at which the product's own osmotic pressure equals the
 *                            limit: no flux at all is left, whatever the area
 * @param factorAtZeroFlux    the concentration factor there
 */
public record PressureLimitAnalysis(double pressureLimit, double measureAtSetFlux, double factorAtSetFlux,
                                    double measureAtZeroFlux, double factorAtZeroFlux) {
}
