package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;
import org.permeate.testsupport.ReferenceTable;

/** The presets load, and agree with what their sources print. */
class TypicalWatersTest {

    @Test
    void everyPresetLoads() {
        assertThat(TypicalWaters.names()).containsExactly("seawater", "seawater-carlsbad", "seawater-tampa-bay",
                "seawater-ashkelon", "brackish-el-paso", "brackish-el-paso-high", "wastewater-reuse-hampton-roads",
                "black-sea");
        for (TypicalWaters.Preset p : TypicalWaters.all()) {
            assertThat(p.title()).isNotBlank();
            assertThat(p.sources()).isNotEmpty();
            assertThat(p.analysis().molality(Constituent.NA)).as(p.name()).isPositive();
            assertThat(p.analysis().molality(Constituent.CL)).as(p.name()).isPositive();
        }
        assertThat(TypicalWaters.get("Brackish-El-Paso").name()).isEqualTo("brackish-el-paso");
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        assertThatThrownBy(() -> TypicalWaters.get("tap-water")).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.UNKNOWN_CHOICE))
                .hasMessageContaining("tap-water").hasMessageContaining("brackish-el-paso");
    }

    /**
     * The seawater preset is PHREEQC example 1's input (ppm = mg/kg of solution); PHREEQC prints
     * what it converted it to (mol/kgw rows of phreeqc-reference-inputs.csv, 4 significant
     * digits). The conversion from mass fractions needs no density, only the total dissolved mass:
     * agreement within 1e-3 (printed rounding 5e-4; PHREEQC's atomic weights differ slightly).
     */
    @ParameterizedTest
    @CsvSource({"Ca, CA", "Mg, MG", "Na, NA", "K, K", "Cl, CL", "S(6), SO4", "Si, SIO2", "N(5), NO3", "N(-3), NH4",
        "Fe, FE", "Mn, MN"})
    void seawaterMolalitiesAsPhreeqcConvertsThem(final String item, final Constituent c) {
        final ReferenceTable inputs = ReferenceTable.load(TypicalWatersTest.class, "phreeqc-reference-inputs.csv");
        final double phreeqc = inputs.rows(r -> r.text("case").equals("PQ-EX1") && r.text("item").equals(item)
                && r.text("units").equals("mol/kgw")).get(0).number("value");
        assertThat(TypicalWaters.analysis("seawater").molality(c) / phreeqc - 1).as(item).isBetween(-1e-3, 1e-3);
    }

    @Test
    void seawaterAlkalinityAsPhreeqcConvertsIt() {
        final WaterAnalysis sea = TypicalWaters.analysis("seawater");
        // PQ-EX1: Alkalinity 2.406e-03 mol/kgw (eq/kg of water)
        assertThat(sea.totalAlkalinity() / sea.waterPerVolume() / 2.406e-3 - 1).isBetween(-1e-3, 1e-3);
        assertThat(Math.abs(sea.chargeBalance().percent())).isLessThan(0.1);
    }

    /** Hampton Roads: the source's hardness, 312 mg/L as CaCO3, is Ca + Mg of its own analysis. */
    @Test
    void hamptonRoadsHardnessAsTheSourcePrintsIt() {
        final WaterAnalysis w = TypicalWaters.analysis("wastewater-reuse-hampton-roads");
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.totalHardness(false))).isCloseTo(312, within(0.5));
        // no alkalinity in the source: cations exceed anions by about the missing 3.6 meq/L
        assertThat(w.chargeBalance().imbalance() * 1e3).isCloseTo(3.56, within(0.05));
    }

    /** El Paso: the sum of the ions is the source's TDS, 2500 mg/L, within 1 % (design values). */
    @Test
    void elPasoTdsAsTheSourcePrintsIt() {
        final WaterAnalysis w = TypicalWaters.analysis("brackish-el-paso");
        assertThat(w.measuredTds().getAsDouble()).isEqualTo(2.5);
        assertThat(w.totalDissolvedSolids(WaterAnalysis.TdsBasis.SUM_OF_IONS) / 2.5 - 1).isBetween(-0.01, 0.01);
    }
}
