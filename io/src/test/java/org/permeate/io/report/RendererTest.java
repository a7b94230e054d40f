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

    private static Report byCase() {
        final List<List<Value>> cases = List.of(
                List.of(Value.text("case", "case", "new"), Value.of("feedPressure", "feed pressure", 15e5, Dimension.PRESSURE),
                        Value.count("warnings", "warnings", 12)),
                List.of(Value.text("case", "case", "old"), Value.of("feedPressure", "feed pressure", 20e5, Dimension.PRESSURE),
                        Value.count("warnings", "warnings", 3)));
        return Report.builder("test", "Cases").table(new Table("summary", "Summary", cases, true))
                .table(new Table("rows", "Rows", List.of(
                        List.of(Value.text("case", "case", "new"), Value.count("n", "n", 1)),
                        List.of(Value.text("case", "case", "new"), Value.count("n", "n", 2))))).build();
    }

    @Test
    void transposedTablesShowOneColumnPerRow() {
        assertThat(Renderer.render(byCase(), Format.TEXT, UnitSystem.SI))
                .contains("Summary\n" + " ".repeat(23) + "new  old\n"
                        + "  feed pressure [bar]   15   20\n"
                        + "  warnings              12    3\n");
        final Report one = Report.builder("t", "t").table(new Table("summary", "Summary",
                List.of(byCase().tables().get(0).rows().get(0)), true)).build();
        assertThat(Renderer.render(one, Format.TEXT, UnitSystem.US)).contains("  feed pressure  217.56 psi\n");
        assertThatThrownBy(() -> new Table("t", "t", List.of(List.of(Value.count("n", "n", 1))), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAreWholeNumbersAndCsvItemsNameOnlyDistinctRows() {
        assertThat(Renderer.render(byCase(), Format.JSON, UnitSystem.SI)).contains("\"warnings\" : 12", "\"n\" : 2");
        assertThat(Renderer.render(byCase(), Format.CSV, UnitSystem.SI))
                .contains("summary,old,warnings,warnings,3,\n", "summary,new,feedPressure,feed pressure,15,bar\n",
                        "rows,1,n,n,2,\n");
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> Value.of("x", "x", Double.NaN, Dimension.PRESSURE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
