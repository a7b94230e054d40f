package org.permeate.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.testsupport.Allocations;
import org.permeate.testsupport.ReferenceTable;

class MassTransferCorrelationTest {

    /** A typical 8040 feed channel: 28 mil spacer, porosity 0.85, 37 m² over 0.95 m (W = A/2L). */
    static final ChannelGeometry SPIRAL_8040 = new ChannelGeometry(28 * 25.4e-6, 0.85, 37.0 / (2 * 0.95), 0.95);

    private static final List<MassTransferCorrelation> ALL =
            List.of(SchockMiquelMassTransfer.INSTANCE, GuillenHoekMassTransfer.INSTANCE);

    static double coefficient(final String correlation, final String quantity) {
        final ReferenceTable table = ReferenceTable.load(MassTransferCorrelationTest.class,
                "correlation_coefficients.csv");
        return table.rows(r -> r.text("correlation").equals(correlation) && r.text("quantity").equals(quantity))
                .get(0).number("value");
    }

    @Test
    void coefficientsAreThoseOfTheSources() {
        // exact transcriptions (tolerance 0), sources in the file
        assertThat(SchockMiquelMassTransfer.COEFFICIENT)
                .isEqualTo(coefficient("schock-miquel-1987", "sherwood_coefficient"));
        assertThat(SchockMiquelMassTransfer.REYNOLDS_EXPONENT)
                .isEqualTo(coefficient("schock-miquel-1987", "sherwood_reynolds_exponent"));
        assertThat(SchockMiquelMassTransfer.SCHMIDT_EXPONENT)
                .isEqualTo(coefficient("schock-miquel-1987", "sherwood_schmidt_exponent"));
        assertThat(GuillenHoekMassTransfer.COEFFICIENT)
                .isEqualTo(coefficient("guillen-hoek-2009", "sherwood_coefficient"));
        assertThat(GuillenHoekMassTransfer.EXPONENT).isEqualTo(coefficient("guillen-hoek-2009", "sherwood_exponent"));
    }

    @Test
    void reproducesThePublishedExpressions() {
        // values computed in Python from the published forms (WaterTAP's expression for Guillen & Hoek);
        // tolerance relative 1e-14: a few IEEE operations, pow may differ in the last bit between libraries
        double worst = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "sherwood_values.csv").rows()) {
            final double re = row.number("Re");
            final double sc = row.number("Sc");
            final double sm = SchockMiquelMassTransfer.INSTANCE.sherwood(re, sc, SPIRAL_8040);
            final double gh = GuillenHoekMassTransfer.INSTANCE.sherwood(re, sc, SPIRAL_8040);
            worst = Math.max(worst, Math.abs(sm / row.number("schock_miquel") - 1));
            worst = Math.max(worst, Math.abs(gh / row.number("guillen_hoek") - 1));
            assertThat(sm).as(row.toString()).isCloseTo(row.number("schock_miquel"),
                    within(1e-14 * row.number("schock_miquel")));
            assertThat(gh).as(row.toString()).isCloseTo(row.number("guillen_hoek"),
                    within(1e-14 * row.number("guillen_hoek")));
        }
        System.out.printf("Sherwood correlations vs Python evaluation: max relative difference %.2e%n", worst);
    }

    @Test
    void sherwoodRisesWithReynoldsAndWithSchmidt() {
        for (MassTransferCorrelation c : ALL) {
            double previous = -1;
            for (double re = 1; re <= 5000; re *= 1.3) {
                final double sh = c.sherwood(re, 600, SPIRAL_8040);
                assertThat(sh).as(c.name() + " Re " + re).isGreaterThan(previous);
                previous = sh;
            }
            previous = -1;
            for (double sc = 50; sc <= 5000; sc *= 1.3) {
                final double sh = c.sherwood(300, sc, SPIRAL_8040);
                assertThat(sh).as(c.name() + " Sc " + sc).isGreaterThan(previous);
                previous = sh;
            }
            assertThat(c.sherwood(0, 600, SPIRAL_8040)).isZero();
        }
    }

    @Test
    void typicalSpiralWoundValuesAreComparable() {
        // not a reference test: prints both correlations for a seawater-like 8040 channel (Sc ~ 600) and checks they
        // lie within a factor of three of each other between Re 100 and 1000 (both describe spacer-filled channels)
        for (double re : new double[] {100, 200, 400, 700, 1000}) {
            final double sm = SchockMiquelMassTransfer.INSTANCE.sherwood(re, 600, SPIRAL_8040);
            final double gh = GuillenHoekMassTransfer.INSTANCE.sherwood(re, 600, SPIRAL_8040);
            System.out.printf("Re %5.0f Sc 600: Sh Schock-Miquel %6.1f, Guillen-Hoek %6.1f (ratio %.2f)%n", re, sm, gh,
                    sm / gh);
            assertThat(sm / gh).isBetween(1 / 3.0, 3.0);
        }
    }

    @Test
    void coefficientIsSherwoodTimesDiffusivityOverHydraulicDiameter() {
        // 8040 channel at 46 gpm of seawater-like feed at 25 degC: rho 1023, mu 0.96 mPa s, D 1.5e-9 m2/s
        final ChannelFlow flow = new ChannelFlow(SPIRAL_8040, 46 * 6.30902e-5 * 1023, 1023, 0.96e-3, 1.5e-9);
        for (MassTransferCorrelation c : ALL) {
            final double k = c.coefficient(flow);
            final double expected = c.sherwood(flow.reynolds(), flow.schmidt(), SPIRAL_8040) * 1.5e-9
                    / SPIRAL_8040.hydraulicDiameter();
            assertThat(k).isCloseTo(expected, within(1e-15 * expected));
            System.out.printf("%s: Re %.1f, Sc %.0f, k = %.3e m/s (%.1f L/m2/h)%n", c.name(), flow.reynolds(),
                    flow.schmidt(), k, k * 3.6e6);
            // k of spiral-wound elements is of order 1e-5 to 1e-4 m/s
            assertThat(k).isBetween(1e-5, 1e-4);
        }
    }

    @Test
    void refusesImpossibleInput() {
        for (MassTransferCorrelation c : ALL) {
            assertThatThrownBy(() -> c.sherwood(-1, 600, SPIRAL_8040)).isInstanceOf(PermeateException.class)
                    .hasMessageContaining("Reynolds number");
            assertThatThrownBy(() -> c.sherwood(Double.NaN, 600, SPIRAL_8040)).isInstanceOf(PermeateException.class);
            assertThatThrownBy(() -> c.sherwood(300, 0, SPIRAL_8040)).isInstanceOf(PermeateException.class)
                    .hasMessageContaining("Schmidt number");
            assertThatThrownBy(() -> c.sherwood(300, Double.POSITIVE_INFINITY, SPIRAL_8040))
                    .isInstanceOf(PermeateException.class);
        }
    }

    @Test
    void warnsOutsideItsRange() {
        final SchockMiquelMassTransfer sm = SchockMiquelMassTransfer.INSTANCE;
        assertThat(sm.warnings(100, 600)).isEmpty();
        assertThat(sm.warnings(1000, 600)).isEmpty();
        assertThat(sm.warnings(1e6, 1e6)).hasSize(1);
        final List<ModelWarning> low = sm.warnings(50, 600);
        assertThat(low).hasSize(1);
        assertThat(low.get(0).kind()).isEqualTo(WarningKind.FLOW_OUTSIDE_FITTED_RANGE);
        assertThat(low.get(0).message()).contains("Reynolds number", "50", "100 to 1000");

        final GuillenHoekMassTransfer gh = GuillenHoekMassTransfer.INSTANCE;
        assertThat(gh.warnings(400, 600)).isEmpty();
        assertThat(gh.warnings(5, 600)).hasSize(1);
        assertThat(gh.warnings(400, 3000)).singleElement().satisfies(w -> assertThat(w.message()).contains("Schmidt"));
        assertThat(gh.warnings(6000, 50)).hasSize(2);
    }

    @Test
    void namesAndSourcesAreStable() {
        assertThat(SchockMiquelMassTransfer.INSTANCE.name()).isEqualTo("schock-miquel-1987");
        assertThat(GuillenHoekMassTransfer.INSTANCE.name()).isEqualTo("guillen-hoek-2009");
        for (MassTransferCorrelation c : ALL) {
            assertThat(c.source()).contains(c.name().substring(c.name().length() - 4));
        }
    }

    @Test
    void sherwoodDoesNotAllocate() {
        final double[] re = {150};
        final long bytes = Allocations.bytesAllocatedBy(200_000, () -> {
            re[0] = re[0] > 900 ? 150 : re[0] + 1;
            return SchockMiquelMassTransfer.INSTANCE.sherwood(re[0], 600, SPIRAL_8040)
                    + GuillenHoekMassTransfer.INSTANCE.sherwood(re[0], 600, SPIRAL_8040);
        });
        // 400 000 calls: anything per call would be megabytes
        assertThat(bytes).isLessThan(10_000);
    }
}
