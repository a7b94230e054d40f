package org.permeate.flowsheet;

import org.permeate.errors.Checks;
import org.permeate.unitops.Pump;

/** What raises the pressure of a stage's feed above the previous stage's concentrate. */
public sealed interface Boost {

    /** No interstage pump: the stage is fed at the previous stage's concentrate pressure. */
    record None() implements Boost {
    }

    /**
     * A booster pump adding a fixed pressure.
     *
     * @param pressureRise the rise, Pa (≥ 0)
     * @param pump         the pump
     */
    record Fixed(double pressureRise, Pump pump) implements Boost {
        public Fixed {
            Checks.nonNegative("booster pressure rise", pressureRise);
        }
    }

    /**
     * A booster pump whose rise is solved so that this stage's average flux equals the previous
     * stage's (the flux balancing design tools offer).
     *
     * @param pump the pump
     */
    record BalanceFlux(Pump pump) implements Boost {
    }
}
