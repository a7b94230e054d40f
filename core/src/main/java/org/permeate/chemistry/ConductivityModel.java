package org.permeate.chemistry;

import org.permeate.errors.RangePolicy;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;

/**
 * Electrical conductivity (specific conductance) of a water from what is dissolved in it.
 * Implementations are named after their published method and are stateless and thread-safe.
 */
public interface ConductivityModel {

    /** @return the stable name used in files and reports, e.g. {@code "mccleskey-2012"} */
    String name();

    /** @return the full citation of the method */
    String source();

    /**
     * @param ions        the charged species and their molalities (free ions when a speciation is
     *                    available, else the analysis as given), mol/kg of water; neutral species
     *                    carry no current and are ignored
     * @param temperature K
     * @param policy      what to do outside the method's fitted range
     * @return conductivity, S/m, with the method's warnings
     */
    PropertyPackage.Result<Double> conductivity(Composition ions, double temperature, RangePolicy policy);

    /**
     * @param analysis an analysis; its constituents as given, with H⁺ and OH⁻ from the pH
     * @param policy   what to do outside the method's fitted range
     * @return conductivity at the analysis' temperature, S/m, with the method's warnings
     */
    default PropertyPackage.Result<Double> conductivity(final WaterAnalysis analysis, final RangePolicy policy) {
        return conductivity(analysis.compositionWithWaterIons(), analysis.temperature(), policy);
    }
}
