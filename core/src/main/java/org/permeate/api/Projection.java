package org.permeate.api;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.design.WaterQuality;
import org.permeate.flowsheet.SystemResult;

/**
 * A system's projection: its performance and every warning about it — the models' fitted
 * ranges, pressure deficits, the elements' datasheet limits and the design guidelines.
 *
 * @param result    the solved system
 * @param chemistry the streams' pH and the saturation of scaling minerals
 * @param warnings  every warning, without repeats
 */
public record Projection(SystemResult result, WaterQuality.Review chemistry, List<ModelWarning> warnings) {

    public Projection {
        warnings = List.copyOf(warnings);
    }
}
