package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.permeate.flowsheet.concentration.ConcentrationPoint;
import org.permeate.flowsheet.concentration.ConcentrationPresets;
import org.permeate.flowsheet.concentration.ConcentrationResult;
import org.permeate.flowsheet.concentration.ConcentrationSpec;
import org.permeate.flowsheet.concentration.PressureLimitAnalysis;
import org.permeate.flowsheet.concentration.SoluteBalance;
import org.permeate.flowsheet.concentration.Termination;
import org.permeate.measure.UnitSystem;

/**
 * The concentration report's charts: on a time axis in hours, so unevenly spaced points sit at their
 * times, not at their rows.
 */
class ConcentrationReportTest {

    /** Three points, unevenly spaced: 0, 9 h and 10 h (the report's even-time sampling keeps all three). */
    private static ConcentrationResult uneven() {
        final ConcentrationSpec spec = ConcentrationPresets.get("maple-sap");
        final double[] hours = {0.0, 9.0, 10.0};
        final List<ConcentrationPoint> points = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            final double brix = 0.02 + 0.05 * i;
            points.add(new ConcentrationPoint(hours[i] * 3600, 10.0 - 3 * i, brix, 1.0 + i, 1.5e5 * (1 + i),
                    1.0e6 * (1 + i), 20 / 3.6e6, 0.5, 1e-4, 1.5e-3, 2000.0 * i, 0.1 * i, 3.6e6 * i));
        }
        final List<SoluteBalance> balances = List.of(new SoluteBalance("water", "kg", 9800, 3800, 6000, 0, 0));
        return new ConcentrationResult(spec, Termination.TARGET_REACHED, "Reached the target.", points,
                spec.product().dissolved(), balances, 4000, 0.12, 1.08e7, 2.257e6, 2.2e10,
                new PressureLimitAnalysis(spec.pressureLimit(), 0.3, 15, 0.5, 40), List.of());
    }

    /** The cx of each point of the chart with the given figure id, in order. */
    private static List<Double> pointXs(final String html, final String figure) {
        final int from = html.indexOf("<figure id=\"f-" + figure);
        assertThat(from).as("figure " + figure).isNotNegative();
        final String svg = html.substring(from, html.indexOf("</figure>", from));
        final List<Double> xs = new ArrayList<>();
        final Matcher m = Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(svg);
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(1)));
        }
        return xs;
    }

    @Test
    void chartsPlotAgainstTimeInHours() {
        final String html = Renderer.render(ConcentrationReport.of(uneven(), "test"), Format.HTML, UnitSystem.SI);
        assertThat(html).contains("time [h]").doesNotContain("row of the table");
        // hour ticks from 0 to 10, and tooltips that name the time
        assertThat(html).contains("text-anchor=\"middle\">0</text>", "text-anchor=\"middle\">10</text>",
                "<title>time 9 h:", "<title>time 10 h:");
        for (String figure : List.of("concentrationChart", "pressureChart", "fluxChart")) {
            final List<Double> xs = pointXs(html, figure);
            assertThat(xs).as(figure).hasSizeGreaterThanOrEqualTo(3);
            final double x0 = xs.get(0);
            final double x2 = xs.get(2);
            // 9 h of 10 h: nine tenths of the way (a row axis would put it half way)
            assertThat((xs.get(1) - x0) / (x2 - x0)).as(figure).isCloseTo(0.9, within(0.002));
        }
    }

    @Test
    void theTimeColumnIsATimeInSeconds() {
        final String json = Renderer.render(ConcentrationReport.of(uneven(), "test"), Format.JSON, UnitSystem.SI);
        assertThat(json).contains("\"time\"").contains("36000");
        final String text = Renderer.render(ConcentrationReport.of(uneven(), "test"), Format.TEXT, UnitSystem.US);
        assertThat(text).contains("Path over time");
    }
}
