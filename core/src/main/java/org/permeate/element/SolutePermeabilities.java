package org.permeate.element;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.properties.species.Species;

/**
 * The solute permeability B of every solute through one membrane at 25 °C, m/s, as a reference
 * value (that of the solute the membrane was rated with, usually NaCl) times a ratio per species
 * (a {@link PermeabilityRatios} table for the membrane family).
 *
 * @param reference B of the reference solute at 25 °C, m/s
 * @param ratios    B_i / B_reference for each species
 */
public record SolutePermeabilities(double reference, PermeabilityRatios ratios) {

    public SolutePermeabilities {
        Checks.nonNegative("solute permeability B", reference);
        if (ratios == null) {
            throw new IllegalArgumentException("ratios required");
        }
    }

    /**
     * The same B for every solute (WaterTAP's single-salt models).
     *
     * @param b solute permeability, m/s
     * @return the permeabilities
     */
    public static SolutePermeabilities uniform(final double b) {
        return new SolutePermeabilities(b, PermeabilityRatios.UNIFORM);
    }

    /**
     * @param species a solute
     * @return its B at 25 °C, m/s
     */
    public double of(final Species species) {
        return reference * ratios.ratio(species);
    }

    /**
     * @param factor multiplier
     * @return every B multiplied by {@code factor}
     */
    public SolutePermeabilities scaled(final double factor) {
        return new SolutePermeabilities(reference * factor, ratios);
    }

    /** @return B per species for the species the ratio table names, m/s */
    public Map<Species, Double> asMap() {
        final Map<Species, Double> map = new LinkedHashMap<>();
        ratios.ratios().forEach((s, r) -> map.put(s, reference * r));
        return Collections.unmodifiableMap(map);
    }
}
