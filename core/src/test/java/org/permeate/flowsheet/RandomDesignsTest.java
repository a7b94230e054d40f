package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.flowsheet.SystemFixtures.ATM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.permeate.api.Permeate;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/**
 * Random designs with a fixed seed: brackish and seawater feeds of random salinity and flow,
 * one or two stages of random size, random elements, energy recovery, recirculation and boosters.
 * Each is first run at a random feed pressure; where the element model accepts that operating
 * point (the feed is neither used up nor its pressure lost to friction) the design is feasible
 * and its recovery is then set as a target: the solver must converge to it, from no initial
 * guess, back to the same pressure, with every balance closed.
 *
 * <p>CI runs {@value #CI_DESIGNS} designs; the full run of 10 000 is
 * {@code ./run-tests -pl core -am -Dtest=RandomDesignsTest -Dpermeate.randomDesigns=10000
 * -Dsurefire.failIfNoSpecifiedTests=false} (about an hour on one core).
 */
class RandomDesignsTest {

    static final int CI_DESIGNS = 40;
    private static final long SEED = 20261203L;
    private static final ElementOptions SEAWATER = ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER);
    private static final List<String> BRACKISH = List.of("BW30-400", "CPA3", "ESPA2-LD", "TM720D-400", "XLE-440");
    private static final List<String> SEA = List.of("SW30HRLE-400", "SW30XLE-440i", "SWC5-LD", "TM820V-400");

    @Test
    void everyFeasibleTargetConverges() {
        final int count = Integer.getInteger("permeate.randomDesigns", CI_DESIGNS);
        final SplittableRandom random = new SplittableRandom(SEED);
        int feasible = 0;
        final List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final SystemDesign d = design(random);
            final SystemResult fixed;
            try {
                fixed = SystemSolver.solve(d);
            } catch (PermeateException e) {
                if (e.kind() == Message.FEED_EXHAUSTED || e.kind() == Message.PRESSURE_EXHAUSTED) {
                    continue; // not a feasible operating point
                }
                throw e;
            }
            SystemBalances.assertClosed(fixed);
            final double pressure = fixed.passes().get(0).feedPressure();
            final double recovery = fixed.passes().get(0).recovery();
            if (!(recovery > 1e-3)) {
                continue; // below the osmotic pressure: nothing to aim at
            }
            feasible++;
            final PassDesign p = d.passes().get(0).withPressure(PressureSpec.Recovery.volumetric(recovery))
                    .withMaxPressure(pressure - ATM + 10e5);
            try {
                final SystemResult solved = SystemBalances.assertClosed(SystemSolver.solve(d.withPasses(List.of(p))));
                assertThat(solved.passes().get(0).recovery()).as("design %d", i).isCloseTo(recovery, within(1e-7));
                assertThat(solved.passes().get(0).feedPressure()).as("design %d", i)
                        .isCloseTo(pressure, within(1e-5 * pressure));
            } catch (PermeateException | AssertionError e) {
                failures.add("design " + i + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(feasible).as("feasible designs among %d", count).isGreaterThan(count / 2);
    }

    private static SystemDesign design(final SplittableRandom r) {
        final boolean sea = r.nextBoolean();
        final Solution water;
        final double pressure;
        final double perVessel;
        final List<String> models;
        if (sea) {
            water = new Solution(ReferenceSeawater.composition(0.02 + 0.025 * r.nextDouble()),
                    273.15 + 15 + 20 * r.nextDouble(), ATM + 1e5 + 2e5 * r.nextDouble());
            pressure = 45e5 + 30e5 * r.nextDouble();
            perVessel = (6 + 8 * r.nextDouble()) / 3600;
            models = SEA;
        } else {
            water = new Solution(SystemFixtures.brackishWater().scaled(0.3 + 3 * r.nextDouble()),
                    273.15 + 10 + 25 * r.nextDouble(), ATM + 1e5 + 2e5 * r.nextDouble());
            pressure = 6e5 + 20e5 * r.nextDouble();
            perVessel = (7 + 7 * r.nextDouble()) / 3600;
            models = BRACKISH;
        }
        final String model = models.get(r.nextInt(models.size()));
        final int vessels = 1 + r.nextInt(8);
        final int elements = 1 + r.nextInt(7);
        final List<StageDesign> stages = new ArrayList<>();
        stages.add(StageDesign.of(vessels, Collections.nCopies(elements, Permeate.element(model))));
        if (!sea && r.nextBoolean() && vessels > 1) {
            StageDesign second = StageDesign.of(Math.max(1, vessels / 2), Collections.nCopies(elements,
                    Permeate.element(model)));
            if (r.nextBoolean()) {
                second = second.withBoost(new Boost.Fixed(1e5 + 3e5 * r.nextDouble(), new Pump(0.75, 0.94)));
            }
            stages.add(second);
        }
        final EnergyRecovery erd = sea ? switch (r.nextInt(3)) {
            case 0 -> new EnergyRecovery.PressureExchanger(0.94 + 0.04 * r.nextDouble(), 0.03 * r.nextDouble(),
                    0.08 * r.nextDouble(), 0, new Pump(0.8, 0.95));
            case 1 -> new EnergyRecovery.Turbine(0.85, 0);
            default -> new EnergyRecovery.None();
        } : new EnergyRecovery.None();
        final double recirculation = !sea && r.nextInt(4) == 0 ? 0.4 * r.nextDouble() : 0.0;
        final PassDesign pass = new PassDesign(stages, new Pump(0.8, 0.95), erd, new PressureSpec.FeedPressure(pressure),
                recirculation, 1, PermeateRoute.ALL, 0, 0);
        final FeedWater feed = new FeedWater(water, perVessel * vessels, sea ? FeedSource.SEAWATER_OPEN : FeedSource.WELL);
        return new SystemDesign("random", feed, List.of(pass), 0, MembraneCondition.NEW,
                sea ? SEAWATER : ElementOptions.defaults());
    }
}
