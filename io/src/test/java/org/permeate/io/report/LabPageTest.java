package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.measure.Dimension;
import org.permeate.measure.UnitSystem;

/** The lab page: the report's page with the animation placed in it, and data that cannot break out of its script. */
class LabPageTest {

    private static Report report() {
        return Report.builder("lab osmosis", "A <b>test</b>")
                .input(Value.of("temperature", "temperature", 298.15, Dimension.TEMPERATURE))
                .build();
    }

    @Test
    void animationSitsAfterTheHeaderAndItsDataIsInertText() {
        final LabPage.Animation a = new LabPage.Animation("u-tube", "Columns", List.of("left</script><script>x()", "right"),
                List.of(new LabPage.Frame(0, "0 s", new double[] {0.25, 0.25, 0, 1e-3}),
                        new LabPage.Frame(10, "10 s", new double[] {0.2, 0.3, 0, 8e-4})),
                Map.of("leftBore", 0.01, "rightBore", 0.01));
        final String page = LabPage.render(report(), UnitSystem.SI, a);
        assertThat(page.indexOf("id=\"lab-scene\"")).isGreaterThan(page.indexOf("</header>"))
                .isLessThan(page.indexOf("id=\"inputs\""));
        assertThat(page).contains("left\\u003c/script\\u003e\\u003cscript\\u003ex()").doesNotContain("left</script>");
        assertThat(page).contains("A &lt;b&gt;test&lt;/b&gt;");
        final String json = LabPage.json(a);
        assertThat(json).startsWith("{\"kind\":\"u-tube\"").contains("\"leftBore\":0.0100000000", "\"label\":\"10 s\"");
    }

    @Test
    void diffusionCarriesItsPositionsAndBadValuesAreRefused() {
        final LabPage.Animation d = new LabPage.Animation("diffusion", "Tube", List.of("CO2 and air", "x"),
                List.of(new LabPage.Frame(0, "0 s", new double[] {1, 0})), Map.of("x0", 0.25, "x1", 0.75));
        assertThat(LabPage.json(d)).contains("\"positions\":[0.250000000,0.750000000]");
        assertThatThrownBy(() -> new LabPage.Frame(0, "0 s", new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LabPage.Animation("pie", "x", List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
