package org.permeate.element;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Stream;

/**
 * The computed performance of one element.
 *
 * @param element     the element
 * @param feed        feed stream at the inlet
 * @param concentrate concentrate stream at the outlet
 * @param permeate    mixed permeate
 * @param segments    the segments, inlet first
 * @param deficits    stretches below the osmotic pressure (empty when none)
 * @param warnings    warnings from every model used
 */
public record ElementResult(Element element, Stream feed, Stream concentrate, Stream permeate,
                            List<SegmentResult> segments, List<PressureDeficit> deficits, List<ModelWarning> warnings) {

    public ElementResult {
        segments = List.copyOf(segments);
        deficits = List.copyOf(deficits);
        warnings = List.copyOf(warnings);
    }

    /** @return water recovery, permeate water / feed water */
    public double recovery() {
        return feed.waterMassFlow() > 0 ? permeate.waterMassFlow() / feed.waterMassFlow() : 0.0;
    }

    /** @return mean water flux, kg/(m²·s) */
    public double meanWaterFlux() {
        return permeate.waterMassFlow() / element.geometry().area();
    }

    /** @return feed-side pressure drop, Pa */
    public double pressureDrop() {
        return feed.pressure() - concentrate.pressure();
    }

    /** @return the largest β along the element */
    public double maxPolarization() {
        double max = 1.0;
        for (SegmentResult s : segments) {
            max = Math.max(max, s.maxPolarization());
        }
        return max;
    }

    /**
     * @param i index of a species of the feed composition
     * @return its observed rejection 1 − c_permeate/c_feed on a molality basis
     */
    public double rejection(final int i) {
        final double feedM = feed.composition().molality(i);
        return feedM > 0 ? 1.0 - permeate.composition().molality(i) / feedM : 1.0;
    }

    /** @return rejection of the dissolved mass, 1 − (dissolved mass per water) permeate / feed */
    public double totalRejection() {
        final double f = feed.composition().soluteMassPerWaterMass();
        return f > 0 ? 1.0 - permeate.composition().soluteMassPerWaterMass() / f : 1.0;
    }
}
