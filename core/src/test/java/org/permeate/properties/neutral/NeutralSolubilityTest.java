package org.permeate.properties.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.SolubilityLimit;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

/** Solubilities against their published tables (solubility.csv), and the solubility checks. */
class NeutralSolubilityTest {

    private static final NeutralSolutes MODEL = NeutralSolutes.INSTANCE;
    private static final double T25 = PhysicalConstants.T25;

    /** Every tabulated point is reproduced (the model interpolates through the nodes). */
    @Test
    void tablesAreReproducedAtTheirNodes() {
        int n = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "solubility.csv").rows()) {
            final Species s = SpeciesCatalog.get(row.text("solute"));
            final double t = row.number("temperature_C") + PhysicalConstants.ZERO_CELSIUS;
            final double expected = row.number("g_per_100g_water") / 100.0 / s.molarMass();
            assertThat(MODEL.solubility(s, t)).as("%s at %s", s, t).isCloseTo(expected, within(1e-9 * expected));
            n++;
        }
        assertThat(n).isEqualTo(44);
    }

    @Test
    void keyValuesAt25C() {
        // sucrose 211.4 g/100 g water (about 2.1 kg/kg), rising with temperature
        assertThat(MODEL.solubility(SpeciesCatalog.SUCROSE, T25) * SpeciesCatalog.SUCROSE.molarMass())
                .isCloseTo(2.114, within(1e-3));
        double last = 0;
        for (int c = -5; c <= 105; c += 1) {
            final double m = MODEL.solubility(SpeciesCatalog.SUCROSE, PhysicalConstants.ZERO_CELSIUS + c);
            assertThat(m).isGreaterThan(last);
            last = m;
        }
        // amorphous silica about 2 mmol/kg at 25 °C (phreeqc.dat log K = -2.71)
        assertThat(MODEL.solubility(SpeciesCatalog.SIO2, T25)).isCloseTo(Math.pow(10, -2.7118), within(1e-5));
        assertThat(MODEL.solubility(SpeciesCatalog.SIO2, T25) * 60.0843e3).as("mg/kg SiO2").isCloseTo(117, within(1.0));
        assertThat(MODEL.solubility(SpeciesCatalog.ETHANOL, T25)).isInfinite();
        assertThat(MODEL.solubility(SpeciesCatalog.OSMOLYTE, T25)).isInfinite();
        assertThat(MODEL.solubility(SpeciesCatalog.BOH3, T25)).isCloseTo(0.928, within(0.002));
        assertThat(MODEL.solubility(SpeciesCatalog.LACTOSE, T25)).isCloseTo(0.631, within(0.002));
        // glucose between the two Combs & Bele points, fructose far above sucrose
        assertThat(MODEL.solubility(SpeciesCatalog.GLUCOSE, T25) * 180.156e-3).isBetween(0.831, 1.1);
        assertThat(MODEL.solubility(SpeciesCatalog.FRUCTOSE, T25))
                .isGreaterThan(MODEL.solubility(SpeciesCatalog.SUCROSE, T25));
        assertThatThrownBy(() -> MODEL.solubility(SpeciesCatalog.NA, T25)).isInstanceOf(PermeateException.class);
    }

    @Test
    void aboveSolubilityIsRefusedForSugarsUreaAndBoricAcid() {
        assertThatCode(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.SUCROSE, 6.0), T25))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.SUCROSE, 7.0), T25))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.ABOVE_SOLUBILITY))
                .hasMessageContaining("sucrose at 7 mol/kg").hasMessageContaining("6.17")
                .hasMessageContaining("25 °C");
        // 7 mol/kg (2.40 kg/kg) exceeds the 40 °C solubility (238.1 g/100 g) but dissolves at 45 °C (248.7 g/100 g)
        assertThatThrownBy(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.SUCROSE, 7.0), 313.15))
                .isInstanceOf(PermeateException.class);
        assertThatCode(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.SUCROSE, 7.0), 318.15))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.LACTOSE, 0.7), T25))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.BOH3, 1.0), T25))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.UREA, 21.0), T25))
                .isInstanceOf(PermeateException.class);
        assertThatCode(() -> MODEL.checkSolubility(Composition.of(SpeciesCatalog.ETHANOL, 50.0), T25))
                .doesNotThrowAnyException();
    }

    @Test
    void supersaturatedSilicaIsAWarningNotAnError() {
        final Composition c = Composition.builder().add(SpeciesCatalog.SIO2, 0.003).add(SpeciesCatalog.NA, 0.01)
                .add(SpeciesCatalog.CL, 0.01).build();
        assertThatCode(() -> MODEL.checkSolubility(c, T25)).doesNotThrowAnyException();
        assertThat(MODEL.warnings(c, T25)).extracting(ModelWarning::kind).containsExactly(WarningKind.SUPERSATURATED);
        assertThat(MODEL.warnings(Composition.of(SpeciesCatalog.SIO2, 0.001), T25)).isEmpty();
    }

    @Test
    void solubilityLimitViewForPropertyPackages() {
        final SolubilityLimit limit = MODEL.solubilityLimit();
        final Solution supersaturatedSilica = Solution.atAtmosphericPressure(Composition.builder()
                .add(SpeciesCatalog.SIO2, 0.003).add(SpeciesCatalog.ETHANOL, 1.0).build(), T25);
        assertThatCode(() -> limit.check(supersaturatedSilica)).doesNotThrowAnyException();
        // only the supersaturation warning, not ethanol's temperature warning
        assertThat(limit.warnings(supersaturatedSilica)).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.SUPERSATURATED);
        final Solution tooSweet = Solution.atAtmosphericPressure(Composition.of(SpeciesCatalog.SUCROSE, 7.0), T25);
        assertThatThrownBy(() -> limit.check(tooSweet)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("solubility");
    }
}
