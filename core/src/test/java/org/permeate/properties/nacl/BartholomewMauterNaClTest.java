package org.permeate.properties.nacl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.Allocations;

/** Identity, consistency and policy tests of {@link BartholomewMauterNaCl}. */
class BartholomewMauterNaClTest {

    private static final BartholomewMauterNaCl MODEL = BartholomewMauterNaCl.INSTANCE;
    private static final double R = PhysicalConstants.GAS_CONSTANT;

    private static Solution nacl(final double w, final double kelvin) {
        return Solution.atAtmosphericPressure(BartholomewMauterNaCl.composition(w), kelvin);
    }

    @Test
    void massFractionRoundTripsThroughTheComposition() {
        for (double w : new double[] {0, 1e-9, 0.001, 0.035, 0.26, 0.5}) {
            assertThat(MODEL.massFraction(BartholomewMauterNaCl.composition(w))).isCloseTo(w, within(1e-15 + 1e-14 * w));
            assertThat(BartholomewMauterNaCl.composition(w).soluteMassFraction()).isCloseTo(w, within(1e-15 + 1e-14 * w));
        }
    }

    @Test
    void watertapMolalityDiffersFromOursOnlyByTheMolarMass() {
        // WaterTAP's 0.05844 kg/mol vs Na + Cl of IUPAC 2005, 0.05844276928: 4.7e-5 relative
        final Composition c = BartholomewMauterNaCl.composition(0.035);
        final double ratio = BartholomewMauterNaCl.molality(0.035) / c.molality(SpeciesCatalog.NA);
        assertThat(ratio - 1).isCloseTo(4.74e-5, within(0.01e-5));
    }

    @Test
    void osmoticPressureVanishesAtInfiniteDilutionWithPhiTending0918() {
        assertThat(BartholomewMauterNaCl.osmoticPressure(0, 298.15)).isZero();
        final double w = 1e-10;
        final double pi = BartholomewMauterNaCl.osmoticPressure(w, 298.15);
        final double ratio = pi / (2 * BartholomewMauterNaCl.molality(w) * 1000 * R * 298.15);
        assertThat(ratio).isCloseTo(0.918, within(1e-9));
    }

    @Test
    void osmoticPressureRisesWithConcentrationAndTemperature() {
        double previous = -1;
        for (int i = 0; i <= 300; i++) {
            final double pi = BartholomewMauterNaCl.osmoticPressure(i * 1e-3, 298.15);
            assertThat(pi).isGreaterThan(previous);
            previous = pi;
        }
        assertThat(BartholomewMauterNaCl.osmoticPressure(0.035, 310))
                .isCloseTo(BartholomewMauterNaCl.osmoticPressure(0.035, 298.15) * 310 / 298.15, within(1e-6));
    }

    @Test
    void waterActivityAndOsmoticPressureAgree() {
        for (double w : new double[] {0.001, 0.035, 0.26}) {
            final Solution sol = nacl(w, 298.15);
            final double fromActivity = -R * 298.15 * BartholomewMauterNaCl.WATER_DENSITY * MODEL.lnWaterActivity(sol)
                    / PhysicalConstants.WATER_MOLAR_MASS;
            assertThat(fromActivity).isCloseTo(MODEL.osmoticPressure(sol), within(1e-12 * MODEL.osmoticPressure(sol)));
        }
    }

    @Test
    void pureWaterIsAllowed() {
        final Solution water = Solution.atAtmosphericPressure(Composition.pureWater(), 298.15);
        assertThat(MODEL.massDensity(water)).isEqualTo(995.0);
        assertThat(MODEL.osmoticPressure(water)).isZero();
        assertThat(MODEL.dynamicViscosity(water)).isEqualTo(9.80e-4);
        assertThat(MODEL.warnings(water)).isEmpty();
    }

    @Test
    void otherSolutesAreRefused() {
        final Composition kcl = Composition.builder().add(SpeciesCatalog.K, 0.5).add(SpeciesCatalog.CL, 0.5).build();
        assertThatThrownBy(() -> MODEL.osmoticPressure(Solution.atAtmosphericPressure(kcl, 298.15)))
                .isInstanceOfSatisfying(PermeateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED);
                    assertThat(e.getMessage()).contains("watertap-nacl").contains("K+").contains("Na+ and Cl-");
                });
        final Composition seawaterLike = BartholomewMauterNaCl.composition(0.035).with(SpeciesCatalog.MG, 1e-6);
        assertThatThrownBy(() -> MODEL.massDensity(Solution.atAtmosphericPressure(seawaterLike, 298.15)))
                .isInstanceOf(PermeateException.class);
        // a species present with zero molality is not a solute
        final Composition withZero = BartholomewMauterNaCl.composition(0.035).with(SpeciesCatalog.MG, 0.0);
        assertThat(MODEL.massFraction(withZero)).isCloseTo(0.035, within(1e-15));
    }

    @Test
    void naAndClMustBeOneToOne() {
        final double m = 0.6;
        final Composition off = Composition.builder().add(SpeciesCatalog.NA, m * (1 + 1e-8)).add(SpeciesCatalog.CL, m).build();
        assertThatThrownBy(() -> MODEL.massFraction(off))
                .isInstanceOfSatisfying(PermeateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED);
                    assertThat(e.getMessage()).contains("unequal");
                });
        final Composition close = Composition.builder().add(SpeciesCatalog.NA, m * (1 + 1e-10)).add(SpeciesCatalog.CL, m).build();
        assertThat(MODEL.massFraction(close)).isPositive();
        final Composition onlyNa = Composition.of(SpeciesCatalog.NA, m);
        assertThatThrownBy(() -> MODEL.massFraction(onlyNa)).isInstanceOf(PermeateException.class);
    }

    @Test
    void warningsNameTheFittedTemperatureAndRange() {
        assertThat(MODEL.warnings(nacl(0.035, 298.15))).isEmpty();
        assertThat(MODEL.warnings(nacl(0.259, 298.4))).isEmpty();
        final List<ModelWarning> warm = MODEL.warnings(nacl(0.035, 308.15));
        assertThat(warm).extracting(ModelWarning::kind).containsExactly(WarningKind.NO_TEMPERATURE_DEPENDENCE);
        assertThat(warm.get(0).message()).contains("35 °C").contains("25 °C");
        final List<ModelWarning> strong = MODEL.warnings(nacl(0.30, 298.15));
        assertThat(strong).extracting(ModelWarning::kind).containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(strong.get(0).message()).contains("30 %").contains("0 to 26 %");
    }

    @Test
    void impossibleInputIsRefused() {
        assertThatThrownBy(() -> BartholomewMauterNaCl.massDensity(1.0)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> BartholomewMauterNaCl.osmoticPressure(0.035, 0))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NOT_POSITIVE_TEMPERATURE));
        assertThatThrownBy(() -> BartholomewMauterNaCl.specificEnthalpy(0.035, 298.15, -1))
                .isInstanceOf(PermeateException.class);
    }

    @Test
    void massFractionForOsmoticPressureInvertsTheForwardModel() {
        for (double w : new double[] {1e-6, 0.001, 0.035, 0.1, 0.26, 0.4}) {
            for (double t : new double[] {278.15, 298.15, 333.15}) {
                final double pi = BartholomewMauterNaCl.osmoticPressure(w, t);
                assertThat(BartholomewMauterNaCl.massFractionForOsmoticPressure(pi, t)).isCloseTo(w, within(1e-11));
            }
        }
        assertThat(BartholomewMauterNaCl.massFractionForOsmoticPressure(0, 298.15)).isZero();
    }

    @Test
    void inverseFailuresAreTyped() {
        assertThatThrownBy(() -> BartholomewMauterNaCl.massFractionForOsmoticPressure(1e10, 298.15))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NOT_BRACKETED));
        assertThatThrownBy(() -> BartholomewMauterNaCl.massFractionForOsmoticPressure(1e7, 298.15, 4))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NO_CONVERGENCE));
        assertThatThrownBy(() -> BartholomewMauterNaCl.massFractionForOsmoticPressure(Double.NaN, 298.15))
                .isInstanceOf(PermeateException.class);
    }

    @Test
    void diffusivityIsPositiveEverywhereAndTheSameForBothIons() {
        for (int i = 0; i < 1000; i++) {
            assertThat(BartholomewMauterNaCl.saltDiffusivity(i * 1e-3)).isGreaterThan(1.47e-9);
        }
        final Solution sol = nacl(0.035, 298.15);
        assertThat(MODEL.diffusivity(sol, SpeciesCatalog.NA)).isEqualTo(MODEL.saltDiffusivity(sol));
    }

    @Test
    void perStateMethodsDoNotAllocate() {
        final Solution sol = nacl(0.035, 298.15);
        final long allocated = Allocations.bytesAllocatedBy(20_000, () -> sum(sol));
        assertThat(allocated).isLessThan(10_000);
    }

    private static double sum(final Solution sol) {
        return MODEL.osmoticPressure(sol) + MODEL.osmoticCoefficient(sol) + MODEL.lnWaterActivity(sol)
                + MODEL.massDensity(sol) + MODEL.dynamicViscosity(sol) + MODEL.saltDiffusivity(sol)
                + MODEL.specificEnthalpy(sol);
    }
}
