package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permeate.cli.CommandLineTest.run;

import org.junit.jupiter.api.Test;
import org.permeate.cli.CommandLineTest.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code permeate water}: analyses in, balance, speciation, scaling and dosing out. */
class WaterCommandTest {

    @Test
    void aPresetGivesItsSummarySaturationAndLimits() {
        final Run r = run("water", "--preset", "brackish-el-paso");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("total hardness as CaCO3", "Langelier", "Stiff & Davis", "calcite", "gypsum",
                "recovery at the limit");
    }

    @Test
    void anAnalysisWithAcidToATargetPh() throws Exception {
        final Run r = run("water", "--analysis", "Na 420 mg/L, Ca 80 mg/L, Mg 25 mg/L, Cl 600 mg/L, SO4 250 mg/L,"
                + " HCO3 180 mg/L", "--ph", "7.8", "--dose", "H2SO4 to pH 6.8", "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        final JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(r.out()).contains("\"pHAfter\"", "saturationDosed", "limitsDosed");
        assertThat(root.isObject()).isTrue();
        // acid moves the calcite limit up
        final Run plain = run("water", "--analysis", "Na 420 mg/L, Ca 80 mg/L, Mg 25 mg/L, Cl 600 mg/L,"
                + " SO4 250 mg/L, HCO3 180 mg/L", "--ph", "7.8", "--dose", "H2SO4 to pH 6.8");
        assertThat(plain.out()).contains("pH after", "6.8");
    }

    @Test
    void aProjectFilesFeed() {
        final Run r = run("water", "../examples/brackish-two-stage.yaml");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("brackish-two-stage.yaml", "calcite", "conductivity");
    }

    @Test
    void balancingByAddingSodium() {
        final Run r = run("water", "--preset", "brackish-el-paso", "--balance", "na-or-cl");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Charge balanced by");
    }

    @Test
    void mistakesAreNamed() {
        final Run none = run("water");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("FILE", "--preset", "--analysis");
        final Run noPh = run("water", "--analysis", "Na 20 mg/L, Cl 30 mg/L");
        assertThat(noPh.status()).isEqualTo(2);
        assertThat(noPh.err()).contains("--ph");
        final Run badPh = run("water", "--preset", "seawater", "--ph", "15");
        assertThat(badPh.status()).isEqualTo(2);
        assertThat(badPh.err()).contains("pH", "15");
        final Run negative = run("water", "--analysis", "Na -20 mg/L, Cl 30 mg/L", "--ph", "7");
        assertThat(negative.status()).isEqualTo(2);
        final Run unknownIon = run("water", "--analysis", "Xx 20 mg/L, Cl 30 mg/L", "--ph", "7");
        assertThat(unknownIon.status()).isEqualTo(2);
        assertThat(unknownIon.err()).contains("Xx");
        final Run wrongReagent = run("water", "--preset", "seawater", "--dose", "vinegar 3 mg/L");
        assertThat(wrongReagent.status()).isEqualTo(2);
        assertThat(wrongReagent.err()).contains("vinegar", "hcl", "naoh");
        final Run wrongWay = run("water", "--preset", "seawater", "--dose", "HCl to pH 9");
        assertThat(wrongWay.status()).isEqualTo(2);
        assertThat(wrongWay.err()).contains("only lowers");
    }
}
