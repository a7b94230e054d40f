package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.testsupport.ReferenceTable;

/**
 * LSI against the published worked example (lsi-worked-examples.csv), the constants against
 * phreeqc.dat (equilibrium-constants.md), and the S&amp;DSI.
 */
class CalciumCarbonateIndexTest {

    private static final ReferenceTable EXAMPLES = ReferenceTable.load(CalciumCarbonateIndexTest.class,
            "lsi-worked-examples.csv");

    private static double example(final String example, final String quantity) {
        return EXAMPLES.rows(r -> r.text("example").equals(example) && r.text("quantity").equals(quantity))
                .get(0).number("value");
    }

    private static ReferenceTable.Row exampleRow(final String example, final String quantity) {
        return EXAMPLES.rows(r -> r.text("example").equals(example) && r.text("quantity").equals(quantity)).get(0);
    }

    private static double kelvin(final double celsius) {
        return celsius + PhysicalConstants.ZERO_CELSIUS;
    }

    /**
     * corrosion-doctors.org example E1 at 25 and 82 °C: the terms and the LSI against the
     * unrounded values (the same formula evaluated exactly, 6 decimals) and against the printed,
     * rounded values within their rounding.
     */
    @ParameterizedTest
    @CsvSource({"E1-25C", "E1-82C"})
    void carrierFormReproducesTheWorkedExample(final String id) {
        final double t = kelvin(example(id, "temperature"));
        final double caMeq = example("E1", "calcium") / 50.04345;
        final double alkMeq = example("E1", "alkalinity") / 50.04345;
        final CalciumCarbonateIndex lsi = Langelier.carrier(example("E1", "pH"), t, example("E1", "TDS") * 1e-3,
                Units.MG_PER_L_AS_CACO3.toSi(example("E1", "calcium")),
                Units.MG_PER_L_AS_CACO3.toSi(example("E1", "alkalinity")), RangePolicy.WARN);
        assertThat(Units.MG_PER_L_AS_CACO3.toSi(example("E1", "calcium"))).isCloseTo(caMeq, within(1e-9));
        assertThat(alkMeq).isPositive();
        assertThat(lsi.term("A")).isCloseTo(example("E1", "A_unrounded"), within(1e-6));
        assertThat(lsi.term("B")).isCloseTo(example(id, "B_unrounded"), within(1e-6));
        assertThat(lsi.term("C")).isCloseTo(example("E1", "C_unrounded"), within(1e-6));
        assertThat(lsi.term("D")).isCloseTo(example("E1", "D_unrounded"), within(1e-6));
        assertThat(lsi.saturationPh()).isCloseTo(example(id, "pHs_unrounded"), within(1e-6));
        assertThat(lsi.value()).isCloseTo(example(id, "LSI_unrounded"), within(1e-6));
        // the page's printed, rounded numbers
        for (String printed : new String[] {"B_printed", "pHs_printed", "LSI_printed"}) {
            final ReferenceTable.Row row = exampleRow(id, printed);
            final double value = printed.startsWith("B") ? lsi.term("B")
                    : printed.startsWith("pHs") ? lsi.saturationPh() : lsi.value();
            assertThat(value).as(printed).isCloseTo(row.number("value"), within(row.halfUnitInLastDigit("value") + 1e-9));
        }
        assertThat(lsi.warnings()).isEmpty();
    }

    /** The same example entered as a water analysis (Ca and alkalinity in mg/L as CaCO3, measured TDS). */
    @ParameterizedTest
    @CsvSource({"E1-25C", "E1-82C"})
    void workedExampleThroughAWaterAnalysis(final String id) {
        final WaterAnalysis w = WaterAnalysis.builder().pH(example("E1", "pH")).temperature(kelvin(example(id, "temperature")))
                .add("Ca", "150 mg/L as CaCO3").add("alkalinity", "34 mg/L as CaCO3").add("TDS", "320 mg/L").build();
        final CalciumCarbonateIndex lsi = Langelier.of(w);
        assertThat(lsi.index()).isEqualTo("LSI");
        assertThat(lsi.value()).isCloseTo(example(id, "LSI_unrounded"), within(1e-5));
        assertThat(lsi.value()).isCloseTo(example(id, "LSI_printed"), within(0.05));
    }

    /**
     * The Carrier form is pCa + pAlk + C with C = A + B + 9.3 + 0.4 − 5.0004 − 4.6994; against the
     * C table of Davis (2010) (lsi-c-table.csv, TDS = 40 mg/L per mM of ionic strength) the two
     * secondary sources agree within 0.15 from 0 to 50 °C and 40 to 600 mg/L (measured: up to
     * 0.143, at 600 mg/L; 0.05–0.07 at the worked example's 320 mg/L): the table's C rises faster
     * with ionic strength than A does. Above 50 °C they part further (0.23 at 90 °C).
     */
    @Test
    void carrierTermsAgreeWithTheTextbookCTable() {
        final ReferenceTable table = ReferenceTable.load(CalciumCarbonateIndexTest.class, "lsi-c-table.csv");
        double worst = 0;
        for (ReferenceTable.Row row : table.rows(r -> r.has("tds_mg_per_L"))) {
            final double tds = row.number("tds_mg_per_L");
            for (int t = 0; t <= 50; t += 10) {
                final double a = (Math.log10(tds) - 1) / 10;
                final double b = -13.12 * Math.log10(t + 273) + 34.55;
                // pHs = 9.3 + A + B − C − D = pCa + pAlk + (A + B + 9.3 − 5.0004 − 4.6994 + 0.4)
                final double c = a + b + 9.3 + 0.4 - 5.0004 - 4.6994;
                worst = Math.max(worst, Math.abs(c - row.number("C_" + t + "C")));
            }
        }
        assertThat(worst).isLessThan(0.15);
    }

    /** log K at 0/10/25/40/60 °C as computed from phreeqc.dat (equilibrium-constants.md tables 3–4, 4 decimals). */
    @ParameterizedTest
    @CsvSource({
        "0, -14.9385, 10.6286, -8.3814",
        "10, -14.5314, 10.4879, -8.4105",
        "25, -13.9948, 10.3289, -8.4798",
        "40, -13.5334, 10.2217, -8.5797",
        "60, -13.0153, 10.1438, -8.7588"})
    void constantsAreThoseOfPhreeqcDat(final double celsius, final double logKw, final double pK2, final double logKsp) {
        final double t = kelvin(celsius);
        assertThat(CarbonateConstants.log10Kw(t)).isCloseTo(logKw, within(5e-5 + 1e-9));
        assertThat(CarbonateConstants.pK2(t)).isCloseTo(pK2, within(5e-5 + 1e-9));
        assertThat(-CarbonateConstants.pKspCalcite(t)).isCloseTo(logKsp, within(5e-5 + 1e-9));
    }

    /** Thermodynamic form: pHs = pK2 − pKsp + p(mCa) + p(mHCO3) − log γCa − log γHCO3, Davies γ. */
    @Test
    void thermodynamicFormFollowsItsDefinition() {
        final WaterAnalysis w = TypicalWaters.analysis("brackish-el-paso");
        final CalciumCarbonateIndex lsi = Langelier.of(w, Langelier.Form.THERMODYNAMIC, RangePolicy.WARN);
        final double i = w.ionicStrength();
        final double a = 3 * 0.3915 / Math.log(10); // Davies A at 25 °C from A_phi = 0.3915
        final double f = Math.sqrt(i) / (1 + Math.sqrt(i)) - 0.3 * i;
        final double expected = 10.3289 - 8.4798 - Math.log10(w.molality(Constituent.CA)) + 4 * a * f
                - Math.log10(w.molality(Constituent.HCO3)) + a * f;
        assertThat(lsi.saturationPh()).isCloseTo(expected, within(2e-4));
        assertThat(lsi.term("log10 gamma Ca")).isCloseTo(4 * lsi.term("log10 gamma HCO3"), within(1e-12));
        // Davies at I → 0: γ → 1
        assertThat(Langelier.davies(2, 0, 298.15)).isZero();
        // with today's constants the thermodynamic pHs lies below the Carrier one, by 0.1-0.2 here
        final double carrier = Langelier.of(w).saturationPh();
        assertThat(carrier - lsi.saturationPh()).isBetween(0.0, 0.2);
    }

    /** The two LSI forms and the thermodynamic S&amp;DSI agree for a dilute water where HCO3 ≈ alkalinity. */
    @Test
    void indicesAgreeForDiluteWater() {
        final WaterAnalysis w = WaterAnalysis.builder().pH(8.0).temperature(kelvin(25))
                .add("Ca", "40 mg/L").add("HCO3", "122 mg/L").add("Na", "23 mg/L").add("Cl", "35.5 mg/L").build();
        final double thermo = Langelier.of(w, Langelier.Form.THERMODYNAMIC, RangePolicy.WARN).value();
        final double sdsi = StiffDavis.of(w).value();
        // Davies and Pitzer agree at I = 0.006 mol/kg; pAlk uses HCO3 + OH − H, within 0.3 % of HCO3
        assertThat(sdsi).isCloseTo(thermo, within(0.01));
        assertThat(StiffDavis.of(w).warnings()).extracting(x -> x.kind())
                .contains(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE); // below the 10 000 mg/L of D4582
    }

    /**
     * USBR WQeval fit of the Stiff–Davis K, against the values computed from the same formula by
     * the data helper (lsi-sdsi.md §6, [D] table): a transcription check only.
     */
    @ParameterizedTest
    @CsvSource({
        "0.01, 0, 2.462", "0.01, 25, 2.361", "0.1, 25, 2.804", "0.5, 40, 3.176", "0.7, 25, 3.507",
        "1.0, 50, 3.332", "1.5, 0, 3.737", "2.0, 25, 3.538", "3.0, 50, 3.038"})
    void usbrFitAsTranscribed(final double ionicStrength, final double celsius, final double k) {
        assertThat(StiffDavis.usbrFit(ionicStrength, celsius)).isCloseTo(k, within(5e-4 + 1e-9));
    }

    /**
     * Seawater (PHREEQC example 1 input, I = 0.72): the thermodynamic S&amp;DSI against PHREEQC's
     * calcite saturation index of the same water with pitzer.dat, 0.69 (PZ08-SW in
     * phreeqc-reference-cases.csv). A plausibility check, within 0.2: the index uses total Ca and
     * total alkalinity where PHREEQC uses free Ca²⁺ and CO₃²⁻ (MgCO₃° and carbonate are about 10 %
     * of the alkalinity). The USBR-fit K gives about +0.1 (lsi-sdsi.md §6).
     */
    @Test
    void stiffDavisOfSeawater() {
        final WaterAnalysis sea = TypicalWaters.analysis("seawater");
        final CalciumCarbonateIndex thermo = StiffDavis.of(sea);
        assertThat(thermo.value()).isCloseTo(0.69, within(0.2));
        assertThat(thermo.warnings()).noneMatch(w -> w.kind() == WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(thermo.saturationPh()).isCloseTo(thermo.term("pCa") + thermo.term("pAlk") + thermo.term("K"),
                within(1e-12));
        final CalciumCarbonateIndex usbr = StiffDavis.of(sea, StiffDavis.Constant.USBR_WQEVAL_FIT, RangePolicy.WARN);
        assertThat(usbr.value()).isCloseTo(0.11, within(0.05));
        assertThat(usbr.term("K")).isCloseTo(3.52, within(0.02));
        assertThat(usbr.method()).contains("USBR");
        // the LSI of seawater carries the ASTM D3739 scope warning (TDS above 10 000 mg/L)
        assertThat(Langelier.of(sea).warnings()).extracting(x -> x.kind())
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
    }

    @Test
    void refusesAnIndexWithoutCalciumOrAlkalinity() {
        final WaterAnalysis noAlk = TypicalWaters.analysis("seawater-carlsbad");
        assertThatThrownBy(() -> Langelier.of(noAlk)).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.NOT_ABOVE))
                .hasMessageContaining("carbonate alkalinity (HCO3 + CO3) for the LSI").hasMessageContaining("meq/L");
        final WaterAnalysis noCa = WaterAnalysis.builder().pH(7).temperature(kelvin(25)).add("Na", "23 mg/L")
                .add("HCO3", "61 mg/L").build();
        assertThatThrownBy(() -> StiffDavis.of(noCa)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("calcium for the S&DSI");
    }
}
