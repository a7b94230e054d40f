package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permeate.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permeate.cli.CommandLineTest.Run;

/** {@code permeate household}: presets and files in, ratings, the day and its charts out; mistakes exit 2. */
class HouseholdCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsThePresets() {
        final Run r = run("household", "--list");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("under-sink-50", "under-sink-75", "under-sink-100", "countertop-75", "tankless");
    }

    @Test
    void aPresetWithOverridesInUsUnits() {
        final Run r = run("household", "--preset", "under-sink-75", "--line-pressure", "45psi", "--tds", "500mg/L",
                "--units", "us");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Household RO: Under-sink RO, 75 gpd", "data plate", " gpd (", " L/d)",
                "line pressure (gauge)", "45 psi", "tap water TDS", "500 mg/L", "drawn (delivered)", "gal");
    }

    @Test
    void aFileAsHtmlWithItsCharts() throws Exception {
        final Path out = dir.resolve("day.html");
        final Run r = run("household", "../examples/household-undersink-75.yaml", "--format", "html", "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote");
        final String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Kitchen under-sink RO, 75 gpd", "<svg",
                "Tank pressure", "Permeate and tank TDS", "time [h]", "recovery rating");
        assertThat(html.split("<figure", -1)).hasSize(5);
    }

    @Test
    void theWellExampleChecksTheChosenLimits() {
        final Run who = run("household", "../examples/household-well-arsenic.yaml", "--standard", "who");
        assertThat(who.status()).as(who.err()).isZero();
        assertThat(who.out()).contains("Drinking-water compliance (who)", "arsenic", "fail", "Pretreatment",
                "At the tap").doesNotContain("CFR141");
        final Run bad = run("household", "--preset", "under-sink-75", "--standard", "iso");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--standard", "iso", "who, epa, both");
    }

    @Test
    void theTanklessPresetAsJson() throws Exception {
        final Run r = run("household", "--preset", "countertop-75", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        final JsonNode root = new ObjectMapper().readTree(r.out());
        final JsonNode ratings = root.path("results").path("ratings");
        assertThat(ratings.path("efficiencyRating").path("value").asDouble())
                .isCloseTo(ratings.path("recoveryRating").path("value").asDouble(), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(root.path("inputs").path("tank").asText()).contains("tankless");
    }

    @Test
    void mistakesExitWith2AndAClearMessage() throws Exception {
        final Run none = run("household");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("FILE or --preset");
        final Run unknown = run("household", "--preset", "under-sink-60");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("under-sink-60", "under-sink-75").doesNotContain("Exception");
        final Run low = run("household", "--preset", "under-sink-75", "--line-pressure", "5psi");
        assertThat(low.status()).isEqualTo(2);
        assertThat(low.err()).contains("--line-pressure", "pre-charge of 7.000 psig", "line pressure of 5.000 psig");
        final Run salty = run("household", "--preset", "countertop-75", "--tds", "40g/L");
        assertThat(salty.status()).isEqualTo(2);
        assertThat(salty.err()).contains("--tds", "osmotic pressure");
        final Run both = run("household", "--preset", "under-sink-75", "--tds", "1g/L", "--water", "NaCl 1 g/L");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--tds", "--water");
        final Run noUnit = run("household", "--preset", "under-sink-75", "--line-pressure", "60");
        assertThat(noUnit.status()).isEqualTo(2);
        assertThat(noUnit.err()).contains("--line-pressure", "unit");
        final Path negative = dir.resolve("negative.yaml");
        Files.writeString(negative, Files.readString(Path.of("../examples/household-undersink-75.yaml"))
                .replace("volume: 1.0 L}     # coffee", "volume: -1 L}     # coffee"));
        final Run draw = run("household", negative.toString());
        assertThat(draw.status()).isEqualTo(2);
        assertThat(draw.err()).contains("negative.yaml:29:29: use.draws[1]: volume must be greater than 0, got -1 L")
                .doesNotContain("Exception");
    }

    @Test
    void anOverriddenTemperatureIsBlamedOnItsOption() {
        for (String[] water : new String[][] {{}, {"--tds", "500mg/L"}}) {
            final String[] args = new String[4 + water.length];
            System.arraycopy(new String[] {"household", "--preset", "under-sink-75", "--temperature=150C"}, 0, args, 0, 4);
            System.arraycopy(water, 0, args, 4, water.length);
            final Run hot = run(args);
            assertThat(hot.status()).as(hot.err()).isEqualTo(2);
            assertThat(hot.err()).startsWith("permeate: --temperature: ").doesNotContain("preset under-sink-75:")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void tapWaterWithoutSolutesGivesAReportWithoutReductions() throws Exception {
        final Run pure = run("household", "--preset", "under-sink-75", "--tds", "0mg/L", "--format", "json");
        assertThat(pure.status()).as(pure.err()).isZero();
        assertThat(pure.out()).doesNotContain("NaN");
        final JsonNode results = new ObjectMapper().readTree(pure.out()).path("results");
        assertThat(results.path("onThisTap").has("permeateTds")).isTrue();
        assertThat(results.path("onThisTap").has("tdsReduction")).isFalse();
        assertThat(results.path("day").has("deliveredTdsReduction")).isFalse();
    }

    @Test
    void smallFlowsReadInLitresPerDayAndMillilitresPerMinute() {
        final Run si = run("household", "--preset", "under-sink-75");
        assertThat(si.status()).as(si.err()).isZero();
        assertThat(si.out()).containsPattern("element's rated production \\(at its sheet's test\\) +283\\.9 L/d")
                .containsPattern("drain restrictor \\(fixed flow\\) +[0-9.]+ mL/min")
                .containsPattern("permeate flow +[0-9.]+ L/d").doesNotContain("m³/h");
        final Run us = run("household", "--preset", "under-sink-75", "--units", "us");
        assertThat(us.out()).containsPattern("element's rated production \\(at its sheet's test\\) +75 gpd")
                .containsPattern("permeate flow +[0-9.]+ gpd").containsPattern("faucet flow while drawing +[0-9.]+ gpm")
                .containsPattern("line pressure \\(gauge\\) +60 psi");
    }
}
