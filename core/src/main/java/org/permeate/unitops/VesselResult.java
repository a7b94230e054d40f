package org.permeate.unitops;

import java.util.List;

import org.permeate.element.ElementResult;
import org.permeate.properties.Stream;

/**
 * One pressure vessel: its elements in series, inlet first.
 *
 * @param elements      each element's result, inlet first
 * @param feed          feed entering the vessel
 * @param concentrate   concentrate leaving the last element
 * @param permeate      all permeate of the vessel
 * @param frontPermeate permeate of the front elements (all of it when the vessel's permeate is not split)
 * @param rearPermeate  permeate of the rear elements (no flow when not split)
 */
public record VesselResult(List<ElementResult> elements, Stream feed, Stream concentrate, Stream permeate,
                           Stream frontPermeate, Stream rearPermeate) {

    public VesselResult {
        elements = List.copyOf(elements);
    }

    /** @return feed pressure minus concentrate pressure, Pa */
    public double pressureDrop() {
        return feed.pressure() - concentrate.pressure();
    }
}
