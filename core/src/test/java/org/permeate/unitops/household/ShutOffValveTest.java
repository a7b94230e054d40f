package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

class ShutOffValveTest {

    private static final double ATM = HouseholdFixtures.ATM;
    private static final double LINE = ATM + 60 * Units.PSI;

    @Test
    void closesAtTwoThirdsOfTheLineGaugePressure() {
        final ShutOffValve v = ShutOffValve.TYPICAL;
        assertThat(v.closePressure(LINE) - ATM).isCloseTo(40 * Units.PSI, within(1e-9));
        assertThat(v.isOpen(true, ATM + 39.9 * Units.PSI, LINE)).isTrue();
        assertThat(v.isOpen(true, ATM + 40 * Units.PSI, LINE)).isFalse();
    }

    @Test
    void reopensOnlyBelowTheLowerFraction() {
        final ShutOffValve v = ShutOffValve.TYPICAL;
        // 45 % of 60 psig = 27 psig: between 27 and 40 psig the valve keeps its state
        assertThat(v.isOpen(false, ATM + 35 * Units.PSI, LINE)).isFalse();
        assertThat(v.isOpen(true, ATM + 35 * Units.PSI, LINE)).isTrue();
        assertThat(v.isOpen(false, ATM + 27 * Units.PSI, LINE)).isTrue();
    }

    @Test
    void fractionsMustBeOrdered() {
        assertThatThrownBy(() -> new ShutOffValve(0.5, 0.6)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("reopen fraction");
        assertThatThrownBy(() -> new ShutOffValve(1.0, 0.5)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("close fraction");
    }
}
