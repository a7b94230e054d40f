package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code permeate lab}: the three experiments, their formats, and the mistakes users make. */
class LabCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommandLineTest.Run run(final String... args) {
        return CommandLineTest.run(args);
    }

    private static JsonNode json(final String... args) throws Exception {
        final String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        final CommandLineTest.Run r = run(all);
        assertThat(r.status()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @ParameterizedTest
    @CsvSource({"lab", "lab osmosis", "lab cell", "lab diffusion"})
    void helpRendersCleanly(final String command) {
        final java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        final java.io.PrintStream original = System.err;
        final CommandLineTest.Run help;
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            final String[] words = (command + " --help").split(" ");
            help = run(words);
        } finally {
            System.setErr(original);
        }
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: permeate " + command).doesNotContain("%%", "${");
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void osmosisEndsAtTheDirectEquilibrium() throws Exception {
        final JsonNode r = json("lab", "osmosis").get("results");
        final double direct = r.get("equilibrium").get("levelDifference").get("value").asDouble();
        final double simulated = r.get("simulation").get("levelDifferenceEnd").get("value").asDouble();
        assertThat(direct).isGreaterThan(0.2);
        assertThat(simulated).isCloseTo(direct, within(1e-6 * direct));
        assertThat(r.get("simulation").get("reachedEquilibrium").asText()).isEqualTo("yes");
        assertThat(r.get("simulation").get("waterBalanceError").get("value").asDouble()).isLessThan(1e-12);
        assertThat(r.get("timeSeries").size()).isGreaterThanOrEqualTo(25);
        // the head balances the osmotic pressure difference at equilibrium
        assertThat(r.get("equilibrium").get("headPressure").get("value").asDouble()).isCloseTo(
                r.get("equilibrium").get("equilibriumOsmoticPressureDifference").get("value").asDouble(), within(1e-6));
    }

    @Test
    void textShowsTheStoryInMetricAndUsUnits() {
        final CommandLineTest.Run r = run("lab", "osmosis", "--preset", "pfeffer");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("the same as a head of solution", "Pfeffer (1877) read 535 mm Hg", "bar (", "psi)",
                "Time series", "ended at equilibrium");
        final CommandLineTest.Run us = run("lab", "osmosis", "--units", "us");
        assertThat(us.out()).contains("psi", "in", "gal");
    }

    @Test
    void pressureAboveTheOsmoticPressureReversesTheFlow() throws Exception {
        final JsonNode r = json("lab", "osmosis", "--preset", "reverse-osmosis").get("results");
        assertThat(r.get("start").get("direction").asText()).isEqualTo("from right to left");
        assertThat(r.get("start").get("waterFlux").get("value").asDouble()).isNegative();
        assertThat(r.get("equilibrium").get("levelDifference").get("value").asDouble()).isNegative();
        final JsonNode f = json("lab", "osmosis", "--right-pressure", "0.03 bar").get("results");
        assertThat(f.get("start").get("direction").asText()).isEqualTo("from left to right");
    }

    @Test
    void leakyMembraneLeavesNoHead() throws Exception {
        final JsonNode r = json("lab", "osmosis", "--preset", "leaky").get("results");
        assertThat(r.get("equilibrium").get("levelDifference").get("value").asDouble()).isCloseTo(0.0, within(1e-9));
        assertThat(r.get("equilibrium").get("leftOsmolality").get("value").asDouble())
                .isCloseTo(r.get("equilibrium").get("rightOsmolality").get("value").asDouble(), within(1e-9));
    }

    @Test
    void cellsSwellStayShrinkAndBurst() throws Exception {
        final JsonNode water = json("lab", "cell").get("results").get("result");
        assertThat(water.get("mediumIs").asText()).startsWith("hypotonic").contains("bursts");
        final JsonNode iso = json("lab", "cell", "--medium", "300 mOsm/kg").get("results").get("result");
        assertThat(iso.get("mediumIs").asText()).startsWith("isotonic");
        assertThat(iso.get("relativeEndVolume").get("value").asDouble()).isCloseTo(1.0, within(1e-9));
        final JsonNode sea = json("lab", "cell", "--medium", "seawater 35 g/kg", "--temperature", "37 C").get("results");
        assertThat(sea.get("result").get("mediumIs").asText()).startsWith("hypertonic").contains("shrinks");
        // Guyton & Hall: a litre of seawater needs about 1.5-2 L of urine
        assertThat(sea.get("drinking").get("urineWithUrea").get("value").asDouble()).isBetween(1.5e-3, 2.0e-3);
        assertThat(sea.get("drinking").get("netWater").get("value").asDouble()).isNegative();
        final JsonNode plant = json("lab", "cell", "--preset", "plant-cell").get("results").get("result");
        assertThat(plant.get("turgor").get("value").asDouble()).isBetween(5e5, 1.2e6);
        final CommandLineTest.Run text = run("lab", "cell", "--volume", "90 fL", "--area", "135 um2", "--pf", "0.02 cm/s");
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("90 fL");
    }

    @Test
    void diffusionMixesAndAgreesWithTheSeries() throws Exception {
        final JsonNode r = json("lab", "diffusion", "--gases", "H2,air").get("results").get("results");
        assertThat(r.get("diffusivity").get("value").asDouble()).isCloseTo(0.756e-4, within(0.03 * 0.756e-4));
        final double series = r.get("timeToMix").get("value").asDouble();
        assertThat(r.get("timeToMixNumerical").get("value").asDouble()).isCloseTo(series, within(1e-3 * series));
        assertThat(r.get("conservationError").get("value").asDouble()).isLessThan(1e-12);
        final CommandLineTest.Run salt = run("lab", "diffusion", "--left", "NaCl 0.1 mol/L", "--right", "water",
                "--format", "csv");
        assertThat(salt.status()).as(salt.err()).isZero();
        assertThat(salt.out()).contains("profiles", "timeToMix");
    }

    @Test
    void htmlIsOneSelfContainedAnimatedPage(@TempDir final Path dir) throws Exception {
        for (String[] args : new String[][] {{"lab", "osmosis"}, {"lab", "cell"}, {"lab", "diffusion"}}) {
            final Path file = dir.resolve(args[1] + ".html");
            final String[] all = {args[0], args[1], "--format", "html", "--out", file.toString()};
            final CommandLineTest.Run r = run(all);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.err()).contains("wrote");
            final String page = Files.readString(file);
            assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"lab-scene\"", "id=\"lab-data\"",
                    "requestAnimationFrame", "<table");
            assertThat(page).doesNotContain("src=\"http", "href=\"http", "@import", "<link");
        }
    }

    @Test
    void aRunCutShortSaysThe99PerCentPointWasNotReachedInsteadOfZero() {
        final CommandLineTest.Run r = run("lab", "osmosis", "--duration", "1 s");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("ended at equilibrium", "no: the time limit came first",
                "time until 99 % of the way", "not reached in the simulated time");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lab osmosis --preset nope|unknown value \"nope\"",
        "lab osmosis --left-volume -1_mL|--left-volume must be greater than 0",
        "lab osmosis --left-volume 20_bar|--left-volume",
        "lab osmosis --right NaCl_0.5_mol/kg|would run dry",
        "lab osmosis --samples 1|--samples",
        "lab osmosis --right-pressure 1000_bar|the salt would crystallise first; lower the applied pressure",
        "lab osmosis --duration 0_s|--duration must be greater than 0",
        "lab osmosis --left -5_g/L_NaCl|cannot read \"-5 g/L NaCl\"",
        "lab osmosis --right unobtainium_1_g/L|cannot read \"unobtainium\"",
        "lab cell --inactive-fraction 1.2|osmotically inactive fraction",
        "lab cell --pf 0.02_cm/s --lp 1e-13_m/s/Pa|cannot be given together",
        "lab cell --preset fish|unknown value \"fish\"",
        "lab diffusion --gases CO2,CO2|with itself",
        "lab diffusion --gases CO2|--gases",
        "lab diffusion --gases xenon,air|unknown value \"xenon\"",
        "lab diffusion --partition 1.5|partition position",
        "lab diffusion --left water --right water|same concentration",
        "lab diffusion --gases CO2,air --left water|cannot be given together"})
    void mistakesGetOneClearLineAndStatusTwo(final String command, final String expected) {
        final String[] args = java.util.Arrays.stream(command.split(" ")).map(a -> a.replace('_', ' '))
                .toArray(String[]::new);
        final CommandLineTest.Run r = run(args);
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("permeate: ").contains(expected).doesNotContain("Exception", "\tat ");
    }
}
