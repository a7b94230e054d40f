package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementOptions;
import org.permeate.properties.PropertyPackages;

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
}
