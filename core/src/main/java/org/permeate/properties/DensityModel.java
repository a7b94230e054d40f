package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;

/** Mass density of a solution. Stateless and thread-safe. */
public interface DensityModel {

    /** @return the stable name, e.g. {@code "laliberte-cooper-2004"} */
    String name();

    /**
     * @param solution the state
     * @return mass density of the solution, kg/m³
     */
    double massDensity(Solution solution);

    /**
     * @param solution the state
     * @return warnings for a state outside the fitted range
     */
    List<ModelWarning> warnings(Solution solution);
}
