package org.permeate.element;

import org.permeate.errors.Checks;

/**
 * The state of a membrane in service: fouling, and ageing over years of operation.
 *
 * <p>Water permeability × foulingFactor × (1 − fluxDecline)<sup>age</sup>; solute permeability ×
 * (1 + saltPassageIncrease)<sup>age</sup>, the compounding form of Du et al. (2014) as used in
 * public RO design codes (PHYSICS.md §3.2): typical values 7 %/year flux decline and 10 %/year
 * salt-passage increase for seawater elements. Design tools call the product of the first two
 * the "flow factor" (FilmTec: e.g. 0.85 for a design life; the exact maker recommendations are
 * not reproduced here).
 *
 * @param foulingFactor       flow factor from fouling, 0 &lt; FF ≤ 1 (1 = clean)
 * @param ageYears            years in service, ≥ 0
 * @param fluxDecline         fraction of water permeability lost per year, 0–1
 * @param saltPassageIncrease fractional increase of solute permeability per year, ≥ 0
 */
public record MembraneCondition(double foulingFactor, double ageYears, double fluxDecline, double saltPassageIncrease) {

    /** A new, clean membrane. */
    public static final MembraneCondition NEW = new MembraneCondition(1.0, 0.0, 0.0, 0.0);

    public MembraneCondition {
        Checks.inRange("fouling factor", foulingFactor, 1e-6, 1.0);
        Checks.nonNegative("membrane age", ageYears);
        Checks.inRange("flux decline per year", fluxDecline, 0.0, 0.99);
        Checks.nonNegative("salt-passage increase per year", saltPassageIncrease);
    }

    /** @return multiplier of the water permeability */
    public double waterPermeabilityFactor() {
        return foulingFactor * Math.pow(1.0 - fluxDecline, ageYears);
    }

    /** @return multiplier of the solute permeabilities */
    public double solutePermeabilityFactor() {
        return Math.pow(1.0 + saltPassageIncrease, ageYears);
    }
}
