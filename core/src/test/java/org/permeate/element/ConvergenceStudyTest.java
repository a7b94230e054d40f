package org.permeate.element;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.permeate.element.catalog.Calibration;
import org.permeate.element.catalog.Catalog;
import org.permeate.properties.Stream;

/**
 * The default number of segments is the smallest whose results agree within 0.1 % with a fine
 * mesh (400 segments): permeate flow, permeate and concentrate concentration, pressure drop, for
 * one element of every family at its datasheet test and at twice the datasheet recovery (about
 * 30 %, beyond every maker's per-element limit). The scheme is second order: the error falls about
 * fourfold each time the segments double.
 */
class ConvergenceStudyTest {

    private static final String[] MODELS = {"SW30HRLE-400", "BW30-400", "XLE-440", "NF270-4040", "TW30-1812-75",
        "HSRO-4040-FF"};

    private static double error(final Element e, final Stream feed, final int segments, final ElementResult fine) {
        final ElementResult r = ElementModel.solve(e, feed, ElementFixtures.ATM, Catalog.DEFAULT_OPTIONS.withSegments(segments));
        final double q = Math.abs(r.permeate().waterMassFlow() / fine.permeate().waterMassFlow() - 1);
        final double cp = Math.abs(r.permeate().composition().soluteMassPerWaterMass()
                / fine.permeate().composition().soluteMassPerWaterMass() - 1);
        final double cc = Math.abs(r.concentrate().composition().soluteMassPerWaterMass()
                / fine.concentrate().composition().soluteMassPerWaterMass() - 1);
        final double dp = Math.abs(r.pressureDrop() / fine.pressureDrop() - 1);
        return Math.max(Math.max(q, cp), Math.max(cc, dp));
    }

    @Test
    void defaultSegmentsAreTheSmallestWithinATenthOfAPercent() {
        final int n = ElementOptions.DEFAULT_SEGMENTS;
        double worstAtDefault = 0;
        double worstBelowDefault = 0;
        for (String model : MODELS) {
            final Calibration.Result c = ElementFixtures.calibrated(model);
            for (double loadFactor : new double[] {1.0, 0.5}) {
                final Stream feed = c.testResult().feed().withWaterMassFlow(c.testResult().feed().waterMassFlow() * loadFactor);
                final ElementResult fine = ElementModel.solve(c.element(), feed, ElementFixtures.ATM,
                        Catalog.DEFAULT_OPTIONS.withSegments(400));
                worstAtDefault = Math.max(worstAtDefault, error(c.element(), feed, n, fine));
                worstBelowDefault = Math.max(worstBelowDefault, error(c.element(), feed, n - 2, fine));
                // second order: halving the segments from 8 to 4 multiplies the error by about 4
                final double e4 = error(c.element(), feed, 4, fine);
                final double e8 = error(c.element(), feed, 8, fine);
                assertThat(e4 / e8).as("order of %s", model).isBetween(3.0, 5.5);
            }
        }
        assertThat(worstAtDefault).isLessThan(1e-3);
        assertThat(worstBelowDefault).as("the default is the smallest that passes").isGreaterThan(1e-3);
    }
}
