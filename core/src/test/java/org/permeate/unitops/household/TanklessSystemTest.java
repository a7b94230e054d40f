package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/** The tankless (countertop) unit: the tap runs until each draw is made, nothing is stored. */
class TanklessSystemTest {

    private static TanklessSystem unit;
    private static double qp;
    private static double qc;

    @BeforeAll
    static void build() {
        final HouseholdSystem tank = HouseholdFixtures.unit75();
        unit = new TanklessSystem(tank.element(), tank.options(), tank.restrictor(), tank.feed());
        final ElementResult r = unit.running();
        final DensityModel d = unit.options().properties().density();
        qp = r.permeate().volumetricFlow(d.massDensity(r.permeate().solution()));
        qc = r.concentrate().volumetricFlow(d.massDensity(r.concentrate().solution()));
    }

    @Test
    void itRunsAsTheTankUnitDoesWithItsTankBypassed() {
        final ElementResult bypassed = HouseholdFixtures.unit75().bypassed();
        assertThat(unit.running().permeate().waterMassFlow())
                .isCloseTo(bypassed.permeate().waterMassFlow(), within(1e-12 * bypassed.permeate().waterMassFlow()));
    }

    @Test
    void eachDrawKeepsTheTapOpenForItsVolumeOverTheProductionRate() {
        final DayResult day = unit.run(List.of(Draw.atHour(1, 1.0)), 4 * 3600, 60);
        assertThat(day.drawnVolume()).isCloseTo(1e-3, within(1e-15));
        assertThat(day.shortfallVolume()).isZero();
        final double running = day.steps().stream().filter(TimeStep::feedOpen).count();
        // 1 L at the bypassed rate (about 0.2 L/min here): whole steps of 60 s, the last one partly
        assertThat(running).isEqualTo(Math.ceil(1e-3 / qp / 60));
        assertThat(day.drainVolume()).isCloseTo(qc * 1e-3 / qp, within(1e-12));
        // nothing is stored
        assertThat(day.steps()).allSatisfy(s -> {
            assertThat(s.tankWaterVolume()).isZero();
            assertThat(s.tankPressure()).isEqualTo(BladderTank.ATMOSPHERE);
        });
    }

    @Test
    void waterAndEachSoluteBalanceAndTheEfficiencyIsTheRecovery() {
        final DayResult day = unit.run(HouseholdRatings.TYPICAL_DAY, 86_400, 60);
        assertThat(Math.abs(day.waterImbalance())).isLessThanOrEqualTo(1e-12 * day.feedWater());
        for (int i = 0; i < day.species().size(); i++) {
            assertThat(day.feedSolute()[i]).isPositive();
            assertThat(Math.abs(day.soluteImbalance(i))).isLessThanOrEqualTo(1e-12 * day.feedSolute()[i]);
        }
        assertThat(day.drawnVolume()).isCloseTo(11e-3, within(1e-15));
        final HouseholdRatings.Ratings r = unit.rate(HouseholdRatings.TYPICAL_DAY, 60);
        assertThat(r.recovery()).isCloseTo(qp / (qp + qc), within(1e-12));
        // feed volume is not exactly permeate + drain volume (densities differ by parts in 10^4)
        assertThat(r.efficiency()).isCloseTo(r.recovery(), within(1e-3 * r.recovery()));
        // the tank unit, with its back-pressure, recovers less over the same day
        final HouseholdRatings.Ratings tank = HouseholdRatings.rate(HouseholdFixtures.unit75(),
                HouseholdRatings.TYPICAL_DAY, 120);
        assertThat(tank.efficiency()).isLessThan(r.efficiency());
    }

    @Test
    void drawsQueueAndWhatIsStillOwedAtTheEndIsTheShortfall() {
        // two draws at once: the second waits for the first; a third at the very end is made only over the
        // last step (it falls in it), the rest is owed
        final DayResult day = unit.run(List.of(new Draw(0, 1e-3), new Draw(0, 1e-3), new Draw(3600, 0.5e-3)), 3600, 30);
        assertThat(day.steps().get(0).drawnVolume()).isCloseTo(qp * 30, within(1e-15));
        assertThat(day.drawnVolume()).isCloseTo(2e-3 + qp * 30, within(1e-15));
        assertThat(day.shortfallVolume()).isCloseTo(0.5e-3 - qp * 30, within(1e-15));
        assertThat(day.drawnVolume() + day.shortfallVolume()).isCloseTo(2.5e-3, within(1e-15));
    }

    @Test
    void impossibleSetUpsAreRefused() {
        final Composition brine = Composition.builder().add(SpeciesCatalog.NA, 0.3).add(SpeciesCatalog.CL, 0.3).build();
        assertThatThrownBy(() -> unit.withFeed(new Solution(brine, 293.15, HouseholdFixtures.ATM + 60 * Units.PSI)))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("osmotic pressure");
        assertThatThrownBy(() -> unit.run(List.of(Draw.atHour(25, 1)), 86_400, 60))
                .isInstanceOf(PermeateException.class).hasMessageContaining("draw time");
    }
}
