package org.permeate.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

class QuantityParserTest {

    /** What users type, and its value in SI (exact conversion factors, NIST SP 811). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "35 g/kg      | MASS_FRACTION       | 0.035",
        "25 C         | TEMPERATURE         | 298.15",
        "25 °C        | TEMPERATURE         | 298.15",
        "77 F         | TEMPERATURE         | 298.15",
        "77°F         | TEMPERATURE         | 298.15",
        "298.15 K     | TEMPERATURE         | 298.15",
        "1000 psi     | PRESSURE            | 6894757.293168361",
        "55 bar       | PRESSURE            | 5500000",
        "0 psig       | PRESSURE            | 101325",
        "1 atm        | PRESSURE            | 101325",
        "5.5 MPa      | PRESSURE            | 5500000",
        "1.2 m3/h     | VOLUME_FLOW         | 3.3333333333333335E-4",
        "1.2 m³/h     | VOLUME_FLOW         | 3.3333333333333335E-4",
        "5 gpm        | VOLUME_FLOW         | 3.1545098200000003E-4",
        "50 gpd       | VOLUME_FLOW         | 2.1906318194444447E-6",
        "500 mg/L     | MASS_CONCENTRATION  | 0.5",
        "500 ppm      | MASS_FRACTION       | 5.0E-4",
        "2 mol/kg     | MOLALITY            | 2",
        "8 Brix       | MASS_FRACTION       | 0.08",
        "8 °Bx        | MASS_FRACTION       | 0.08",
        "3.5 %        | MASS_FRACTION       | 0.035",
        "0.5 mol/L    | MOLAR_CONCENTRATION | 500",
        "290 mOsm/kg  | OSMOLALITY          | 0.29",
        "15 LMH       | FLUX                | 4.1666666666666666E-6",
        "10 gfd       | FLUX                | 4.715952932098765E-6",
        "28 mil       | LENGTH              | 7.112E-4",
        "400 ft2      | AREA                | 37.161216",
        "1 cP         | DYNAMIC_VISCOSITY   | 0.001",
        "3 kWh/m3     | SPECIFIC_ENERGY     | 1.08E7",
        "-1.5e-3 bar  | PRESSURE            | -150",
    })
    void readsWhatUsersType(final String text, final Dimension dimension, final double si) {
        final Quantity q = QuantityParser.parse("field", text, dimension);
        assertThat(q.dimension()).isEqualTo(dimension);
        assertThat(q.si()).isCloseTo(si, within(Math.abs(si) * 1e-9 + 1e-15));
    }

    @Test
    void roundTripsThroughItsOwnUnit() {
        final Quantity q = QuantityParser.parse("t", "77 F", Dimension.TEMPERATURE);
        assertThat(q.valueInGivenUnit()).isCloseTo(77, within(1e-12));
        assertThat(q.in(Units.CELSIUS)).isCloseTo(25, within(1e-12));
        assertThat(q.toString()).isEqualTo("77 °F");
    }

    @Test
    void picksTheUnitOfTheWantedKindWhenASpellingIsShared() {
        // "kg/m3" is a density or a mass concentration; "m" a length or a molality
        assertThat(QuantityParser.parse("rho", "1025 kg/m3", Dimension.MASS_DENSITY).si()).isEqualTo(1025);
        assertThat(QuantityParser.parse("c", "35 kg/m3", Dimension.MASS_CONCENTRATION).si()).isEqualTo(35);
        assertThat(QuantityParser.parse("b", "2 m", Dimension.MOLALITY).si()).isEqualTo(2);
        assertThat(QuantityParser.parse("l", "2 m", Dimension.LENGTH).si()).isEqualTo(2);
        assertThat(QuantityParser.parse("c", "2 mM", Dimension.MOLAR_CONCENTRATION).si()).isEqualTo(2);
        assertThat(QuantityParser.parse("c", "2 mm", Dimension.LENGTH).si()).isEqualTo(0.002);
    }

    @Test
    void acceptsAnyOfSeveralKinds() {
        final Quantity q = QuantityParser.parse("c", "2000 mg/L",
                EnumSet.of(Dimension.MASS_FRACTION, Dimension.MASS_CONCENTRATION, Dimension.MOLALITY));
        assertThat(q.dimension()).isEqualTo(Dimension.MASS_CONCENTRATION);
    }

    @Test
    void explainsEveryMistake() {
        assertFails("--temperature", "hot", Dimension.TEMPERATURE, Message.UNPARSABLE_QUANTITY, "cannot read \"hot\"");
        assertFails("--temperature", "25", Dimension.TEMPERATURE, Message.MISSING_UNIT, "25 C");
        assertFails("--pressure", "55 furlongs", Dimension.PRESSURE, Message.UNKNOWN_UNIT, "psi");
        assertFails("--pressure", "35 g/L", Dimension.PRESSURE, Message.WRONG_DIMENSION, "mass concentration");
        assertFails("--flow", "1,2 m3/h", Dimension.VOLUME_FLOW, Message.UNPARSABLE_QUANTITY, "decimals");
        assertFails("--flow", "", Dimension.VOLUME_FLOW, Message.MISSING, "--flow");
        assertFails("--flow", "1e999 gpm", Dimension.VOLUME_FLOW, Message.NOT_FINITE, "finite");
    }

    private static void assertFails(final String field, final String text, final Dimension d, final Message kind,
                                    final String fragment) {
        assertThatThrownBy(() -> QuantityParser.parse(field, text, d))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining(field)
                .hasMessageContaining(fragment)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(kind));
    }

    /**
     * Units of water analyses: a charge per volume (1 meq/L = 1 eq/m³; 1 mg/L as CaCO3 =
     * 2/100.0869 meq/L, CaCO3 from the IUPAC 2005 atomic weights) and conductivity (1 µS/cm = 1e-4 S/m).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5 meq/L            | EQUIVALENT_CONCENTRATION | 2.5",
        "0.003 eq/L           | EQUIVALENT_CONCENTRATION | 3.0",
        "100.0869 mg/L as CaCO3 | EQUIVALENT_CONCENTRATION | 2.0",
        "50 mg/l as caco3     | EQUIVALENT_CONCENTRATION | 0.9991317545",
        "1500 µS/cm           | ELECTRICAL_CONDUCTIVITY  | 0.15",
        "1500 uS/cm           | ELECTRICAL_CONDUCTIVITY  | 0.15",
        "53 mS/cm             | ELECTRICAL_CONDUCTIVITY  | 5.3",
        "2 dS/m               | ELECTRICAL_CONDUCTIVITY  | 0.2"})
    void readsWaterAnalysisUnits(final String text, final Dimension dimension, final double si) {
        assertThat(QuantityParser.parse("field", text, dimension).si()).isCloseTo(si, within(1e-9 * Math.abs(si)));
    }

    @Test
    void everyDimensionHasDisplayUnitsInBothSystems() {
        for (Dimension d : Dimension.values()) {
            for (UnitSystem s : UnitSystem.values()) {
                assertThat(s.unitFor(d).dimension()).isEqualTo(d);
            }
        }
        assertThat(UnitSystem.US.unitFor(Dimension.PRESSURE).symbol()).isEqualTo("psi");
        assertThat(UnitSystem.SI.unitFor(Dimension.FLUX).symbol()).isEqualTo("LMH");
    }

    @Test
    void unitSpellingsAreUniquePerDimension() {
        for (Unit a : Units.all()) {
            for (String alias : a.aliases()) {
                assertThat(Units.lookup(alias, a.dimension())).as(alias).contains(a);
            }
            assertThat(Units.lookup(a.symbol(), a.dimension())).as(a.symbol()).contains(a);
        }
    }
}
