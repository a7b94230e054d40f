package org.permeate.transport;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * A whole-element feed-to-concentrate pressure drop as a function of flow, for element models that
 * do not resolve the feed channel (the makers' design-equation style). Implementations are
 * stateless.
 */
public interface ElementPressureDrop {

    /** @return the stable name used in files and reports */
    String name();

    /** @return the full citation */
    String source();

    /**
     * @param averageFlow mean of the element's feed and concentrate volumetric flows, m³/s, ≥ 0
     * @return feed-to-concentrate pressure drop over one element, Pa (≥ 0)
     */
    double pressureDrop(double averageFlow);

    /**
     * @param averageFlow mean of feed and concentrate volumetric flows, m³/s
     * @return warnings when the flow is outside the range the formula is meant for
     */
    List<ModelWarning> warnings(double averageFlow);
}
