package org.permeate.design.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.permeate.api.DrinkingWater;
import org.permeate.chemistry.TraceSpeciation;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.MembraneFamily;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

/**
 * A tap water with 50 µg/L of arsenic through a household TW30-1812-75 at 60 psi: as As(V) it fails
 * the 10 µg/L limits before and passes after; as As(III) (poorly rejected, uncharged H3AsO3) it
 * still fails after.
 */
class ProductComplianceTest {

    private static WaterAnalysis tap(final String arsenicForm) {
        return WaterAnalysis.builder().add("Na", "25 mg/L").add("K", "3 mg/L").add("Ca", "40 mg/L")
                .add("Mg", "10 mg/L").add("Cl", "45 mg/L").add("SO4", "40 mg/L").add("HCO3", "150 mg/L")
                .add("NO3", "12 mg/L as N").add("F", "1.2 mg/L").add(arsenicForm, "50 µg/L").add("Pb", "20 µg/L")
                .add("PFOA", "12 ng/L").pH(7.6).temperature(293.15).build();
    }

    private static ElementResult run(final WaterAnalysis tap) {
        final TraceSpeciation.Result feed = DrinkingWater.membraneFeed(tap);
        return ElementModel.solve(Catalog.SHIPPED.element("TW30-1812-75"), new Stream(0.02, new Solution(
                feed.composition(), tap.temperature(), PhysicalConstants.STANDARD_ATMOSPHERE + 60 * Units.PSI)),
                PhysicalConstants.STANDARD_ATMOSPHERE, Catalog.DEFAULT_OPTIONS);
    }

    @Test
    void arsenateFailsBeforeAndPassesAfter() {
        final WaterAnalysis tap = tap("As(V)");
        final ProductCompliance t = DrinkingWater.compliance(tap, run(tap), MembraneFamily.HOUSEHOLD, Standard.BOTH);
        final ProductCompliance.Line as = t.line(Authority.EPA, Parameter.ARSENIC);
        assertThat(as.feed().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(as.product().verdict()).isEqualTo(Verdict.PASS);
        assertThat(as.product().valueInLimitUnit().getAsDouble()).isLessThan(0.0025);
        assertThat(t.line(Authority.WHO, Parameter.ARSENIC).product().verdict()).isEqualTo(Verdict.PASS);
        // nitrate 12 mg/L as N fails the MCL and passes after RO; lead and PFOA likewise
        assertThat(t.line(Authority.EPA, Parameter.NITRATE).feed().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(t.line(Authority.EPA, Parameter.NITRATE).product().verdict()).isEqualTo(Verdict.PASS);
        assertThat(t.line(Authority.EPA, Parameter.LEAD).feed().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(t.line(Authority.EPA, Parameter.LEAD).product().verdict()).isEqualTo(Verdict.PASS);
        assertThat(t.line(Authority.EPA, Parameter.PFOA).feed().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(t.line(Authority.EPA, Parameter.PFOA).product().verdict()).isEqualTo(Verdict.PASS);
        // the permeate is soft and acidic (CO2 passes): its pH is computed and below 6.5
        final ProductCompliance.Line ph = t.line(Authority.EPA, Parameter.PH);
        assertThat(ph.feed().verdict()).isEqualTo(Verdict.PASS);
        assertThat(ph.product().verdict()).isNotEqualTo(Verdict.NOT_ASSESSED);
        // every line has both waters; cadmium is never assessed
        assertThat(t.lines()).hasSize(DrinkingWaterLimits.of(Standard.BOTH).size());
        assertThat(t.line(Authority.WHO, Parameter.CADMIUM).product().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        // minerals without limits: softened by the membrane (40 mg/L Ca + 10 mg/L Mg = 141 mg/L as CaCO3)
        assertThat(t.minerals()).extracting(ProductCompliance.Mineral::name)
                .containsExactly("sodium", "potassium", "calcium", "magnesium", "total hardness");
        final ProductCompliance.Mineral hardness = t.minerals().get(4);
        assertThat(hardness.unit().fromSi(hardness.feed())).isCloseTo(141.0, org.assertj.core.api.Assertions.within(0.5));
        assertThat(hardness.product()).isLessThan(0.05 * hardness.feed()).isPositive();
        // As(V) anions and PFOA pass by class estimates, and say so
        assertThat(t.warnings()).filteredOn(w -> w.kind() == WarningKind.CLASS_ESTIMATE)
                .extracting(w -> w.message()).anyMatch(m -> m.contains("HAsO4-2")).anyMatch(m -> m.contains("PFOA-"));
    }

    @Test
    void arseniteStillFailsAfterRo() {
        final WaterAnalysis tap = tap("As(III)");
        final ProductCompliance t = DrinkingWater.compliance(tap, run(tap), MembraneFamily.HOUSEHOLD, Standard.EPA);
        final ProductCompliance.Line as = t.line(Authority.EPA, Parameter.ARSENIC);
        assertThat(as.feed().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(as.product().verdict()).isEqualTo(Verdict.FAIL);
        // H3AsO3's passage is published (TW30), not a class estimate
        assertThat(t.warnings()).extracting(w -> w.message()).noneMatch(m -> m.contains("H3AsO3"));
    }

    @Test
    void missingInputIsNamed() {
        assertThatThrownBy(() -> ProductCompliance.of(tap("As(V)"), (ElementResult) null, MembraneFamily.HOUSEHOLD,
                Standard.EPA)).isInstanceOf(PermeateException.class).hasMessageContaining("element result");
        assertThatThrownBy(() -> ProductCompliance.of(tap("As(V)"), null, 298.15, MembraneFamily.HOUSEHOLD,
                Standard.EPA)).isInstanceOf(PermeateException.class);
    }
}
