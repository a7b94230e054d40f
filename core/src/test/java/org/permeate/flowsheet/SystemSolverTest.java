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
        SystemBalances.assertClosed(r);
    }

    @Test
    void brackishTwoStageForRecovery() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.brackish(PressureSpec.Recovery.volumetric(0.75)));
        assertThat(r.passes().get(0).recovery()).isCloseTo(0.75, within(1e-7));
        SystemBalances.assertClosed(r);
    }

    @Test
    void seawaterWithPressureExchanger() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45),
                ElementOptions.defaults()));
        assertThat(r.passes().get(0).recovery()).isCloseTo(0.45, within(1e-7));
        SystemBalances.assertClosed(r);
    }

    @Test
    void seawaterPackage() {
        final SystemResult r = SystemSolver.solve(SystemFixtures.seawater(PressureSpec.Recovery.volumetric(0.45),
                ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER)));
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
        final SystemResult r = SystemSolver.solve(one.withPasses(List.of(one.passes().get(0), second)));
        assertThat(r.passes().get(1).recovery()).isCloseTo(0.90, within(1e-7));
        assertThat(r.drains().get(1).waterMassFlow()).isZero();
        SystemBalances.assertClosed(r);
    }
}
