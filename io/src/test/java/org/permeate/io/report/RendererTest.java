package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Dimension;
import org.permeate.measure.UnitSystem;

class RendererTest {

    private static Report report() {
        return Report.builder("test", "A test report")
                .input(Value.of("temperature", "temperature", 298.15, Dimension.TEMPERATURE))
                .section("results", "Results", List.of(
                        Value.of("osmoticPressure", "osmotic pressure", 2.588e6, Dimension.PRESSURE),
                        Value.text("note", "note", "a, \"quoted\" text")))
                .table(new Table("rows", "Rows", List.of(
                        List.of(Value.text("species", "species", "Na+"), Value.of("molality", "molality", 0.5, Dimension.MOLALITY)))))
                .warnings(List.of(new ModelWarning(WarningKind.NO_TEMPERATURE_DEPENDENCE, "src", "msg")))
                .build();
    }

    @Test
    void textUsesTheDisplayUnits() {
        assertThat(Renderer.render(report(), Format.TEXT, UnitSystem.SI)).contains("25 °C", "25.88 bar", "Na+", "! NO_TEMPERATURE_DEPENDENCE: msg");
        assertThat(Renderer.render(report(), Format.TEXT, UnitSystem.US)).contains("77 °F", "375.36 psi");
    }

    @Test
    void jsonIsSiWithUnitsNamed() {
        final String json = Renderer.render(report(), Format.JSON, UnitSystem.US);
        assertThat(json).contains("\"value\" : 298.15", "\"unit\" : \"K\"", "\"value\" : 2588000.0", "\"unit\" : \"Pa\"",
                "\"kind\" : \"NO_TEMPERATURE_DEPENDENCE\"");
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        final String csv = Renderer.render(report(), Format.CSV, UnitSystem.SI);
        assertThat(csv).startsWith("section,item,key,label,value,unit\n")
                .contains("results,,osmoticPressure,osmotic pressure,25.88,bar")
                .contains("\"a, \"\"quoted\"\" text\"")
                .contains("rows,Na+,molality,molality,0.5,mol/kg");
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> Value.of("x", "x", Double.NaN, Dimension.PRESSURE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
