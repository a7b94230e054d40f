package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permeate.cli.CommandLineTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permeate.cli.CommandLineTest.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code permeate run}: a project file in, reports out, mistakes named with their place. */
class RunCommandTest {

    private static final Path HOUSEHOLD = Path.of("..", "examples", "household-75gpd.yaml");

    @Test
    void runsAShippedExampleInTextAndUsUnits() {
        final Run si = run("run", HOUSEHOLD.toString());
        assertThat(si.status()).as(si.err()).isZero();
        assertThat(si.out()).contains("Summary", "Stages", "Elements", "Ions", "TW30-1812-75", "product flow", "bar");
        final Run us = run("run", HOUSEHOLD.toString(), "--units", "us");
        assertThat(us.out()).contains("psi", "gpm");
    }

    /** The antiscalant dose of the seawater example is carried to the report with its use. */
    @Test
    void antiscalantIsReported() {
        final Run r = run("run", Path.of("..", "examples", "seawater-px.yaml").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("antiscalant dose", "2 mg/L", "antiscalant use", "Water chemistry", "LSI");
    }

    @Test
    void jsonAndHtmlToAFile(@TempDir final Path dir) throws Exception {
        final Run json = run("run", HOUSEHOLD.toString(), "--format", "json");
        assertThat(json.status()).isZero();
        final JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.isObject()).isTrue();
        assertThat(json.out()).contains("\"productFlow\"");
        final Path html = dir.resolve("out.html");
        final Run h = run("run", HOUSEHOLD.toString(), "--format", "html", "--out", html.toString());
        assertThat(h.status()).isZero();
        assertThat(h.err()).contains("wrote");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void severalCasesAndTheChoiceOfOne(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("two.yaml");
        // a second case after the base case it is based on: only the temperature differs
        final String text = Files.readString(HOUSEHOLD) + "  - name: cold\n    based-on: tap water\n"
                + "    feed: {temperature: 50 F}\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        final Run both = run("run", file.toString());
        assertThat(both.status()).as(both.err()).isZero();
        assertThat(both.out()).contains("tap water", "cold", "10 °C");
        final Run one = run("run", file.toString(), "--case", "cold");
        assertThat(one.out()).contains("cold").doesNotContain("case                              tap water");
        final Run none = run("run", file.toString(), "--case", "summer");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("--case", "summer", "tap water", "cold");
        final Run html = run("run", file.toString(), "--format", "html");
        assertThat(html.status()).isEqualTo(2);
        assertThat(html.err()).contains("--case", "one case", "tap water", "cold");
        final Run bothJson = run("run", file.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(bothJson.out()).isArray()).isTrue();
    }

    @Test
    void mistakesInTheFileNameTheirPlace(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("bad.yaml");
        Files.writeString(file, Files.readString(HOUSEHOLD).replace("vessels: 1", "vessels: 0"), StandardCharsets.UTF_8);
        final Run bad = run("run", file.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.yaml:", "passes[0].stages[0]", "vessels", "0").doesNotContain("Exception");
        final Run missing = run("run", dir.resolve("nowhere.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.yaml");
    }

    /** A recovery beyond reach is refused with the value reached at the highest allowed pressure. */
    @Test
    void infeasibleTargetsAreExplained(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("greedy.yaml");
        Files.writeString(file, Files.readString(HOUSEHOLD).replace("- feed-pressure: 60 psi", "- recovery: 95 %\n"
                + "        max-pressure: 100 psi"), StandardCharsets.UTF_8);
        final Run r = run("run", file.toString());
        assertThat(r.status()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains("recovery of 95 %", "cannot be reached", "reaches");
    }
}
