package org.permeate.properties.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.diffusion.InfiniteDilutionDiffusivities.Basis;
import org.permeate.properties.diffusion.InfiniteDilutionDiffusivities.Quality;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

class InfiniteDilutionDiffusivitiesTest {

    @Test
    void everyCatalogSpeciesHasAPlausibleValue() {
        for (Species s : SpeciesCatalog.all()) {
            assertThat(InfiniteDilutionDiffusivities.covers(s)).as(s.id()).isTrue();
            // small solutes in water: from ~0.4e-9 (disaccharides) to 9.3e-9 (H+)
            assertThat(InfiniteDilutionDiffusivities.at25C(s)).as(s.id()).isBetween(4e-10, 1e-8);
        }
        assertThat(InfiniteDilutionDiffusivities.entries()).hasSize(SpeciesCatalog.all().size());
    }

    @Test
    void ionsComeFromLimitingConductivityByNernstEinstein() {
        final InfiniteDilutionDiffusivities.Entry na = InfiniteDilutionDiffusivities.entry(SpeciesCatalog.NA);
        assertThat(na.basis()).isEqualTo(Basis.LIMITING_CONDUCTIVITY);
        assertThat(na.tabulatedValue()).isEqualTo(0.005008);
        assertThat(na.diffusivity25()).isEqualTo(
                InfiniteDilutionDiffusivities.fromLimitingConductivity(0.005008, 1, 298.15));
        // hand calculation: 8.314462618 * 298.15 * 0.005008 / 96485.33212^2 = 1.33355e-9
        assertThat(na.diffusivity25()).isCloseTo(1.33355e-9, within(1e-14));
        // charge enters as |z|: Ca+2 with lambda per unit charge
        assertThat(InfiniteDilutionDiffusivities.fromLimitingConductivity(0.005947, 2, 298.15))
                .isCloseTo(InfiniteDilutionDiffusivities.fromLimitingConductivity(0.005947, -2, 298.15), within(0.0));
        assertThatThrownBy(() -> InfiniteDilutionDiffusivities.fromLimitingConductivity(0.005, 0, 298.15))
                .isInstanceOf(PermeateException.class);
    }

    @Test
    void conversionReproducesTheDiffusionCoefficientsPrintedInTheCrcTable() {
        // Tolerance 0.2 %: the printed D carries 3-4 significant digits (rounding <= 0.07 % for 0.706);
        // the CODATA 2018 R and F used here differ from older values by < 1e-5 relative.
        double worst = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "crc-ionic-diffusion-25C.csv").rows()) {
            final Species s = SpeciesCatalog.get(row.text("species"));
            final double expected = row.number("D_1e-9_m2_per_s") * 1e-9;
            final double actual = InfiniteDilutionDiffusivities.at25C(s);
            worst = Math.max(worst, Math.abs(actual / expected - 1));
            assertThat(actual).as(s.id()).isCloseTo(expected, within(0.002 * expected));
        }
        System.out.printf("CRC printed D vs lambda conversion: max deviation %.3f %%%n", 100 * worst);
    }

    @Test
    void agreesWithPhreeqcTranscription() {
        // Per-row tolerances in the resource: 1.5 % where both compilations go back to the same
        // conductivities (rounding of PHREEQC's 3 digits), larger where the sources are known to differ.
        double worstAgreeing = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "phreeqc-dw-25C.csv").rows()) {
            final Species s = SpeciesCatalog.get(row.text("species"));
            final double expected = row.number("dw_m2_per_s");
            final double tolerance = row.number("tolerance_percent") / 100;
            final double deviation = InfiniteDilutionDiffusivities.at25C(s) / expected - 1;
            if (tolerance <= 0.015) {
                worstAgreeing = Math.max(worstAgreeing, Math.abs(deviation));
            }
            System.out.printf("  %-8s CRC-derived vs PHREEQC -dw: %+6.2f %%%n", s.id(), 100 * deviation);
            assertThat(Math.abs(deviation)).as(s.id() + " " + row.text("note")).isLessThanOrEqualTo(tolerance);
        }
        System.out.printf("PHREEQC -dw cross-check: max deviation over the agreeing rows %.2f %%%n",
                100 * worstAgreeing);
        assertThat(worstAgreeing).isLessThan(0.015);
    }

    @Test
    void sugarsAndNeutralsHaveTheirSourcesValues() {
        assertThat(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.SUCROSE)).isEqualTo(5.23e-10);
        assertThat(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.GLUCOSE)).isEqualTo(6.79e-10);
        assertThat(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.FRUCTOSE)).isEqualTo(6.86e-10);
        assertThat(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.LACTOSE)).isEqualTo(5.66e-10);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.SUCROSE).quality()).isEqualTo(Quality.PRIMARY);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.UREA).quality()).isEqualTo(Quality.UNVERIFIED);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.ETHANOL).quality()).isEqualTo(Quality.UNVERIFIED);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.MGOH).quality()).isEqualTo(Quality.ESTIMATE);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.BOH4).quality()).isEqualTo(Quality.ESTIMATE);
        assertThat(InfiniteDilutionDiffusivities.entry(SpeciesCatalog.OSMOLYTE).quality()).isEqualTo(Quality.GENERIC);
        // B(OH)4- estimate = 0.875 x B(OH)3 (Boudreau & Canfield 1988 ratio), to the 2 digits stored
        assertThat(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.BOH4))
                .isCloseTo(0.875 * InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.BOH3), within(3e-12));
    }

    @Test
    void orderingFollowsSizeAndCharge() {
        final List<Species> fastestFirst = List.of(SpeciesCatalog.H, SpeciesCatalog.OH, SpeciesCatalog.CL,
                SpeciesCatalog.NA, SpeciesCatalog.CA, SpeciesCatalog.GLUCOSE, SpeciesCatalog.SUCROSE);
        for (int i = 1; i < fastestFirst.size(); i++) {
            assertThat(InfiniteDilutionDiffusivities.at25C(fastestFirst.get(i)))
                    .isLessThan(InfiniteDilutionDiffusivities.at25C(fastestFirst.get(i - 1)));
        }
    }

    @Test
    void unknownSpeciesIsRefusedWithItsName() {
        final Species stranger = new Species("Xx+", "unobtainium", "Li", 1, 0.007, Species.Kind.ION, List.of());
        assertThat(InfiniteDilutionDiffusivities.covers(stranger)).isFalse();
        assertThatThrownBy(() -> InfiniteDilutionDiffusivities.at25C(stranger))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining("Xx+")
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED));
        // an equal species built outside the catalog is found by identifier
        final Species na = new Species("Na+", "sodium", "Na", 1, SpeciesCatalog.NA.molarMass(), Species.Kind.ION,
                List.of());
        assertThat(InfiniteDilutionDiffusivities.at25C(na))
                .isEqualTo(InfiniteDilutionDiffusivities.at25C(SpeciesCatalog.NA));
    }
}
