package org.permeate.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.properties.ConcentrationConverter.Entry;
import org.permeate.properties.species.SpeciesCatalog;

class SolutionSpecParserTest {

    @Test
    void seawaterBySalinitySplitsIntoTheReferenceComposition() {
        final SolutionSpec s = SolutionSpecParser.parse("--solution", "seawater 35 g/kg");
        assertThat(s.seawater()).isTrue();
        assertThat(s.entries()).hasSize(15);
        assertThat(s.entries().stream().mapToDouble(e -> e.amount().si()).sum()).isCloseTo(0.035, within(1e-15));
    }

    @Test
    void saltAmountsReferToTheSalt() {
        final SolutionSpec s = SolutionSpecParser.parse("--solution", "NaCl 58.44276928 g/L");
        final Entry na = s.entries().get(0);
        final Entry cl = s.entries().get(1);
        assertThat(na.species()).isSameAs(SpeciesCatalog.NA);
        // 1 mol/L of the salt: 1000 mol/m³ of each ion
        assertThat(na.amount().si() / SpeciesCatalog.NA.molarMass()).isCloseTo(1000.0, within(1e-9));
        assertThat(cl.amount().si() / SpeciesCatalog.CL.molarMass()).isCloseTo(1000.0, within(1e-9));
        final SolutionSpec molal = SolutionSpecParser.parse("--solution", "CaCl2 1 mol/kg");
        assertThat(molal.entries()).extracting(e -> e.amount().si()).containsExactly(1.0, 2.0);
    }

    /** Water analyses give boron as B: 1 mg/L of B is 1/10.81 mmol/L of boric acid, 5.72 mg/L of B(OH)3. */
    @Test
    void boronAsBoronIsBoricAcid() {
        final Entry b = SolutionSpecParser.parse("--feed", "Na 300 mg/L, Cl 460 mg/L, B 1 mg/L").entries().get(2);
        assertThat(b.species()).isSameAs(SpeciesCatalog.BOH3);
        // mol/m³ of boric acid = g/m³ of B / 10.81 g/mol (IUPAC conventional atomic weight of boron)
        assertThat(b.amount().si() / SpeciesCatalog.BOH3.molarMass()).isCloseTo(1.0 / 10.81, within(1e-3 / 10.81));
        final Entry molar = SolutionSpecParser.parse("--feed", "boron 0.1 mmol/L").entries().get(0);
        assertThat(molar.species()).isSameAs(SpeciesCatalog.BOH3);
        assertThat(molar.amount().si()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void listsNamesAndOsmolalities() {
        final SolutionSpec ions = SolutionSpecParser.parse("--ions", "Na=500 mg/L; Cl 800 mg/L, Ca2+: 40 mg/L");
        assertThat(ions.entries()).extracting(Entry::species)
                .containsExactly(SpeciesCatalog.NA, SpeciesCatalog.CL, SpeciesCatalog.CA);
        final SolutionSpec cell = SolutionSpecParser.parse("--inside", "290 mOsm/kg");
        assertThat(cell.entries()).singleElement().satisfies(e -> {
            assertThat(e.species()).isSameAs(SpeciesCatalog.OSMOLYTE);
            assertThat(e.amount().dimension()).isEqualTo(Dimension.OSMOLALITY);
        });
        final SolutionSpec sugar = SolutionSpecParser.parse("--solution", "sucrose 8 Brix");
        assertThat(sugar.entries().get(0).amount().si()).isCloseTo(0.08, within(1e-15));
    }

    @Test
    void mistakesNameTheOptionAndTheText() {
        assertThatThrownBy(() -> SolutionSpecParser.parse("--outside", "NaCl"))
                .isInstanceOf(PermeateException.class).hasMessageContaining("--outside").hasMessageContaining("NaCl");
        assertThatThrownBy(() -> SolutionSpecParser.parse("--outside", "Na 5 bar"))
                .hasMessageContaining("--outside").hasMessageContaining("pressure");
        assertThatThrownBy(() -> SolutionSpecParser.parse("--outside", "xyz 5 mg/L"))
                .hasMessageContaining("xyz");
        assertThatThrownBy(() -> SolutionSpecParser.parse("--outside", "NaCl -1 g/L"))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> SolutionSpecParser.parse("--outside", " "))
                .hasMessageContaining("--outside is required");
    }
}
