package org.permeate.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Quantity;
import org.permeate.measure.Units;
import org.permeate.properties.ConcentrationConverter.Entry;
import org.permeate.properties.species.SpeciesCatalog;

class ConcentrationConverterTest {

    private static final ConcentrationConverter CONVERTER = new ConcentrationConverter(PropertyPackages.GENERAL.density());
    private static final double T = 298.15;
    private static final double P = 101325;

    /** Mass fractions need no density: 35 g/kg NaCl is 0.035/0.965/M(NaCl) mol/kg of each ion. */
    @Test
    void massFractionsNeedNoDensity() {
        final Composition c = CONVERTER.toComposition(List.of(
                new Entry(SpeciesCatalog.NA, Quantity.of(0.035 * 22.98976928 / 58.44276928, Units.KG_PER_KG)),
                new Entry(SpeciesCatalog.CL, Quantity.of(0.035 * 35.453 / 58.44276928, Units.KG_PER_KG))), T, P);
        assertThat(c.molality(SpeciesCatalog.NA)).isCloseTo(0.035 / 0.965 / 0.05844276928, within(1e-12));
        assertThat(c.soluteMassFraction()).isCloseTo(0.035, within(1e-14));
    }

    /** Per-volume measures go round trip through the density model. */
    @Test
    void perVolumeMeasuresRoundTrip() {
        final List<Entry> entries = List.of(
                new Entry(SpeciesCatalog.NA, Quantity.of(10_984, Units.MG_PER_L)),
                new Entry(SpeciesCatalog.CL, Quantity.of(19_716, Units.MG_PER_L)),
                new Entry(SpeciesCatalog.SUCROSE, Quantity.of(0.01, Units.MOL_PER_L)),
                new Entry(SpeciesCatalog.CA, Quantity.of(0.4, Units.G_PER_KG)),
                new Entry(SpeciesCatalog.SO4, Quantity.of(0.01, Units.MOL_PER_KG)));
        final Composition c = CONVERTER.toComposition(entries, T, P);
        final Solution s = new Solution(c, T, P);
        assertThat(CONVERTER.massConcentration(s, SpeciesCatalog.NA)).isCloseTo(10.984, within(1e-9));
        assertThat(CONVERTER.massConcentration(s, SpeciesCatalog.CL)).isCloseTo(19.716, within(1e-9));
        assertThat(CONVERTER.molarConcentration(s, SpeciesCatalog.SUCROSE)).isCloseTo(10.0, within(1e-9));
        assertThat(c.massFraction(SpeciesCatalog.CA)).isCloseTo(4e-4, within(1e-15));
        assertThat(c.molality(SpeciesCatalog.SO4)).isEqualTo(0.01);
    }

    @Test
    void osmolalityGivesIdealParticles() {
        final Composition c = CONVERTER.toComposition(List.of(
                new Entry(SpeciesCatalog.OSMOLYTE, Quantity.of(290, Units.MOSMOL_PER_KG))), T, P);
        assertThat(c.molality(SpeciesCatalog.OSMOLYTE)).isCloseTo(0.29, within(1e-15));
    }

    @Test
    void refusesImpossibleAmounts() {
        assertThatThrownBy(() -> CONVERTER.toComposition(List.of(
                new Entry(SpeciesCatalog.SUCROSE, Quantity.of(1500, Units.G_PER_L))), T, P))
                .isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.IMPOSSIBLE_CONCENTRATION));
        assertThatThrownBy(() -> CONVERTER.toComposition(List.of(
                new Entry(SpeciesCatalog.SUCROSE, Quantity.of(110, Units.PERCENT))), T, P))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.IMPOSSIBLE_CONCENTRATION));
        assertThatThrownBy(() -> CONVERTER.toComposition(List.of(
                new Entry(SpeciesCatalog.NA, Quantity.of(-1, Units.MG_PER_L))), T, P))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.NEGATIVE_CONCENTRATION));
    }
}
