package org.permeate.flowsheet;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Stream;

/**
 * A whole system at its operating point.
 *
 * @param design      the system
 * @param feed        raw feed
 * @param product     product water: permeate of the last pass, permeate not sent on, bypassed feed
 * @param drains      concentrates leaving the system, one per pass (no flow where all is recycled)
 * @param passes      each pass
 * @param feedFlow    raw feed volume flow, m³/s
 * @param productFlow product volume flow, m³/s
 * @param energy      the energy balance
 * @param warnings    warnings of every model used, without repeats
 */
public record SystemResult(SystemDesign design, Stream feed, Stream product, List<Stream> drains,
                           List<PassResult> passes, double feedFlow, double productFlow, Energy energy,
                           List<ModelWarning> warnings) {

    public SystemResult {
        drains = List.copyOf(drains);
        passes = List.copyOf(passes);
        warnings = List.copyOf(warnings);
    }

    /** @return product volume / raw feed volume */
    public double recovery() {
        return productFlow / feedFlow;
    }

    /** @return product water mass / raw feed water mass */
    public double waterRecovery() {
        return product.waterMassFlow() / feed.waterMassFlow();
    }
}
