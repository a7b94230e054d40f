package org.permeate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.permeate.element.ElementResult;
import org.permeate.element.SegmentResult;

/**
 * The conservation check every membrane test runs (STYLE.md habit 9, as WaterTAP's unit-model
 * harness does): water and each solute, in = out, to 1e-9 relative, for the whole element and for
 * every segment.
 */
public final class Balances {

    /** Relative tolerance of the balances. */
    public static final double TOLERANCE = 1e-9;

    private Balances() {
    }

    /**
     * @param r an element result
     * @return r, after asserting its balances close
     */
    public static ElementResult assertClosed(final ElementResult r) {
        final double feedWater = r.feed().waterMassFlow();
        assertThat(r.concentrate().waterMassFlow() + r.permeate().waterMassFlow()).as("water balance of %s",
                r.element().name()).isCloseTo(feedWater, within(TOLERANCE * feedWater));
        final int n = r.feed().composition().size();
        for (int i = 0; i < n; i++) {
            final double in = r.feed().soluteMolarFlow(i);
            final double out = r.concentrate().soluteMolarFlow(i) + r.permeate().soluteMolarFlow(i);
            assertThat(out).as("balance of %s in %s", r.feed().composition().species(i), r.element().name())
                    .isCloseTo(in, within(TOLERANCE * Math.max(in, 1e-300)));
        }
        double permeateWater = 0;
        for (SegmentResult s : r.segments()) {
            final double lost = s.inlet().waterMassFlow() - s.outlet().waterMassFlow();
            assertThat(lost).as("water balance of segment %d", s.index())
                    .isCloseTo(s.permeateWaterFlow(), within(TOLERANCE * s.inlet().waterMassFlow()));
            permeateWater += s.permeateWaterFlow();
        }
        assertThat(permeateWater).isCloseTo(r.permeate().waterMassFlow(), within(TOLERANCE * feedWater));
        return r;
    }
}
