package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.species.SpeciesCatalog;

/** Arsenic split by pH (wateq4f.dat constants) and trace contaminants carried to the membrane and back. */
class TraceSpeciationTest {

    private static final double T25 = 298.15;

    /** At pH = pK the acid and its base are equal: pK 9.15 (As(III)) and 7.16 (As(V), second step), wateq4f.dat. */
    @Test
    void halfDissociatedAtThePublishedPk() {
        assertThat(TraceSpeciation.arseniteAnionFraction(9.15, T25)).isCloseTo(0.5, within(1e-12));
        final double[] f = TraceSpeciation.arsenateFractions(7.16, T25);
        assertThat(f[1] / f[2]).isCloseTo(1.0, within(1e-9));
        final double[] g = TraceSpeciation.arsenateFractions(2.3, T25);
        assertThat(g[0] / g[1]).isCloseTo(1.0, within(1e-9));
        final double[] h = TraceSpeciation.arsenateFractions(11.65, T25);
        assertThat(h[3] / h[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void arseniteIsUnchargedAtDrinkingWaterPh() {
        for (double pH = 6.5; pH <= 8.5; pH += 0.5) {
            assertThat(TraceSpeciation.arseniteAnionFraction(pH, T25))
                    .isCloseTo(1 / (1 + Math.pow(10, 9.15 - pH)), within(1e-12));
        }
        assertThat(TraceSpeciation.arseniteAnionFraction(7.5, T25)).isLessThan(0.03);
        // van 't Hoff, ΔH = +27.54 kJ/mol: dissociation rises with temperature
        assertThat(TraceSpeciation.arseniteAnionFraction(8.0, 308.15))
                .isGreaterThan(TraceSpeciation.arseniteAnionFraction(8.0, 288.15));
    }

    @Test
    void fractionsSumToOneEverywhere() {
        for (double pH = 0; pH <= 14; pH += 0.25) {
            for (double t = 273.15; t <= 373.15; t += 20) {
                final double[] f = TraceSpeciation.arsenateFractions(pH, t);
                double sum = 0;
                for (double x : f) {
                    assertThat(x).isBetween(0.0, 1.0).isFinite();
                    sum += x;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-12));
                assertThat(TraceSpeciation.arseniteAnionFraction(pH, t)).isBetween(0.0, 1.0);
            }
        }
        assertThatThrownBy(() -> TraceSpeciation.arsenateFractions(15, T25)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("pH");
    }

    private static WaterAnalysis tap(final double pH) {
        return WaterAnalysis.builder().add("Na", "46 mg/L").add("Ca", "40 mg/L").add("Cl", "71 mg/L")
                .add("HCO3", "122 mg/L").add("As(V)", "50 µg/L").add("As(III)", "20 µg/L").add("Pb", "15 µg/L")
                .add("Cr(VI)", "30 µg/L").add("PFOA", "10 ng/L").pH(pH).temperature(T25).build();
    }

    /** Each trace contaminant keeps its amount through the split and the sum back. */
    @Test
    void membraneFeedConservesEachContaminant() {
        final WaterAnalysis a = tap(7.5);
        final TraceSpeciation.Result feed = TraceSpeciation.membraneFeed(a);
        final Map<Constituent, Double> back = TraceSpeciation.totals(feed.composition());
        for (Constituent c : TraceSpeciation.TRACE) {
            if (a.gives(c)) {
                assertThat(back.get(c)).as(c.symbol()).isCloseTo(a.molality(c), within(1e-15 + 1e-12 * a.molality(c)));
            }
        }
        assertThat(back.get(Constituent.NA)).isCloseTo(a.molality(Constituent.NA), within(1e-12));
        final Composition c = feed.composition();
        // As(V) at pH 7.5: HAsO4-2 / H2AsO4- = 10^(7.5 - 7.16)
        assertThat(c.molality(SpeciesCatalog.HASO4) / c.molality(SpeciesCatalog.H2ASO4))
                .isCloseTo(Math.pow(10, 7.5 - 7.16), within(1e-3)); // H3AsO4 and AsO4-3 lumped: 1e-4
        assertThat(c.molality(SpeciesCatalog.H3ASO3)).isCloseTo(a.molality(Constituent.AS3) / (1 + Math.pow(10, 7.5 - 9.15)), within(1e-15));
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void approximationsAreWarned() {
        assertThat(TraceSpeciation.membraneFeed(tap(7.0)).warnings()).extracting(w -> w.kind())
                .containsExactly(WarningKind.COMPOSITION_DIFFERS_FROM_MODEL); // Cr(VI) below pH 7.5
        assertThat(TraceSpeciation.membraneFeed(tap(10.0)).warnings()).extracting(w -> w.message())
                .anyMatch(m -> m.contains("AsO4-3"));
    }

    @Test
    void contaminantsAreReadFromAnAnalysisInTheirReportedUnits() {
        final WaterAnalysis a = WaterAnalysis.builder().add("arsenate", "10 µg/L as As").add("NO3", "10 mg/L as N")
                .add("Cr(VI)", "0.1 mg/L").add("PFOS", "4 ng/L").pH(7).temperature(T25).build();
        assertThat(a.massConcentration(Constituent.AS5) * 1e6).isCloseTo(10.0, within(1e-9));
        // 10 mg/L as N is 44.27 mg/L as NO3 (62.0049 / 14.0067)
        assertThat(a.massConcentration(Constituent.NO3) * 1e3).isCloseTo(44.268, within(0.002));
        assertThat(a.massConcentration(Constituent.PFOS) * 1e9).isCloseTo(4.0, within(1e-9));
        assertThat(Constituent.find("lead")).contains(Constituent.PB);
        assertThat(Constituent.find("As(III)")).contains(Constituent.AS3);
        assertThat(Constituent.find("hexavalent chromium")).contains(Constituent.CR6);
    }
}
