package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

class BladderTankTest {

    private static final double ATM = HouseholdFixtures.ATM;
    private final BladderTank tank = new BladderTank(0.012, 7 * Units.PSI);

    @Test
    void boylesLawHoldsAtEveryFill() {
        for (double v = 0; v < 0.0119; v += 0.0005) {
            final double p = tank.pressure(v);
            // P_air V_air = P_pre V_total, absolute pressures
            assertThat(p * (0.012 - v)).isCloseTo(tank.prechargePressure() * 0.012, within(1e-12 * p * 0.012));
            assertThat(tank.waterVolume(p)).isCloseTo(v, within(1e-15));
        }
    }

    @Test
    void anEmptyTankIsAtItsPrechargeAndHalfFullDoublesTheAbsolutePressure() {
        assertThat(tank.pressure(0)).isEqualTo(ATM + 7 * Units.PSI);
        assertThat(tank.pressure(0.006)).isCloseTo(2 * (ATM + 7 * Units.PSI), within(1e-9));
        assertThat(tank.waterVolume(ATM)).isZero();
    }

    @Test
    void theMostWaterAtALinePressureFollowsFromBoyle() {
        // 7 psig pre-charge, 60 psig line: V_w = V (1 - 21.696/74.696)
        final double line = ATM + 60 * Units.PSI;
        assertThat(tank.maxWaterVolume(line)).isCloseTo(0.012 * (1 - (ATM + 7 * Units.PSI) / line), within(1e-15));
        assertThat(tank.maxWaterVolume(line)).isCloseTo(0.008515, within(1e-5));
    }

    @Test
    void aPrechargeAtOrAboveTheLinePressureStoresNothing() {
        final BladderTank hard = new BladderTank(0.012, 40 * Units.PSI);
        assertThatThrownBy(() -> hard.maxWaterVolume(ATM + 35 * Units.PSI))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("pre-charge of 40.00 psig").hasMessageContaining("line pressure of 35.00 psig");
    }

    @Test
    void impossibleTanksAreRefused() {
        assertThatThrownBy(() -> new BladderTank(0, 1e4)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("tank total volume");
        assertThatThrownBy(() -> new BladderTank(0.01, -1)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("pre-charge");
        assertThatThrownBy(() -> tank.pressure(0.012)).isInstanceOf(PermeateException.class);
    }
}
