package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;

/** UV fluence and dose–response; references in household-train-references.md. */
class UvReactorTest {

    private static final double GPM = Units.US_GALLON / 60;
    private static final double MJ = UvDoseResponse.MJ_PER_CM2;

    @Test
    void reproducesTheLt2DoseTable() {
        final double[] logs = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0};
        final double[] crypto = {1.6, 2.5, 3.9, 5.8, 8.5, 12, 15, 22};
        final double[] giardia = {1.5, 2.1, 3.0, 5.2, 7.7, 11, 15, 22};
        final double[] virus = {39, 58, 79, 100, 121, 143, 163, 186};
        for (int i = 0; i < logs.length; i++) {
            assertThat(UvDoseResponse.CRYPTOSPORIDIUM.logInactivation(crypto[i] * MJ))
                    .isCloseTo(logs[i], within(1e-12));
            assertThat(UvDoseResponse.GIARDIA.logInactivation(giardia[i] * MJ)).isCloseTo(logs[i], within(1e-12));
            assertThat(UvDoseResponse.VIRUS.logInactivation(virus[i] * MJ)).isCloseTo(logs[i], within(1e-12));
        }
        // linear between table points, (0, 0) below the first, capped above the last
        assertThat(UvDoseResponse.VIRUS.logInactivation(48.5 * MJ)).isCloseTo(0.75, within(1e-12));
        assertThat(UvDoseResponse.CRYPTOSPORIDIUM.logInactivation(0.8 * MJ)).isCloseTo(0.25, within(1e-12));
        assertThat(UvDoseResponse.CRYPTOSPORIDIUM.logInactivation(40 * MJ)).isEqualTo(4.0);
        assertThat(UvDoseResponse.CRYPTOSPORIDIUM.capped(40 * MJ)).isTrue();
        // E. coli: 6 log at 8.1 mJ/cm² (WST 2017 meta-analysis), first order below, capped at 6
        assertThat(UvDoseResponse.E_COLI.logInactivation(8.1 * MJ)).isCloseTo(6.0, within(1e-12));
        assertThat(UvDoseResponse.E_COLI.logInactivation(4.05 * MJ)).isCloseTo(3.0, within(1e-12));
        assertThat(UvDoseResponse.E_COLI.logInactivation(40 * MJ)).isEqualTo(6.0);
    }

    @Test
    void doseResponseIsMonotone() {
        for (UvDoseResponse o : UvDoseResponse.values()) {
            double last = -1;
            for (int i = 0; i <= 400; i++) {
                final double l = o.logInactivation(i * 0.5 * MJ);
                assertThat(l).isGreaterThanOrEqualTo(last);
                last = l;
            }
        }
    }

    @Test
    void fluenceIsTheRadialModelIntegratedOverTheAnnulus() {
        // an independent trapezoid integration of E(r) = P/(2πrL) e^{-α(r-r0)} over the annulus, times AL/Q
        final UvReactor uv = new UvReactor(4.0, 0.0125, 0.032);
        final double q = GPM;
        for (double uvt : new double[] {0.99, 0.95, 0.85, 0.70}) {
            final double alpha = -100 * Math.log(uvt);
            final double length = 0.3;
            final int n = 200_000;
            final double h = (uv.chamberRadius() - uv.sleeveRadius()) / n;
            double sum = 0;
            for (int i = 0; i <= n; i++) {
                final double r = uv.sleeveRadius() + i * h;
                final double e = 4.0 / (2 * Math.PI * r * length) * Math.exp(-alpha * (r - uv.sleeveRadius()));
                sum += (i == 0 || i == n ? 0.5 : 1) * e * 2 * Math.PI * r * h;
            }
            final double residence = Math.PI * (uv.chamberRadius() * uv.chamberRadius()
                    - uv.sleeveRadius() * uv.sleeveRadius()) * length / q;
            final double area = Math.PI * (uv.chamberRadius() * uv.chamberRadius()
                    - uv.sleeveRadius() * uv.sleeveRadius());
            assertThat(uv.fluence(q, uvt)).as("UVT %s", uvt).isCloseTo(sum / area * residence,
                    within(1e-8 * uv.fluence(q, uvt)));
        }
        // clear water: P·(R − r0)/Q; and the dose falls with flow and with UVT
        assertThat(uv.fluence(q, 1.0)).isCloseTo(4.0 * (0.032 - 0.0125) / q, within(1e-9));
        assertThat(uv.fluence(2 * q, 0.95)).isCloseTo(uv.fluence(q, 0.95) / 2, within(1e-9));
        assertThat(uv.fluence(q, 0.80)).isLessThan(uv.fluence(q, 0.95));
    }

    @Test
    void classesFollowNsf55() {
        final UvReactor uv = new UvReactor(4.0, 0.0125, 0.032);
        // pick flows giving exactly 40 and 16 mJ/cm² in clear water
        final double qA = 4.0 * (0.032 - 0.0125) / UvReactor.CLASS_A_FLUENCE;
        final double qB = 4.0 * (0.032 - 0.0125) / UvReactor.CLASS_B_FLUENCE;
        assertThat(uv.treat(qA, 1.0).nsfClass()).isEqualTo("A");
        assertThat(uv.treat(qA, 1.0).fluenceMillijoulesPerSquareCentimetre()).isCloseTo(40, within(1e-9));
        assertThat(uv.treat(qA * 1.01, 1.0).nsfClass()).isEqualTo("B");
        assertThat(uv.treat(qB * 1.01, 1.0).nsfClass()).isEqualTo("none");
        assertThat(uv.treat(qB * 1.01, 1.0).warnings()).anySatisfy(
                w -> assertThat(w.kind()).isEqualTo(WarningKind.DESIGN_GUIDELINE));
        assertThat(uv.treat(qA, 1.0).warnings()).isEmpty();
        // at Class A: 4 log cysts (capped), 6 log E. coli, about half a log of adenovirus
        final UvReactor.Result a = uv.treat(qA, 1.0);
        assertThat(a.logs().get(UvDoseResponse.CRYPTOSPORIDIUM)).isEqualTo(4.0);
        assertThat(a.logs().get(UvDoseResponse.E_COLI)).isEqualTo(6.0);
        assertThat(a.logs().get(UvDoseResponse.VIRUS)).isCloseTo(0.5 + 0.5 * (40 - 39) / (58 - 39.0), within(1e-12));
    }

    @Test
    void impossibleInputGetsClearErrors() {
        final UvReactor uv = new UvReactor(4.0, 0.0125, 0.032);
        assertThatThrownBy(() -> uv.fluence(GPM, 1.2)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("UV transmittance");
        assertThatThrownBy(() -> uv.fluence(GPM, 0)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> uv.fluence(-GPM, 0.9)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("flow through the UV reactor");
        assertThatThrownBy(() -> new UvReactor(4.0, 0.03, 0.02)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("chamber radius");
        assertThatThrownBy(() -> new UvReactor(-1, 0.01, 0.02)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> UvDoseResponse.VIRUS.logInactivation(-1)).isInstanceOf(PermeateException.class);
    }
}
