package org.permeate.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.element.ElementFixtures.ATM;
import static org.permeate.element.ElementFixtures.brackishWater;
import static org.permeate.element.ElementFixtures.element;
import static org.permeate.element.ElementFixtures.stream;

import org.junit.jupiter.api.Test;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Stream;

/** Solving an element's feed flow for a recovery or a concentrate flow. */
class FeedFlowTest {

    private static final ElementOptions DEFAULT = Catalog.DEFAULT_OPTIONS;

    @Test
    void recoveryIsMetWithOrWithoutAGuess() {
        final Element e = element("BW30-400");
        final Stream feed = stream(brackishWater(), 1.0, 298.15, 12e5);
        final double estimated = FeedFlow.forRecovery(e, feed, ATM, DEFAULT, 0.15, Double.NaN);
        assertThat(ElementModel.solve(e, feed.withWaterMassFlow(estimated), ATM, DEFAULT).recovery())
                .isCloseTo(0.15, within(1e-9));
        // a poor guess, a thousand times too small, reaches the same flow
        final double guessed = FeedFlow.forRecovery(e, feed, ATM, DEFAULT, 0.15, estimated / 1000);
        assertThat(guessed).isCloseTo(estimated, within(1e-9 * estimated));
    }

    @Test
    void concentrateFlowIsMet() {
        final Element e = element("SW30HRLE-400");
        final Stream feed = ElementFixtures.seawater(1.0, 60e5);
        final double target = 8.0 / 3600;
        final double water = FeedFlow.forConcentrateFlow(e, feed, ATM, DEFAULT, target);
        final ElementResult r = ElementModel.solve(e, feed.withWaterMassFlow(water), ATM, DEFAULT);
        final double rho = DEFAULT.properties().density().massDensity(r.concentrate().solution());
        assertThat(r.concentrate().volumetricFlow(rho)).isCloseTo(target, within(1e-9 * target));
    }

    /** At 2 bar the pressure drop of an 8-inch element uses up the feed pressure long before 40 m³/h of concentrate. */
    @Test
    void unreachableTargetsAreRefusedWithTheReason() {
        final Element e = element("BW30-400");
        final Stream feed = stream(brackishWater(), 1.0, 298.15, 2e5);
        assertThatThrownBy(() -> FeedFlow.forConcentrateFlow(e, feed, ATM, DEFAULT, 40.0 / 3600))
                .isInstanceOf(PermeateException.class)
                .satisfies(x -> assertThat(((PermeateException) x).kind()).isEqualTo(Message.INFEASIBLE))
                .hasMessageContaining("pressure drop");
        assertThatThrownBy(() -> FeedFlow.forRecovery(e, feed, ATM, DEFAULT, 1.2, Double.NaN))
                .satisfies(x -> assertThat(((PermeateException) x).kind()).isEqualTo(Message.OUT_OF_RANGE));
        assertThatThrownBy(() -> FeedFlow.forConcentrateFlow(e, feed, ATM, DEFAULT, 0))
                .satisfies(x -> assertThat(((PermeateException) x).kind()).isEqualTo(Message.NOT_ABOVE));
    }
}
