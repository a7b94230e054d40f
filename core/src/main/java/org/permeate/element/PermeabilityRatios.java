package org.permeate.element;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.properties.species.Species;

/**
 * How much more or less each solute permeates than the membrane's reference solute (NaCl for RO,
 * often MgSO4 for NF): the ratio B_i/B_ref of solute permeabilities. Species not in the table take
 * a default by kind: monovalent ion, multivalent ion, neutral solute.
 *
 * @param family              name of the membrane family the table is for
 * @param ratios              B_i/B_ref per species
 * @param monovalentDefault   ratio for a monovalent ion not in the table
 * @param multivalentDefault  ratio for a multivalent ion not in the table
 * @param neutralDefault      ratio for a neutral solute not in the table
 * @param source              where the numbers come from
 */
public record PermeabilityRatios(String family, Map<Species, Double> ratios, double monovalentDefault,
                                 double multivalentDefault, double neutralDefault, String source) {

    /** Every solute permeates alike (single-solute models such as WaterTAP's NaCl cases). */
    public static final PermeabilityRatios UNIFORM =
            new PermeabilityRatios("uniform", Map.of(), 1.0, 1.0, 1.0, "every solute has the reference B");

    public PermeabilityRatios {
        ratios = Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
        for (Map.Entry<Species, Double> e : ratios.entrySet()) {
            Checks.nonNegative("permeability ratio of " + e.getKey().id(), e.getValue());
        }
        Checks.nonNegative("monovalent default ratio", monovalentDefault);
        Checks.nonNegative("multivalent default ratio", multivalentDefault);
        Checks.nonNegative("neutral default ratio", neutralDefault);
    }

    /**
     * @param species a solute
     * @return B_species / B_reference
     */
    public double ratio(final Species species) {
        final Double r = ratios.get(species);
        if (r != null) {
            return r;
        }
        if (!species.isIon()) {
            return neutralDefault;
        }
        return Math.abs(species.charge()) == 1 ? monovalentDefault : multivalentDefault;
    }
}
