package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

/**
 * McCleskey et al. (2012) conductivity against measured references: the NIST KCl standards
 * (kcl-conductivity-nist.csv) and standard seawater (PSS-78); and against PHREEQC's printed
 * specific conductance of the same seawater (code to code).
 */
class McCleskeyConductivityTest {

    private static final McCleskeyConductivity MODEL = McCleskeyConductivity.INSTANCE;

    private static PropertyPackage.Result<Double> kcl(final double molality, final double celsius) {
        final Composition c = Composition.of(Map.of(SpeciesCatalog.K, molality, SpeciesCatalog.CL, molality));
        return MODEL.conductivity(c, celsius + PhysicalConstants.ZERO_CELSIUS, RangePolicy.WARN);
    }

    /**
     * NIST primary KCl standards, 0–50 °C (measured to 0.03–0.04 %). The method's ionic-strength
     * term is fitted per ion over many salts; measured here: +0.7 to +1.3 % at 0.01 mol/kg and
     * +0.6 to +1.7 % at 0.1 mol/kg (tolerance 2 %), +0.6 to +2.7 % at 1.0 mol/kg, outside the
     * method's stated range of 0.7 mol/kg (tolerance 3 %, and the range warning must be raised).
     */
    @Test
    void potassiumChlorideStandards() {
        final ReferenceTable table = ReferenceTable.load(McCleskeyConductivityTest.class, "kcl-conductivity-nist.csv");
        for (ReferenceTable.Row row : table.rows()) {
            final double t = row.number("temperature_C");
            for (String m : new String[] {"0.01", "0.1", "1.0"}) {
                final String column = "kappa_" + m + "m";
                if (!row.has(column)) {
                    continue;
                }
                final PropertyPackage.Result<Double> r = kcl(Double.parseDouble(m), t);
                final double measured = row.number(column) * 1e-4; // µS/cm → S/m
                final double tolerance = m.equals("1.0") ? 0.03 : 0.02;
                assertThat(r.value() / measured - 1).as(m + " mol/kg at " + t + " °C").isBetween(-tolerance, tolerance);
                assertThat(r.warnings().stream().anyMatch(w -> w.kind() == WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE))
                        .isEqualTo(m.equals("1.0"));
            }
        }
    }

    /**
     * Standard seawater of Practical Salinity 35 (Reference Composition, S_R = 35.16504 g/kg) at
     * 15 and 25 °C, against PSS-78: C(35, t, 0) = 42.9140 mS/cm × r_t(t₆₈), the polynomial of the
     * Practical Salinity Scale 1978 (UNESCO 1983; coefficients as in the TEOS-10 GSW toolbox
     * {@code gsw_sp_from_c}), t₆₈ = 1.00024 t. Measured: +1.7 % at both temperatures with every ion
     * taken as free (ion pairs would lower it); tolerance 2.5 %. I = 0.72 is just above the
     * method's 0.7 mol/kg.
     */
    @ParameterizedTest
    @CsvSource({"15", "25"})
    void standardSeawater(final double celsius) {
        final double t68 = 1.00024 * celsius;
        final double rt = 0.6766097 + t68 * (2.00564e-2 + t68 * (1.104259e-4 + t68 * (-6.9698e-7 + t68 * 1.0031e-9)));
        final double pss78 = 4.29140 * rt; // S/m
        final PropertyPackage.Result<Double> r = MODEL.conductivity(ReferenceSeawater.composition(0.03516504),
                celsius + PhysicalConstants.ZERO_CELSIUS, RangePolicy.WARN);
        assertThat(r.value() / pss78 - 1).isBetween(-0.025, 0.025);
        if (celsius == 25) {
            assertThat(pss78).isCloseTo(5.3071, within(1e-4));
        }
    }

    /**
     * The seawater preset (PHREEQC example 1 input) against PHREEQC's printed specific conductance
     * at 25 °C: 53 276 µS/cm with phreeqc.dat (PQ-EX1) and 54 049 µS/cm with pitzer.dat (PZ08-SW,
     * same ions plus Br). Code-to-code: PHREEQC's own versions differ by 1.5 %; tolerance 3 %.
     */
    @ParameterizedTest
    @CsvSource({"PQ-EX1, specific_conductance_25C", "PZ08-SW, specific_conductance_25C"})
    void seawaterAgainstPhreeqc(final String id, final String quantity) {
        final ReferenceTable cases = ReferenceTable.load(McCleskeyConductivityTest.class, "phreeqc-reference-cases.csv");
        final double printed = cases.rows(r -> r.text("case").equals(id) && r.text("quantity").equals(quantity))
                .get(0).number("value") * 1e-4;
        final double computed = TypicalWaters.analysis("seawater").conductivity(MODEL, RangePolicy.WARN).value();
        assertThat(computed / printed - 1).isBetween(-0.03, 0.03);
    }

    /**
     * The limiting molal conductivities at 25 °C against the Nernst–Einstein values from
     * phreeqc.dat diffusion coefficients (conductivity.md §1): a transcription check of the
     * coefficients. They agree within 2 % except H⁺ (+5 %), Br⁻ (+3.7 %), CO₃²⁻ (−3.3 %), where the
     * two sources themselves differ; tolerance 6 %.
     */
    @ParameterizedTest
    @CsvSource({
        "H+, 349.63", "Na+, 49.95", "K+, 73.61", "Mg+2, 105.90", "Ca+2, 119.12", "Sr+2, 119.27", "Ba+2, 127.38",
        "NH4+, 74.36", "OH-, 197.91", "Cl-, 76.23", "Br-, 75.48", "F-, 54.83", "NO3-, 71.35", "HCO3-, 44.31",
        "CO3-2, 143.46", "SO4-2, 160.73"})
    void limitingConductivitiesAsTranscribed(final String id, final double nernstEinstein) {
        final Species s = SpeciesCatalog.get(id);
        final double lambda = MODEL.limitingMolalConductivity(s, PhysicalConstants.T25) * 1e4; // S cm²/mol
        assertThat(lambda / nernstEinstein - 1).as(id).isBetween(-0.06, 0.06);
    }

    /** In the dilute limit κ/m → λ°(Na⁺) + λ°(Cl⁻), and the model is linear in the amount. */
    @Test
    void dilutedLimit() {
        final double m = 1e-7;
        final Composition c = Composition.of(Map.of(SpeciesCatalog.NA, m, SpeciesCatalog.CL, m));
        final double kappa = MODEL.conductivity(c, PhysicalConstants.T25, RangePolicy.WARN).value();
        final double limit = MODEL.limitingMolalConductivity(SpeciesCatalog.NA, PhysicalConstants.T25)
                + MODEL.limitingMolalConductivity(SpeciesCatalog.CL, PhysicalConstants.T25);
        // κ [S/m] = Σ λ [S m²/mol] m [mol/kg] × 1000 kg/m³ (1 kg of water as 1 L)
        assertThat(kappa / (limit * m * 1000)).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void warnsOutsideItsRangeAndForIonsItLacks() {
        final Composition c = Composition.of(Map.of(SpeciesCatalog.NA, 0.01, SpeciesCatalog.CL, 0.007,
                SpeciesCatalog.PO4, 0.001, SpeciesCatalog.SIO2, 0.001));
        final PropertyPackage.Result<Double> hot = MODEL.conductivity(c, 372.0, RangePolicy.WARN);
        assertThat(hot.warnings()).extracting(w -> w.kind()).containsExactlyInAnyOrder(
                WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, WarningKind.SOLUTE_NOT_IN_MODEL);
        assertThat(hot.warnings().get(1).message()).contains("PO4-3");
        // the neutral SiO2 carries no current and is not reported
        assertThat(hot.warnings().get(1).message()).doesNotContain("SiO2");
    }
}
