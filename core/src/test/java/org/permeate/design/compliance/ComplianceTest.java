package org.permeate.design.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterAnalysisBuilder;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

/** The limits table against its published sources, and pass/fail at the limits, in the limits' own units. */
class ComplianceTest {

    private static WaterAnalysisBuilder water() {
        return WaterAnalysis.builder().add("Na", "20 mg/L").add("Cl", "30 mg/L").temperature(298.15);
    }

    @Test
    void tableCarriesThePublishedValues() throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
                "/org/permeate/design/compliance/published-limits.csv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                final String[] f = line.split(",", -1);
                final DrinkingWaterLimit l = DrinkingWaterLimits.all().stream()
                        .filter(x -> x.authority().name().equals(f[0]) && x.parameter().name().equals(f[1]))
                        .findFirst().orElseThrow(() -> new AssertionError("no row " + f[0] + " " + f[1]));
                final double high = f[2].equals("pH") ? Double.parseDouble(f[4])
                        : Units.MG_PER_L.toSi(Double.parseDouble(f[4]));
                assertThat(l.high()).as(f[0] + " " + f[1]).isCloseTo(high, within(1e-12 * high));
                if (!f[3].isEmpty()) {
                    assertThat(l.low().getAsDouble()).isEqualTo(Double.parseDouble(f[3]));
                }
                n++;
            }
        }
        assertThat(n).isEqualTo(27);
        // every row names a source and a basis; PFAS in ng/L
        assertThat(DrinkingWaterLimits.all()).allSatisfy(l -> assertThat(l.source()).isNotBlank());
        final DrinkingWaterLimit pfoa = DrinkingWaterLimits.of(Standard.EPA).stream()
                .filter(l -> l.parameter() == Parameter.PFOA).findFirst().orElseThrow();
        assertThat(pfoa.high()).isCloseTo(4.0e-9, within(1e-21));
        assertThat(pfoa.unit()).isEqualTo(Units.NG_PER_L);
    }

    /** Nitrate: the EPA MCL is 10 mg/L as N, the WHO value 50 mg/L as NO3 — the same water, two bases. */
    @Test
    void nitrateIsCountedAsNitrogenForEpaAndAsNitrateForWho() {
        final Compliance.Report atMcl = Compliance.check(water().add("NO3", "10 mg/L as N").pH(7).build(), Standard.BOTH);
        assertThat(atMcl.row(Authority.EPA, Parameter.NITRATE).verdict()).isEqualTo(Verdict.PASS);
        assertThat(atMcl.row(Authority.EPA, Parameter.NITRATE).valueInLimitUnit().getAsDouble())
                .isCloseTo(10.0, within(1e-9));
        assertThat(atMcl.row(Authority.WHO, Parameter.NITRATE).valueInLimitUnit().getAsDouble())
                .isCloseTo(44.27, within(0.01));
        // 45 mg/L as NO3 is 10.16 mg/L as N: over the EPA MCL, under the WHO value
        final Compliance.Report over = Compliance.check(water().add("NO3", "45 mg/L").pH(7).build(), Standard.BOTH);
        assertThat(over.row(Authority.EPA, Parameter.NITRATE).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(over.row(Authority.EPA, Parameter.NITRATE).valueInLimitUnit().getAsDouble())
                .isCloseTo(10.16, within(0.01));
        assertThat(over.row(Authority.WHO, Parameter.NITRATE).verdict()).isEqualTo(Verdict.PASS);
        // just over 50 mg/L NO3 fails WHO
        assertThat(Compliance.check(water().add("NO3", "50.1 mg/L").pH(7).build(), Standard.WHO)
                .row(Authority.WHO, Parameter.NITRATE).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void arsenicAtAndAboveTheLimit() {
        final Compliance.Report at = Compliance.check(water().add("As(V)", "10 µg/L").pH(7.5).build(), Standard.BOTH);
        assertThat(at.row(Authority.EPA, Parameter.ARSENIC).verdict()).isEqualTo(Verdict.PASS);
        assertThat(at.row(Authority.WHO, Parameter.ARSENIC).verdict()).isEqualTo(Verdict.PASS);
        assertThat(at.row(Authority.EPA, Parameter.ARSENIC).note()).contains("As(III)");
        final Compliance.Report over = Compliance.check(water().add("As(V)", "6 µg/L").add("As(III)", "4.1 µg/L")
                .pH(7.5).build(), Standard.EPA);
        assertThat(over.row(Authority.EPA, Parameter.ARSENIC).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(over.row(Authority.EPA, Parameter.ARSENIC).valueInLimitUnit().getAsDouble())
                .isCloseTo(0.0101, within(1e-9));
        assertThat(over.failures()).hasSize(1);
        assertThat(over.passesAssessed()).isFalse();
    }

    @Test
    void pHRangeOfTheSecondaryStandard() {
        assertThat(Compliance.check(water().pH(6.5).build(), Standard.EPA).row(Authority.EPA, Parameter.PH).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(Compliance.check(water().pH(8.5).build(), Standard.EPA).row(Authority.EPA, Parameter.PH).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(Compliance.check(water().pH(6.4).build(), Standard.EPA).row(Authority.EPA, Parameter.PH).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(Compliance.check(water().pH(8.6).build(), Standard.EPA).row(Authority.EPA, Parameter.PH).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(Compliance.check(water().pH(7).build(), Standard.EPA, false).row(Authority.EPA, Parameter.PH)
                .verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    }

    @Test
    void pfasInNanogramsPerLitre() {
        assertThat(Compliance.check(water().add("PFOS", "4.0 ng/L").pH(7).build(), Standard.EPA)
                .row(Authority.EPA, Parameter.PFOS).verdict()).isEqualTo(Verdict.PASS);
        final ComplianceRow over = Compliance.check(water().add("PFOS", "4.1 ng/L").pH(7).build(), Standard.EPA)
                .row(Authority.EPA, Parameter.PFOS);
        assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(over.valueInLimitUnit().getAsDouble()).isCloseTo(4.1, within(1e-9));
    }

    @Test
    void tdsLeadChromiumAndWhatCannotBeAssessed() {
        final WaterAnalysis w = water().add("Pb", "16 µg/L").add("Cr(VI)", "60 µg/L").pH(7).build();
        final Compliance.Report r = Compliance.check(w, Standard.BOTH);
        assertThat(r.row(Authority.EPA, Parameter.LEAD).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.row(Authority.EPA, Parameter.LEAD).limit().basis()).isEqualTo(LimitBasis.ACTION_LEVEL);
        assertThat(r.row(Authority.EPA, Parameter.CHROMIUM).verdict()).isEqualTo(Verdict.PASS); // 0.06 < 0.1
        assertThat(r.row(Authority.WHO, Parameter.CHROMIUM).verdict()).isEqualTo(Verdict.FAIL); // 0.06 > 0.05
        assertThat(r.row(Authority.EPA, Parameter.CADMIUM).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.row(Authority.EPA, Parameter.SULFATE).verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.row(Authority.EPA, Parameter.SULFATE).note()).contains("SO4");
        final ComplianceRow tds = r.row(Authority.EPA, Parameter.TDS);
        assertThat(tds.verdict()).isEqualTo(Verdict.PASS);
        assertThat(tds.valueInLimitUnit().getAsDouble()).isCloseTo(50.0 + 0.016 + 0.06, within(0.01));
        final WaterAnalysis salty = WaterAnalysis.builder().add("Na", "200 mg/L").add("Cl", "310 mg/L").pH(7).temperature(298.15).build();
        assertThat(Compliance.check(salty, Standard.EPA).row(Authority.EPA, Parameter.TDS).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(Compliance.check(salty, Standard.EPA).row(Authority.EPA, Parameter.CHLORIDE).verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void standardsSelectTheirRowsAndBadInputIsNamed() {
        assertThat(DrinkingWaterLimits.of(Standard.WHO)).allMatch(l -> l.authority() == Authority.WHO);
        assertThat(DrinkingWaterLimits.of(Standard.EPA)).allMatch(l -> l.authority() == Authority.EPA);
        assertThat(DrinkingWaterLimits.of(Standard.BOTH)).hasSize(DrinkingWaterLimits.all().size());
        assertThat(Standard.parse("Both")).isEqualTo(Standard.BOTH);
        assertThatThrownBy(() -> Standard.parse("EU")).isInstanceOf(PermeateException.class)
                .hasMessageContaining("who, epa, both");
        assertThatThrownBy(() -> Compliance.check(null, Standard.WHO)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> Compliance.check(water().pH(7).build(), Standard.WHO)
                .row(Authority.EPA, Parameter.TDS)).isInstanceOf(PermeateException.class);
    }
}
