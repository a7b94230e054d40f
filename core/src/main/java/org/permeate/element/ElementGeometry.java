package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.transport.ChannelGeometry;

/**
 * The geometry of an element's feed side.
 *
 * @param type         spiral-wound or flat sheet
 * @param area         active membrane area, m²
 * @param length       active length of the feed channel in the flow direction, m
 * @param spacerHeight feed-spacer thickness = channel height, m (28 mil = 0.711 mm)
 * @param porosity     spacer porosity (void fraction), 0–1
 */
public record ElementGeometry(ModuleType type, double area, double length, double spacerHeight, double porosity) {

    public ElementGeometry {
        if (type == null) {
            throw new IllegalArgumentException("module type required");
        }
        Checks.positive("membrane area", area);
        Checks.positive("channel length", length);
        Checks.positive("feed-spacer thickness", spacerHeight);
        Checks.inRange("spacer porosity", porosity, 0.01, 1.0);
    }

    /** @return total channel width W = area/(faces·L), m */
    public double width() {
        return area / (type.facesPerChannel() * length);
    }

    /** @return the feed channel */
    public ChannelGeometry channel() {
        return new ChannelGeometry(spacerHeight, porosity, width(), length);
    }

    /** @return membrane area per unit length of channel, m²/m */
    public double areaPerLength() {
        return area / length;
    }
}
