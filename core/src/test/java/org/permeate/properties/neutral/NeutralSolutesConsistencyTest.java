package org.permeate.properties.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.ActivityModel.ActivityState;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.WaterModel;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/** Identities and consistency: Gibbs–Duhem, limits, monotonicity, smoothness, errors, warnings. */
class NeutralSolutesConsistencyTest {

    private static final NeutralSolutes MODEL = NeutralSolutes.INSTANCE;
    private static final double MW = PhysicalConstants.WATER_MOLAR_MASS;
    private static final double T25 = PhysicalConstants.T25;

    private static Species species(final NeutralBinary b) {
        return SpeciesCatalog.get(b.speciesId());
    }

    private static double range(final NeutralBinary b) {
        return Double.isFinite(b.maxMolality()) ? b.maxMolality() : 6.0;
    }

    private static Solution solution(final Composition c) {
        return Solution.atAtmosphericPressure(c, T25);
    }

    @Test
    void everyBinaryMapsToItsCatalogSpecies() {
        for (NeutralBinary b : NeutralBinary.values()) {
            assertThat(MODEL.supports(species(b))).as(b.name()).isTrue();
            assertThat(NeutralBinary.of(species(b).id())).isSameAs(b);
        }
        assertThat(MODEL.supports(SpeciesCatalog.NA)).isFalse();
        assertThat(MODEL.supports(SpeciesCatalog.CO2)).isFalse();
        assertThat(MODEL.name()).isEqualTo("neutral-solutes");
    }

    /** Binary Gibbs–Duhem: d(mφ)/dm = 1 + m d ln γ/dm, by central differences. */
    @ParameterizedTest
    @EnumSource(NeutralBinary.class)
    void binaryGibbsDuhem(final NeutralBinary b) {
        final Species s = species(b);
        for (double f : new double[] {0.01, 0.1, 0.3, 0.6, 1.0}) {
            final double m = f * range(b);
            final double h = 1e-5 * m;
            final double dMphi = (MODEL.osmoticSum(Composition.of(s, m + h), T25)
                    - MODEL.osmoticSum(Composition.of(s, m - h), T25)) / (2 * h);
            final double dLnGamma = (MODEL.lnActivityCoefficient(s, Composition.of(s, m + h), T25)
                    - MODEL.lnActivityCoefficient(s, Composition.of(s, m - h), T25)) / (2 * h);
            assertThat(dMphi).as("%s at %s mol/kg", b, m).isCloseTo(1 + m * dLnGamma, within(1e-7));
        }
    }

    /** Mixture Gibbs–Duhem: d ln a_w = −M_w Σ m_i d ln(m_i γ_i) along an arbitrary direction; ions ignored. */
    @Test
    void mixtureGibbsDuhem() {
        final Map<Species, Double> base = new LinkedHashMap<>();
        base.put(SpeciesCatalog.SUCROSE, 1.2);
        base.put(SpeciesCatalog.GLUCOSE, 0.5);
        base.put(SpeciesCatalog.FRUCTOSE, 0.4);
        base.put(SpeciesCatalog.LACTOSE, 0.1);
        base.put(SpeciesCatalog.UREA, 2.0);
        base.put(SpeciesCatalog.ETHANOL, 0.7);
        base.put(SpeciesCatalog.BOH3, 0.01);
        base.put(SpeciesCatalog.SIO2, 0.002);
        base.put(SpeciesCatalog.OSMOLYTE, 0.1);
        base.put(SpeciesCatalog.NA, 0.5);
        base.put(SpeciesCatalog.CL, 0.5);
        final double[] direction = {0.3, -0.2, 0.5, 0.05, -0.7, 0.4, 0.002, 0.001, -0.05, 0.3, 0.3};
        final double eps = 1e-6;
        final Composition plus = shifted(base, direction, eps);
        final Composition minus = shifted(base, direction, -eps);
        final Composition mid = shifted(base, direction, 0);
        final double dLnAw = -MW * (MODEL.osmoticSum(plus, T25) - MODEL.osmoticSum(minus, T25)) / (2 * eps);
        double rhs = 0;
        for (int i = 0; i < mid.size(); i++) {
            final Species s = mid.species(i);
            if (!MODEL.supports(s)) {
                continue;
            }
            final double dLnMGamma = (Math.log(plus.molality(i)) + MODEL.lnActivityCoefficient(s, plus, T25)
                    - Math.log(minus.molality(i)) - MODEL.lnActivityCoefficient(s, minus, T25)) / (2 * eps);
            rhs += mid.molality(i) * dLnMGamma;
        }
        assertThat(dLnAw).isCloseTo(-MW * rhs, within(1e-9));
        // the mixture's osmotic sum is the sum of the binary ones (the documented mixing rule)
        double binarySum = 0;
        for (int i = 0; i < mid.size(); i++) {
            if (MODEL.supports(mid.species(i))) {
                binarySum += MODEL.osmoticSum(Composition.of(mid.species(i), mid.molality(i)), T25);
            }
        }
        assertThat(MODEL.osmoticSum(mid, T25)).isCloseTo(binarySum, within(1e-12));
    }

    private static Composition shifted(final Map<Species, Double> base, final double[] d, final double eps) {
        final Composition.Builder b = Composition.builder();
        int i = 0;
        for (Map.Entry<Species, Double> e : base.entrySet()) {
            b.add(e.getKey(), e.getValue() + eps * d[i++]);
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(NeutralBinary.class)
    void idealAtInfiniteDilution(final NeutralBinary b) {
        final Species s = species(b);
        for (double m : new double[] {1e-9, 1e-6}) {
            final Composition c = Composition.of(s, m);
            assertThat(MODEL.osmoticCoefficient(solution(c))).isCloseTo(1.0, within(20 * m));
            assertThat(MODEL.lnActivityCoefficient(s, c, T25)).isCloseTo(0.0, within(40 * m));
        }
        final Composition zero = Composition.of(s, 0.0);
        assertThat(MODEL.osmoticCoefficient(solution(zero))).isEqualTo(1.0);
        assertThat(MODEL.osmoticPressure(solution(zero))).isEqualTo(0.0);
        assertThat(MODEL.lnActivityCoefficient(s, zero, T25)).isEqualTo(0.0);
    }

    /**
     * π rises with concentration up to 1.25 × the fitted range, and every value is finite. (Further
     * out the ethanol series turns over near 13.3 mol/kg, 1.43 × its range: extrapolation is warned.)
     */
    @ParameterizedTest
    @EnumSource(NeutralBinary.class)
    void osmoticPressureRisesWithConcentration(final NeutralBinary b) {
        final Species s = species(b);
        double last = 0;
        for (int i = 1; i <= 300; i++) {
            final double m = 1.25 * range(b) * i / 300;
            final Solution sol = solution(Composition.of(s, m));
            final double pi = MODEL.osmoticPressure(sol);
            assertThat(pi).as("%s at %s mol/kg", b, m).isFinite().isGreaterThan(last);
            assertThat(MODEL.osmoticCoefficient(sol)).isFinite().isPositive();
            assertThat(MODEL.lnActivityCoefficient(s, sol.composition(), T25)).isFinite();
            last = pi;
        }
    }

    /** φ is smooth: second differences on a fine grid stay small against φ itself. */
    @ParameterizedTest
    @EnumSource(NeutralBinary.class)
    void osmoticCoefficientIsSmooth(final NeutralBinary b) {
        final Species s = species(b);
        final double h = range(b) / 200;
        for (int i = 1; i < 200; i++) {
            final double m = i * h;
            final double second = phi(s, m + h) - 2 * phi(s, m) + phi(s, m - h);
            assertThat(Math.abs(second)).as("%s at %s mol/kg", b, m).isLessThan(1e-3);
        }
    }

    private static double phi(final Species s, final double m) {
        return MODEL.osmoticCoefficient(solution(Composition.of(s, m)));
    }

    @Test
    void idealSolutesHavePhiOne() {
        for (Species s : List.of(SpeciesCatalog.BOH3, SpeciesCatalog.SIO2, SpeciesCatalog.OSMOLYTE)) {
            assertThat(phi(s, 0.05)).isEqualTo(1.0);
            assertThat(MODEL.lnActivityCoefficient(s, Composition.of(s, 0.05), T25)).isEqualTo(0.0);
        }
        // 0.3 osmol/kg of ideal particles at 25 °C: pi = RT M_w m / V_w
        final Solution sol = solution(Composition.of(SpeciesCatalog.OSMOLYTE, 0.3));
        final double expected = PhysicalConstants.GAS_CONSTANT * T25 * 0.3 * SharqawyPureWater.massDensity(T25);
        assertThat(MODEL.osmoticPressure(sol)).isCloseTo(expected, within(1e-9 * expected));
    }

    @Test
    void pureWaterDensityMatchesWaterTap() {
        // WaterTAP seawater_prop_pack asserts dens_mass_solvent 996.9 kg/m3 at 298.15 K (refdata, rel 1e-3)
        assertThat(SharqawyPureWater.massDensity(T25)).isCloseTo(996.9, within(0.05));
    }

    @Test
    void activityStateAgreesWithTheSeparateMethods() {
        final Composition c = Composition.builder().add(SpeciesCatalog.SUCROSE, 0.8).add(SpeciesCatalog.UREA, 0.3)
                .add(SpeciesCatalog.NA, 0.0).build();
        final Solution sol = solution(c);
        final ActivityState st = MODEL.activityState(sol);
        assertThat(st.osmoticCoefficient()).isEqualTo(MODEL.osmoticCoefficient(sol));
        assertThat(st.lnWaterActivity()).isEqualTo(MODEL.lnWaterActivity(sol));
        assertThat(st.lnActivityCoefficient()).containsExactly(MODEL.lnActivityCoefficients(sol));
        assertThat(st.lnActivityCoefficient()[2]).isEqualTo(0.0);
        assertThat(st.lnActivityCoefficient()[0]).isEqualTo(MODEL.lnActivityCoefficient(SpeciesCatalog.SUCROSE, c, T25));
        assertThat(st.lnWaterActivity()).isCloseTo(-MW * st.osmoticCoefficient() * 1.1, within(1e-15));
    }

    @Test
    void ionsAreIgnoredByTheSumButRefusedByTheSolutionMethods() {
        final Composition c = Composition.builder().add(SpeciesCatalog.SUCROSE, 0.5).add(SpeciesCatalog.NA, 0.6)
                .add(SpeciesCatalog.CL, 0.6).build();
        assertThat(MODEL.osmoticSum(c, T25))
                .isEqualTo(MODEL.osmoticSum(Composition.of(SpeciesCatalog.SUCROSE, 0.5), T25));
        assertThatThrownBy(() -> MODEL.osmoticPressure(solution(c)))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED))
                .hasMessageContaining("Na+");
        assertThat(MODEL.warnings(solution(c))).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.SOLUTE_NOT_IN_MODEL, WarningKind.SOLUTE_NOT_IN_MODEL);
        assertThatThrownBy(() -> MODEL.lnActivityCoefficient(SpeciesCatalog.NA, c, T25))
                .isInstanceOf(PermeateException.class).hasMessageContaining("neutral-solutes");
    }

    @Test
    void impossibleInputIsRefused() {
        final Composition c = Composition.of(SpeciesCatalog.SUCROSE, 1);
        assertThatThrownBy(() -> MODEL.osmoticSum(c, Double.NaN)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("temperature");
        assertThatThrownBy(() -> MODEL.osmoticSum(c, -3)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, 100))
                .isInstanceOf(PermeateException.class).hasMessageContaining("no water");
        assertThatThrownBy(() -> NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, -1))
                .isInstanceOf(PermeateException.class).hasMessageContaining("°Brix");
        assertThatThrownBy(() -> NeutralSolutes.molalityFromBrix(SpeciesCatalog.OSMOLYTE, 10))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> NeutralSolutes.brixFromMolality(SpeciesCatalog.SUCROSE, -0.1))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> NeutralSolutes.using(null)).isInstanceOf(PermeateException.class);
    }

    @Test
    void brixRoundTrip() {
        for (double brix : new double[] {0, 0.5, 2, 20, 42, 66, 80}) {
            final double m = NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, brix);
            assertThat(NeutralSolutes.brixFromMolality(SpeciesCatalog.SUCROSE, m)).isCloseTo(brix, within(1e-12));
        }
        // CRC: 42 wt % sucrose is 2.116 mol/kg
        assertThat(NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, 42)).isCloseTo(2.116, within(0.0005));
    }

    @Test
    void warningsMarkFittedRangesAndTemperatureBands() {
        assertThat(MODEL.warnings(solution(Composition.of(SpeciesCatalog.SUCROSE, 2.0)))).isEmpty();
        assertThat(MODEL.warnings(solution(Composition.of(SpeciesCatalog.SUCROSE, 6.5)))).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(MODEL.warnings(solution(Composition.of(SpeciesCatalog.LACTOSE, 0.4)))).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(MODEL.warnings(solution(Composition.of(SpeciesCatalog.ETHANOL, 1.0)))).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.NO_TEMPERATURE_DEPENDENCE);
        assertThat(MODEL.warnings(Composition.of(SpeciesCatalog.ETHANOL, 1.0), 278.15)).isEmpty();
        assertThat(MODEL.warnings(Composition.of(SpeciesCatalog.GLUCOSE, 1.0), 323.15)).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.NO_TEMPERATURE_DEPENDENCE);
        assertThat(MODEL.warnings(Composition.of(SpeciesCatalog.BOH3, 0.2), T25)).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        final Solution hot = new Solution(Composition.of(SpeciesCatalog.SUCROSE, 1.0), 473.15, 2e6);
        assertThat(MODEL.warnings(hot)).extracting(ModelWarning::kind).containsExactly(
                WarningKind.NO_TEMPERATURE_DEPENDENCE, WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        final ModelWarning w = MODEL.warnings(solution(Composition.of(SpeciesCatalog.UREA, 14.0))).get(0);
        assertThat(w.message()).contains("urea").contains("14 mol/kg").contains("13.08");
    }

    @Test
    void anInjectedWaterModelSetsTheMolarVolume() {
        final WaterModel fixed = new WaterModel() {
            @Override
            public String name() {
                return "fixed-1000";
            }

            @Override
            public double massDensity(final double temperature, final double pressure) {
                return 1000.0;
            }

            @Override
            public double dynamicViscosity(final double temperature, final double pressure) {
                return 1e-3;
            }

            @Override
            public double vapourPressure(final double temperature) {
                return 3169.0;
            }

            @Override
            public double saturationTemperature(final double pressure) {
                return 373.15;
            }

            @Override
            public List<ModelWarning> warnings(final double temperature, final double pressure) {
                return List.of();
            }
        };
        final Solution sol = solution(Composition.of(SpeciesCatalog.GLUCOSE, 1.0));
        final double ratio = NeutralSolutes.using(fixed).osmoticPressure(sol) / MODEL.osmoticPressure(sol);
        assertThat(ratio).isCloseTo(1000.0 / SharqawyPureWater.massDensity(T25), within(1e-12));
    }
}
