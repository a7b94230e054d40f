package org.permeate.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.seawater.SeawaterCorrelations;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Identities every property package must satisfy (STYLE.md habit 9), run over every package and
 * the kinds of solution it is meant for.
 */
class PropertyPackageIdentityTest {

    private static final double T25 = PhysicalConstants.T25;

    private static Composition nacl(final double m) {
        return Composition.builder().add(SpeciesCatalog.NA, m).add(SpeciesCatalog.CL, m).build();
    }

    /** Each package with a composition (per unit of "concentration") it is meant for. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(PropertyPackages.GENERAL, nacl(1.0), "NaCl"),
                Arguments.of(PropertyPackages.GENERAL, Composition.builder().add(SpeciesCatalog.CA, 1.0)
                        .add(SpeciesCatalog.CL, 2.0).build(), "CaCl2"),
                Arguments.of(PropertyPackages.GENERAL, Composition.builder().add(SpeciesCatalog.MG, 1.0)
                        .add(SpeciesCatalog.SO4, 1.0).build(), "MgSO4"),
                Arguments.of(PropertyPackages.GENERAL, ReferenceSeawater.composition(0.035).scaled(1 / 1.16), "seawater"),
                Arguments.of(PropertyPackages.GENERAL, Composition.of(SpeciesCatalog.SUCROSE, 1.0), "sucrose"),
                Arguments.of(PropertyPackages.GENERAL, Composition.builder().add(SpeciesCatalog.LACTOSE, 0.3)
                        .add(SpeciesCatalog.K, 0.4).add(SpeciesCatalog.CL, 0.4).build(), "lactose + KCl"),
                Arguments.of(PropertyPackages.SEAWATER, ReferenceSeawater.composition(0.035).scaled(1 / 1.16), "seawater"),
                Arguments.of(PropertyPackages.WATERTAP_NACL, nacl(1.0), "NaCl"));
    }

    /** π rises with concentration over each package's fitted range (here to about 1.5 mol/kg of solute units). */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void osmoticPressureRisesWithConcentration(final PropertyPackage pkg, final Composition unit, final String label) {
        double previous = 0;
        for (double f = 0.05; f <= 1.5; f += 0.05) {
            final Solution s = Solution.atAtmosphericPressure(unit.scaled(f), T25);
            final double pi = pkg.osmotic(s, RangePolicy.WARN).value().osmoticPressure();
            assertThat(pi).as("%s at factor %.2f", label, f).isGreaterThan(previous);
            previous = pi;
        }
    }

    /**
     * π rises with temperature at fixed composition, 5 to 50 °C: the range where every parameter
     * of every package is fitted (several Pitzer parameters are first-order expansions about
     * 25 °C; beyond ±25 K they carry a warning).
     */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void osmoticPressureRisesWithTemperature(final PropertyPackage pkg, final Composition unit, final String label) {
        double previous = 0;
        for (double t = 278.15; t <= 323.15; t += 2.5) {
            final Solution s = Solution.atAtmosphericPressure(unit.scaled(0.5), t);
            final double pi = pkg.osmotic(s, RangePolicy.WARN).value().osmoticPressure();
            assertThat(pi).as("%s at %.2f K", label, t).isGreaterThan(previous);
            previous = pi;
        }
    }

    /** NaCl, whose Pitzer parameters have full temperature functions: π rises with T up to 95 °C. */
    @Test
    void naclOsmoticPressureRisesToNinetyFiveDegrees() {
        for (PropertyPackage pkg : List.of(PropertyPackages.GENERAL, PropertyPackages.WATERTAP_NACL)) {
            double previous = 0;
            for (double t = 278.15; t <= 368.15; t += 5) {
                final double pi = pkg.osmotic(Solution.atAtmosphericPressure(nacl(1), t), RangePolicy.WARN).value()
                        .osmoticPressure();
                assertThat(pi).as("%s at %s K", pkg.name(), t).isGreaterThan(previous);
                previous = pi;
            }
        }
    }

    /**
     * π → van 't Hoff as the concentration → 0 for the general package (a thermodynamic model). The
     * two correlation packages do not meet this limit — Sharqawy's φ(S → 0) ≈ 0.90 and Bartholomew
     * &amp; Mauter's φ(w → 0) = 0.918, as fitted on finite ranges — so for them the test asserts
     * that the dilute region carries a warning instead of a silent error.
     */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void osmoticPressureTendsToVantHoff(final PropertyPackage pkg, final Composition unit, final String label) {
        final Solution dilute = Solution.atAtmosphericPressure(unit.scaled(1e-8), T25);
        final PropertyPackage.Result<OsmoticProperties> r = pkg.osmotic(dilute, RangePolicy.WARN);
        if (pkg == PropertyPackages.GENERAL) {
            // at 1e-8 of the unit composition the Debye-Hückel term 1 - phi ~ A_phi |z+ z-| sqrt(I) is below 3e-4
            assertThat(r.value().ratioToVantHoff()).as(label).isCloseTo(1.0, within(1e-3));
            assertThat(r.value().osmoticCoefficient()).isCloseTo(1.0, within(1e-3));
        } else {
            assertThat(r.value().ratioToVantHoff()).as(label).isNotCloseTo(1.0, within(0.02));
            assertThat(r.warnings()).extracting(ModelWarning::kind).as(label)
                    .contains(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        }
    }

    /**
     * The Pitzer model fed the reference composition of seawater (Millero et al. 2008) against the
     * Sharqawy et al. (2010) correlation. At 35 g/kg and 25 °C the issue asks for 1 %; measured
     * −0.35 % (φ 0.9037 against 0.9068). Over 10–70 g/kg and 5–40 °C they stay within 1.5 %.
     */
    @Test
    void pitzerSeawaterAgreesWithSharqawy() {
        final Solution s35 = Solution.atAtmosphericPressure(ReferenceSeawater.composition(0.035), T25);
        final double piPitzer = PropertyPackages.GENERAL.osmotic(s35, RangePolicy.WARN).value().osmoticPressure();
        final double piSharqawy = PropertyPackages.SEAWATER.osmotic(s35, RangePolicy.WARN).value().osmoticPressure();
        assertThat(piPitzer / piSharqawy - 1).isCloseTo(-0.0035, within(0.002));
        assertThat(Math.abs(piPitzer / piSharqawy - 1)).isLessThan(0.01);
        for (double sal = 0.010; sal <= 0.0701; sal += 0.01) {
            for (double t = 278.15; t <= 313.16; t += 5) {
                final Solution s = Solution.atAtmosphericPressure(ReferenceSeawater.composition(sal), t);
                final double a = PropertyPackages.PITZER.osmoticPressure(s);
                final double b = PropertyPackages.SEAWATER.osmotic().osmoticPressure(s);
                assertThat(a / b - 1).as("S=%.3f T=%.2f", sal, t).isCloseTo(0, within(0.015));
            }
        }
    }

    /**
     * The boiling point from the water activity (Raoult with a_w) against Sharqawy's own
     * boiling-point elevation correlation (eq. 36, at 100 °C): within 5 % of the elevation at
     * 35 and 70 g/kg.
     */
    @Test
    void boilingPointElevationAgreesWithSharqawyCorrelation() {
        for (double sal : new double[] {0.035, 0.070}) {
            final Solution s = Solution.atAtmosphericPressure(ReferenceSeawater.composition(sal), T25);
            final double tb = PropertyPackages.SEAWATER.boilingPoint(s, PhysicalConstants.STANDARD_ATMOSPHERE);
            final double pure = PropertyPackages.WATER.saturationTemperature(PhysicalConstants.STANDARD_ATMOSPHERE);
            final double bpe = SeawaterCorrelations.boilingPointElevation(sal, 373.15);
            assertThat(tb - pure).as("S=%s", sal).isCloseTo(bpe, within(0.05 * bpe));
        }
    }

    /**
     * Freezing point of seawater at 35 g/kg: −1.922 °C (the UNESCO 1983 freezing-point equation of
     * Millero &amp; Leung 1976 at practical salinity 35 and 1 atm); from the Pitzer and Sharqawy
     * water activities with the Robinson &amp; Stokes relation, within 0.03 K.
     */
    @Test
    void freezingPoints() {
        final Solution sw = Solution.atAtmosphericPressure(ReferenceSeawater.composition(0.035), T25);
        assertThat(PropertyPackages.GENERAL.freezingPoint(sw) - 273.15).isCloseTo(-1.922, within(0.03));
        assertThat(PropertyPackages.SEAWATER.freezingPoint(sw) - 273.15).isCloseTo(-1.922, within(0.03));
    }

    /** Impossible states are refused with the message naming the value and the limit. */
    @Test
    void refusesImpossibleStates() {
        final PropertyPackage p = PropertyPackages.GENERAL;
        assertThatThrownBy(() -> p.evaluate(Solution.atAtmosphericPressure(nacl(1), 263.15), RangePolicy.WARN))
                .isInstanceOf(PermeateException.class).hasMessageContaining("freezing point")
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.BELOW_FREEZING));
        assertThatThrownBy(() -> p.evaluate(Solution.atAtmosphericPressure(nacl(1), 378.15), RangePolicy.WARN))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.ABOVE_BOILING));
        // the same state under pressure is liquid
        assertThat(p.evaluate(new Solution(nacl(1), 378.15, 5e5), RangePolicy.WARN).osmotic().osmoticPressure())
                .isPositive();
        assertThatThrownBy(() -> p.evaluate(Solution.atAtmosphericPressure(nacl(6.5), T25), RangePolicy.WARN))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.ABOVE_SOLUBILITY))
                .hasMessageContaining("halite");
        assertThatThrownBy(() -> p.evaluate(Solution.atAtmosphericPressure(
                Composition.of(SpeciesCatalog.SUCROSE, 8.0), T25), RangePolicy.WARN))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.ABOVE_SOLUBILITY));
        assertThatThrownBy(() -> PropertyPackages.WATERTAP_NACL.evaluate(Solution.atAtmosphericPressure(
                Composition.of(SpeciesCatalog.SUCROSE, 0.1), T25), RangePolicy.WARN))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.SOLUTE_NOT_SUPPORTED));
    }

    @Test
    void strictModeRefusesWhatWarnModeReports() {
        final Solution cold = Solution.atAtmosphericPressure(ReferenceSeawater.composition(0.150), T25);
        final List<ModelWarning> w = PropertyPackages.SEAWATER.evaluate(cold, RangePolicy.WARN).warnings();
        assertThat(w).extracting(ModelWarning::kind).contains(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThatThrownBy(() -> PropertyPackages.SEAWATER.evaluate(cold, RangePolicy.STRICT))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.STRICT_RANGE));
    }

    /** Every value the general package reports is finite over a grid of states (no NaN anywhere). */
    @Test
    void noNaNOverAGridOfStates() {
        for (double f : new double[] {0, 1e-9, 1e-4, 0.01, 0.5, 1.5}) {
            for (double t = 273.15; t <= 368.15; t += 15) {
                for (double p : new double[] {1e5, 3e6, 8e6}) {
                    final Solution s = new Solution(ReferenceSeawater.composition(0.035).scaled(f), t, p);
                    final SolutionProperties r = PropertyPackages.GENERAL.evaluate(s, RangePolicy.WARN);
                    assertThat(List.of(r.osmotic().osmoticPressure(), r.osmotic().osmoticCoefficient(), r.massDensity(),
                            r.dynamicViscosity(), r.saltDiffusivity(), r.freezingPoint(), r.boilingPoint()))
                            .as("f=%s T=%s p=%s", f, t, p).allMatch(Double::isFinite);
                    r.species().forEach(sp -> assertThat(Double.isFinite(sp.activityCoefficient())
                            && Double.isFinite(sp.diffusivity())).isTrue());
                }
            }
        }
    }

    @Test
    void registryNamesEveryPackage() {
        assertThat(PropertyPackages.all()).containsOnlyKeys("pitzer", "seawater", "watertap-nacl");
        assertThat(PropertyPackages.get("Seawater")).isSameAs(PropertyPackages.SEAWATER);
        assertThatThrownBy(() -> PropertyPackages.get("magic")).hasMessageContaining("pitzer, seawater, watertap-nacl");
    }
}
