package org.permeate.flowsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
        closes("system", List.of(r.feed()), out);
        for (PassResult p : r.passes()) {
            closes("pass " + p.index(), List.of(p.membraneFeed()), List.of(p.permeate(), p.concentrate()));
            for (StageResult s : p.stages()) {
                closes("pass " + p.index() + " stage " + s.index(), List.of(s.feed()),
                        List.of(s.permeate(), s.concentrate()));
            }
        }
        return r;
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
