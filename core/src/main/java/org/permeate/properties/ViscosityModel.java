package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;

/** Dynamic viscosity of a solution. Stateless and thread-safe. */
public interface ViscosityModel {

    /** @return the stable name, e.g. {@code "laliberte-2007"} */
    String name();

    /**
     * @param solution the state
     * @return dynamic viscosity, Pa·s
     */
    double dynamicViscosity(Solution solution);

    /**
     * @param solution the state
     * @return warnings for a state outside the fitted range
     */
    List<ModelWarning> warnings(Solution solution);
}
