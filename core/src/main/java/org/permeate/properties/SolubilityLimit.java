package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * A solubility a solution must not exceed. Above a hard limit (a salt or sugar that would
 * crystallise out of a solution the user described as fully dissolved) {@link #check} throws;
 * supersaturation that real solutions carry (silica, scalants in a concentrate) is a warning.
 */
public interface SolubilityLimit {

    /**
     * @param solution the state
     * @throws org.permeate.errors.PermeateException with {@link org.permeate.errors.Message#ABOVE_SOLUBILITY}
     *         if the solution holds more than can dissolve
     */
    void check(Solution solution);

    /**
     * @param solution the state
     * @return warnings for supersaturation that is possible but notable
     */
    List<ModelWarning> warnings(Solution solution);
}
