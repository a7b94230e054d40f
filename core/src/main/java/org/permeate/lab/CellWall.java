package org.permeate.lab;

import org.permeate.errors.Checks;

/**
 * The wall of a plant cell, as a linear elastic shell: the turgor pressure rises with the volume
 * above the volume at which the wall is just relaxed (incipient plasmolysis),
 * \( P = \varepsilon\,(V - V_0)/V_0 \) for \( V > V_0 \), and is zero below it, where the
 * protoplast leaves the wall (plasmolysis).
 *
 * <p>The linear form with a constant volumetric elastic modulus ε is the usual first model of
 * plant water relations (Dainty 1976, in Encyclopedia of Plant Physiology NS 2A, 12–35); measured ε
 * rises with turgor towards about 10 MPa in pea stem cortex cells (Murphy &amp; Ortega 1995, Plant
 * Physiol. 107, 995). Taking ε constant is this model's assumption.
 *
 * @param elasticModulus ε, Pa (above 0)
 */
public record CellWall(double elasticModulus) {

    public CellWall {
        Checks.positive("wall elastic modulus (Pa)", elasticModulus);
    }

    /**
     * @param volume        cell volume, m³
     * @param relaxedVolume volume at which the wall is relaxed, m³
     * @return turgor pressure, Pa (≥ 0)
     */
    public double turgor(final double volume, final double relaxedVolume) {
        return volume > relaxedVolume ? elasticModulus * (volume - relaxedVolume) / relaxedVolume : 0.0;
    }
}
