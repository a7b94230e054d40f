package org.permeate.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.Balances;

/**
 * Properties that must hold for any valid input, checked on random elements, feeds, temperatures,
 * flows and pressures (a fixed seed, so a failure can be replayed): balances closed, J_w = Aρ·NDP
 * at every point (so no water flux without net driving pressure), no negative or NaN flux, β ≥ 1,
 * more permeate at higher pressure and at higher temperature. The only refusals allowed are the
 * typed ones for a feed too small (exhausted) or too large (pressure used up).
 */
class ElementPropertyTest {

    private static final int CASES = 60;

    private record Case(Element element, Stream feed) {
    }

    private static Case random(final Random rnd) {
        final List<ElementSpec> specs = Catalog.SHIPPED.elements();
        final ElementSpec spec = specs.get(rnd.nextInt(specs.size()));
        final Element e = Catalog.SHIPPED.calibrated(spec, Catalog.DEFAULT_OPTIONS).element();
        final double t = 278.15 + 35 * rnd.nextDouble();
        final Composition c = switch (rnd.nextInt(3)) {
            case 0 -> {
                final double m = 0.005 + 0.6 * rnd.nextDouble();
                yield Composition.builder().add(SpeciesCatalog.NA, m).add(SpeciesCatalog.CL, m).build();
            }
            case 1 -> ReferenceSeawater.composition(0.01 + 0.035 * rnd.nextDouble());
            default -> ElementFixtures.brackishWater().scaled(0.2 + 3 * rnd.nextDouble());
        };
        final Solution s0 = Solution.atAtmosphericPressure(c, t);
        final double pi = PropertyPackages.GENERAL.osmotic().osmoticPressure(s0);
        final double gauge = Math.min(pi * (1.1 + 1.5 * rnd.nextDouble()) + 3e5 + 5e5 * rnd.nextDouble(), 80e5);
        // feed velocity of 0.05-0.3 m/s in the channel
        final double velocity = 0.05 + 0.25 * rnd.nextDouble();
        final double water = 1000 * velocity * e.geometry().channel().crossSection();
        return new Case(e, new Stream(water, new Solution(c, t, gauge + ElementFixtures.ATM)));
    }

    private static ElementResult solve(final Case k) {
        return ElementModel.solve(k.element(), k.feed(), ElementFixtures.ATM, Catalog.DEFAULT_OPTIONS);
    }

    @Test
    void propertiesHoldForRandomValidInputs() {
        final Random rnd = new Random(20261121L);
        int solved = 0;
        for (int i = 0; i < CASES; i++) {
            final Case k = random(rnd);
            final ElementResult r;
            try {
                r = solve(k);
            } catch (PermeateException e) {
                assertThat(e.kind()).as("case %d: %s", i, e.getMessage())
                        .isIn(Message.FEED_EXHAUSTED, Message.PRESSURE_EXHAUSTED);
                continue;
            }
            solved++;
            Balances.assertClosed(r);
            final double a = k.element().membrane().waterPermeabilityAt(k.feed().temperature());
            for (SegmentResult s : r.segments()) {
                for (LocalState node : List.of(s.inlet(), s.outlet())) {
                    final double rho = PropertyPackages.WATER.massDensity(node.bulk().temperature(), node.bulk().pressure());
                    assertThat(node.waterFlux()).as("case %d flux", i).isFinite().isGreaterThanOrEqualTo(0)
                            .isCloseTo(a * rho * Math.max(0, node.netDrivingPressure()),
                                    within(1e-8 * a * rho * node.transmembranePressure() + 1e-15));
                    for (double js : node.soluteFlux()) {
                        assertThat(js).isFinite().isGreaterThanOrEqualTo(0);
                    }
                    final double[] beta = node.polarization();
                    for (int j = 0; j < beta.length; j++) {
                        assertThat(beta[j]).as("case %d beta of %s, rejection %s", i, node.bulk().composition().species(j),
                                r.rejection(j)).isFinite().isGreaterThanOrEqualTo(1.0);
                    }
                }
            }
            // higher pressure: more permeate
            final Case higher = new Case(k.element(), k.feed().withPressure(k.feed().pressure() + 1e5));
            try {
                assertThat(solve(higher).permeate().waterMassFlow()).as("case %d pressure", i)
                        .isGreaterThan(r.permeate().waterMassFlow());
            } catch (PermeateException e) {
                assertThat(e.kind()).isEqualTo(Message.FEED_EXHAUSTED);
            }
            // warmer: more permeate
            final Case warmer = new Case(k.element(), new Stream(k.feed().waterMassFlow(),
                    k.feed().solution().withTemperature(k.feed().temperature() + 3)));
            try {
                assertThat(solve(warmer).permeate().waterMassFlow()).as("case %d temperature", i)
                        .isGreaterThan(r.permeate().waterMassFlow());
            } catch (PermeateException e) {
                assertThat(e.kind()).isEqualTo(Message.FEED_EXHAUSTED);
            }
        }
        assertThat(solved).isGreaterThanOrEqualTo(CASES * 3 / 4);
    }
}
