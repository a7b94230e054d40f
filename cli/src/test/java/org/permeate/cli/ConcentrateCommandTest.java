package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code permeate concentrate} as users meet it: presets, files, formats, the pressure limit and mistakes. */
class ConcentrateCommandTest {

    private static CommandLineTest.Run run(final String... args) {
        return CommandLineTest.run(args);
    }

    private static Path examples() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        return p.resolve("examples");
    }

    @Test
    void helpRendersWithoutFormatWarnings() {
        final java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        final java.io.PrintStream original = System.err;
        final CommandLineTest.Run help;
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            help = run("concentrate", "--help");
        } finally {
            System.setErr(original);
        }
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: permeate concentrate", "--preset", "--target", "25 % TS",
                "--pressure-limit").doesNotContain("%%", "${");
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run("--help").out()).contains("concentrate");
    }

    @Test
    void mapleSapPresetReachesItsTargetAndReportsWaterSugarAndEnergy() {
        final CommandLineTest.Run r = run("concentrate", "--preset", "maple-sap", "--target", "8 Brix", "--units", "us");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Reached the target of 8 °Brix", "share of the water removed", "evaporator fuel heat saved",
                "dissolved solids lost to the permeate", "psi", "Path over time", "Mass balance");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aRunStoppedByThePressureLimitSaysSoAndStillExitsZero() {
        final CommandLineTest.Run r = run("concentrate", "--preset", "apple-juice");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Stopped at the pressure limit of 41.4 bar (600 psi)", "short of the target of 25 °Brix",
                "where the osmotic pressure equals the limit");
    }

    @Test
    void jsonCsvAndHtml(@TempDir final Path dir) throws IOException {
        final CommandLineTest.Run json = run("concentrate", "--preset", "maple-sap", "--target", "3 Brix", "--format", "json");
        assertThat(json.status()).isZero();
        assertThat(json.out()).contains("\"waterRemoved\"", "\"evaporatorEnergySaved\"", "\"path\"");
        final CommandLineTest.Run csv = run("concentrate", "--preset", "maple-sap", "--target", "3 Brix", "--format", "csv");
        assertThat(csv.out()).contains("feed pressure");
        final Path html = dir.resolve("maple.html");
        final CommandLineTest.Run h = run("concentrate", "--preset", "maple-sap", "--target", "3 Brix", "--format", "html",
                "--out", html.toString());
        assertThat(h.status()).isZero();
        assertThat(h.err()).contains("wrote");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<svg", "Concentration in the tank",
                "Feed and osmotic pressure", "Mean permeate flux");
    }

    @Test
    void runFilesFromTheExamples() {
        final CommandLineTest.Run maple = run("concentrate", examples().resolve("maple-sap.yaml").toString());
        assertThat(maple.status()).isZero();
        assertThat(maple.out()).contains("Reached the target of 10 °Brix");
        final CommandLineTest.Run cider = run("concentrate", examples().resolve("hard-cider.yaml").toString());
        assertThat(cider.status()).isZero();
        assertThat(cider.out()).contains("ethanol (mol)", "concentration factor 2");
    }

    @Test
    void feedAndBleedFromTheCommandLine() {
        final CommandLineTest.Run r = run("concentrate", "--preset", "maple-sap", "--target", "6 Brix", "--mode",
                "feed-and-bleed", "--volume", "1 m3", "--loop-volume", "200 L");
        assertThat(r.status()).isZero();
        // the loop reaches 6 °Brix after taking in 600 L of sap, then bleeds while the last 400 L come in
        assertThat(r.out()).contains("feed-and-bleed", "Used up the supply", "the loop held at 6 °Brix");
    }

    @Test
    void aMistakeInARunFileNamesTheFileAndLine(@TempDir final Path dir) throws IOException {
        final Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "preset: maple-sap\ntarget: 12 Brix\nflux: lots\n");
        final CommandLineTest.Run r = run("concentrate", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml", "3", "lots");
        Files.writeString(f, "preset: maple-sap\ntargte: 12 Brix\n");
        final CommandLineTest.Run k = run("concentrate", f.toString());
        assertThat(k.status()).isEqualTo(2);
        assertThat(k.err()).contains("targte", "allowed keys");
    }

    /** Every user mistake: one line on standard error naming the value, exit status 2, no stack trace. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "concentrate                                                     | FILE or --preset",
        "concentrate --preset honey                                      | honey",
        "concentrate --preset maple-sap --target 12_furlongs             | furlongs",
        "concentrate --preset maple-sap --target 0.5x                    | target concentration factor",
        "concentrate --preset maple-sap --target 120_Brix                | target Brix = 120 °Brix is outside the allowed range above 0 to 95 °Brix",
        "concentrate --preset maple-sap --target 1_Brix                  | target must be greater than what the product has at the start, 2 °Brix",
        "concentrate --preset maple-sap --pressure-limit 1.2_bar         | must be greater than the feed's own osmotic pressure",
        "concentrate --preset maple-sap --pressure-limit 0.5_bar         | 0.5 bar (7.252 psi) is outside the allowed range 1 bar",
        "concentrate --preset maple-sap --pressure-limit 3_bar           | pressure limit of 3 bar",
        "concentrate --preset maple-sap --temperature 150_C              | temperature = 150 °C (302 °F) is outside the allowed range 0 °C",
        "concentrate --preset maple-sap --mode sideways                  | sideways",
        "concentrate --preset maple-sap --format xml                     | allowed: text, json, csv",
        "concentrate no-such-file.yaml                                   | no-such-file.yaml",
    })
    void mistakesGetOneLineAndStatusTwo(final String command, final String fragment) {
        final String[] args = command.strip().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace('_', ' ');
        }
        final CommandLineTest.Run r = run(args);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(fragment).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }
}
