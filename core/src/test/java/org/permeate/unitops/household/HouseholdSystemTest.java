package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.SpeciesCatalog;

class HouseholdSystemTest {

    private static final double ATM = HouseholdFixtures.ATM;
    private static final double STEP = 60.0;
    private static HouseholdSystem unit;
    private static DayResult day;

    @BeforeAll
    static void simulateADay() {
        unit = HouseholdFixtures.unit75();
        day = DaySimulation.run(unit, HouseholdRatings.TYPICAL_DAY, 86_400, STEP, 0.0);
    }

    @Test
    void waterBalancesOverTheDay() {
        assertThat(day.drawnWater()).isPositive();
        assertThat(Math.abs(day.waterImbalance())).isLessThanOrEqualTo(1e-9 * day.feedWater());
        // what crossed the membrane went into the tank
        assertThat(day.permeateWater()).isCloseTo(day.drawnWater() + day.tankWaterEnd() - day.tankWaterStart(),
                within(1e-9 * day.permeateWater()));
    }

    @Test
    void eachSoluteBalancesOverTheDay() {
        final double[] fed = day.feedSolute();
        for (int i = 0; i < day.species().size(); i++) {
            assertThat(fed[i]).isPositive();
            assertThat(day.drawnSolute()[i]).isPositive();
            assertThat(Math.abs(day.soluteImbalance(i))).as(day.species().species(i).id())
                    .isLessThanOrEqualTo(1e-9 * fed[i]);
        }
    }

    @Test
    void everyDrawIsServedAndTheVolumesAddUp() {
        assertThat(day.drawnVolume()).isCloseTo(11e-3, within(1e-15));
        assertThat(day.shortfallVolume()).isZero();
        assertThat(day.steps().stream().mapToDouble(TimeStep::drawnVolume).sum()).isCloseTo(11e-3, within(1e-15));
        // the drain runs at the restrictor's 300 mL/min whenever the feed is open
        final double drainMinutes = day.drainVolume() / 300e-6;
        assertThat(drainMinutes).isBetween(30.0, 24 * 60.0);
    }

    @Test
    void theShutOffClosesAtItsFractionOfTheLinePressure() {
        final double close = unit.shutOff().closePressure(unit.linePressure());
        final double highest = day.steps().stream().mapToDouble(TimeStep::tankPressure).max().orElseThrow();
        // 40 psig at 60 psig line; the tank is filled to it (step cut there) but never past it
        assertThat(highest - ATM).isCloseTo(40 * Units.PSI, within(1e-6 * 40 * Units.PSI));
        assertThat(highest).isLessThanOrEqualTo(close * (1 + 1e-9));
        for (int k = 1; k < day.steps().size(); k++) {
            final TimeStep s = day.steps().get(k);
            if (s.tankPressure() >= close * (1 - 1e-9)) {
                assertThat(s.feedOpen()).isFalse();
            }
            // shut off for the whole step: nothing made, nothing to drain
            if (!day.steps().get(k - 1).feedOpen() && !s.feedOpen()) {
                assertThat(s.permeateFlow()).isZero();
                assertThat(s.drainFlow()).isZero();
            }
        }
        // the valve reopens after draws: it closes more than once over the day
        int closures = 0;
        for (int k = 1; k < day.steps().size(); k++) {
            if (day.steps().get(k - 1).feedOpen() && !day.steps().get(k).feedOpen()) {
                closures++;
            }
        }
        assertThat(closures).isGreaterThan(1);
    }

    @Test
    void eachStepReportsTheElementAtItsBackPressure() {
        // less permeate against a fuller tank; its TDS is the element's at that step's back-pressure
        // (not monotonic in this model: at 300 mL/min of drain an 1812 element's cross-flow is so low
        // that polarisation, beta up to about 6, falls as the back-pressure cuts the recovery)
        TimeStep low = null;
        TimeStep high = null;
        for (TimeStep s : day.steps()) {
            if (s.permeateFlow() > 0 && s.feedOpen()) {
                if (low == null || s.tankPressure() < low.tankPressure()) {
                    low = s;
                }
                if (high == null || s.tankPressure() > high.tankPressure()) {
                    high = s;
                }
            }
        }
        assertThat(low).isNotNull();
        assertThat(high.tankPressure()).isGreaterThan(low.tankPressure());
        assertThat(high.permeateFlow()).isLessThan(low.permeateFlow());
        for (TimeStep s : List.of(low, high)) {
            // 5 to 50 mg/L from about 250 mg/L of tap water
            assertThat(s.permeateTds()).isBetween(5e-3, 0.05);
        }
    }

    @Test
    void theTimeStepErrorIsFirstOrder() {
        // explicit Euler: halving the step roughly halves the error of a fill's efficiency
        final double e120 = fillEfficiency(unit, 0.0, 120);
        final double e60 = fillEfficiency(unit, 0.0, 60);
        final double e30 = fillEfficiency(unit, 0.0, 30);
        assertThat(Math.abs(e60 - e30)).isLessThan(Math.abs(e120 - e60));
        assertThat(Math.abs(e120 - e60) / Math.abs(e60 - e30)).isBetween(1.4, 2.8);
        assertThat(Math.abs(e60 - e30)).isLessThan(5e-3 * e30);
    }

    @Test
    void theRecoveryWithTheTankBypassedIsTheElementsOwn() {
        final ElementResult bypassed = unit.bypassed();
        final double feedWater = bypassed.feed().waterMassFlow();
        final ElementResult direct = ElementModel.solve(unit.element(), new Stream(feedWater, unit.feed()), ATM,
                unit.options());
        final DensityModel d = unit.options().properties().density();
        final double qp = direct.permeate().volumetricFlow(d.massDensity(direct.permeate().solution()));
        final double qc = direct.concentrate().volumetricFlow(d.massDensity(direct.concentrate().solution()));
        assertThat(qc).isCloseTo(300e-6 / 60, within(1e-6 * 300e-6 / 60));
        assertThat(HouseholdRatings.recovery(unit)).isCloseTo(qp / (qp + qc), within(1e-9));
        assertThat(HouseholdRatings.recovery(unit)).isCloseTo(direct.recovery(), within(2e-3));
    }

    @Test
    void theEfficiencyFallsAsTheTankBackPressureRises() {
        // one fill from empty to shut-off, no draws: a harder pre-charge (20 psig instead of 7)
        // stores every litre at a higher pressure, so each litre costs more drain water
        final HouseholdSystem stiff = unit.withTank(new BladderTank(unit.tank().totalVolume(), 20 * Units.PSI));
        final double soft = fillEfficiency(unit, 0.0);
        final double hard = fillEfficiency(stiff, 0.0);
        assertThat(hard).isLessThan(soft);
        // topping up a tank already half full (its upper half only) costs more than filling it from empty
        final double full = unit.tank().waterVolume(unit.shutOff().closePressure(unit.linePressure()));
        assertThat(fillEfficiency(unit, full / 2)).isLessThan(soft);
        // over the typical day, a valve reopening at 60 % instead of 45 % keeps the tank fuller
        final HouseholdSystem fuller = new HouseholdSystem(unit.element(), unit.options(), unit.restrictor(),
                unit.tank(), new ShutOffValve(2.0 / 3.0, 0.60), unit.feed());
        final HouseholdRatings.Ratings typical = HouseholdRatings.rate(unit, HouseholdRatings.TYPICAL_DAY, 120);
        final HouseholdRatings.Ratings kept = HouseholdRatings.rate(fuller, HouseholdRatings.TYPICAL_DAY, 120);
        for (HouseholdRatings.Ratings r : List.of(typical, kept)) {
            assertThat(r.day().shortfallVolume()).isZero();
            assertThat(r.efficiency()).isLessThan(r.recovery());
        }
        assertThat(kept.efficiency()).isLessThan(typical.efficiency());
        // the same at one operating point: recovery falls as the back-pressure rises
        final double recoveryAtEmpty = recoveryAt(unit, unit.tank().pressure(0));
        final double recoveryNearFull = recoveryAt(unit, unit.shutOff().closePressure(unit.linePressure()));
        assertThat(recoveryNearFull).isLessThan(recoveryAtEmpty);
        assertThat(recoveryAtEmpty).isLessThan(HouseholdRatings.recovery(unit));
    }

    /** Permeate stored / feed used over one fill from {@code start} to shut-off. */
    private static double fillEfficiency(final HouseholdSystem s, final double start) {
        return fillEfficiency(s, start, STEP);
    }

    private static double fillEfficiency(final HouseholdSystem s, final double start, final double step) {
        final DayResult fill = DaySimulation.run(s, List.of(), 6 * 3600, step, start);
        assertThat(fill.steps().get(fill.steps().size() - 1).feedOpen()).isFalse();
        return fill.permeateVolume() / fill.feedVolume();
    }

    private static double recoveryAt(final HouseholdSystem s, final double backPressure) {
        final ElementResult r = s.operate(backPressure);
        return r.permeate().waterMassFlow() / r.feed().waterMassFlow();
    }

    @Test
    void aLinePressureBelowThePrechargeIsRefused() {
        final Solution weak = new Solution(HouseholdFixtures.tapWater(), 293.15, ATM + 5 * Units.PSI);
        assertThatThrownBy(() -> unit.withFeed(weak)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("pre-charge of 7.000 psig").hasMessageContaining("line pressure of 5.000 psig");
    }

    @Test
    void aShutOffBelowThePrechargeIsRefused() {
        // 2/3 of 15 psig = 10 psig < 12 psig pre-charge: the valve would close before any water is stored
        final Solution low = new Solution(HouseholdFixtures.tapWater(), 293.15, ATM + 15 * Units.PSI);
        final HouseholdSystem s = unit.withFeed(low.withPressure(ATM + 60 * Units.PSI));
        assertThatThrownBy(() -> s.withTank(new BladderTank(0.012, 12 * Units.PSI)).withFeed(low))
                .isInstanceOf(PermeateException.class).hasMessageContaining("shut-off pressure");
    }

    @Test
    void aLinePressureBelowTheFeedsOsmoticPressureIsRefused() {
        // 0.3 mol/kg NaCl: about 14 bar of osmotic pressure against 60 psig (4.1 bar)
        final Composition brine = Composition.builder().add(SpeciesCatalog.NA, 0.3).add(SpeciesCatalog.CL, 0.3).build();
        assertThatThrownBy(() -> unit.withFeed(new Solution(brine, 293.15, ATM + 60 * Units.PSI)))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("line pressure of 60.00 psig").hasMessageContaining("osmotic pressure");
    }

    @Test
    void impossibleDrawsAreRefused() {
        assertThatThrownBy(() -> Draw.atHour(8, -1.0)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("draw volume");
        assertThatThrownBy(() -> new Draw(-1, 1e-3)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("draw time");
        assertThatThrownBy(() -> DaySimulation.run(unit, List.of(Draw.atHour(25, 1)), 86_400, STEP, 0))
                .isInstanceOf(PermeateException.class).hasMessageContaining("draw time");
    }

    @Test
    void anOrificeRestrictorPassesItsRatedFlowAtItsRatedPressure() {
        final ElementResult fixed = unit.bypassed();
        final double dp = fixed.concentrate().pressure() - ATM;
        final HouseholdSystem orifice = new HouseholdSystem(unit.element(), unit.options(),
                FlowRestrictor.Orifice.rated(300e-6 / 60, dp), unit.tank(), unit.shutOff(), unit.feed());
        final ElementResult r = orifice.bypassed();
        final DensityModel d = unit.options().properties().density();
        assertThat(r.concentrate().volumetricFlow(d.massDensity(r.concentrate().solution())))
                .isCloseTo(300e-6 / 60, within(1e-6 * 300e-6 / 60));
        // at a lower line pressure the orifice passes less, Q ∝ sqrt(ΔP)
        final ElementResult low = orifice.withFeed(unit.feed().withPressure(ATM + 40 * Units.PSI)).bypassed();
        final double q = low.concentrate().volumetricFlow(d.massDensity(low.concentrate().solution()));
        assertThat(q / (300e-6 / 60)).isCloseTo(Math.sqrt((low.concentrate().pressure() - ATM) / dp), within(1e-6));
        assertThat(q).isLessThan(300e-6 / 60);
    }
}
