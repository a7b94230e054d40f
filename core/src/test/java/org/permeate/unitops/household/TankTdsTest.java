package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.Solution;

/** The tank's TDS reported at each step: a mix of the permeate made, and what the balance leaves. */
class TankTdsTest {

    @Test
    void theTankHoldsAMixOfThePermeateMadeAndItsTdsMatchesTheBalance() {
        final HouseholdSystem unit = HouseholdFixtures.unit75();
        final DayResult day = DaySimulation.run(unit, HouseholdRatings.TYPICAL_DAY, 86_400, 120, 0.0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (TimeStep s : day.steps()) {
            if (s.permeateFlow() > 0) {
                lo = Math.min(lo, s.permeateTds());
                hi = Math.max(hi, s.permeateTds());
            }
        }
        for (TimeStep s : day.steps()) {
            if (s.tankWaterVolume() > 0) {
                assertThat(s.tankTds()).isBetween(lo * (1 - 1e-9), hi * (1 + 1e-9));
            } else {
                assertThat(s.tankTds()).isZero();
            }
        }
        final double[] m = day.tankSoluteEnd();
        for (int i = 0; i < m.length; i++) {
            m[i] /= day.tankWaterEnd();
        }
        final double expected = new ConcentrationConverter(unit.options().properties().density()).totalDissolvedSolids(
                new Solution(day.species().withMolalities(m), unit.feed().temperature(), BladderTank.ATMOSPHERE));
        assertThat(day.steps().get(day.steps().size() - 1).tankTds()).isCloseTo(expected, within(1e-12 * expected));
    }
}
