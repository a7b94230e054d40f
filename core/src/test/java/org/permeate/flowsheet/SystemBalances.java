package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.permeate.chemistry.Component;
import org.permeate.chemistry.Speciation;

import org.permeate.properties.Stream;

/**
 * The conservation harness every flowsheet test uses: water and each solute entering the system
 * leave it in the product and the drains, to 1e-9 relative, and so for every pass and stage.
 */
final class SystemBalances {

    static final double TOLERANCE = 1e-9;

    private SystemBalances() {
    }

    static SystemResult assertClosed(final SystemResult r) {
        final List<Stream> out = new ArrayList<>(r.drains());
        out.add(r.product());
        final boolean dosed = r.passes().stream().anyMatch(p -> p.dosing().filter(d -> d.molarFlow() > 0).isPresent());
        if (dosed) {
            componentsClose(r, out);
        } else {
            closes("system", List.of(r.feed()), out);
        }
        for (PassResult p : r.passes()) {
            closes("pass " + p.index(), List.of(p.membraneFeed()), List.of(p.permeate(), p.concentrate()));
            for (StageResult s : p.stages()) {
                closes("pass " + p.index() + " stage " + s.index(), List.of(s.feed()),
                        List.of(s.permeate(), s.concentrate()));
            }
        }
        return r;
    }

    /**
     * With acid or caustic dosed, species change into one another (bicarbonate into carbonate,
     * boric acid into borate): the balance is of components — each element's total, the
     * reagents' counter-ions added — and of alkalinity, the reagents' protons or hydroxide added.
     */
    private static void componentsClose(final SystemResult r, final List<Stream> out) {
        final Map<Component, Double> in = totalFlows(List.of(r.feed()));
        double alkalinityIn = r.feed().waterMassFlow() * Speciation.alkalinityOf(r.feed().composition());
        for (PassResult p : r.passes()) {
            if (p.dosing().isPresent()) {
                final DosingResult d = p.dosing().get();
                final Component ion = switch (d.reagent()) {
                    case HCL -> Component.CHLORIDE;
                    case H2SO4 -> Component.SULFATE;
                    case NAOH -> Component.SODIUM;
                };
                in.merge(ion, d.molarFlow(), Double::sum);
                alkalinityIn += d.molarFlow() * switch (d.reagent()) {
                    case HCL -> -1;
                    case H2SO4 -> -2;
                    case NAOH -> 1;
                };
            }
        }
        final Map<Component, Double> leaving = totalFlows(out);
        for (Map.Entry<Component, Double> e : in.entrySet()) {
            assertThat(Math.abs(leaving.getOrDefault(e.getKey(), 0.0) - e.getValue()) / e.getValue())
                    .as("system: %s", e.getKey()).isLessThan(TOLERANCE);
        }
        double alkalinityOut = 0;
        for (Stream s : out) {
            alkalinityOut += s.waterMassFlow() * Speciation.alkalinityOf(s.composition());
        }
        // OH⁻ and H⁺ left out of the transported species shift it by about 10^−pH mol/kg
        assertThat(alkalinityOut).as("system: alkalinity").isCloseTo(alkalinityIn,
                org.assertj.core.api.Assertions.within(1e-6 * r.feed().waterMassFlow()));
        final double waterIn = r.feed().waterMassFlow();
        final double waterOut = out.stream().mapToDouble(Stream::waterMassFlow).sum();
        assertThat(Math.abs(waterOut - waterIn) / waterIn).as("system: water").isLessThan(TOLERANCE);
    }

    private static Map<Component, Double> totalFlows(final List<Stream> streams) {
        final Map<Component, Double> t = new EnumMap<>(Component.class);
        for (Stream s : streams) {
            Speciation.totalsOf(s.composition()).forEach((c, m) -> t.merge(c, m * s.waterMassFlow(), Double::sum));
        }
        return t;
    }

    static void closes(final String what, final List<Stream> in, final List<Stream> out) {
        final int n = in.get(0).composition().size();
        final double waterIn = in.stream().mapToDouble(Stream::waterMassFlow).sum();
        final double waterOut = out.stream().mapToDouble(Stream::waterMassFlow).sum();
        assertThat(Math.abs(waterOut - waterIn) / waterIn).as("%s: water", what).isLessThan(TOLERANCE);
        for (int i = 0; i < n; i++) {
            final int k = i;
            final double a = in.stream().mapToDouble(s -> s.soluteMolarFlow(k)).sum();
            final double b = out.stream().mapToDouble(s -> s.soluteMolarFlow(k)).sum();
            if (a > 0) {
                assertThat(Math.abs(b - a) / a).as("%s: %s", what, in.get(0).composition().species(k))
                        .isLessThan(TOLERANCE);
            }
        }
    }
}
