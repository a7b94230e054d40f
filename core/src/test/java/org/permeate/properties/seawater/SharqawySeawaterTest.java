package org.permeate.properties.seawater;

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

/** Identity, consistency and policy tests of {@link SharqawySeawater} and {@link SeawaterCorrelations}. */
class SharqawySeawaterTest {

    private static final SharqawySeawater MODEL = SharqawySeawater.INSTANCE;
    private static final double R = PhysicalConstants.GAS_CONSTANT;

    private static Solution seawater(final double s, final double celsius) {
        return Solution.atAtmosphericPressure(ReferenceSeawater.composition(s), celsius + 273.15);
    }

    // ---- limits and identities ----------------------------------------------------------------------

    @Test
    void osmoticPressureVanishesWithSalinityAndTendsToPhiAtZero() {
        for (double celsius : new double[] {0, 25, 60, 120}) {
            final double t = celsius + 273.15;
            assertThat(SeawaterCorrelations.osmoticPressure(0, t)).isZero();
            final double s = 1e-9;
            final double pi = SeawaterCorrelations.osmoticPressure(s, t);
            assertThat(pi).isPositive().isLessThan(0.1);
            final double ratio = pi / (SeawaterCorrelations.molality(s) * R * t * SeawaterCorrelations.pureWaterDensity(t));
            assertThat(ratio).isCloseTo(SeawaterCorrelations.osmoticCoefficient(0, t), within(1e-8));
        }
        // eq. 49 at s -> 0 and 25 °C: 0.89453 + 4.1561e-4*25 - 4.6262e-6*625 + 2.2211e-11*390625
        assertThat(SeawaterCorrelations.osmoticCoefficient(0, 298.15)).isCloseTo(0.9020376, within(1e-7));
    }

    @Test
    void osmoticPressureRisesWithSalinityAndTemperatureInsideTheFittedRange() {
        for (int c = 0; c <= 120; c += 5) {
            double previous = -1;
            for (int g = 0; g <= 120; g++) {
                final double pi = SeawaterCorrelations.osmoticPressure(g * 1e-3, c + 273.15);
                assertThat(pi).as("%d g/kg, %d °C", g, c).isGreaterThan(previous);
                previous = pi;
            }
        }
        for (int g = 1; g <= 120; g += 7) {
            double previous = 0;
            for (int c = 0; c <= 120; c++) {
                final double pi = SeawaterCorrelations.osmoticPressure(g * 1e-3, c + 273.15);
                assertThat(pi).as("%d g/kg, %d °C", g, c).isGreaterThan(previous);
                previous = pi;
            }
        }
    }

    @Test
    void waterActivityAndOsmoticPressureAgree() {
        for (double s : new double[] {0.001, 0.035, 0.07, 0.12}) {
            for (double c : new double[] {5, 25, 80}) {
                final Solution sol = seawater(s, c);
                final double t = sol.temperature();
                final double fromActivity = -R * t * MODEL.solventDensity(sol) * MODEL.lnWaterActivity(sol)
                        / PhysicalConstants.WATER_MOLAR_MASS;
                assertThat(fromActivity).isCloseTo(MODEL.osmoticPressure(sol), within(1e-12 * MODEL.osmoticPressure(sol)));
                // against the interface's default form with the reference molalities: equal within 1e-9
                final double generic = -PhysicalConstants.WATER_MOLAR_MASS * sol.composition().totalMolality()
                        * MODEL.osmoticCoefficient(sol);
                assertThat(MODEL.lnWaterActivity(sol)).isCloseTo(generic, within(1e-9 * Math.abs(generic)));
            }
        }
    }

    @Test
    void seawaterPropertiesReduceToPureWaterAtZeroSalinity() {
        final Solution water = Solution.atAtmosphericPressure(Composition.pureWater(), 318.15);
        final double t = water.temperature();
        assertThat(MODEL.massDensity(water)).isEqualTo(SeawaterCorrelations.pureWaterDensity(t));
        assertThat(MODEL.dynamicViscosity(water)).isEqualTo(SeawaterCorrelations.pureWaterViscosity(t));
        assertThat(MODEL.vapourPressure(water)).isEqualTo(SeawaterCorrelations.pureWaterVapourPressure(t));
        assertThat(MODEL.boilingPointElevation(water)).isZero();
        assertThat(MODEL.osmoticPressure(water)).isZero();
        assertThat(MODEL.lnWaterActivity(water)).isZero();
        assertThat(MODEL.saltDiffusivity(water)).isEqualTo(1.51e-9);
        // only the diffusivity's 25 °C is left to warn about
        assertThat(kinds(MODEL.warnings(water))).containsExactly(WarningKind.NO_TEMPERATURE_DEPENDENCE);
    }

    @Test
    void pureWaterValuesAreSensible() {
        // water at 25 °C: 997.05 kg/m3, 0.890 mPa s, 3.17 kPa (IAPWS); the fits are within their stated accuracy
        assertThat(SeawaterCorrelations.pureWaterDensity(298.15)).isCloseTo(997.05, within(0.2));
        assertThat(SeawaterCorrelations.pureWaterViscosity(298.15)).isCloseTo(0.890e-3, within(0.005e-3));
        assertThat(SeawaterCorrelations.pureWaterVapourPressure(298.15)).isCloseTo(3169.9, within(2.0));
        // normal boiling point: p_w(373.124 K) = 101325 Pa (IAPWS-95: 99.974 °C)
        assertThat(SeawaterCorrelations.pureWaterVapourPressure(373.124)).isCloseTo(101325, within(50.0));
    }

    @Test
    void diffusivityIsTheSaltDiffusivityForEverySpecies() {
        final Solution sol = seawater(0.035, 25);
        assertThat(MODEL.diffusivity(sol, SpeciesCatalog.MG)).isEqualTo(MODEL.saltDiffusivity(sol));
        assertThat(MODEL.diffusivity(sol, SpeciesCatalog.CL)).isEqualTo(MODEL.saltDiffusivity(sol));
    }

    @Test
    void enthalpyGradientAndHeatCapacity() {
        // Nayar's h and Sharqawy's cp are independent fits; with the MIT-library coefficients dh/dT agrees with cp
        // within 1.3 % over 10-80 °C, 0-120 g/kg (largest, -1.25 %, at 120 g/kg and 10 °C)
        for (int g = 0; g <= 120; g += 10) {
            for (int c = 10; c <= 80; c += 5) {
                final double s = g * 1e-3;
                final double t = c + 273.15;
                final double dhdt = (SeawaterCorrelations.specificEnthalpyMitLibrary(s, t + 1e-3, 101325)
                        - SeawaterCorrelations.specificEnthalpyMitLibrary(s, t - 1e-3, 101325)) / 2e-3;
                assertThat(dhdt).as("%d g/kg, %d °C", g, c)
                        .isCloseTo(SeawaterCorrelations.specificHeatCapacity(s, t),
                                within(0.013 * SeawaterCorrelations.specificHeatCapacity(s, t)));
            }
        }
        // documents WaterTAP's coefficients: 3 % off at 35 g/kg, 50 °C (see SeawaterCorrelations.specificEnthalpy)
        final double s = 0.035;
        final double t = 323.15;
        final double dhdt = (SeawaterCorrelations.specificEnthalpy(s, t + 1e-3, 101325)
                - SeawaterCorrelations.specificEnthalpy(s, t - 1e-3, 101325)) / 2e-3;
        assertThat(dhdt / SeawaterCorrelations.specificHeatCapacity(s, t) - 1).isCloseTo(-0.031, within(0.002));
        // both forms agree for pure water and older WaterTAP's 9.9765e4 J/kg is the MIT-library value
        assertThat(SeawaterCorrelations.specificEnthalpy(0, t, 2e6))
                .isEqualTo(SeawaterCorrelations.specificEnthalpyMitLibrary(0, t, 2e6));
        assertThat(SeawaterCorrelations.specificEnthalpyMitLibrary(0.035, 298.15, 101325)).isCloseTo(9.9765e4, within(5.0));
    }

    @Test
    void vapourPressureLowersAndBoilingPointRisesWithSalinity() {
        for (int g = 1; g <= 120; g++) {
            final double s = g * 1e-3;
            assertThat(SeawaterCorrelations.vapourPressure(s, 333.15))
                    .isLessThan(SeawaterCorrelations.vapourPressure(s - 1e-3, 333.15));
            assertThat(SeawaterCorrelations.boilingPointElevation(s, 373.15))
                    .isGreaterThan(SeawaterCorrelations.boilingPointElevation(s - 1e-3, 373.15));
        }
    }

    @Test
    void everyPropertyIsFiniteOverTheWholeDomain() {
        for (double s = 0; s < 1; s += 0.01) {
            final int steps = 200;
            for (int k = 0; k <= steps; k++) {
                // both ends of the domain included (min() undoes the rounding of the last step)
                final double t = Math.min(SeawaterCorrelations.MAX_TEMPERATURE, SeawaterCorrelations.MIN_TEMPERATURE
                        + (SeawaterCorrelations.MAX_TEMPERATURE - SeawaterCorrelations.MIN_TEMPERATURE) * k / steps);
                final double[] v = {
                    SeawaterCorrelations.massDensity(s, t), SeawaterCorrelations.dynamicViscosity(s, t),
                    SeawaterCorrelations.saltDiffusivity(s), SeawaterCorrelations.osmoticCoefficient(s, t),
                    SeawaterCorrelations.osmoticPressure(s, t), SeawaterCorrelations.lnWaterActivity(s, t),
                    SeawaterCorrelations.specificHeatCapacity(s, t), SeawaterCorrelations.specificEnthalpy(s, t, 1e7),
                    SeawaterCorrelations.vapourPressure(s, t), SeawaterCorrelations.thermalConductivity(s, t),
                    SeawaterCorrelations.latentHeatOfVaporisation(s, t), SeawaterCorrelations.boilingPointElevation(s, t),
                };
                for (double x : v) {
                    assertThat(Double.isFinite(x)).as("s=%s T=%s", s, t).isTrue();
                }
                assertThat(SeawaterCorrelations.dynamicViscosity(s, t)).isPositive();
                assertThat(SeawaterCorrelations.saltDiffusivity(s)).isGreaterThan(1.47e-9);
            }
        }
    }

    // ---- policy: exceptions and warnings ----------------------------------------------------------------

    @Test
    void temperaturesOutsideTheDomainAreRefusedNamingValueAndRange() {
        final Solution cold = Solution.atAtmosphericPressure(ReferenceSeawater.composition(0.035), 200);
        assertThatThrownBy(() -> MODEL.osmoticPressure(cold))
                .isInstanceOfSatisfying(PermeateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Message.OUT_OF_RANGE);
                    assertThat(e.getMessage()).contains("temperature").contains("200 K").contains("233.15 K")
                            .contains("647.096 K");
                });
        assertThatThrownBy(() -> SeawaterCorrelations.thermalConductivity(0.035, 650))
                .isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> SharqawySeawater.salinityForOsmoticPressure(1e6, 600))
                .isInstanceOfSatisfying(PermeateException.class, e -> assertThat(e.kind()).isEqualTo(Message.OUT_OF_RANGE));
        assertThatThrownBy(() -> SeawaterCorrelations.massDensity(1.0, 300)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> SeawaterCorrelations.specificEnthalpy(0.035, 300, 0))
                .isInstanceOfSatisfying(PermeateException.class, e -> assertThat(e.kind()).isEqualTo(Message.NOT_ABOVE));
    }

    @Test
    void standardSeawaterRaisesNoWarning() {
        assertThat(MODEL.warnings(seawater(0.035, 25))).isEmpty();
        assertThat(MODEL.warnings(seawater(0.035, 25), SeawaterProperty.values())).isEmpty();
    }

    @Test
    void eachRangeIsReportedWithItsKindAndSource() {
        // brackish water: eq. 49 was fitted from 10 g/kg
        assertThat(kinds(MODEL.warnings(seawater(0.005, 25))))
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(MODEL.warnings(seawater(0.005, 25)).get(0).source()).contains("eq. 49");
        // 10 °C: the diffusivity is NaCl's at 25 °C
        final List<ModelWarning> cold = MODEL.warnings(seawater(0.035, 10));
        assertThat(kinds(cold)).containsExactly(WarningKind.NO_TEMPERATURE_DEPENDENCE);
        // 130 g/kg: density and viscosity are fine to 150, eq. 49 stops at 120
        assertThat(MODEL.warnings(seawater(0.130, 25))).extracting(ModelWarning::source).singleElement()
                .asString().contains("eq. 49");
        // 5 °C enthalpy (fitted from 10 °C) and 15 MPa
        final Solution sol = new Solution(ReferenceSeawater.composition(0.035), 278.15, 15e6);
        assertThat(kinds(MODEL.warnings(sol, SeawaterProperty.ENTHALPY))).containsExactly(
                WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE);
        // 190 °C: outside density, viscosity, phi (0-120), the diffusivity's 25 °C
        assertThat(MODEL.warnings(seawater(0.035, 190))).hasSize(4);
    }

    @Test
    void naclFedToTheSeawaterModelIsFlagged() {
        final double m = 0.6;
        final Composition nacl = Composition.builder().add(SpeciesCatalog.NA, m).add(SpeciesCatalog.CL, m).build();
        final List<ModelWarning> w = MODEL.warnings(Solution.atAtmosphericPressure(nacl, 298.15));
        assertThat(kinds(w)).containsExactly(WarningKind.COMPOSITION_DIFFERS_FROM_MODEL);
        assertThat(w.get(0).message()).contains("100 %");
        // the value is still computed, from the salinity
        assertThat(MODEL.osmoticPressure(Solution.atAtmosphericPressure(nacl, 298.15)))
                .isEqualTo(SeawaterCorrelations.osmoticPressure(nacl.soluteMassFraction(), 298.15));
    }

    @Test
    void everySoluteWithMassIsPartOfTheSalinityButOsmolytesAreNot() {
        assertThat(MODEL.supports(SpeciesCatalog.NA)).isTrue();
        assertThat(MODEL.supports(SpeciesCatalog.SIO2)).isTrue();
        assertThat(MODEL.supports(SpeciesCatalog.OSMOLYTE)).isFalse();
        final Composition c = ReferenceSeawater.composition(0.035).with(SpeciesCatalog.OSMOLYTE, 0.1);
        assertThat(kinds(MODEL.warnings(Solution.atAtmosphericPressure(c, 298.15))))
                .containsExactly(WarningKind.SOLUTE_NOT_IN_MODEL);
    }

    // ---- inverse helpers ---------------------------------------------------------------------------------

    @Test
    void salinityForOsmoticPressureInvertsTheForwardModel() {
        for (double s : new double[] {1e-6, 0.001, 0.035, 0.07, 0.12, 0.2}) {
            for (double c : new double[] {0, 25, 90}) {
                final double t = c + 273.15;
                final double pi = SeawaterCorrelations.osmoticPressure(s, t);
                assertThat(SharqawySeawater.salinityForOsmoticPressure(pi, t)).isCloseTo(s, within(1e-11));
            }
        }
        assertThat(SharqawySeawater.salinityForOsmoticPressure(0, 298.15)).isZero();
    }

    @Test
    void temperatureForVapourPressureInvertsTheForwardModel() {
        for (double s : new double[] {0, 0.035, 0.12}) {
            for (double c : new double[] {1, 25, 70, 150}) {
                final double t = c + 273.15;
                final double p = SeawaterCorrelations.vapourPressure(s, t);
                assertThat(SharqawySeawater.temperatureForVapourPressure(p, s)).isCloseTo(t, within(1e-8));
            }
        }
    }

    @Test
    void inverseFailuresAreTyped() {
        assertThatThrownBy(() -> SharqawySeawater.salinityForOsmoticPressure(1e9, 298.15))
                .isInstanceOfSatisfying(PermeateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Message.NOT_BRACKETED);
                    assertThat(e.getMessage()).contains("1e9 Pa").contains("0.25");
                });
        assertThatThrownBy(() -> SharqawySeawater.salinityForOsmoticPressure(1e7, 298.15, 4))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NO_CONVERGENCE));
        assertThatThrownBy(() -> SharqawySeawater.salinityForOsmoticPressure(-1, 298.15))
                .isInstanceOfSatisfying(PermeateException.class, e -> assertThat(e.kind()).isEqualTo(Message.TOO_SMALL));
        assertThatThrownBy(() -> SharqawySeawater.temperatureForVapourPressure(1.0, 0.035))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NOT_BRACKETED));
        assertThatThrownBy(() -> SharqawySeawater.temperatureForVapourPressure(3e4, 0.06, 3))
                .isInstanceOfSatisfying(PermeateException.class,
                        e -> assertThat(e.kind()).isEqualTo(Message.NO_CONVERGENCE));
    }

    // ---- performance contract ---------------------------------------------------------------------------

    @Test
    void perStateMethodsDoNotAllocate() {
        final Solution sol = seawater(0.035, 25);
        final long allocated = Allocations.bytesAllocatedBy(20_000, () -> sumOfProperties(sol));
        // 20 000 x 10 calls: anything per call would be megabytes; allow a little for the bean itself
        assertThat(allocated).isLessThan(10_000);
    }

    private static double sumOfProperties(final Solution sol) {
        return MODEL.osmoticPressure(sol) + MODEL.osmoticCoefficient(sol) + MODEL.lnWaterActivity(sol)
                + MODEL.massDensity(sol) + MODEL.dynamicViscosity(sol) + MODEL.saltDiffusivity(sol)
                + MODEL.specificEnthalpy(sol) + MODEL.vapourPressure(sol) + MODEL.thermalConductivity(sol)
                + MODEL.specificHeatCapacity(sol);
    }

    private static List<WarningKind> kinds(final List<ModelWarning> warnings) {
        return warnings.stream().map(ModelWarning::kind).toList();
    }
}
