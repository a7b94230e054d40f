package org.permeate.lab;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * The result of an osmosis simulation.
 *
 * @param cell                  the set-up
 * @param samples               the cell at evenly spaced times from the start to {@code displayTime}, then the end
 * @param end                   the cell at the end of the integration
 * @param reachedEquilibrium    whether the run ended at equilibrium (stop event) rather than at the time limit
 * @param equilibrium           the equilibrium computed directly
 * @param initialOsmoticHead    the height of solution whose weight balances the initial osmotic pressure
 *                              difference, m: the osmotic pressure as a hydrostatic head, before any dilution
 * @param timeTo99Percent       s until the driving pressure fell to 1 % of its start value (NaN if never)
 * @param evaluations           right-hand-side evaluations of the integrator
 * @param warnings              fitted-range warnings of the property models, at the start and the end
 */
public record OsmosisRun(OsmosisCell cell, List<OsmosisSnapshot> samples, OsmosisSnapshot end,
                         boolean reachedEquilibrium, OsmosisEquilibrium equilibrium, double initialOsmoticHead,
                         double timeTo99Percent, int evaluations, List<ModelWarning> warnings) {

    public OsmosisRun {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }

    /** @return the cell at the start */
    public OsmosisSnapshot start() {
        return samples.get(0);
    }
}
