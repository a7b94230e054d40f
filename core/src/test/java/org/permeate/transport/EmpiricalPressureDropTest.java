package org.permeate.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.transport.MassTransferCorrelationTest.coefficient;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.water.Iapws97Water;
import org.permeate.testsupport.Allocations;

class EmpiricalPressureDropTest {

    /** Conversions as printed in /work/shared/refdata/README.md (6-7 significant digits). */
    private static final double GPM = 6.30902e-5;
    private static final double PSI = 6894.757;

    private static final EmpiricalPressureDrop FILMTEC = EmpiricalPressureDrop.FILMTEC;

    @Test
    void defaultIsTheFilmTecForm() {
        assertThat(FILMTEC.coefficient())
                .isEqualTo(coefficient("filmtec", "pressure_drop_coefficient_psi_per_gpm_pow"));
        assertThat(FILMTEC.exponent()).isEqualTo(coefficient("filmtec", "pressure_drop_exponent"));
        assertThat(FILMTEC.name()).isEqualTo("filmtec");
    }

    @Test
    void convertsToSiOnce() {
        // 0.01 * q^1.7 psi with q in gpm, against the README conversions: their 6-7 printed digits allow
        // 1.7 * 0.5e-5/6.30902 + 0.5e-3/6894.757 ~ 1.4e-6 relative; tolerance 2e-6
        for (double q : new double[] {5, 20, 46, 75}) {
            final double expected = 0.01 * Math.pow(q, 1.7) * PSI;
            assertThat(FILMTEC.pressureDrop(q * GPM)).isCloseTo(expected, within(2e-6 * expected));
        }
        assertThat(FILMTEC.pressureDrop(0)).isZero();
        // the SI prefactor, for element models that take "Pa per (m3/s)^b"
        assertThat(FILMTEC.siCoefficient() * Math.pow(46 * GPM, 1.7)).isCloseTo(FILMTEC.pressureDrop(46 * GPM),
                within(1e-9));
        // the stage form of the manual, n elements in series at the stage-average flow
        assertThat(FILMTEC.pressureDrop(40 * GPM, 6)).isCloseTo(6 * FILMTEC.pressureDrop(40 * GPM), within(1e-9));
    }

    @Test
    void reachesTheFifteenPsiElementLimitNearSeventyFourGpm() {
        // makers' limit: 15 psi (1 bar) per element (data sheets, /work/shared/PHYSICS.md section 1.5)
        final double atLimit = Math.pow(15 / 0.01, 1 / 1.7);
        System.out.printf("FilmTec element dP reaches 15 psi at a mean flow of %.1f gpm (%.1f m3/h)%n", atLimit,
                atLimit * GPM * 3600);
        assertThat(FILMTEC.pressureDrop(atLimit * GPM) / PSI).isCloseTo(15.0, within(1e-4));
        assertThat(atLimit).isBetween(70.0, 78.0);
    }

    @Test
    void comparesWithSchockMiquelForAnEightInchChannel() {
        // 8040 element: 37 m2, 28 mil (0.711 mm) feed spacer, active length 0.95 m, W = A/(2L); water at 25 degC
        final double rho = Iapws97Water.INSTANCE.massDensity(298.15, 101_325);
        final double mu = Iapws97Water.INSTANCE.dynamicViscosity(298.15, 101_325);
        final double length = 0.95;
        System.out.println("mean flow | FilmTec 0.01 q^1.7 | Schock-Miquel f = 6.23 Re^-0.3 (eps 0.85 / 0.90)");
        for (double porosity : new double[] {0.85, 0.90}) {
            final ChannelGeometry channel = new ChannelGeometry(28 * 25.4e-6, porosity, 37.0 / (2 * length), length);
            double firstRatio = Double.NaN;
            for (double q : new double[] {10, 20, 30, 40, 50, 60, 70, 75}) {
                final ChannelFlow flow = new ChannelFlow(channel, q * GPM * rho, rho, mu, 1.5e-9);
                final double channelDrop = -SchockMiquelFriction.INSTANCE.pressureGradient(flow) * length;
                final double empirical = FILMTEC.pressureDrop(q * GPM);
                final double ratio = channelDrop / empirical;
                System.out.printf("eps %.2f  %4.0f gpm (%5.2f m3/h): FilmTec %5.2f psi (%.3f bar), Schock-Miquel "
                                + "%5.2f psi (%.3f bar) at Re %5.1f, ratio %.3f%s%n", porosity, q, q * GPM * 3600,
                        empirical / PSI, empirical / 1e5, channelDrop / PSI, channelDrop / 1e5, flow.reynolds(), ratio,
                        empirical / PSI > 15 ? "  (above the 15 psi limit)" : "");
                if (Double.isNaN(firstRatio)) {
                    firstRatio = ratio;
                }
                // identity: f v^2 ~ Re^-0.3 v^2 ~ v^1.7, the FilmTec exponent, so the ratio is the same at every flow
                assertThat(ratio).isCloseTo(firstRatio, within(1e-9 * firstRatio));
            }
            // not a reference value: two independent estimates of the same element agree to within about 30 %
            assertThat(firstRatio).isBetween(0.65, 1.35);
        }
    }

    @Test
    void warnsOutsideTheIntendedFlows() {
        assertThat(FILMTEC.warnings(40 * GPM)).isEmpty();
        assertThat(FILMTEC.warnings(5 * GPM)).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(WarningKind.FLOW_OUTSIDE_FITTED_RANGE))
                .satisfies(w -> assertThat(w.message()).contains("5 gpm", "10 to 75 gpm"));
        assertThat(FILMTEC.warnings(90 * GPM)).hasSize(1);
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> FILMTEC.pressureDrop(-1e-3)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("mean element flow");
        assertThatThrownBy(() -> FILMTEC.pressureDrop(Double.NaN)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> FILMTEC.pressureDrop(1e-3, 0)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> new EmpiricalPressureDrop("x", 0, 1.7, 0, 1)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> new EmpiricalPressureDrop("x", 0.01, 2.5, 0, 1)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> new EmpiricalPressureDrop("x", 0.01, 1.7, 1, 1)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> new EmpiricalPressureDrop(" ", 0.01, 1.7, 0, 1)).isInstanceOf(PermeateException.class);
    }

    @Test
    void doesNotAllocate() {
        final double[] q = {1e-3};
        final long bytes = Allocations.bytesAllocatedBy(200_000, () -> {
            q[0] = q[0] > 4e-3 ? 1e-3 : q[0] + 1e-7;
            return FILMTEC.pressureDrop(q[0]);
        });
        assertThat(bytes).isLessThan(10_000);
    }
}
