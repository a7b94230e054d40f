package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.species.Species;

/**
 * Diffusion coefficients in the solution, for mass transfer (concentration polarisation).
 * Stateless and thread-safe.
 */
public interface DiffusivityModel {

    /** @return the stable name */
    String name();

    /**
     * @param solution the state
     * @param species  a species of the solution
     * @return its tracer (self) diffusion coefficient in the solution, m²/s
     */
    double diffusivity(Solution solution, Species species);

    /**
     * The one diffusivity that describes how the dissolved salt as a whole moves down a
     * concentration gradient (for NaCl, the mutual diffusion coefficient of the salt; for a
     * mixture, a charge-weighted average of the salt pairs present). This is the D that the
     * film model of concentration polarisation uses.
     *
     * @param solution the state
     * @return effective salt diffusivity, m²/s
     */
    double saltDiffusivity(Solution solution);

    /**
     * @param solution the state
     * @return warnings for a state outside the fitted range
     */
    List<ModelWarning> warnings(Solution solution);
}
