package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as users meet it: output, formats, units, and what happens on a mistake. */
class CommandLineTest {

    /** Output, error output and exit status of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int status = PermeateCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion() {
        final Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("osmotic", "tonicity", "--version");
        final Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Permeate ").doesNotContain("${");
        assertThat(run("osmotic", "--help").out()).contains("--salinity", "--brix", "--model", "--format", "--units");
    }

    /**
     * Every command's help renders cleanly: picocli formats descriptions with String.format and
     * complains on System.err about a stray '%' ("15 %"), which a user would see before the help.
     */
    @ParameterizedTest
    @CsvSource({"osmotic", "tonicity", "catalog", "element", "run", "water"})
    void helpRendersWithoutFormatWarnings(final String command) {
        final java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        final java.io.PrintStream original = System.err;
        final Run help;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            help = run(command, "--help");
        } finally {
            System.setErr(original);
        }
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: permeate " + command).doesNotContain("%%", "${");
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(help.err()).isEmpty();
    }

    /** The issue's three examples; seawater at 35 g/kg, 25 °C gives WaterTAP's 25.88 bar. */
    @Test
    void issueExamples() {
        final Run sw = run("osmotic", "seawater", "--salinity", "35 g/kg", "--temperature", "25 C");
        assertThat(sw.status()).isZero();
        assertThat(sw.out()).contains("osmotic pressure", "25.88", "bar", "van 't Hoff");
        final Run nacl = run("osmotic", "--solute", "NaCl", "--concentration", "2000 mg/L");
        assertThat(nacl.status()).isZero();
        assertThat(nacl.out()).contains("Na+", "Cl-", "osmotic coefficient");
        final Run sugar = run("osmotic", "--solute", "sucrose", "--brix", "8");
        assertThat(sugar.status()).isZero();
        assertThat(sugar.out()).contains("sucrose", "8 °Bx");
    }

    /** JSON: one object, inputs echoed, every output in SI with its unit named. */
    @Test
    void jsonIsOneObjectInSi() throws Exception {
        final Run r = run("osmotic", "seawater", "--salinity", "35 g/kg", "--temperature", "77 F", "--format", "json",
                "--units", "us");
        assertThat(r.status()).isZero();
        final JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("command").asText()).isEqualTo("osmotic");
        assertThat(root.at("/inputs/temperature/unit").asText()).isEqualTo("K");
        assertThat(root.at("/inputs/temperature/value").asDouble()).isCloseTo(298.15, within(1e-9));
        assertThat(root.at("/results/osmotic/osmoticPressure/unit").asText()).isEqualTo("Pa");
        assertThat(root.at("/results/osmotic/osmoticPressure/value").asDouble()).isCloseTo(2.588e6, within(1e3));
        assertThat(root.at("/results/physical/massDensity/unit").asText()).isEqualTo("kg/m3");
        assertThat(root.at("/results/species").size()).isEqualTo(15);
        assertThat(root.get("warnings").isArray()).isTrue();
    }

    @Test
    void unitsSystemChangesTheDisplay() {
        final Run us = run("osmotic", "--solution", "NaCl 35 g/L", "--units", "us");
        assertThat(us.out()).contains("psi", "°F").doesNotContain(" bar");
        final Run csv = run("osmotic", "--solution", "NaCl 35 g/L", "--format", "csv");
        assertThat(csv.out()).startsWith("section,item,key,label,value,unit").contains("osmoticPressure", ",bar");
    }

    @Test
    void tonicityOfACellInSeawaterAndInSaline() {
        final Run sea = run("tonicity", "--inside", "290 mOsm/kg", "--outside", "seawater 35 g/kg", "--temperature", "37 C");
        assertThat(sea.status()).isZero();
        assertThat(sea.out()).contains("hypertonic", "from inside to outside");
        final Run saline = run("tonicity", "--inside", "290 mOsm/kg", "--outside", "NaCl 0.9 %");
        assertThat(saline.out()).contains("isotonic");
        final Run tap = run("tonicity", "--inside", "290 mOsm/kg", "--outside", "Na 20 mg/L, Cl 30 mg/L");
        assertThat(tap.out()).contains("hypotonic", "from outside to inside");
        final Run tight = run("tonicity", "--inside", "290 mOsm/kg", "--outside", "NaCl 0.9 %", "--tolerance", "0.1 mOsm/kg");
        assertThat(tight.out()).contains("hypotonic");
    }

    /** Every user mistake: one line on standard error naming the value, exit status 2, no stack trace. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "osmotic --solute NaCl --concentration -5_mg/L                          | must not be negative",
        "osmotic --solute NaCl --concentration lots                             | cannot read \"lots\"",
        "osmotic --solute unobtainium --concentration 5_mg/L                    | unobtainium",
        "osmotic --solute NaCl --concentration 5_furlongs                       | unknown unit \"furlongs\"",
        "osmotic --solute NaCl --concentration 5_mg/L --temperature -20_C       | below the freezing point",
        "osmotic --solute NaCl --concentration 7_mol/kg                         | above its solubility",
        "osmotic --solute sucrose --brix 75                                     | above its solubility",
        "osmotic --solute NaCl --concentration 1_mol/kg --temperature 110_C     | it would boil",
        "osmotic --solute NaCl --concentration 1_mol/kg --format xml            | allowed: text, json, csv",
        "osmotic --solute NaCl --concentration 1_mol/kg --model magic           | pitzer, seawater, watertap-nacl",
        "osmotic --solute NaCl                                                  | --concentration",
        "osmotic seawater                                                       | --salinity",
        "osmotic --salinity 35_g/kg --solute NaCl                               | cannot be given together",
        "osmotic --bogus                                                        | Unknown option",
        "osmotic --solute sucrose --concentration 1_mol/kg --model watertap-nacl | cannot describe sucrose",
        "osmotic seawater --salinity 35_g/kg --temperature 1000_K               | 1000 K",
        "osmotic seawater --salinity 35_g/kg --temperature 25                   | has no unit",
        "tonicity --inside 290_mOsm/kg                                          | --outside",
        "tonicity --inside 290_mOsm/kg --outside seawater_35_bar                | is a pressure",
    })
    void mistakesGetOneLineAndStatusTwo(final String command, final String fragment) {
        final String[] args = command.strip().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].replace('_', ' ');
        }
        final Run r = run(args);
        assertThat(r.status()).as(command).isEqualTo(2);
        assertThat(r.err()).as(command).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("permeate:")).count()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void catalogListsAndFilters() {
        final Run all = run("catalog");
        assertThat(all.status()).isZero();
        assertThat(all.out()).contains("SW30HRLE-400", "BW30-400", "TW30-1812-75", "NF270-4040");
        final Run sw = run("catalog", "--filter", "seawater 4040", "--format", "csv");
        assertThat(sw.out()).contains("SW30HR LE-4040").doesNotContain("BW30-400");
        assertThat(run("catalog", "--all").out()).contains("held only in part");
    }

    @Test
    void elementRunsWithEachWayOfGivingTheFeedFlow() throws Exception {
        final Run flow = run("element", "SW30HRLE-400", "--feed", "seawater 35 g/kg", "--pressure", "60 bar",
                "--feed-flow", "10 m3/h");
        assertThat(flow.status()).as(flow.err()).isZero();
        assertThat(flow.out()).contains("permeate flow", "Along the element", "B(OH)3", "LMH");
        final Run rec = run("element", "BW30-400", "--feed", "NaCl 2000 mg/L", "--pressure", "15.5 bar",
                "--temperature", "77 F", "--recovery", "15 %", "--format", "json");
        assertThat(rec.status()).as(rec.err()).isZero();
        final JsonNode root = new ObjectMapper().readTree(rec.out());
        assertThat(root.at("/results/summary/recovery/value").asDouble()).isCloseTo(0.15, within(1e-6));
        // the datasheet test as the catalog records it: 40 m³/d at 15.5 bar, 2000 ppm NaCl, 15 %
        assertThat(root.at("/results/summary/permeateFlow/value").asDouble() * 86400).isCloseTo(40.0, within(0.01));
        final Run conc = run("element", "XLE-440", "--feed", "NaCl 500 mg/L", "--pressure", "100 psi",
                "--concentrate-flow", "3 m3/h", "--units", "us");
        assertThat(conc.status()).as(conc.err()).isZero();
        assertThat(conc.out()).contains("gpm", "psi", "gfd");
        final Run old = run("element", "SW30HRLE-400", "--feed", "seawater 35 g/kg", "--pressure", "60 bar",
                "--feed-flow", "10 m3/h", "--age", "3");
        assertThat(old.out()).contains("3.0 years");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "element SW99 --feed seawater_35_g/kg --pressure 60_bar --feed-flow 10_m3/h       | SW99",
        "element SW30HRLE-400 --feed seawater_35_g/kg --pressure 60_bar                   | one of --feed-flow",
        "element SW30HRLE-400 --feed seawater_35_g/kg --pressure 60_bar --recovery 150_%  | --recovery",
        "element SW30HRLE-400 --feed seawater_35_g/kg --pressure 60_bar --feed-flow 0_m3/h | --feed-flow",
        "element SW30HRLE-400 --feed seawater_35_g/kg --pressure 60_bar --feed-flow 10_m3/h --elements-file /nonexistent.csv | does not exist",
    })
    void elementMistakes(final String command, final String fragment) {
        mistakesGetOneLineAndStatusTwo(command, fragment);
    }

    @Test
    void strictModeTurnsRangeWarningsIntoErrors() {
        assertThat(run("osmotic", "seawater", "--salinity", "150 g/kg").status()).isZero();
        final Run strict = run("osmotic", "seawater", "--salinity", "150 g/kg", "--strict");
        assertThat(strict.status()).isEqualTo(2);
        assertThat(strict.err()).contains("strict", "150 g/kg");
    }
}
