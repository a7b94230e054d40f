package org.permeate.element.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.testsupport.Balances;

/** The shipped catalog: coverage, and every entry reproducing its own datasheet. */
class CatalogTest {

    private final Catalog catalog = Catalog.SHIPPED;

    @Test
    void coversTheMakersFamiliesAndSizesEngineersBuy() {
        assertThat(catalog.elements()).hasSizeGreaterThanOrEqualTo(30);
        final Set<String> makers = catalog.elements().stream().map(ElementSpec::maker).collect(Collectors.toSet());
        assertThat(makers).hasSizeGreaterThanOrEqualTo(4);
        final Set<MembraneFamily> families = catalog.elements().stream().map(ElementSpec::family)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MembraneFamily.class)));
        assertThat(families).containsExactlyInAnyOrder(MembraneFamily.values());
        final Set<ElementSize> sizes = catalog.elements().stream().map(ElementSpec::size).collect(Collectors.toSet());
        assertThat(sizes).contains(ElementSize.S1812, ElementSize.S4040, ElementSize.S8040);
        for (ElementSpec e : catalog.elements()) {
            assertThat(e.source()).as("source of %s", e.model()).isNotBlank();
            assertThat(e.area()).as("area of %s", e.model()).isBetween(0.1, 60.0);
            assertThat(e.feedSpacer()).isBetween(0.4e-3, 1.3e-3);
        }
    }

    /**
     * The acceptance test: with its calibrated A and B, every element gives its datasheet
     * permeate flow within 1 % and rejection within 0.05 percentage points at the datasheet test
     * (the calibration in fact converges to 1e-7 in flow and 1e-8 in rejection). Balances close.
     */
    @Test
    void everyEntryReproducesItsDatasheet() {
        for (ElementSpec spec : catalog.elements()) {
            final Calibration.Result r = catalog.calibrated(spec, Catalog.DEFAULT_OPTIONS);
            assertThat(r.permeateFlow()).as("flow of %s", spec.model())
                    .isCloseTo(spec.permeateFlow(), within(0.01 * spec.permeateFlow()))
                    .isCloseTo(spec.permeateFlow(), within(1e-6 * spec.permeateFlow()));
            assertThat(r.rejection()).as("rejection of %s", spec.model())
                    .isCloseTo(spec.stabilizedRejection(), within(0.0005))
                    .isCloseTo(spec.stabilizedRejection(), within(1e-7));
            assertThat(r.testResult().recovery()).as("recovery of %s", spec.model())
                    .isCloseTo(spec.test().recovery(), within(1e-9));
            Balances.assertClosed(r.testResult());
            final double a = r.element().membrane().waterPermeability() * 3.6e6 * 1e5; // LMH/bar
            assertThat(a).as("A of %s in LMH/bar", spec.model()).isBetween(0.5, 20.0);
        }
    }

    @Test
    void keepsIncompleteDatasheetsAsideAndSaysWhatIsMissing() {
        assertThat(catalog.incomplete()).isNotEmpty();
        assertThat(catalog.incomplete()).allSatisfy(i -> assertThat(i.missing()).isNotEmpty());
    }

    @Test
    void findsByModelAndFilters() {
        assertThat(catalog.get("sw30hrle-400").model()).isEqualTo("SW30HRLE-400");
        assertThat(catalog.filter("seawater 8040")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.family()).isEqualTo(MembraneFamily.SEAWATER));
        assertThatThrownBy(() -> catalog.get("SW99")).isInstanceOf(PermeateException.class)
                .hasMessageContaining("SW99");
    }

    /** Users add elements in a file of the same format; mistakes point at file, line and column. */
    @Test
    void usersAddTheirOwnElements() {
        final String header = "maker,model,family,size,active_area_m2,permeate_flow_m3d,stabilized_rejection_pct,"
                + "minimum_rejection_pct,test_solute,test_concentration_mg_per_L,test_pressure_bar,test_temperature_C,"
                + "test_recovery_pct,source\n";
        final Catalog mine = catalog.with(new StringReader("# my element\n" + header
                + "Acme,AC-400,brackish,8040,37.2,40,99.5,,NaCl,2000,15.5,25,15,lab test\n"), "mine.csv");
        assertThat(mine.get("AC-400").maker()).isEqualTo("Acme");
        assertThat(mine.elements()).hasSize(catalog.elements().size() + 1);
        assertThatThrownBy(() -> catalog.with(new StringReader(header
                + "Acme,AC-400,brackish,8040,37.2,forty,99.5,,NaCl,2000,15.5,25,15,x\n"), "mine.csv"))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining("mine.csv:2:6").hasMessageContaining("permeate_flow_m3d").hasMessageContaining("forty");
        assertThatThrownBy(() -> catalog.with(new StringReader(header
                + "Acme,AC-400,brackish,8040,,40,99.5,,NaCl,2000,15.5,25,15,x\n"), "mine.csv"))
                .hasMessageContaining("active_area_m2");
    }
}
