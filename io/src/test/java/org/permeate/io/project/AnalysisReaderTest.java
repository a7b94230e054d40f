package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permeate.chemistry.Constituent;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.errors.PermeateException;

/** Water analyses read from their own files and from projects' feeds. */
class AnalysisReaderTest {

    @Test
    void anAnalysisFile(@TempDir final Path dir) throws Exception {
        final Path f = dir.resolve("well.yaml");
        Files.writeString(f, "water: \"Na 460 mg/L, Cl 710 mg/L, Ca 2 meq/L, HCO3 100 mg/L as CaCO3\"\npH: 7.4\n"
                + "temperature: 68 F\n", StandardCharsets.UTF_8);
        final WaterAnalysis w = AnalysisReader.read(f, null);
        assertThat(w.pH()).isEqualTo(7.4);
        assertThat(w.temperature()).isCloseTo(293.15, within(1e-9));
        // 460 mg/L of Na at about 1 kg of water per litre: 0.0200 mol/kg
        assertThat(w.molality(Constituent.NA)).isCloseTo(0.0200, within(0.0002));
        // 2 meq/L of Ca is 1 mmol/L
        assertThat(w.molality(Constituent.CA)).isCloseTo(0.001, within(0.00002));
    }

    @Test
    void aProjectFilesFeed() {
        final WaterAnalysis w = AnalysisReader.read(ExampleProjectsTest.example("brackish-two-stage.yaml"), null);
        assertThat(w.pH()).isEqualTo(7.5);
        assertThat(w.gives(Constituent.HCO3)).isTrue();
    }

    @Test
    void mistakesNameTheirPlace(@TempDir final Path dir) throws Exception {
        final Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "water: \"Na 460 mg/L, Cl 710 mg/L\"\npH: 17\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnalysisReader.read(f, null)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("bad.yaml:2").hasMessageContaining("pH").hasMessageContaining("17");
        Files.writeString(f, "water: \"Na 460 mg/L, Qq 5 mg/L\"\npH: 7\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnalysisReader.read(f, null)).hasMessageContaining("bad.yaml:1")
                .hasMessageContaining("Qq");
        Files.writeString(f, "water: \"Na 460 mg/L\"\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnalysisReader.read(f, null)).hasMessageContaining("pH");
    }
}
