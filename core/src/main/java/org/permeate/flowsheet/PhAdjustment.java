package org.permeate.flowsheet;

import org.permeate.chemistry.Dosing;
import org.permeate.errors.Checks;

/**
 * Acid or caustic dosed into a pass's feed to a target pH: acid ahead of a brackish pass against
 * carbonate scale, or caustic between seawater passes, which turns boric acid into borate so that
 * the second pass rejects boron.
 *
 * @param reagent  the chemical
 * @param targetPh the pH of the dosed feed
 */
public record PhAdjustment(Dosing.Reagent reagent, double targetPh) {

    public PhAdjustment {
        if (reagent == null) {
            throw new IllegalArgumentException("a pH adjustment needs its reagent");
        }
        Checks.inRange("target pH", targetPh, 1.0, 13.0);
    }
}
