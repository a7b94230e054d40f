package org.permeate.flowsheet;

import org.permeate.chemistry.Dosing;

/**
 * What a pass's pH adjustment took.
 *
 * @param reagent   the chemical
 * @param molarFlow reagent dosed, mol/s
 * @param pHBefore  the feed's pH before dosing
 * @param pHAfter   after dosing (the target)
 */
public record DosingResult(Dosing.Reagent reagent, double molarFlow, double pHBefore, double pHAfter) {

    /** @return reagent dosed as pure chemical, kg/s */
    public double massFlow() {
        return molarFlow * reagent.molarMass();
    }
}
