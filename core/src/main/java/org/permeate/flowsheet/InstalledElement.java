package org.permeate.flowsheet;

import org.permeate.element.Element;
import org.permeate.element.catalog.ElementLimits;

/**
 * An element as installed in a vessel: the computable element (membrane and channel) and the
 * operating limits its maker states, which the design checks hold it to.
 *
 * @param element  the element, calibrated to its datasheet
 * @param limits   its datasheet limits (zeros where the sheet states none)
 * @param diameter nominal diameter, m (0 when not known): the design guidelines' flow limits
 *                 per vessel are stated for 4-inch and 8-inch elements
 */
public record InstalledElement(Element element, ElementLimits limits, double diameter) {

    /** Limits for an element whose datasheet is not known: none is checked. */
    public static final ElementLimits NO_LIMITS = new ElementLimits(0, 0, 0, 0, 0, 0, 0);

    public InstalledElement {
        if (element == null || limits == null) {
            throw new IllegalArgumentException("an installed element needs its element and limits");
        }
    }

    /** @return the element's model name */
    public String model() {
        return element.name();
    }
}
