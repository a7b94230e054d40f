package org.permeate.lab;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Tonicity;

/**
 * A cell put into a medium.
 *
 * @param cell                the cell
 * @param outsideOsmolality   osmolality of the medium, osmol/kg
 * @param outsidePressure     osmotic pressure of the medium, Pa
 * @param insidePressure      osmotic pressure inside at V_0, Pa
 * @param mediumIs            tonicity of the medium relative to the cell
 * @param samples             the cell at evenly spaced times
 * @param end                 the cell when the run ended
 * @param equilibriumVolume   the volume where water stops moving, computed directly, m³ (+∞ if none: it swells without end)
 * @param reachedEquilibrium  whether the run ended at equilibrium
 * @param lysed               whether the cell reached its critical volume
 * @param lysisTime           s until it did (NaN if not)
 * @param plasmolysed         whether a walled cell ends with its protoplast off the wall (zero turgor)
 * @param warnings            fitted-range warnings of the medium's property model
 */
public record CellRun(Cell cell, double outsideOsmolality, double outsidePressure, double insidePressure,
                      Tonicity.Kind mediumIs, List<CellSnapshot> samples, CellSnapshot end, double equilibriumVolume,
                      boolean reachedEquilibrium, boolean lysed, double lysisTime, boolean plasmolysed,
                      List<ModelWarning> warnings) {

    public CellRun {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }
}
