package org.permeate.flowsheet;

import org.permeate.errors.Checks;
import org.permeate.properties.Solution;

/**
 * The raw water entering the plant.
 *
 * @param solution       composition, temperature and supply pressure (absolute) at the high-pressure pump's suction
 * @param volumetricFlow flow, m³/s (&gt; 0)
 * @param source         where it comes from, for the design guidelines
 */
public record FeedWater(Solution solution, double volumetricFlow, FeedSource source) {

    public FeedWater {
        if (solution == null || source == null) {
            throw new IllegalArgumentException("feed water needs a solution and a source");
        }
        Checks.positive("feed flow", volumetricFlow);
    }
}
