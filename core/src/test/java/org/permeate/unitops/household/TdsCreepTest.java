package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.element.Element;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;

/**
 * TDS creep (Ideal H2O glossary; WQA, Plumbing &amp; Mechanical, August 2021): salt diffuses into the element's
 * permeate hold-up while no water flows, and the first water after a standstill carries it.
 */
class TdsCreepTest {

    private static HouseholdSystem tankUnit;
    private static TanklessSystem tankless;
    private static double steadyTds;

    @BeforeAll
    static void build() {
        tankUnit = HouseholdFixtures.unit75();
        tankless = new TanklessSystem(tankUnit.element(), tankUnit.options(), tankUnit.restrictor(), tankUnit.feed());
        steadyTds = new ConcentrationConverter(tankless.options().properties().density())
                .totalDissolvedSolids(tankless.running().permeate().solution());
    }

    @Test
    void theHoldUpApproachesTheFeedWithTheTimeConstantOfItsVolumeOverBA() {
        final Element e = tankUnit.element();
        final PermeateHoldUp h = PermeateHoldUp.of(e);
        // 1812: carrier 0.47 m²/2 × 0.25 mm × 0.4 plus a 10 mm × 12 in tube: a few tens of mL
        assertThat(h.volume()).isBetween(30e-6, 70e-6);
        final Composition feed = tankUnit.feed().composition();
        final int na = feed.indexOf(org.permeate.properties.species.SpeciesCatalog.NA);
        final double b = e.membrane().solutePermeabilities().of(feed.species(na))
                * e.membrane().solutePermeabilityFactorAt(tankUnit.feed().temperature());
        final double tau = h.volume() / (b * e.geometry().area());
        final double water = 0.05;
        final double[] moles = new double[feed.size()];
        final double[] crossed = h.creep(e, feed, tankUnit.feed().temperature(), water, moles, tau);
        // one time constant: 1 − 1/e of the way to the feed, and what crossed is what the hold-up gained
        assertThat(moles[na] / (water * feed.molality(na))).isCloseTo(1 - Math.exp(-1), within(1e-12));
        assertThat(crossed[na]).isEqualTo(moles[na]);
        // a long standstill: the hold-up reaches the feed's concentration, no further
        h.creep(e, feed, tankUnit.feed().temperature(), water, moles, 1e3 * tau);
        assertThat(moles[na]).isCloseTo(water * feed.molality(na), within(1e-12 * water * feed.molality(na)));
    }

    @Test
    void theFirstGlassOfATanklessUnitAfterANightIsSaltierAndTheTdsDecaysToSteady() {
        // 8 h of standstill, then 2 L drawn, in 10 s steps
        final DayResult day = tankless.run(List.of(Draw.atHour(8, 2.0)), 9 * 3600, 10);
        final List<TimeStep> running = day.steps().stream().filter(TimeStep::feedOpen).toList();
        assertThat(running.size()).isGreaterThan(5);
        final double first = running.get(0).permeateTds();
        assertThat(first).as("first-draw TDS vs steady %s", steadyTds).isGreaterThan(2 * steadyTds);
        for (int k = 1; k < running.size(); k++) {
            assertThat(running.get(k).permeateTds()).isLessThanOrEqualTo(running.get(k - 1).permeateTds());
        }
        assertThat(running.get(running.size() - 1).permeateTds()).isCloseTo(steadyTds, within(0.05 * steadyTds));
        balances(day);
        // the glass delivered carries more salt than steady permeate would
        assertThat(day.drawnSolute()[0]).isGreaterThan(0);
    }

    @Test
    void aTankUnitsFirstPermeateAfterTheShutOffReopensIsSaltier() {
        // start full; a long morning standstill, then a draw that reopens the valve
        final double full = tankUnit.tank().waterVolume(tankUnit.shutOff().closePressure(tankUnit.linePressure()));
        final DayResult day = DaySimulation.run(tankUnit, List.of(Draw.atHour(8, 4.0)), 10 * 3600, 30, full);
        final List<TimeStep> s = day.steps();
        int reopen = -1;
        for (int k = 1; k < s.size(); k++) {
            if (s.get(k).permeateFlow() > 0 && s.get(k - 1).permeateFlow() == 0) {
                reopen = k;
                break;
            }
        }
        assertThat(reopen).isPositive();
        final double spike = s.get(reopen).permeateTds();
        final double later = s.get(reopen + 20).permeateTds();
        assertThat(spike).isGreaterThan(2 * later);
        balances(day);
    }

    @Test
    void theTanklessUnitsDeliveredTdsReductionCountsTheCreep() {
        final HouseholdRatings.Ratings r = tankless.rate(HouseholdRatings.TYPICAL_DAY, 60);
        assertThat(r.deliveredTdsReduction()).isLessThan(r.tdsReduction());
        final ConcentrationConverter conv = new ConcentrationConverter(tankless.options().properties().density());
        assertThat(r.deliveredTdsReduction()).isCloseTo(1 - r.day().deliveredTotalDissolvedSolids(conv,
                tankless.feed().temperature()) / conv.totalDissolvedSolids(tankless.feed()), within(1e-12));
    }

    private static void balances(final DayResult day) {
        assertThat(Math.abs(day.waterImbalance())).isLessThan(1e-12 * day.feedWater());
        for (int i = 0; i < day.species().size(); i++) {
            final double fed = day.feedSolute()[i];
            if (fed > 0) {
                assertThat(Math.abs(day.soluteImbalance(i))).as(day.species().species(i).id())
                        .isLessThan(1e-10 * fed);
            }
        }
    }
}
