package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.io.project.HouseholdProject;
import org.permeate.io.project.HouseholdReader;
import org.permeate.measure.UnitSystem;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.HouseholdRatings;

/** The household report in every format: ratings, day totals, water quality, timeline and charts. */
class HouseholdReportTest {

    private static final String UNIT = """
            household: Report test unit
            element: TW30-1812-75
            tap-water: {water: "Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L", pH: 7.8}
            line-pressure: 60 psi
            temperature: 20 C
            drain-restrictor: 300 mL/min
            tank: {volume: 3.2 gal, pre-charge: 7 psi}
            use:
              draws:
                - {at: "01:00", volume: 2 L}
                - {at: "03:00", volume: 3 L}
              duration: 6 h
              time-step: 2 min
              start: empty
              report-interval: 30 min
            """;

    private static HouseholdProject project;
    private static DayResult day;
    private static Report report;

    @BeforeAll
    static void build() {
        project = HouseholdReader.read(UNIT, "unit.yaml", false, HouseholdReader.Overrides.NONE);
        day = project.simulate();
        final HouseholdRatings.Ratings ratings = project.unit().rateAtTestConditions(240);
        report = HouseholdReport.of(project, day, ratings, true);
    }

    @Test
    void textShowsTheRatingsInBothUnitSystemsAndTheDay() {
        final String text = Renderer.render(report, Format.TEXT, UnitSystem.SI);
        assertThat(text).contains("Household RO: Report test unit", "data plate", " gpd (", " L/d)", "recovery rating",
                "efficiency rating", "TDS reduction", "sent to drain", "shortfall", "tap water TDS", "Na+",
                "TDS creep: while no permeate flows", "hold-up");
        assertThat(text).containsPattern("data plate \\(both unit systems\\) +[0-9.]+ gpd \\([0-9.]+ L/d\\)");
        final String us = Renderer.render(report, Format.TEXT, UnitSystem.US);
        assertThat(us).contains("psi", "°F", "gal");
    }

    @Test
    void jsonCarriesEveryValueInSiAndTheTimelineAddsUp() throws Exception {
        final JsonNode root = new ObjectMapper().readTree(Renderer.render(report, Format.JSON, UnitSystem.SI));
        assertThat(root.path("command").asText()).isEqualTo("household");
        final JsonNode ratings = root.path("results").path("ratings");
        assertThat(ratings.path("recoveryRating").path("value").asDouble()).isBetween(0.05, 0.5);
        assertThat(ratings.path("efficiencyRating").path("value").asDouble())
                .isLessThan(ratings.path("recoveryRating").path("value").asDouble());
        assertThat(ratings.path("productionPerDay").path("unit").asText()).isEqualTo("m3");
        final JsonNode timeline = root.path("results").path("timeline");
        assertThat(timeline.size()).isEqualTo(12);
        double drawn = 0;
        double permeate = 0;
        for (JsonNode row : timeline) {
            drawn += row.path("drawnVolume").path("value").asDouble();
            permeate += row.path("permeateFlow").path("value").asDouble() * 1800;
        }
        assertThat(drawn).isCloseTo(day.drawnVolume(), within(1e-12));
        assertThat(permeate).isCloseTo(day.permeateVolume(), within(1e-9 * day.permeateVolume()));
        assertThat(timeline.get(11).path("time").path("value").asDouble()).isEqualTo(6 * 3600.0);
        // the water delivered, solute by solute: less than in the tap
        for (JsonNode row : root.path("results").path("quality")) {
            if (row.path("solute").asText().equals("Na+")) {
                assertThat(row.path("deliveredConcentration").path("value").asDouble())
                        .isLessThan(0.1 * row.path("tapConcentration").path("value").asDouble());
            }
        }
        // the delivered TDS is the mass of the delivered solutes but dissolved CO2 (a gas, as the TDS of
        // the tap water leaves it out) over the delivered volume
        double solids = 0;
        for (JsonNode row : root.path("results").path("quality")) {
            if (!row.path("solute").asText().equals("CO2")) {
                solids += row.path("deliveredConcentration").path("value").asDouble();
            }
        }
        assertThat(root.path("results").path("day").path("deliveredTds").path("value").asDouble())
                .isCloseTo(solids, within(1e-9 * solids));
        final JsonNode totals = root.path("results").path("day");
        assertThat(totals.path("waterBalanceError").path("value").asDouble()).isLessThan(1e-9);
        assertThat(totals.path("drawnVolume").path("value").asDouble()).isCloseTo(5e-3, within(1e-12));
    }

    @Test
    void htmlDrawsTheDayOnATimeAxis() {
        final String html = Renderer.render(report, Format.HTML, UnitSystem.US);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html.split("<figure", -1)).hasSize(5);
        assertThat(html.split("<svg", -1)).hasSize(5);
        assertThat(html).contains("Tank pressure", "Production and drain rates", "Permeate and tank TDS",
                "time [h]", "tank pressure (gauge) [psi]");
        // hours on the x axis, 0 to 6
        assertThat(html).contains("text-anchor=\"middle\">0</text>", "text-anchor=\"middle\">6</text>");
        // tooltips name the time, not an element
        assertThat(html).contains("<title>time 0.5 h:").doesNotContain("element 1:");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("http");
    }

    @Test
    void csvHasOneLinePerValue() {
        final String csv = Renderer.render(report, Format.CSV, UnitSystem.SI);
        assertThat(csv).startsWith("section,item,key,label,value,unit\n").contains("ratings,,recoveryRating,",
                "timeline,11,tankPressure,", "quality,Na+,deliveredConcentration,");
    }

    @Test
    void aChartOnAMissingXColumnIsRefused() {
        final Report bad = Report.builder("x", "x").table(new Table("t", "t", List.of(List.of(
                Value.of("y", "y", 1.0, org.permeate.measure.Dimension.PRESSURE)))))
                .chart(new Chart("c", "c", "t", "x", null, List.of("y"), null, null, null, true, "time")).build();
        assertThatThrownBy(() -> Renderer.render(bad, Format.HTML, UnitSystem.SI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time");
    }
}
