package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Every kind of mistake in a project file gives a {@link PermeateException} whose message starts
 * with {@code file:line:column: path:} and names the value and what is allowed.
 */
class ProjectErrorsTest {

    private static final String BASE = """
            project: test plant
            cases:
              - name: design
                feed:
                  water: "Na 420 mg/L, Cl 650 mg/L"
                  temperature: 25 C
                  flow: 60 m3/h
                  source: well
                passes:
                  - recovery: 75 %
                    stages:
                      - vessels: 4
                        elements: BW30-400 x 6
                      - vessels: 2
                        elements: BW30-400 x 6
            """;

    /** @return BASE with {@code from} (which must be in it) replaced by {@code to} */
    private static String edit(final String from, final String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    private static PermeateException error(final String text, final boolean json) {
        final Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> ProjectReader.read(text, json ? "plant.json" : "plant.yaml", json));
        assertThat(t).isInstanceOf(PermeateException.class);
        assertThat(t.getMessage()).doesNotContain("NaN").doesNotContain("Exception");
        return (PermeateException) t;
    }

    private static void assertError(final String text, final String message) {
        assertThat(error(text, false).getMessage()).isEqualTo(message);
    }

    @Test
    void theBaseProjectIsValid() {
        assertThat(ProjectReader.read(BASE, "plant.yaml", false).cases()).hasSize(1);
    }

    // ------------------------------------------------------------------ keys

    @Test
    void anUnknownKeyIsNamedWithTheKeysAllowedThere() {
        assertError(edit("      flow: 60 m3/h", "      flw: 60 m3/h"), "plant.yaml:7:7: cases[0].feed: unknown key \"flw\";"
                + " allowed keys here: water, temperature, pH, flow, product, pressure, source, antiscalant");
        assertError(edit("project: test plant", "projet: test plant"), "plant.yaml:1:1: unknown key \"projet\"; allowed"
                + " keys here: format-version, project, description, catalog, cases");
    }

    @Test
    void anUnknownKeyIsReportedBeforeAMissingOne() {
        assertError(edit("      temperature: 25 C", "      temprature: 25 C"), "plant.yaml:6:7: cases[0].feed: unknown"
                + " key \"temprature\"; allowed keys here: water, temperature, pH, flow, product, pressure, source, antiscalant");
    }

    @Test
    void aMissingKeyIsNamedAtItsMapping() {
        final PermeateException e = error(edit("      temperature: 25 C\n", ""), false);
        assertThat(e.getMessage()).isEqualTo("plant.yaml:5:7: cases[0].feed: temperature is required: the feed"
                + " temperature, e.g. 25 C or 77 F");
        assertThat(e.kind()).isEqualTo(Message.MISSING);
        assertThat(e.location()).isEqualTo(new InputLocation("plant.yaml", "cases[0].feed", 5, 7));
        assertError(edit("          - vessels: 2\n", "          - vesels: 2\n").replace("vesels: 2\n", "front-elements: 2\n"),
                "plant.yaml:14:13: cases[0].passes[0].stages[1]: vessels is required: the number of pressure vessels in"
                        + " parallel, e.g. 4");
    }

    @Test
    void anEmptyValueCountsAsMissingAndIsShownAtItsKey() {
        assertError(edit("      temperature: 25 C", "      temperature:"), "plant.yaml:6:7: cases[0].feed: temperature is"
                + " required: the feed temperature, e.g. 25 C or 77 F");
    }

    @Test
    void oneOfSeveralKeysMustBeGiven() {
        assertError(edit("      flow: 60 m3/h\n", ""), "plant.yaml:5:7: cases[0].feed: one of flow, product is required:"
                + " the feed flow (flow: 60 m3/h), or the product flow and recovery that fix it (product: {flow: 45 m3/h,"
                + " recovery: 75 %})");
        assertError(edit("      - recovery: 75 %\n        stages:", "      - stages:"), "plant.yaml:10:9:"
                + " cases[0].passes[0]: one of feed-pressure, recovery, permeate-flow is required: what fixes the pass's"
                + " feed pressure: feed-pressure: 12 bar, recovery: 75 % or permeate-flow: 45 m3/h (or the product flow"
                + " and recovery in the feed: product: {flow, recovery})");
    }

    @Test
    void keysThatExcludeEachOtherAreRefused() {
        assertError(edit("      - recovery: 75 %", "      - recovery: 75 %\n        feed-pressure: 12 bar"),
                "plant.yaml:11:24: cases[0].passes[0]: feed-pressure and recovery cannot be given together");
        assertError(edit("      flow: 60 m3/h", "      product: {flow: 45 m3/h, recovery: 75 %}"), "plant.yaml:10:19:"
                + " cases[0].passes[0]: recovery and feed: product (the first pass's pressure is then solved for the"
                + " product flow) cannot be given together");
        assertError(edit("      - recovery: 75 %", "      - recovery: 75 %\n        feed: {from: permeate}"),
                "plant.yaml:11:15: cases[0].passes[0]: feed and the first pass (it takes the case's feed; only a later"
                        + " pass takes a previous pass's permeate and may recycle its concentrate) cannot be given together");
        assertError(edit("          - vessels: 4", "          - vessels: 4\n            booster: {pressure-rise: 2 bar}"),
                "plant.yaml:13:22: cases[0].passes[0].stages[0]: booster and the first stage of a pass (its feed comes"
                        + " from the pass's high-pressure pump) cannot be given together");
    }

    @Test
    void whatALaterPassOrStageNeedsIsChecked() {
        final String second = "      - feed: {from: rear-permeate}\n        recovery: 80 %\n        stages: [{vessels: 2,"
                + " elements: BW30-400 x 6}]\n";
        assertError(BASE + second, "plant.yaml:16:22: cases[0].passes[1].feed.from: rear-permeate and a previous pass"
                + " without a split permeate (give its first stage front-elements) cannot be given together");
        assertError(BASE + "            booster: {efficiency: 80 %}\n",
                "plant.yaml:16:22: cases[0].passes[0].stages[1].booster: pressure-rise is required: the booster's"
                        + " pressure rise (e.g. 3 bar), or balance-flux: true to solve it for equal average flux in this"
                        + " stage and the one before");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertError(edit("      source: well", "      source: well\n      source: surface"),
                "plant.yaml:9:7: key \"source\" is given twice (first on line 8)");
        assertError(BASE + "  - name: design\n", "plant.yaml:16:11: cases[1].name: case name \"design\" is given"
                + " twice (first on line 3)");
    }

    @Test
    void aValueOfTheWrongShapeIsNamed() {
        assertError(edit("    feed:\n", "    feed: well water\n    membrane:\n"), "plant.yaml:4:11: cases[0].feed:"
                + " expected a mapping with keys water, temperature, pH, flow, product, pressure, source, antiscalant, got the text"
                + " \"well water\"");
        assertError(BASE.substring(0, BASE.indexOf("        stages:")) + "        stages: []\n",
                "plant.yaml:11:17: cases[0].passes[0].stages: expected a list of at least one stage, got an empty list");
        assertError("hello", "plant.yaml:1:1: expected a mapping with keys format-version, project, description,"
                + " catalog, cases, got the text \"hello\"");
    }

    // ------------------------------------------------------------------ values

    @Test
    void aValueWithoutItsUnitOrWithAnUnknownUnitIsRefused() {
        assertError(edit("60 m3/h", "60"), "plant.yaml:7:13: cases[0].feed: flow: \"60\" has no unit; write it with"
                + " one, for example 1.2 m3/h, 5 gpm, 50 gpd");
        assertError(edit("60 m3/h", "60 m3/hr2"), "plant.yaml:7:13: cases[0].feed: flow: unknown unit \"m3/hr2\";"
                + " units for this field: m³/s, m³/h, m³/d, gpm, gpd, L/s, L/min, mL/min, L/h, L/d, gph, MGD");
        assertError(edit("60 m3/h", ".nan"), "plant.yaml:7:13: cases[0].feed: flow: cannot read \".nan\" as a number"
                + " with a unit (for example 1.2 m3/h, 5 gpm, 50 gpd)");
    }

    @Test
    void aQuantityOfTheWrongKindIsRefused() {
        assertError(edit("60 m3/h", "60 bar"), "plant.yaml:7:13: cases[0].feed: flow: \"60 bar\" is a pressure, but a"
                + " volumetric flow is expected (for example 1.2 m3/h, 5 gpm, 50 gpd)");
        assertError(edit("25 C", "25 bar"), "plant.yaml:6:20: cases[0].feed: temperature: \"25 bar\" is a pressure, but"
                + " a temperature is expected (for example 25 C, 77 F, 298.15 K)");
    }

    @Test
    void aValueOutOfRangeNamesItsPathAndTheRange() {
        final PermeateException e = error(edit("vessels: 2", "vessels: 0"), false);
        assertThat(e.getMessage()).isEqualTo("plant.yaml:14:22: cases[0].passes[0].stages[1]: vessels must be at least"
                + " 1, got 0");
        assertThat(e.location()).isEqualTo(new InputLocation("plant.yaml", "cases[0].passes[0].stages[1]", 14, 22));
        assertError(edit("recovery: 75 %", "recovery: 120 %"), "plant.yaml:10:19: cases[0].passes[0]: recovery = 120 %"
                + " is outside the allowed range 0.0001 % to 99.9 %");
        assertError(edit("recovery: 75 %", "recovery: 75"), "plant.yaml:10:19: cases[0].passes[0]: recovery = 75 (a"
                + " bare number is a fraction: write 75 % for per cent) is outside the allowed range 0.0001 % to 99.9 %");
        assertError(edit("    passes:", "    bypass: 95 %\n    passes:"), "plant.yaml:9:13: cases[0]: bypass = 95 % is"
                + " outside the allowed range 0 % to 90 %");
        assertError(edit("      source: well", "      source: well\n      pH: 15"), "plant.yaml:9:11: cases[0].feed: pH ="
                + " 15 is outside the allowed range 0 to 14");
        assertError(edit("vessels: 4", "vessels: 4\n            front-elements: 7"), "plant.yaml:13:29:"
                + " cases[0].passes[0].stages[0]: front-elements must be at most 6, got 7");
        assertError(edit("BW30-400 x 6\n          - vessels: 2", "BW30-400 x 9\n          - vessels: 2"),
                "plant.yaml:13:23: cases[0].passes[0].stages[0].elements: elements per vessel must be at most 8, got 9 or more");
        assertError(edit("    passes:", "    membrane: {age: -1 years}\n    passes:"), "plant.yaml:9:21: cases[0].membrane:"
                + " age must be at least 0 years, got -1 years");
        assertError(edit("      - recovery: 75 %", "      - recovery: 75 %\n        pump: {efficiency: 0 %}"),
                "plant.yaml:11:28: cases[0].passes[0].pump: efficiency = 0 % is outside the allowed range 1 % to 100 %");
        assertError(edit("vessels: 2", "vessels: 99999999999"), "plant.yaml:14:22: cases[0].passes[0].stages[1]:"
                + " vessels must be at most 100000, got 99999999999");
        assertError(edit("vessels: 2", "vessels: two"), "plant.yaml:14:22: cases[0].passes[0].stages[1]: vessels:"
                + " \"two\" is not a number (a whole number is expected)");
    }

    @Test
    void anUnknownChoiceListsTheChoices() {
        assertError(edit("source: well", "source: river"), "plant.yaml:8:15: cases[0].feed: source: unknown value"
                + " \"river\"; allowed: ro-permeate, well, surface-mf, surface, wastewater-mf, wastewater, seawater-well,"
                + " seawater-open-mf, seawater-open");
        assertError(edit("    passes:", "    options: {properties: ideal}\n    passes:"), "plant.yaml:9:27:"
                + " cases[0].options: properties: unknown value \"ideal\"; allowed: pitzer, seawater, watertap-nacl");
        assertError(edit("      - recovery: 75 %", "      - recovery: 75 %\n        energy-recovery: {type: flywheel}"),
                "plant.yaml:11:33: cases[0].passes[0].energy-recovery: type: unknown value \"flywheel\"; allowed: none,"
                        + " pressure-exchanger, turbocharger, turbine");
        assertError(edit("      - recovery: 75 %", "      - recovery: 75 %\n        energy-recovery: {type: turbine,"
                + " efficiency: 80 %, leakage: 1 %}"), "plant.yaml:11:60: cases[0].passes[0].energy-recovery: unknown"
                + " key \"leakage\"; allowed keys here: type, efficiency, discharge-pressure");
        assertError(edit("  - name: design", "  - name: design\n    based-on: base"), "plant.yaml:4:15: cases[0]:"
                + " based-on: unknown value \"base\"; allowed: none (it must name a case written before this one)");
    }

    @Test
    void anUnknownElementModelIsShownAtTheElementWithCloseModels() {
        final PermeateException e = error(edit("BW30-400 x 6\n          - vessels: 2",
                "BW30-4000 x 6\n          - vessels: 2"), false);
        assertThat(e.getMessage()).startsWith("plant.yaml:13:23: cases[0].passes[0].stages[0].elements: element:"
                + " unknown value \"BW30-4000\"; allowed: ").contains("BW30-400");
        assertThat(error(edit("BW30-400 x 6\n          - vessels: 2", "[BW30-400, BW30-400 x 4, XYZ]\n          - vessels: 2"),
                false).getMessage()).startsWith("plant.yaml:13:48: cases[0].passes[0].stages[0].elements[2]: element:"
                        + " unknown value \"XYZ\"");
    }

    @Test
    void errorsOfTheCoreArePlacedAtTheValueThatCausedThem() {
        assertError(edit("25 C", "-5 C"), "plant.yaml:6:20: cases[0].feed.temperature: temperature -5.000 °C is below"
                + " the freezing point of this solution (-0.065 °C): it would be ice");
        assertThat(error(edit("Na 420 mg/L", "Xq 420 mg/L"), false).getMessage())
                .startsWith("plant.yaml:5:14: cases[0].feed.water: cannot read \"Xq\" as a salt: expected a known cation");
    }

    // ------------------------------------------------------------------ syntax and files

    @Test
    void aYamlSyntaxErrorGivesItsLineAndColumn() {
        assertError(edit("      source: well", "      source: well\n       bad: indent"),
                "plant.yaml:9:11: syntax error: mapping values are not allowed here");
        assertError(edit("      source: well", "\tsource: well"), "plant.yaml:8:1: syntax error: found character"
                + " '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
        assertError(edit("BW30-400 x 6\n          - vessels: 2", "[BW30-400 x 6\n          - vessels: 2"),
                "plant.yaml:14:20: syntax error: expected ',' or ']', but got : (while parsing a flow sequence that"
                        + " starts on line 13, column 23)");
        assertError(BASE + "---\nproject: other\n", "plant.yaml:17:1: syntax error: a second YAML document (---); a"
                + " project file holds one");
        assertError("project: *x\n", "plant.yaml:1:10: syntax error: alias *x refers to no anchor &x before it");
        assertError("# nothing yet\n", "plant.yaml:1:1: a project is required: the file is empty; see"
                + " docs/project-format.md");
    }

    @Test
    void aJsonSyntaxErrorGivesItsLineAndColumn() {
        assertThat(error("{\"project\": \"x\",\n \"cases\": [1, 2,]}", true).getMessage()).isEqualTo("plant.json:2:17:"
                + " syntax error: Unexpected character (']' (code 93)): expected a valid value (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
        assertThat(error("{\"project\": \"x\"} {}", true).getMessage()).isEqualTo("plant.json:1:18: syntax error: a"
                + " second value after the end of the JSON object");
        assertThat(error("{\"project\": \"x\", \"project\": \"y\"}", true).getMessage()).isEqualTo("plant.json:1:18: key"
                + " \"project\" is given twice (first on line 1)");
    }

    @Test
    void aMissingOrUnknownFileIsNamed(@TempDir final Path dir) {
        assertThatThrownBy(() -> ProjectReader.read(dir.resolve("none.yaml"))).isInstanceOf(PermeateException.class)
                .hasMessage(dir.resolve("none.yaml") + ": project file is required: an existing file; "
                        + dir.resolve("none.yaml") + " does not exist");
        assertThatThrownBy(() -> ProjectReader.read(dir.resolve("plant.txt"))).isInstanceOf(PermeateException.class)
                .hasMessage(dir.resolve("plant.txt") + ": project file type: unknown value \".txt\"; allowed: .yaml, .yml"
                        + " (YAML) or .json (JSON)");
        assertError(edit("project: test plant", "project: test plant\ncatalog: nowhere.csv"), "plant.yaml:2:10: catalog"
                + " is required: an existing file; nowhere.csv does not exist");
    }
}
