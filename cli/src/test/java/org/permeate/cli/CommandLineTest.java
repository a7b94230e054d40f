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
    void strictModeTurnsRangeWarningsIntoErrors() {
        assertThat(run("osmotic", "seawater", "--salinity", "150 g/kg").status()).isZero();
        final Run strict = run("osmotic", "seawater", "--salinity", "150 g/kg", "--strict");
        assertThat(strict.status()).isEqualTo(2);
        assertThat(strict.err()).contains("strict", "150 g/kg");
    }
}
