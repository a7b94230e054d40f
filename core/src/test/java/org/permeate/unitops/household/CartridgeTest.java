package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

/** Cartridge pressure loss; references in household-train-references.md. */
class CartridgeTest {

    private static final double GPM = Units.US_GALLON / 60;

    @Test
    void reproducesTheMakersCleanCurve() {
        // FD Filter Cartridges LOFTREX 10 µm 10-inch: 0.73 psi at 6.6 gpm, about 1 psi at 8.8 gpm
        final Cartridge c = Cartridge.sediment10Inch10Micron();
        assertThat(c.pressureDrop(6.6 * GPM) / Units.PSI).isCloseTo(0.73, within(1e-12));
        assertThat(c.pressureDrop(8.8 * GPM) / Units.PSI).isCloseTo(1.0, within(1e-12));
        assertThat(c.linearCoefficient()).isPositive();
        assertThat(c.quadraticCoefficient()).isPositive();
        // the maker: a 20-inch cartridge (twice the area) has half the differential, 0.36 psi at 6.6 gpm;
        // for a linear-dominated curve that is the same cartridge at half the flow per unit length
        assertThat(c.pressureDrop(3.3 * GPM) / Units.PSI).isCloseTo(0.36, within(0.02));
        // at a household feed flow (0.3 gpm) a clean cartridge loses almost nothing
        assertThat(c.pressureDrop(0.3 * GPM) / Units.PSI).isLessThan(0.04);
    }

    @Test
    void lossRisesWithFlowAndLoading() {
        final Cartridge c = Cartridge.sediment10Inch10Micron();
        assertThat(c.pressureDrop(0)).isZero();
        double last = 0;
        for (int i = 1; i <= 20; i++) {
            final double dp = c.pressureDrop(i * 0.5 * GPM);
            assertThat(dp).isGreaterThan(last);
            last = dp;
        }
        // Ruth's cake law: λ = 1 + W/W2
        final Cartridge loaded = c.loadedWith(0.05, 0.01);
        assertThat(loaded.loadingFactor()).isCloseTo(6.0, within(1e-15));
        assertThat(loaded.pressureDrop(GPM)).isCloseTo(6 * c.pressureDrop(GPM), within(1e-9));
        final Cartridge linear = Cartridge.linear("carbon block", GPM, 2 * Units.PSI);
        assertThat(linear.pressureDrop(0.5 * GPM)).isCloseTo(Units.PSI, within(1e-9));
    }

    @Test
    void impossibleInputGetsClearErrors() {
        final Cartridge c = Cartridge.sediment10Inch10Micron();
        assertThatThrownBy(() -> c.pressureDrop(-1e-5)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("flow through the cartridge");
        assertThatThrownBy(() -> c.withLoadingFactor(0.5)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("loading factor");
        assertThatThrownBy(() -> Cartridge.throughPoints("x", GPM, 2 * Units.PSI, 2 * GPM, 1 * Units.PSI))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.INFEASIBLE));
        assertThatThrownBy(() -> new Cartridge("x", 0, 0, 1)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> new Cartridge(" ", 1, 0, 1)).isInstanceOf(PermeateException.class);
    }

    @Test
    void withoutCartridgesTheUnitIsUnchanged() {
        final HouseholdSystem plain = HouseholdFixtures.unit75();
        final HouseholdSystem none = plain.withPrefilters(List.of());
        assertThat(none.operate(plain.linePressure() * 0.5).permeate().waterMassFlow())
                .isEqualTo(plain.operate(plain.linePressure() * 0.5).permeate().waterMassFlow());
    }

    @Test
    void theElementSeesLinePressureLessThePrefilterLossAtItsFeedFlow() {
        final HouseholdSystem unit = HouseholdFixtures.unit75().withPrefilters(List.of(
                Cartridge.sediment10Inch10Micron().withLoadingFactor(400),
                Cartridge.linear("carbon block 10-inch", GPM, 1.5 * Units.PSI)));
        final ElementResult r = unit.bypassed();
        final double density = unit.options().properties().density().massDensity(r.feed().solution());
        final double q = r.feed().volumetricFlow(density);
        assertThat(r.feed().solution().pressure())
                .isCloseTo(unit.linePressure() - unit.prefilterPressureDrop(q), within(1e-3));
        assertThat(unit.prefilterPressureDrop(q) / Units.PSI).isBetween(1.0, 30.0);
    }

    @Test
    void productionFallsAsTheSedimentCartridgeLoads() {
        final HouseholdSystem base = HouseholdFixtures.unit75();
        final Cartridge sediment = Cartridge.sediment10Inch10Micron();
        double last = Double.POSITIVE_INFINITY;
        for (double lambda : new double[] {1, 100, 300, 600, 900}) {
            final HouseholdSystem unit = base.withPrefilters(List.of(sediment.withLoadingFactor(lambda)));
            final double production = unit.bypassed().permeate().waterMassFlow();
            assertThat(production).as("λ = %s", lambda).isLessThan(last);
            last = production;
        }
        // and over a day: less permeate, the balance still closes
        final HouseholdSystem clogged = base.withPrefilters(List.of(sediment.withLoadingFactor(900)));
        final DayResult clean = DaySimulation.run(base, HouseholdRatings.TYPICAL_DAY, 86_400, 120, 0.0);
        final DayResult dirty = DaySimulation.run(clogged, HouseholdRatings.TYPICAL_DAY, 86_400, 120, 0.0);
        assertThat(dirty.permeateWater()).isLessThan(clean.permeateWater());
        assertThat(Math.abs(dirty.waterImbalance())).isLessThanOrEqualTo(1e-9 * dirty.feedWater());
        for (int i = 0; i < dirty.species().size(); i++) {
            assertThat(Math.abs(dirty.soluteImbalance(i))).isLessThanOrEqualTo(1e-9 * dirty.feedSolute()[i]);
        }
        // the ratings see it too
        final double cleanRate = HouseholdRatings.recovery(base);
        final double dirtyRate = HouseholdRatings.recovery(clogged);
        assertThat(dirtyRate).isLessThan(cleanRate);
    }

    @Test
    void aCartridgeThatEatsTheWholeLinePressureIsAnError() {
        final HouseholdSystem unit = HouseholdFixtures.unit75().withPrefilters(List.of(
                Cartridge.linear("blocked", 1e-6, 1e9)));
        assertThatThrownBy(unit::bypassed).isInstanceOf(PermeateException.class);
    }
}
