package org.permeate.element;

import java.util.Map;

import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.Calibration;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/** Elements and feeds shared by the element tests. */
final class ElementFixtures {

    static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    private ElementFixtures() {
    }

    static Element element(final String model) {
        return Catalog.SHIPPED.element(model);
    }

    static Calibration.Result calibrated(final String model) {
        return Catalog.SHIPPED.calibrated(Catalog.SHIPPED.get(model), Catalog.DEFAULT_OPTIONS);
    }

    /** A brackish well water (mol/kg): Na, Ca, Mg, K / Cl, SO4, HCO3, NO3, plus silica and boric acid. */
    static Composition brackishWater() {
        return Composition.builder()
                .add(SpeciesCatalog.NA, 0.020).add(SpeciesCatalog.CA, 0.004).add(SpeciesCatalog.MG, 0.002)
                .add(SpeciesCatalog.K, 0.0005).add(SpeciesCatalog.CL, 0.022).add(SpeciesCatalog.SO4, 0.003)
                .add(SpeciesCatalog.HCO3, 0.0045).add(SpeciesCatalog.NO3, 0.0005)
                .add(SpeciesCatalog.SIO2, 0.0004).add(SpeciesCatalog.BOH3, 0.00005).build();
    }

    static Stream stream(final Composition c, final double waterFlow, final double temperature, final double gaugePressure) {
        return new Stream(waterFlow, new Solution(c, temperature, gaugePressure + ATM));
    }

    static Stream seawater(final double waterFlow, final double gaugePressure) {
        return stream(ReferenceSeawater.composition(0.035), waterFlow, 298.15, gaugePressure);
    }

    static int index(final Composition c, final Species s) {
        return c.indexOf(s);
    }

    static Map<Species, Double> rejections(final ElementResult r) {
        final Composition c = r.feed().composition();
        final java.util.LinkedHashMap<Species, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            map.put(c.species(i), r.rejection(i));
        }
        return map;
    }
}
