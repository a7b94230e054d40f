package org.permeate.flowsheet.concentration;

/**
 * Where one component of the product went: water, a dissolved species (mol) or the undissolved solids (kg).
 *
 * @param component  "water", a species id, or "undissolved solids"
 * @param unit       "kg" or "mol"
 * @param initial    in the tank and the supply at the start
 * @param tank       in the tank at the end
 * @param permeate   in the permeate collected
 * @param bled       in the concentrate bled off (feed-and-bleed)
 * @param supplyLeft left in the supply (feed-and-bleed)
 */
public record SoluteBalance(String component, String unit, double initial, double tank, double permeate, double bled,
                            double supplyLeft) {

    /** @return (initial − everything accounted for) / initial; 0 for an absent component */
    public double relativeError() {
        final double out = tank + permeate + bled + supplyLeft;
        return initial > 0 ? (initial - out) / initial : out;
    }

    /** @return fraction of the initial amount that left with the permeate */
    public double fractionToPermeate() {
        return initial > 0 ? permeate / initial : 0.0;
    }
}
