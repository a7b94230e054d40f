package org.permeate.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.testsupport.Allocations;

class FilmModelTest {

    /** Seawater-like RO numbers: 35 kg/m3, flux 17 L/m2/h, B 0.126 L/m2/h (WaterTAP's example), k 3e-5 m/s. */
    private static final double CB = 35.0;
    private static final double JV = 17.0 / 3.6e6;
    private static final double B = 3.5e-8;
    private static final double K = 3.0e-5;

    @Test
    void filmTheoryFormsAgree() {
        // c_m = c_p + (c_b - c_p) E (classic) and c_m = c_b E - (J_s/J_v)(E - 1) (WaterTAP) with J_s = J_v c_p
        for (double cp : new double[] {0, 0.1, 1, 20}) {
            for (double jv : new double[] {-2e-6, 1e-9, JV, 3e-5, 1e-4}) {
                final double classic = FilmModel.membraneConcentration(CB, cp, jv, K);
                final double waterTap = FilmModel.membraneConcentrationFromSoluteFlux(CB, jv * cp, jv, K);
                assertThat(waterTap).isCloseTo(classic, within(1e-12 * classic));
            }
        }
        final double e = FilmModel.polarisationFactor(JV, K);
        System.out.printf("17 L/m2/h, k = 3e-5 m/s: CP factor exp(Jv/k) = %.4f%n", e);
        assertThat(e).isCloseTo(Math.exp(JV / K), within(1e-15));
    }

    @Test
    void waterTapFormHasTheRightLimitAtZeroFlux() {
        // (E - 1)/J_v -> 1/k: c_m = c_b - J_s/k at J_v = 0 (pure diffusion through the film)
        final double js = 1e-6;
        assertThat(FilmModel.membraneConcentrationFromSoluteFlux(CB, js, 0, K)).isCloseTo(CB - js / K, within(1e-12));
        assertThat(FilmModel.membraneConcentrationFromSoluteFlux(CB, js, 1e-300, K)).isCloseTo(CB - js / K,
                within(1e-12));
    }

    @Test
    void infiniteMassTransferMeansNoPolarisation() {
        final double huge = 1e30;
        assertThat(FilmModel.membraneConcentration(CB, 0.1, JV, huge)).isCloseTo(CB, within(1e-12));
        assertThat(FilmModel.membraneConcentrationAtRejection(0.99, CB, JV, huge)).isCloseTo(CB, within(1e-12));
        // solution-diffusion without polarisation: c_p = B c_b/(J_v + B), J_s = J_v c_p
        final double cp = B * CB / (JV + B);
        assertThat(FilmModel.solutionDiffusionPermeateConcentration(B, CB, JV, huge)).isCloseTo(cp, within(1e-14));
        assertThat(FilmModel.solutionDiffusionSoluteFlux(B, CB, JV, huge)).isCloseTo(JV * cp, within(1e-20));
    }

    @Test
    void zeroSolutePermeabilityRejectsEverything() {
        assertThat(FilmModel.solutionDiffusionSoluteFlux(0, CB, JV, K)).isZero();
        assertThat(FilmModel.solutionDiffusionPermeateConcentration(0, CB, JV, K)).isZero();
        assertThat(FilmModel.solutionDiffusionRejection(0, JV)).isEqualTo(1.0);
        assertThat(FilmModel.solutionDiffusionPermeateConcentration(0, CB, 0, K)).isZero();
        assertThat(FilmModel.permeateConcentrationAtRejection(1, CB, JV, K)).isZero();
        // full rejection: c_m = c_b exp(J_v/k)
        assertThat(FilmModel.membraneConcentrationAtRejection(1, CB, JV, K)).isCloseTo(CB * Math.exp(JV / K),
                within(1e-12));
    }

    @Test
    void solutionDiffusionClosedFormSolvesItsEquations() {
        // J_s = B (c_m - c_p), c_p = J_s/J_v, c_m from film theory: the closed form must satisfy all three
        double worst = 0;
        for (double b : new double[] {1e-9, B, 1e-6, 1e-5}) {
            for (double jv : new double[] {1e-8, 1e-6, JV, 2e-5, 1e-4}) {
                final double js = FilmModel.solutionDiffusionSoluteFlux(b, CB, jv, K);
                final double cp = FilmModel.solutionDiffusionPermeateConcentration(b, CB, jv, K);
                final double cm = FilmModel.membraneConcentration(CB, cp, jv, K);
                assertThat(js).isCloseTo(jv * cp, within(1e-13 * js));
                final double residual = Math.abs(js - b * (cm - cp)) / js;
                worst = Math.max(worst, residual);
                assertThat(residual).as("B %s Jv %s", b, jv).isLessThan(1e-12);
                // the same through the real rejection J_v/(J_v + B)
                final double r = FilmModel.solutionDiffusionRejection(b, jv);
                assertThat(FilmModel.permeateConcentrationAtRejection(r, CB, jv, K)).isCloseTo(cp, within(1e-12 * CB));
                assertThat(FilmModel.membraneConcentrationAtRejection(r, CB, jv, K)).isCloseTo(cm, within(1e-12 * cm));
            }
        }
        System.out.printf("solution-diffusion closed form: worst relative residual of J_s = B(c_m - c_p) %.1e%n",
                worst);
    }

    @Test
    void solutionDiffusionTendsToFullPassageAtZeroFlux() {
        // J_v -> 0: c_p -> c_b (no water to dilute the solute), J_s -> J_v c_b -> 0; no NaN at J_v = 0
        assertThat(FilmModel.solutionDiffusionPermeateConcentration(B, CB, 0, K)).isEqualTo(CB);
        assertThat(FilmModel.solutionDiffusionSoluteFlux(B, CB, 0, K)).isZero();
        final double jv = 1e-15;
        assertThat(FilmModel.solutionDiffusionSoluteFlux(B, CB, jv, K) / jv).isCloseTo(CB, within(1e-6 * CB));
        assertThat(FilmModel.solutionDiffusionRejection(B, 0)).isZero();
    }

    @Test
    void spieglerKedemLimits() {
        // sigma = 1: solution-diffusion R = J_v/(J_v + P_s), and continuous as sigma -> 1
        for (double jv : new double[] {1e-8, JV, 1e-4}) {
            final double sd = jv / (jv + B);
            assertThat(FilmModel.spieglerKedemRejection(1, jv, B)).isCloseTo(sd, within(1e-15));
            assertThat(FilmModel.spieglerKedemRejection(1 - 1e-12, jv, B)).isCloseTo(sd, within(1e-9));
        }
        // J_v -> infinity: R -> sigma; J_v = 0: R = 0
        assertThat(FilmModel.spieglerKedemRejection(0.9, 1e3, 1e-8)).isCloseTo(0.9, within(1e-12));
        assertThat(FilmModel.spieglerKedemRejection(0.9, 0, 1e-8)).isZero();
        // sigma = 0: no rejection at all; P_s = 0: only convective passage, R = sigma
        assertThat(FilmModel.spieglerKedemRejection(0, JV, B)).isZero();
        assertThat(FilmModel.spieglerKedemRejection(0.7, JV, 0)).isEqualTo(0.7);
        assertThat(FilmModel.spieglerKedemRejection(1, JV, 0)).isEqualTo(1.0);
        assertThat(FilmModel.spieglerKedemRejection(1, 1, Double.MIN_VALUE)).isEqualTo(1.0);
        // rejection rises with flux
        double previous = -1;
        for (double jv = 1e-9; jv < 1e-3; jv *= 1.5) {
            final double r = FilmModel.spieglerKedemRejection(0.95, jv, 1e-6);
            assertThat(r).isGreaterThan(previous).isLessThanOrEqualTo(0.95);
            previous = r;
        }
        assertThat(FilmModel.spieglerKedemPermeateConcentration(0.95, JV, 1e-6, 40)).isCloseTo(
                40 * (1 - FilmModel.spieglerKedemRejection(0.95, JV, 1e-6)), within(1e-12));
    }

    @Test
    void spieglerKedemClosedFormIsTheIntegralOfItsDifferentialEquation() {
        // J_s = -P' dc/dx + (1 - sigma) c J_v across the layer, J_s = J_v c_p, c(0) = c_m = 1, c(1) = c_p:
        // in xi = x/dx, dc/dxi = Pe[(1 - sigma) c - c_p], Pe = J_v/P_s. Linear in c_p, so c(1) = alpha + beta c_p
        // from two RK4 integrations, and c_p = alpha/(1 - beta). RK4 with 4000 steps: error < 1e-12 here.
        double worst = 0;
        for (double sigma : new double[] {0, 0.3, 0.9, 0.99, 1 - 1e-7, 1}) {
            for (double pe : new double[] {0.01, 0.5, 2, 20}) {
                final double alpha = integrate(sigma, pe, 0.0, 1.0);
                final double beta = integrate(sigma, pe, 1.0, 0.0);
                final double cp = alpha / (1 - beta);
                final double numeric = 1 - cp;
                final double closed = FilmModel.spieglerKedemRejection(sigma, pe * 1e-6, 1e-6);
                worst = Math.max(worst, Math.abs(closed - numeric));
                assertThat(closed).as("sigma %s Pe %s", sigma, pe).isCloseTo(numeric, within(1e-9));
            }
        }
        System.out.printf("SKK closed form vs numerical integration: max |dR| = %.1e%n", worst);
    }

    /** RK4 of dc/dxi = pe[(1 - sigma) c - cp] from c(0) = c0 to xi = 1 ("cp" enters linearly). */
    private static double integrate(final double sigma, final double pe, final double cp, final double c0) {
        final int steps = 4000;
        final double h = 1.0 / steps;
        double c = c0;
        for (int i = 0; i < steps; i++) {
            final double k1 = pe * ((1 - sigma) * c - cp);
            final double k2 = pe * ((1 - sigma) * (c + 0.5 * h * k1) - cp);
            final double k3 = pe * ((1 - sigma) * (c + 0.5 * h * k2) - cp);
            final double k4 = pe * ((1 - sigma) * (c + h * k3) - cp);
            c += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6;
        }
        return c;
    }

    @Test
    void neverReturnsNaN() {
        final double[] fluxes = {0, 1e-300, 1e-12, JV, 1e-4, 1e-2};
        final double[] coefficients = {1e-300, 1e-9, K, 1e30};
        final double[] permeabilities = {0, 1e-300, B, 1, 1e300};
        final double[] reflections = {0, 0.5, 1 - 1e-15, 1};
        for (double jv : fluxes) {
            for (double k : coefficients) {
                for (double b : permeabilities) {
                    assertThat(FilmModel.solutionDiffusionSoluteFlux(b, CB, jv, k)).isFinite();
                    assertThat(FilmModel.solutionDiffusionPermeateConcentration(b, CB, jv, k)).isFinite();
                    assertThat(FilmModel.solutionDiffusionRejection(b, jv)).isBetween(0.0, 1.0);
                    for (double s : reflections) {
                        assertThat(FilmModel.spieglerKedemRejection(s, jv, b)).as("s %s jv %s P %s", s, jv, b)
                                .isBetween(0.0, 1.0);
                    }
                    if (jv / k <= FilmModel.MAX_FILM_PECLET) {
                        assertThat(FilmModel.membraneConcentration(CB, 1, jv, k)).isFinite();
                        assertThat(FilmModel.membraneConcentrationFromSoluteFlux(CB, 1e-6, jv, k)).isFinite();
                        assertThat(FilmModel.membraneConcentrationAtRejection(0.99, CB, jv, k)).isFinite();
                    }
                    assertThat(FilmModel.permeateConcentrationAtRejection(0.99, CB, jv, k)).isFinite();
                }
            }
        }
    }

    @Test
    void refusesImpossibleInput() {
        assertThatThrownBy(() -> FilmModel.membraneConcentration(-1, 0, JV, K)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("bulk concentration");
        assertThatThrownBy(() -> FilmModel.membraneConcentration(CB, 0, JV, 0)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("mass-transfer coefficient");
        assertThatThrownBy(() -> FilmModel.polarisationFactor(1, 1e-3)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("Péclet");
        assertThatThrownBy(() -> FilmModel.spieglerKedemRejection(1.2, JV, B)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("reflection coefficient");
        assertThatThrownBy(() -> FilmModel.solutionDiffusionSoluteFlux(B, CB, -JV, K))
                .isInstanceOf(PermeateException.class).hasMessageContaining("volume flux");
        assertThatThrownBy(() -> FilmModel.permeateConcentrationAtRejection(1.5, CB, JV, K))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> FilmModel.membraneConcentration(CB, 0, Double.NaN, K))
                .isInstanceOf(PermeateException.class);
    }

    @Test
    void doesNotAllocate() {
        final double[] jv = {1e-6};
        final long bytes = Allocations.bytesAllocatedBy(200_000, () -> {
            jv[0] = jv[0] > 3e-5 ? 1e-6 : jv[0] + 1e-10;
            return FilmModel.solutionDiffusionSoluteFlux(B, CB, jv[0], K)
                    + FilmModel.membraneConcentrationFromSoluteFlux(CB, 1e-6, jv[0], K)
                    + FilmModel.spieglerKedemRejection(0.97, jv[0], 1e-7);
        });
        assertThat(bytes).isLessThan(10_000);
    }
}
