package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.flowsheet.SystemFixtures.ATM;
import static org.permeate.flowsheet.SystemFixtures.PUMP;
import static org.permeate.flowsheet.SystemFixtures.vessel;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.api.Permeate;
import org.permeate.api.Projection;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;
import org.permeate.unitops.PumpDuty;

/** Configurations, specifications and energy balances of the system solver. */
class SystemFeaturesTest {

    private static final ElementOptions FAST = ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER);

    private static PassDesign onlyPass(final SystemDesign d) {
        return d.passes().get(0);
    }

    @Test
    void recoveryRisesWithPressureAndTheSolvedPressureReproducesTheTarget() {
        double previous = 0;
        for (double bar : new double[] {8, 11, 14, 17}) {
            final SystemResult r = SystemBalances.assertClosed(
                    SystemSolver.solve(SystemFixtures.brackish(new PressureSpec.FeedPressure(bar * 1e5))));
            assertThat(r.recovery()).isGreaterThan(previous);
            previous = r.recovery();
        }
        final SystemResult fixed = SystemSolver.solve(SystemFixtures.brackish(new PressureSpec.FeedPressure(14e5)));
        final SystemResult solved = SystemSolver.solve(SystemFixtures.brackish(
                PressureSpec.Recovery.volumetric(fixed.recovery())));
        assertThat(solved.passes().get(0).feedPressure()).isCloseTo(ATM + 14e5, within(1.0));
        final SystemResult byFlow = SystemSolver.solve(SystemFixtures.brackish(
                new PressureSpec.PermeateFlow(fixed.passes().get(0).permeateFlow())));
        assertThat(byFlow.passes().get(0).feedPressure()).isCloseTo(ATM + 14e5, within(1.0));
    }

    /** The pumps' energy balance: hydraulic power = Q ΔP; shaft = hydraulic / η; electrical = shaft / η_motor. */
    @Test
    void pumpPowersFollowFromFlowsAndPressures() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.brackish(new PressureSpec.FeedPressure(12e5)));
        final PumpDuty hp = r.energy().pumps().get(0);
        assertThat(hp.volumetricFlow()).isCloseTo(r.feedFlow(), within(1e-12));
        assertThat(hp.hydraulicPower()).isCloseTo(r.feedFlow() * (12e5 - 2e5), within(1e-9));
        assertThat(hp.electricalPower()).isCloseTo(hp.hydraulicPower() / (0.8 * 0.95), within(1e-9));
        assertThat(r.energy().specificEnergy()).isCloseTo(hp.electricalPower() / r.productFlow(), within(1e-6));
        assertThat(r.energy().secondLawEfficiency()).isBetween(0.0, 1.0);
        assertThat(r.energy().leastWork()).isPositive().isLessThan(r.energy().electricalPower());
    }

    /**
     * The pressure exchanger: balanced flows, the pressure-transfer efficiency as defined, its
     * mixing raising the membrane feed salinity, and its energy balance — the power it puts into
     * the feed is at most what the brine brings.
     */
    @Test
    void pressureExchangerSavesEnergyAndMixesSomeBrineIntoTheFeed() {
        final SystemDesign px = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST);
        final SystemResult withPx = SystemBalances.assertClosed(SystemSolver.solve(px));
        final PassDesign pd = onlyPass(px);
        final SystemResult without = SystemSolver.solve(px.withPasses(List.of(new PassDesign(pd.stages(), pd.pump(),
                new EnergyRecovery.None(), pd.pressure(), 0, 1, PermeateRoute.ALL, 0, 0))));
        assertThat(withPx.energy().specificEnergy()).isLessThan(0.5 * without.energy().specificEnergy());
        final EnergyRecoveryResult e = withPx.passes().get(0).energyRecovery();
        // balanced: equal volumes, the pressurised feed's counted as its two parts (their volume of
        // mixing, a few 1e-5, is not)
        assertThat(e.highPressureOut()).isCloseTo(e.highPressureIn(), within(1e-4 * e.highPressureIn()));
        assertThat(e.lowPressureIn()).isCloseTo(1.02 * e.highPressureOut(), within(1e-3 * e.highPressureOut()));
        assertThat(e.highPressureOutPressure() - e.lowPressureInPressure())
                .isCloseTo(0.96 * (e.highPressureInPressure() - e.lowPressureOutPressure()), within(1.0));
        assertThat(e.salinityIncrease()).isBetween(0.03, 0.06);
        final double in = e.highPressureIn() * e.highPressureInPressure() + e.lowPressureIn() * e.lowPressureInPressure();
        final double out = e.highPressureOut() * e.highPressureOutPressure() + e.lowPressureOut() * e.lowPressureOutPressure();
        assertThat(out).isLessThan(in);
        assertThat(e.efficiency()).isCloseTo(out / in, within(1e-12));
        // with mixing the membrane sees a saltier feed than the raw water
        assertThat(withPx.passes().get(0).membraneFeed().composition().soluteMassPerWaterMass())
                .isGreaterThan(withPx.feed().composition().soluteMassPerWaterMass());
    }

    @Test
    void turbochargerAndTurbineRecoverPartOfTheBrinePower() {
        final SystemDesign base = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST);
        final PassDesign pd = onlyPass(base);
        final double none = SystemSolver.solve(base.withPasses(List.of(new PassDesign(pd.stages(), pd.pump(),
                new EnergyRecovery.None(), pd.pressure(), 0, 1, PermeateRoute.ALL, 0, 0)))).energy().electricalPower();
        final SystemResult tc = SystemBalances.assertClosed(SystemSolver.solve(base.withPasses(List.of(new PassDesign(
                pd.stages(), pd.pump(), new EnergyRecovery.Turbocharger(0.7, 0), pd.pressure(), 0, 1, PermeateRoute.ALL,
                0, 0)))));
        final SystemResult pelton = SystemBalances.assertClosed(SystemSolver.solve(base.withPasses(List.of(
                new PassDesign(pd.stages(), pd.pump(), new EnergyRecovery.Turbine(0.85, 0), pd.pressure(), 0, 1,
                        PermeateRoute.ALL, 0, 0)))));
        final EnergyRecoveryResult t = tc.passes().get(0).energyRecovery();
        assertThat(t.boost() * tc.passes().get(0).design().stages().get(0).vessels()).isPositive();
        assertThat(t.recoveredPower()).isCloseTo(0.7 * t.highPressureIn()
                * (t.highPressureInPressure() - ATM), within(1e-6 * t.recoveredPower()));
        assertThat(tc.energy().electricalPower()).isLessThan(none);
        assertThat(pelton.energy().electricalPower()).isLessThan(none);
        final PumpDuty hp = pelton.energy().pumps().get(0);
        assertThat(hp.electricalPower()).isCloseTo((hp.shaftPower() - pelton.passes().get(0).energyRecovery()
                .recoveredPower()) / 0.96, within(1e-6 * hp.electricalPower()));
    }

    @Test
    void recirculationRaisesTheMembraneFeedSalinityAndKeepsTheBalance() {
        final SystemDesign base = SystemFixtures.brackish(PressureSpec.Recovery.volumetric(0.75));
        final SystemResult r = SystemBalances.assertClosed(SystemSolver.solve(base.withPasses(
                List.of(onlyPass(base).withRecirculation(0.3)))));
        final PassResult p = r.passes().get(0);
        assertThat(p.recovery()).isCloseTo(0.75, within(1e-7));
        assertThat(p.recirculated().waterMassFlow()).isCloseTo(0.3 * p.concentrate().waterMassFlow(), within(1e-9));
        assertThat(p.membraneFeed().composition().soluteMassPerWaterMass())
                .isGreaterThan(1.2 * r.feed().composition().soluteMassPerWaterMass());
        SystemBalances.closes("pass with recirculation", List.of(p.feed()), List.of(p.permeate(), p.discharge()));
    }

    /** An interstage booster solved for equal average flux in both stages. */
    @Test
    void boosterBalancesTheFluxOfTheStages() {
        final SystemDesign base = SystemFixtures.brackish(PressureSpec.Recovery.volumetric(0.75));
        final PassDesign pd = onlyPass(base);
        final StageDesign second = pd.stages().get(1).withBoost(new Boost.BalanceFlux(PUMP));
        final SystemResult r = SystemBalances.assertClosed(SystemSolver.solve(base.withPasses(List.of(
                pd.withPressure(pd.pressure()).withRecirculation(0).withMaxPressure(41e5)
                        .fedBy(PermeateRoute.ALL, 1, 0)).stream().map(p -> new PassDesign(List.of(p.stages().get(0),
                        second), p.pump(), p.energyRecovery(), p.pressure(), 0, 1, PermeateRoute.ALL, 0, 0)).toList())));
        final List<StageResult> s = r.passes().get(0).stages();
        assertThat(s.get(1).averageFlux()).isCloseTo(s.get(0).averageFlux(), within(1e-6 * s.get(0).averageFlux()));
        assertThat(s.get(1).booster()).isPresent();
        assertThat(s.get(1).booster().orElseThrow().pressureRise()).isPositive();
        assertThat(r.recovery()).isCloseTo(0.75, within(1e-7));
    }

    /**
     * Permeate back-pressure on the first stage lowers its flux more than the second stage's: it
     * evens the fluxes out (the second stage's own flux may still fall, its feed arriving at a
     * lower pressure after the larger flow through the first stage).
     */
    @Test
    void backPressureShiftsFluxToTheSecondStage() {
        final SystemDesign base = SystemFixtures.brackish(new PressureSpec.FeedPressure(14e5));
        final PassDesign pd = onlyPass(base);
        final SystemResult plain = SystemSolver.solve(base);
        final SystemResult held = SystemBalances.assertClosed(SystemSolver.solve(base.withPasses(List.of(new PassDesign(
                List.of(pd.stages().get(0).withPermeateGauge(2e5), pd.stages().get(1)), pd.pump(),
                pd.energyRecovery(), pd.pressure(), 0, 1, PermeateRoute.ALL, 0, 0)))));
        assertThat(held.passes().get(0).stages().get(0).averageFlux())
                .isLessThan(plain.passes().get(0).stages().get(0).averageFlux());
        final List<StageResult> a = plain.passes().get(0).stages();
        final List<StageResult> b = held.passes().get(0).stages();
        assertThat(b.get(1).averageFlux() / b.get(0).averageFlux())
                .isGreaterThan(a.get(1).averageFlux() / a.get(0).averageFlux());
    }

    /** A two-pass seawater plant: rear permeate to a second pass, its concentrate back to the first pass. */
    @Test
    void twoPassesWithSplitPermeateAndRecycledConcentrate() {
        final SystemDesign first = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST);
        final PassDesign p1 = onlyPass(first);
        final PassDesign split = new PassDesign(List.of(p1.stages().get(0).withFrontElements(3)), p1.pump(),
                p1.energyRecovery(), p1.pressure(), 0, 1, PermeateRoute.ALL, 0, 0);
        final PassDesign p2 = PassDesign.of(List.of(StageDesign.of(4, vessel("BW30-400", 6)),
                        StageDesign.of(2, vessel("BW30-400", 6))), new Pump(0.8, 0.95), new EnergyRecovery.None(),
                PressureSpec.Recovery.volumetric(0.85)).fedBy(PermeateRoute.REAR, 1.0, 1.0);
        final SystemResult r = SystemBalances.assertClosed(SystemSolver.solve(first.withPasses(List.of(split, p2))));
        final PassResult a = r.passes().get(0);
        final PassResult b = r.passes().get(1);
        assertThat(b.recovery()).isCloseTo(0.85, within(1e-7));
        // the second pass is fed the rear permeate, and its concentrate all returns: only the first pass drains
        assertThat(b.feed().waterMassFlow()).isCloseTo(a.rearPermeate().waterMassFlow(), within(1e-12));
        assertThat(r.drains().get(1).waterMassFlow()).isZero();
        // rear permeate is saltier than front permeate
        assertThat(a.rearPermeate().composition().soluteMassPerWaterMass())
                .isGreaterThan(a.frontPermeate().composition().soluteMassPerWaterMass());
        // the product is cleaner than the first pass's permeate
        assertThat(r.product().composition().soluteMassPerWaterMass())
                .isLessThan(a.permeate().composition().soluteMassPerWaterMass());
        final int na = r.feed().composition().indexOf(SpeciesCatalog.NA);
        assertThat(r.product().composition().molality(na)).isLessThan(a.permeate().composition().molality(na));
    }

    /** "Permeate flow and recovery": the feed flow is product ÷ recovery and the first pass's pressure is solved. */
    @Test
    void productFlowAndFeedBypass() {
        final SystemDesign base = SystemFixtures.brackish(new PressureSpec.ProductFlow(40.0 / 3600)).withFeedBypass(0.05);
        final SystemResult r = SystemBalances.assertClosed(SystemSolver.solve(base));
        assertThat(r.productFlow()).isCloseTo(40.0 / 3600, within(1e-9));
        assertThat(r.product().composition().soluteMassPerWaterMass())
                .isGreaterThan(r.passes().get(0).permeate().composition().soluteMassPerWaterMass());
    }

    @Test
    void unreachableRecoveryIsRefusedWithTheNearestValue() {
        // 35 g/kg seawater at 80 % recovery would need far more than the 83 bar the elements allow
        assertThatThrownBy(() -> SystemSolver.solve(SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.8), FAST)))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("a recovery of 80 % of pass 1 cannot be reached")
                .hasMessageContaining("highest allowed feed pressure")
                .hasMessageMatching("(?s).*reaches [0-9.]+ %.*");
    }

    /** Year 0 and year 5: aged membranes need more pressure for the same recovery and pass more salt. */
    @Test
    void agedMembranesNeedMorePressureAndPassMoreSalt() {
        final SystemDesign d = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST)
                .withCondition(new MembraneCondition(1.0, 0, 0.07, 0.10));
        final List<Projection> life = Permeate.overLife(d, 0, 5);
        final SystemResult young = life.get(0).result();
        final SystemResult old = life.get(1).result();
        assertThat(old.passes().get(0).feedPressure()).isGreaterThan(young.passes().get(0).feedPressure() + 3e5);
        assertThat(old.product().composition().soluteMassPerWaterMass())
                .isGreaterThan(1.3 * young.product().composition().soluteMassPerWaterMass());
    }

    /** Too much feed per vessel and too high a flux are named by the design review. */
    @Test
    void designReviewNamesBreachedGuidelines() {
        final SystemDesign d = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST);
        final PassDesign pd = onlyPass(d);
        final SystemDesign crowded = d.withPasses(List.of(new PassDesign(List.of(StageDesign.of(8,
                vessel("SW30HRLE-400", 7))), pd.pump(), pd.energyRecovery(), pd.pressure(), 0, 1, PermeateRoute.ALL,
                0, 0)));
        final List<ModelWarning> w = Permeate.project(crowded).warnings();
        assertThat(w).filteredOn(x -> x.kind() == WarningKind.DESIGN_GUIDELINE).extracting(ModelWarning::message)
                .anySatisfy(m -> assertThat(m).contains("feed flow per vessel"))
                .anySatisfy(m -> assertThat(m).contains("average flux"));
        assertThat(Permeate.project(d).warnings()).noneMatch(x -> x.kind() == WarningKind.DESIGN_GUIDELINE
                && x.message().contains("feed flow per vessel"));
    }

    /**
     * Caustic between two seawater passes: at pH 10 most boron is borate, which the second pass
     * rejects like chloride, so the product carries much less boron than without it; every
     * element and the alkalinity balance with the dose counted.
     */
    @Test
    void interpassCausticLowersProductBoron() {
        final SystemDesign first = SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45), FAST);
        final PassDesign p2 = PassDesign.of(List.of(StageDesign.of(8, vessel("BW30-400", 6)),
                        StageDesign.of(4, vessel("BW30-400", 6))), new Pump(0.8, 0.95), new EnergyRecovery.None(),
                PressureSpec.Recovery.volumetric(0.85)).fedBy(PermeateRoute.ALL, 1.0, 1.0);
        final SystemResult plain = SystemBalances.assertClosed(SystemSolver.solve(first.withPasses(
                List.of(first.passes().get(0), p2))));
        final SystemResult dosed = SystemBalances.assertClosed(SystemSolver.solve(first.withPasses(List.of(
                first.passes().get(0), p2.withPhAdjustment(new PhAdjustment(org.permeate.chemistry.Dosing.Reagent.NAOH,
                        10.0))))));
        final DosingResult d = dosed.passes().get(1).dosing().orElseThrow();
        assertThat(d.pHAfter()).isCloseTo(10.0, within(1e-6));
        assertThat(d.pHBefore()).isLessThan(7.0);
        assertThat(d.molarFlow()).isPositive();
        final int b3 = dosed.product().composition().indexOf(SpeciesCatalog.BOH3);
        final int b4 = dosed.product().composition().indexOf(SpeciesCatalog.BOH4);
        final double boronPlain = plain.product().composition().molality(b3) + plain.product().composition().molality(b4);
        final double boronDosed = dosed.product().composition().molality(b3) + dosed.product().composition().molality(b4);
        assertThat(boronDosed).isLessThan(0.5 * boronPlain);
    }
}
