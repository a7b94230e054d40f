package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.api.Projection;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Dimension;
import org.permeate.measure.UnitSystem;

class HtmlReportTest {

    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "col", "wbr");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");

    private static List<Projection> brackish;

    @BeforeAll
    static void project() {
        brackish = ReportSystems.Projected.BRACKISH;
    }

    /** Every element closed in order: what a browser needs to build the tree we meant. */
    private static void assertBalanced(final String html) {
        final Deque<String> open = new ArrayDeque<>();
        final Matcher m = TAG.matcher(html.replaceAll("(?s)<style>.*?</style>", "<style></style>"));
        while (m.find()) {
            final String name = m.group(2).toLowerCase();
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing </%s> at %d", name, m.start()).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> at %d", name, m.start()).isEqualTo(name);
            }
        }
        assertThat(open).as("elements left open").isEmpty();
    }

    private static void assertSelfContained(final String html) {
        assertThat(html).doesNotContainIgnoringCase("http")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase(" src=")
                .doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(");
    }

    @Test
    void systemPageHasTablesChartsAndNoOutsideResources() {
        final Report r = SystemReport.of("well <A> & \"B\"", brackish);
        final String html = Renderer.render(r, Format.HTML, UnitSystem.SI);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertBalanced(html);
        assertSelfContained(html);
        assertThat(html).contains("well &lt;A&gt; &amp; &quot;B&quot;").doesNotContain("<A>");
        for (String t : List.of("summary", "passes", "pumps", "stages", "elements", "ions")) {
            assertThat(html).contains("id=\"t-" + t + "\"");
        }
        // four charts of the element table, each with a line for each age (two for feed and concentrate TDS)
        assertThat(html.split("<svg ", -1)).hasSize(5);
        assertThat(html.split("<polyline ", -1)).hasSize(1 + 1 * 2 + 1 * 2 + 2 * 2 + 1 * 2);
        assertThat(html).contains("Flux per element", "Feed pressure per element", "Feed and concentrate TDS per element",
                "Permeate TDS per element", "stage 2", "year 5", "<th class=\"num\">year 0</th>");
        // one point per element per line, with its value in the tooltip
        assertThat(html.split("<circle ", -1)).hasSize(1 + 12 * 10);
        assertThat(html).containsPattern("<title>year 0, element 1: flux [0-9.]+ LMH</title>");
        assertThat(html).contains("<span class=\"unit\">bar</span>", "mg/L", "kWh/m³", "TDS [mg/L]");
    }

    @Test
    void usPageIsInCustomaryUnits() {
        final String html = HtmlReport.render(SystemReport.of("well", brackish.get(0)), UnitSystem.US);
        assertBalanced(html);
        assertSelfContained(html);
        assertThat(html).contains("<span class=\"unit\">psi</span>", "<span class=\"unit\">gfd</span>",
                "<span class=\"unit\">gpm</span>", "kWh/kgal", "[gfd]", "[psi]")
                .doesNotContain("<span class=\"unit\">bar</span>");
        // a single age: one line per chart except the two TDS lines
        assertThat(html.split("<polyline ", -1)).hasSize(1 + 5);
    }

    @Test
    void anyReportRendersAndTextIsEscaped() {
        final Report r = Report.builder("test", "<script>alert(1)</script>")
                .input(Value.of("temperature", "temperature", 298.15, Dimension.TEMPERATURE))
                .section("results", "Results & more", List.of(
                        Value.of("osmoticPressure", "osmotic pressure", 2.588e6, Dimension.PRESSURE),
                        Value.text("note", "note", "a <b>bold</b> claim")))
                .table(new Table("rows", "Rows", List.of(
                        List.of(Value.text("species", "species", "Na+"), Value.count("n", "n", 12)))))
                .note("x < y")
                .warnings(List.of(new ModelWarning(WarningKind.DESIGN_GUIDELINE, "src \"q\"", "flux > 20 LMH")))
                .build();
        final String html = HtmlReport.render(r, UnitSystem.SI);
        assertBalanced(html);
        assertSelfContained(html);
        assertThat(html).doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Results &amp; more", "a &lt;b&gt;bold&lt;/b&gt; claim",
                        "25.88", "25", "°C", "x &lt; y", "flux &gt; 20 LMH", "src &quot;q&quot;", "DESIGN_GUIDELINE",
                        "<td class=\"num\">12</td>")
                .doesNotContain("<svg");
    }

    @Test
    void chartsMustPlotATableOfTheReport() {
        assertThatThrownBy(() -> Report.builder("t", "t")
                .chart(new Chart("c", "c", "missing", "x", null, List.of("y"), null, null, null, true)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void tickStepsAreOneTwoOrFive() {
        assertThat(HtmlReport.niceStep(10, 5)).isEqualTo(2);
        assertThat(HtmlReport.niceStep(37, 5)).isEqualTo(5);
        assertThat(HtmlReport.niceStep(40, 5)).isEqualTo(10);
        assertThat(HtmlReport.niceStep(0.031, 5)).isEqualTo(0.005, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(HtmlReport.niceStep(180, 5)).isEqualTo(50);
    }
}
