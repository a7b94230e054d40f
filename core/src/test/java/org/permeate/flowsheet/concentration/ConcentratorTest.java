package org.permeate.flowsheet.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.food.FoodProduct;
import org.permeate.properties.food.FoodProducts;

/**
 * Conservation, targets and the pressure limit of the concentration runs.
 */
class ConcentratorTest {

    private static final double PSI = 6894.757;

    /** A small maple run: one train of 2 elements, 2 m³. */
    private static ConcentrationSpec smallMaple() {
        final ConcentrationSpec p = ConcentrationPresets.get("maple-sap");
        return new ConcentrationSpec(p.product(), ConcentrationMode.BATCH, 2.0, 0.0, p.element(), 2, 1,
                p.temperature(), p.pressureLimit(), p.crossflow(), p.flux(),
                new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.08), p.pump(), 0.6, p.options());
    }

    @Test
    void batchBalancesCloseForWaterEverySoluteAndTheUndissolvedSolids() {
        for (ConcentrationSpec spec : new ConcentrationSpec[] {smallMaple(),
            ConcentrationPresets.get("whole-milk").withTarget(
                    new ConcentrationTarget(ConcentrationTarget.Kind.TOTAL_SOLIDS, 0.18))}) {
            final ConcentrationResult r = Concentrator.run(spec);
            assertThat(r.termination()).isEqualTo(Termination.TARGET_REACHED);
            for (SoluteBalance b : r.balances()) {
                assertThat(Math.abs(b.relativeError())).as(b.component()).isLessThan(1e-9);
            }
            // the permeate collected is what the points say was removed
            assertThat(r.end().waterRemoved()).isCloseTo(r.water().permeate(), within(1e-9 * r.water().initial()));
            // the target is hit, not overshot
            assertThat(r.end().measure()).isCloseTo(spec.target().value(), within(1e-6));
            assertThat(r.productMeasure()).isCloseTo(spec.target().value(), within(1e-6));
        }
    }

    @Test
    void feedAndBleedBalancesCloseAndHoldsTheLoopAtTheTarget() {
        final ConcentrationSpec spec = smallMaple().withVolume(3.0).withMode(ConcentrationMode.FEED_AND_BLEED, 0.5);
        final ConcentrationResult r = Concentrator.run(spec);
        assertThat(r.termination()).isEqualTo(Termination.SUPPLY_USED_UP);
        assertThat(r.worstBalanceError()).isLessThan(1e-9);
        assertThat(r.water().supplyLeft()).isLessThan(1e-6 * r.water().initial());
        assertThat(r.water().bled()).isPositive();
        // the loop stays at the target while bleeding (within the step's drift)
        assertThat(r.end().measure()).isCloseTo(0.08, within(0.002));
        // concentrate produced (bled + loop) is near the target: its solids over its mass
        assertThat(r.productMeasure()).isCloseTo(0.08, within(0.003));
        // sugar: what is not in the permeate is in the concentrate
        final SoluteBalance sucrose = r.balances().get(1);
        assertThat(sucrose.component()).isEqualTo("sucrose");
        assertThat(sucrose.tank() + sucrose.bled()).isCloseTo(sucrose.initial() - sucrose.permeate()
                        - sucrose.supplyLeft(),
                within(1e-9 * sucrose.initial()));
    }

    @Test
    void aRunThatMeetsThePressureLimitStopsAndSaysHowFarItGot() {
        final ConcentrationResult r = Concentrator.run(ConcentrationPresets.get("apple-juice"));
        assertThat(r.termination()).isEqualTo(Termination.PRESSURE_LIMIT);
        assertThat(r.message()).startsWith("Stopped at the pressure limit of 41.4 bar (600 psi)")
                .contains("short of the target of 25 °Brix", "this limit allows at most");
        // the run stops where the direct calculation says the limit no longer gives the set flux (within 2 %:
        // the direct calculation keeps every solute, the run loses a little sugar to the permeate)
        assertThat(r.end().measure()).isCloseTo(r.limit().measureAtSetFlux(), within(0.02 * r.end().measure()));
        assertThat(r.end().feedPressure()).isCloseTo(600 * PSI, within(2e4));
        assertThat(r.worstBalanceError()).isLessThan(1e-9);
        // no flux at all is left where the juice's osmotic pressure reaches 41.4 bar: about 25 °Brix
        assertThat(r.limit().measureAtZeroFlux()).isBetween(0.22, 0.30);
        assertThat(r.limit().measureAtSetFlux()).isLessThan(r.limit().measureAtZeroFlux());
    }

    @Test
    void aFluxTheLimitCannotGiveEvenOnTheFeedIsRefused() {
        final ConcentrationSpec spec = smallMaple().withPressureLimit(3e5);
        assertThatThrownBy(() -> Concentrator.run(spec)).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("pressure limit of 3 bar");
    }

    @Test
    void pressureRisesAndTheTankConcentratesMonotonically() {
        final ConcentrationResult r = Concentrator.run(smallMaple());
        for (int i = 1; i < r.points().size(); i++) {
            final ConcentrationPoint a = r.points().get(i - 1);
            final ConcentrationPoint b = r.points().get(i);
            assertThat(b.time()).isGreaterThan(a.time());
            assertThat(b.measure()).isGreaterThan(a.measure());
            assertThat(b.feedPressure()).isGreaterThan(a.feedPressure());
            assertThat(b.energy()).isGreaterThan(a.energy());
            assertThat(b.meanFlux()).isCloseTo(smallMaple().flux(), within(1e-3 * smallMaple().flux()));
        }
    }

    @Test
    void theMilkViscosityRaisesThePressureNeededThroughMassTransferAndPressureDrop() {
        // the same milk with the viscosity of its dissolved part only (Laliberté) needs less pressure:
        // the element model takes the package's viscosity for Reynolds, Schmidt and friction
        final FoodProduct milk = FoodProducts.WHOLE_MILK;
        final FoodProduct thin = new FoodProduct(milk.id(), milk.description(), milk.dissolved(), milk.retainedSolids(),
                milk.tracer(), milk.measure(), false, milk.source());
        final ConcentrationSpec spec = ConcentrationPresets.get("whole-milk")
                .withTarget(new ConcentrationTarget(ConcentrationTarget.Kind.TOTAL_SOLIDS, 0.14));
        final ConcentrationResult viscous = Concentrator.run(spec);
        final ConcentrationResult watery = Concentrator.run(spec.withProduct(thin));
        assertThat(viscous.points().get(0).viscosity()).isGreaterThan(2 * watery.points().get(0).viscosity());
        assertThat(viscous.points().get(0).feedPressure()).isGreaterThan(watery.points().get(0).feedPressure() + 1e5);
    }

    @Test
    void volumeTargetsAreMet() {
        final ConcentrationResult cf = Concentrator.run(smallMaple().withTarget(
                new ConcentrationTarget(ConcentrationTarget.Kind.CONCENTRATION_FACTOR, 3.0)));
        assertThat(cf.end().concentrationFactor()).isCloseTo(3.0, within(1e-6));
        assertThat(cf.end().tankVolume()).isCloseTo(2.0 / 3.0, within(1e-6));
        final ConcentrationResult vr = Concentrator.run(smallMaple().withTarget(
                new ConcentrationTarget(ConcentrationTarget.Kind.VOLUME_REDUCTION, 0.5)));
        assertThat(vr.end().tankVolume()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndItsRange() {
        assertThatThrownBy(() -> new ConcentrationTarget(ConcentrationTarget.Kind.CONCENTRATION_FACTOR, 0.5))
                .hasMessageContaining("target concentration factor");
        assertThatThrownBy(() -> new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 1.2))
                .hasMessageContaining("target Brix");
        assertThatThrownBy(() -> smallMaple().withTemperature(400)).hasMessageContaining("temperature");
        // said in the units people write, not as SI mass fractions or kelvin
        assertThatThrownBy(() -> new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 2.0))
                .hasMessage("target Brix = 200 °Brix is outside the allowed range above 0 to 95 °Brix");
        assertThatThrownBy(() -> smallMaple().withTemperature(773.15))
                .hasMessageContaining("500 °C (932 °F)").hasMessageContaining("80 °C (176 °F)");
        assertThatThrownBy(() -> smallMaple().withPressureLimit(5e4))
                .hasMessageContaining("0.5 bar (7.252 psi)").hasMessageContaining("1 bar (14.5 psi)");
        assertThatThrownBy(() -> smallMaple().withMode(ConcentrationMode.FEED_AND_BLEED, 5.0))
                .hasMessageContaining("loop volume");
    }

    @Test
    void aTargetTheProductAlreadyHasIsRefusedBeforeRunning() {
        // 2 °Brix sap to 1 °Brix: nothing to do, said so (it used to "reach" it after 0 h)
        assertThatThrownBy(() -> Concentrator.run(smallMaple().withTarget(
                new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.01))))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.NOT_ABOVE))
                .hasMessage("target must be greater than what the product has at the start, 2 °Brix, got 1 °Brix");
    }

    @Test
    void aLimitBelowTheFeedsOsmoticPressureIsRefusedByName() {
        // 2 °Brix sap has about 1.5 bar of osmotic pressure: a 1.2 bar limit passes no water at all
        assertThatThrownBy(() -> Concentrator.run(smallMaple().withPressureLimit(1.2e5)))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.NOT_ABOVE))
                .hasMessageContaining("pressure limit (gauge) must be greater than the feed's own osmotic pressure of 1.")
                .hasMessageEndingWith("got 1.2 bar (17.4 psi)");
        // the direct analysis says the same without a solver failure: no concentration at all
        final PressureLimitAnalysis a = Concentrator.pressureLimit(smallMaple().withPressureLimit(1.2e5));
        assertThat(a.factorAtZeroFlux()).isEqualTo(1.0);
        assertThat(a.factorAtSetFlux()).isEqualTo(1.0);
    }
}
