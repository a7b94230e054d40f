package org.permeate.properties.pitzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.properties.pitzer.PitzerFixtures.MODEL;
import static org.permeate.properties.pitzer.PitzerFixtures.salt;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/** Thermodynamic identities the Pitzer model must satisfy whatever its parameters. */
class PitzerConsistencyTest {

    static Stream<Solution> mixtures() {
        return Stream.of(
                salt("NaCl", 1.0, 298.15),
                salt("NaCl", 5.5, 323.15),
                salt("CaCl2", 2.0, 298.15),
                salt("MgSO4", 1.5, 298.15),
                salt("Na2SO4", 1.0, 283.15),
                // unsymmetric mixing (Na-Ca, Cl-SO4), psi terms, neutral CO2 and B(OH)3 with lambda and zeta
                Solution.atAtmosphericPressure(Composition.builder()
                        .add(SpeciesCatalog.NA, 1.2).add(SpeciesCatalog.CA, 0.2).add(SpeciesCatalog.MG, 0.1)
                        .add(SpeciesCatalog.K, 0.05).add(SpeciesCatalog.CL, 1.35).add(SpeciesCatalog.SO4, 0.2)
                        .add(SpeciesCatalog.HCO3, 0.05).add(SpeciesCatalog.CO2, 0.02).add(SpeciesCatalog.BOH3, 0.01)
                        .build(), 288.15),
                // an ion with no parameters at all (phosphate): Debye-Hückel terms only
                Solution.atAtmosphericPressure(Composition.builder()
                        .add(SpeciesCatalog.NA, 0.3).add(SpeciesCatalog.PO4, 0.1).build(), 298.15));
    }

    /**
     * Gibbs–Duhem: at constant T and p, \( \frac{1}{M_w} d\ln a_w + \sum_i m_i\,d\ln(m_i\gamma_i) = 0 \).
     * Perturb every molality in proportion (a charge-neutral direction) and compare the change of
     * ln a_w with the changes of ln γ_i, all by central finite differences. Checks that φ and the
     * γ_i come from one excess Gibbs energy.
     */
    @ParameterizedTest
    @MethodSource("mixtures")
    void gibbsDuhemAlongDilution(final Solution s) {
        final double h = 1e-5;
        final Solution up = s.withComposition(s.composition().scaled(1 + h));
        final Solution down = s.withComposition(s.composition().scaled(1 - h));
        final double dLnAw = MODEL.lnWaterActivity(up) - MODEL.lnWaterActivity(down);
        final double[] gUp = MODEL.lnActivityCoefficients(up);
        final double[] gDown = MODEL.lnActivityCoefficients(down);
        final Composition c = s.composition();
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            final double m = c.molality(i);
            final double dm = m * 2 * h;
            sum += dm + m * (gUp[i] - gDown[i]);
        }
        final double lhs = dLnAw / PhysicalConstants.WATER_MOLAR_MASS;
        assertThat(lhs + sum).as("Gibbs-Duhem residual for %s", c).isCloseTo(0.0, within(1e-8 * Math.abs(sum) + 1e-12));
    }

    /**
     * Cross-derivatives of the excess Gibbs energy are symmetric: ∂ ln γ_i/∂ m_j = ∂ ln γ_j/∂ m_i
     * for neutral salt additions, here checked as ∂ ln γ±(NaCl)/∂ m(Na2SO4) against
     * ∂ ln γ±(Na2SO4)/∂ m(NaCl) in their stoichiometric combination (ν-weighted).
     */
    @Test
    void crossDerivativesAreSymmetric() {
        final double mNaCl = 1.0;
        final double mNa2SO4 = 0.5;
        final double h = 1e-6;
        final double dNaClBySulfate = (lnMeanNaCl(mNaCl, mNa2SO4 + h) - lnMeanNaCl(mNaCl, mNa2SO4 - h)) / (2 * h);
        final double dSulfateByNaCl = (lnMeanSulfate(mNaCl + h, mNa2SO4) - lnMeanSulfate(mNaCl - h, mNa2SO4)) / (2 * h);
        // ν(NaCl)·∂lnγ±(NaCl)/∂m(Na2SO4) = ν(Na2SO4)·∂lnγ±(Na2SO4)/∂m(NaCl)
        assertThat(2 * dNaClBySulfate).isCloseTo(3 * dSulfateByNaCl, within(1e-6));
    }

    private static double[] gammas(final double mNaCl, final double mNa2SO4) {
        final Composition c = Composition.builder().add(SpeciesCatalog.NA, mNaCl + 2 * mNa2SO4)
                .add(SpeciesCatalog.CL, mNaCl).add(SpeciesCatalog.SO4, mNa2SO4).build();
        return MODEL.lnActivityCoefficients(Solution.atAtmosphericPressure(c, 298.15));
    }

    private static double lnMeanNaCl(final double a, final double b) {
        final double[] g = gammas(a, b);
        return (g[0] + g[1]) / 2;
    }

    private static double lnMeanSulfate(final double a, final double b) {
        final double[] g = gammas(a, b);
        return (2 * g[0] + g[2]) / 3;
    }

    /** Infinite dilution: φ → 1 and ln γ_i → −A_γ z_i² √I with A_γ = 3 A_φ (Debye–Hückel limiting law). */
    @Test
    void limitingLaws() {
        final double m = 1e-8;
        final Solution s = salt("CaCl2", m, 298.15);
        assertThat(MODEL.osmoticCoefficient(s)).isCloseTo(1.0, within(1e-3));
        final double sqrtI = Math.sqrt(3 * m);
        final double[] lnGamma = MODEL.lnActivityCoefficients(s);
        final double aPhi = DebyeHuckelSlope.aPhi(298.15);
        assertThat(lnGamma[0]).isCloseTo(-3 * aPhi * 4 * sqrtI, within(0.01 * 3 * aPhi * 4 * sqrtI));
        assertThat(lnGamma[1]).isCloseTo(-3 * aPhi * sqrtI, within(0.01 * 3 * aPhi * sqrtI));
        assertThat(MODEL.osmoticCoefficient(Solution.atAtmosphericPressure(Composition.pureWater(), 298.15)))
                .isEqualTo(1.0);
    }

    /** Møller (1988) A_φ: 0.3915 at 25 °C (Pitzer 1991, table 1) and rising with temperature. */
    @Test
    void debyeHuckelSlope() {
        assertThat(DebyeHuckelSlope.aPhi(298.15)).isCloseTo(0.3915, within(1e-4));
        assertThat(DebyeHuckelSlope.aPhi(273.15)).isCloseTo(0.3767, within(5e-4));
        assertThat(DebyeHuckelSlope.aPhi(373.15)).isGreaterThan(DebyeHuckelSlope.aPhi(323.15));
    }

    /**
     * Harvie's J(x): its derivative agrees with a finite difference of J, J is continuous across
     * the switch at x = 1, and it stays within 2 % (+1e-5) of Pitzer's (1975) eq. (47) approximation over
     * 0.01 ≤ x ≤ 100.
     */
    @Test
    void unsymmetricMixingFunction() {
        final double[] out = new double[2];
        final double[] lo = new double[2];
        final double[] hi = new double[2];
        for (double x = 0.01; x <= 100; x *= 1.37) {
            UnsymmetricMixing.j(x, out);
            UnsymmetricMixing.j(x * (1 + 1e-6), hi);
            UnsymmetricMixing.j(x * (1 - 1e-6), lo);
            assertThat(out[1]).as("J'(%s)", x).isCloseTo((hi[0] - lo[0]) / (2e-6 * x), within(1e-6 + 1e-5 * out[1]));
            final double eq47 = x / (4 + 4.581 * Math.pow(x, -0.7237) * Math.exp(-0.0120 * Math.pow(x, 0.528)));
            assertThat(out[0]).as("J(%s)", x).isCloseTo(eq47, within(0.02 * eq47 + 1e-5));
        }
        UnsymmetricMixing.j(1 - 1e-12, lo);
        UnsymmetricMixing.j(1 + 1e-12, hi);
        assertThat(lo[0]).isCloseTo(hi[0], within(1e-9));
        assertThat(lo[1]).isCloseTo(hi[1], within(1e-6));
    }

    /** φ rises with NaCl concentration above its minimum near 0.5 mol/kg; the model is smooth in m. */
    @Test
    void osmoticCoefficientOfNaClHasItsMinimumNearHalfMolal() {
        double min = Double.MAX_VALUE;
        double mAtMin = 0;
        for (double m = 0.05; m < 2; m += 0.01) {
            final double phi = MODEL.osmoticCoefficient(salt("NaCl", m, 298.15));
            if (phi < min) {
                min = phi;
                mAtMin = m;
            }
        }
        assertThat(mAtMin).isBetween(0.3, 0.7);
    }

    @Test
    void warnsAboutMissingParametersTemperatureAndStrength() {
        final Solution phosphate = Solution.atAtmosphericPressure(Composition.builder()
                .add(SpeciesCatalog.NA, 0.3).add(SpeciesCatalog.PO4, 0.1).build(), 298.15);
        assertThat(MODEL.warnings(phosphate)).extracting(ModelWarning::kind)
                .contains(WarningKind.MISSING_INTERACTION_PARAMETERS);
        assertThat(MODEL.warnings(salt("NaCl", 1, 298.15))).isEmpty();
        assertThat(MODEL.warnings(salt("MgCl2", 3, 298.15))).extracting(ModelWarning::kind)
                .contains(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        final List<ModelWarning> cold = MODEL.warnings(salt("MnSO4", 0.5, 283.15));
        assertThat(cold).extracting(ModelWarning::kind).contains(WarningKind.NO_TEMPERATURE_DEPENDENCE);
        assertThat(MODEL.warnings(salt("NaCl", 1, 283.15))).isEmpty();
    }

    @Test
    void refusesSolutesItDoesNotDescribe() {
        final Solution sugar = Solution.atAtmosphericPressure(Composition.of(SpeciesCatalog.SUCROSE, 0.1), 298.15);
        assertThatThrownBy(() -> MODEL.osmoticCoefficient(sugar)).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED));
    }

    @Test
    void everyParameterOfTheDatabaseNamesKnownSpecies() {
        assertThat(PitzerDatabase.HMW84.all()).hasSizeGreaterThan(250);
        assertThat(PitzerDatabase.HMW84.find(PitzerParameter.Kind.B1, SpeciesCatalog.CL, SpeciesCatalog.NA))
                .hasValueSatisfying(p -> assertThat(p.coefficients()[0]).isEqualTo(0.2664));
    }
}
