package org.permeate.transport;

import org.permeate.errors.Checks;

/**
 * The feed channel of a membrane element or cell: a slit of height h between two membrane sheets
 * (or a membrane and a wall, in a flat lab cell), filled with a spacer of porosity ε, of total
 * width W (the sum over the leaves of a spiral-wound element) and length L in the flow direction.
 *
 * <p>Hydraulic diameter of a spacer-filled slit, Schock &amp; Miquel (1987), Desalination 64,
 * 339–352, eq. 17: \( d_h = 4\varepsilon / [2/h + (1-\varepsilon)\,8/h] \) (the spacer's specific
 * surface taken as that of filaments of diameter h/2); the flow cross-section is
 * \( A_c = h\,W\,\varepsilon \).
 *
 * @param height   channel (feed-spacer) height h, m
 * @param porosity spacer porosity ε (void fraction), 0 &lt; ε ≤ 1
 * @param width    total channel width W, m
 * @param length   channel length L in the flow direction, m
 */
public record ChannelGeometry(double height, double porosity, double width, double length) {

    public ChannelGeometry {
        Checks.positive("channel height", height);
        Checks.inRange("spacer porosity", porosity, 1e-3, 1.0);
        Checks.positive("channel width", width);
        Checks.positive("channel length", length);
    }

    /** @return hydraulic diameter d_h, m (Schock &amp; Miquel 1987 eq. 17) */
    public double hydraulicDiameter() {
        return 4.0 * porosity / (2.0 / height + (1.0 - porosity) * 8.0 / height);
    }

    /** @return open flow cross-section h·W·ε, m² */
    public double crossSection() {
        return height * width * porosity;
    }
}
