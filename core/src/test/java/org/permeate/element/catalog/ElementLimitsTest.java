package org.permeate.element.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementResult;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.seawater.ReferenceSeawater;

/** A datasheet's operating limits, checked against an element's operating point. */
class ElementLimitsTest {

    private static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    private static ElementResult run(final ElementSpec spec, final double water, final double gauge, final double t) {
        final Stream feed = new Stream(water, new Solution(ReferenceSeawater.composition(0.035), t, gauge + ATM));
        return ElementModel.solve(Catalog.SHIPPED.element(spec.model()), feed, ATM, Catalog.DEFAULT_OPTIONS);
    }

    @Test
    void withinTheLimitsNothingIsSaid() {
        final ElementSpec spec = Catalog.SHIPPED.get("SW30HRLE-400");
        assertThat(spec.limits().check(spec.model(), run(spec, 2.7, 60e5, 298.15))).isEmpty();
    }

    /** SW30HRLE-400: 82.7 bar (1200 psi) maximum operating pressure (Dow Form 609-00425-1109). */
    @Test
    void eachLimitExceededIsNamedInBothUnitSystems() {
        final ElementSpec spec = Catalog.SHIPPED.get("SW30HRLE-400");
        final List<ModelWarning> w = spec.limits().check(spec.model(), run(spec, 2.7, 85e5, 298.15));
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(WarningKind.OUTSIDE_MAKER_LIMIT);
            assertThat(x.message()).contains("SW30HRLE-400", "85.0 bar", "1233 psi", "82.7 bar", "1200 psi");
        });
    }

    @Test
    void flowsAndPressureDropAgainstMadeUpLimits() {
        final ElementSpec spec = Catalog.SHIPPED.get("SW30HRLE-400");
        final ElementResult r = run(spec, 2.7, 60e5, 298.15);
        // limits placed just inside the operating point: 60 bar, 25 °C, feed ~10 m³/h, concentrate ~8.8 m³/h,
        // drop ~0.4 bar
        final ElementLimits tight = new ElementLimits(59e5, 297.15, 9.0 / 3600, 9.0 / 3600, 0.3e5, 0, 0);
        assertThat(tight.check("X", r)).hasSize(5).extracting(ModelWarning::message)
                .anySatisfy(m -> assertThat(m).contains("feed pressure 60.0 bar (870 psi)", "59.0 bar (856 psi)"))
                .anySatisfy(m -> assertThat(m).contains("feed temperature 25.0 °C (77 °F)", "24.0 °C (75 °F)"))
                .anySatisfy(m -> assertThat(m).contains("feed flow", "above"))
                .anySatisfy(m -> assertThat(m).contains("concentrate flow", "below"))
                .anySatisfy(m -> assertThat(m).contains("pressure drop", "above"));
        assertThat(new ElementLimits(0, 0, 0, 0, 0, 0, 0).check("X", r)).isEmpty();
    }
}
