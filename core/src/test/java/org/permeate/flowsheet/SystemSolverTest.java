package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementOptions;
import org.permeate.properties.PropertyPackages;
import org.permeate.unitops.EnergyRecovery;

class SystemSolverTest {

    @Test
    void brackishTwoStageAtFixedPressure() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.brackish(new PressureSpec.FeedPressure(12e5)));
        System.out.printf("brackish fixed: rec %.4f prod %.3f m3/h SEC %.3f kWh/m3 least %.3f warnings %s%n",
                r.recovery(), r.productFlow() * 3600, r.energy().specificEnergy() / 3.6e6,
                r.energy().leastSpecificWork() / 3.6e6, r.warnings());
        SystemBalances.assertClosed(r);
    }

    @Test
    void brackishTwoStageForRecovery() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.brackish(PressureSpec.Recovery.volumetric(0.75)));
        System.out.printf("brackish 75%%: P %.3f bar rec %.6f SEC %.3f%n", (r.passes().get(0).feedPressure() - 101325) / 1e5,
                r.recovery(), r.energy().specificEnergy() / 3.6e6);
        assertThat(r.passes().get(0).recovery()).isCloseTo(0.75, within(1e-7));
        SystemBalances.assertClosed(r);
    }

    @Test
    void seawaterWithPressureExchanger() {
        final long t0 = System.nanoTime();
        final SystemResult r = SystemSolver.solve(SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45),
                ElementOptions.defaults()));
        System.out.printf("seawater 45%%: P %.3f bar rec %.6f SEC %.3f least %.3f eta2 %.3f tears %d in %.1f ms%n",
                (r.passes().get(0).feedPressure() - 101325) / 1e5, r.recovery(), r.energy().specificEnergy() / 3.6e6,
                r.energy().leastSpecificWork() / 3.6e6, r.energy().secondLawEfficiency(),
                r.passes().get(0).tearIterations(), (System.nanoTime() - t0) / 1e6);
        System.out.println(r.passes().get(0).energyRecovery());
        assertThat(r.passes().get(0).recovery()).isCloseTo(0.45, within(1e-7));
        SystemBalances.assertClosed(r);
    }

    @Test
    void seawaterPackage() {
        final long t0 = System.nanoTime();
        final SystemResult r = SystemSolver.solve(SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45),
                ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER)));
        System.out.printf("seawater pkg 45%%: P %.3f bar SEC %.3f in %.1f ms%n",
                (r.passes().get(0).feedPressure() - 101325) / 1e5, r.energy().specificEnergy() / 3.6e6,
                (System.nanoTime() - t0) / 1e6);
        SystemBalances.assertClosed(r);
    }

    /**
     * A second pass whose pressure is solved for its recovery, its concentrate returned to the first
     * pass's feed: the recycle converges although each pass carries the noise of its own solves
     * (it did not, at the tear tolerance of the passes' internal recycles), and every balance closes.
     */
    @Test
    void secondPassConcentrateRecycledToTheFirstPass() {
        final SystemDesign one = SystemFixtures.seawater(new PressureSpec.FeedPressure(60e5), ElementOptions.defaults());
        final PassDesign second = PassDesign.of(List.of(StageDesign.of(8, SystemFixtures.vessel("BW30-400", 6)),
                StageDesign.of(4, SystemFixtures.vessel("BW30-400", 6))), SystemFixtures.PUMP, new EnergyRecovery.None(),
                PressureSpec.Recovery.volumetric(0.90)).fedBy(PermeateRoute.ALL, 1.0, 1.0);
        final long t0 = System.nanoTime();
        final SystemResult r = SystemSolver.solve(one.withPasses(List.of(one.passes().get(0), second)));
        System.out.printf("two-pass recycle: rec %.5f P1 %.3f bar P2 %.3f bar in %.0f ms%n", r.recovery(),
                (r.passes().get(0).feedPressure() - 101325) / 1e5, (r.passes().get(1).feedPressure() - 101325) / 1e5,
                (System.nanoTime() - t0) / 1e6);
        assertThat(r.passes().get(1).recovery()).isCloseTo(0.90, within(1e-7));
        assertThat(r.drains().get(1).waterMassFlow()).isZero();
        SystemBalances.assertClosed(r);
    }
}
