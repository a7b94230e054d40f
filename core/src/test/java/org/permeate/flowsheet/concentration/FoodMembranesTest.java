package org.permeate.flowsheet.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.Catalog;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.food.FoodProduct;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Per-solute passage of the food solutes through a sanitary RO element: sugars held back, ethanol
 * partly through, more so at low pressure (Catarino et al. 2007: alcohol rejection rises with
 * pressure), and the element's NaCl permeability kept from its calibration.
 */
class FoodMembranesTest {

    private static final FoodProduct CIDER = FoodProduct.fromMassFractions("cider", "cider",
            Map.of(SpeciesCatalog.ETHANOL, 0.05, SpeciesCatalog.FRUCTOSE, 0.015), 0.0, null,
            FoodProduct.Measure.BRIX, false, "test");

    private static ElementResult at(final double barGauge) {
        final Element e = FoodMembranes.forFood(Catalog.SHIPPED.element("Duratherm RO 4040 HF"));
        final ElementOptions o = ConcentrationPresets.OPTIONS.withProperties(CIDER.properties());
        return ElementModel.solve(e, new Stream(0.8, new Solution(CIDER.dissolved(), 285.15, 101325 + barGauge * 1e5)),
                101325, o);
    }

    @Test
    void ethanolPassesPartlyAndLessAtHigherPressureWhileSugarsStay() {
        double last = 0;
        for (double bar = 10; bar <= 40; bar += 10) {
            final ElementResult r = at(bar);
            final double ethanol = r.rejection(r.feed().composition().indexOf(SpeciesCatalog.ETHANOL));
            final double fructose = r.rejection(r.feed().composition().indexOf(SpeciesCatalog.FRUCTOSE));
            assertThat(ethanol).isGreaterThan(last);
            last = ethanol;
            assertThat(fructose).isGreaterThan(0.995);
        }
        // at 20-30 L/m²h (30-40 bar here) ethanol rejection is 40-50 %, as assumed in FoodMembranes
        final ElementResult r = at(40);
        assertThat(r.meanWaterFlux() * 3600).isBetween(20.0, 40.0);
        assertThat(r.rejection(r.feed().composition().indexOf(SpeciesCatalog.ETHANOL))).isBetween(0.35, 0.6);
    }

    @Test
    void theCalibratedNaClPermeabilityIsKept() {
        final Element plain = Catalog.SHIPPED.element("HSRO-4040-FF");
        final Element food = FoodMembranes.forFood(plain);
        final var b0 = plain.membrane().solutePermeabilities();
        final var b1 = food.membrane().solutePermeabilities();
        assertThat(b1.of(SpeciesCatalog.CL)).isEqualTo(b0.of(SpeciesCatalog.CL));
        assertThat(b1.of(SpeciesCatalog.NA)).isEqualTo(b0.of(SpeciesCatalog.NA));
        assertThat(b1.of(SpeciesCatalog.SUCROSE)).isEqualTo(0.05 * b0.of(SpeciesCatalog.CL));
        assertThat(b1.of(SpeciesCatalog.ETHANOL)).isEqualTo(240 * b0.of(SpeciesCatalog.CL));
    }
}
