package org.permeate.properties.brine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/** Limits, monotonicity, consistency of the ion pairing, warnings, guards. */
class LaliberteIdentityTest {

    private static final LaliberteDensity DENSITY = LaliberteDensity.INSTANCE;
    private static final LaliberteViscosity VISCOSITY = LaliberteViscosity.INSTANCE;

    private static Solution at(final Composition c, final double celsius) {
        return ReferenceData.at(c, celsius);
    }

    @Test
    void namesAndInstances() {
        assertThat(DENSITY.name()).isEqualTo("laliberte-cooper-2004");
        assertThat(VISCOSITY.name()).isEqualTo("laliberte-2007");
    }

    @Test
    void pureWaterIsThePureWaterEquations() {
        for (double celsius = 0; celsius <= 100; celsius += 5) {
            final Solution s = at(Composition.pureWater(), celsius);
            final double rho = LaliberteDensity.pureWaterDensity(s.temperature());
            final double eta = LaliberteViscosity.pureWaterViscosity(s.temperature());
            assertThat(DENSITY.massDensity(s)).isCloseTo(rho, within(1e-12 * rho));
            assertThat(VISCOSITY.dynamicViscosity(s)).isCloseTo(eta, within(1e-12 * eta));
            assertThat(DENSITY.warnings(s)).isEmpty();
            assertThat(VISCOSITY.warnings(s)).isEmpty();
        }
    }

    /** The water limit is continuous: 1e-9 mol/kg of salt changes nothing beyond 1e-9 relative. */
    @Test
    void infiniteDilutionTendsToPureWater() {
        for (String salt : List.of("NaCl", "MgSO4", "CaCl2", "KHCO3", "Na2HPO4", "sucrose", "ethanol", "urea")) {
            final Solution s = at(ReferenceData.binary(salt, 1e-9), 25.0);
            final Solution w = at(Composition.pureWater(), 25.0);
            assertThat(DENSITY.massDensity(s) / DENSITY.massDensity(w) - 1).as(salt).isCloseTo(0.0, within(1e-8));
            assertThat(VISCOSITY.dynamicViscosity(s) / VISCOSITY.dynamicViscosity(w) - 1).as(salt)
                    .isCloseTo(0.0, within(1e-7));
        }
    }

    @Test
    void densityRisesWithSalt() {
        for (String salt : List.of("NaCl", "CaCl2", "MgSO4", "Na2SO4", "KCl", "sucrose")) {
            for (double celsius : new double[] {5, 25, 60, 95}) {
                double previous = DENSITY.massDensity(at(Composition.pureWater(), celsius));
                for (double w = 0.005; w <= 0.20; w += 0.005) {
                    final double rho = DENSITY.massDensity(at(ReferenceData.binary(salt, w), celsius));
                    assertThat(rho).as("%s w=%s t=%s", salt, w, celsius).isGreaterThan(previous);
                    previous = rho;
                }
            }
        }
        double previous = 0;
        for (double f = 0; f <= 2.5; f += 0.1) {
            final double rho = DENSITY.massDensity(at(ReferenceData.seawater(f), 25));
            assertThat(rho).isGreaterThan(previous);
            previous = rho;
        }
    }

    @Test
    void viscosityFallsWithTemperature() {
        for (Composition c : List.of(Composition.pureWater(), ReferenceData.binary("NaCl", 0.1),
                ReferenceData.seawater(1), ReferenceData.seawater(2), ReferenceData.binary("sucrose", 0.4),
                ReferenceData.binary("MgSO4", 0.15))) {
            double previous = Double.POSITIVE_INFINITY;
            for (double celsius = 0; celsius <= 100; celsius += 2) {
                final double eta = VISCOSITY.dynamicViscosity(at(c, celsius));
                assertThat(eta).as("%s at %s C", c, celsius).isLessThan(previous);
                previous = eta;
            }
        }
    }

    /** A salt given as its ions equals the salt given directly as a Laliberté solute (1e-12 relative). */
    @Test
    void saltAsIonsEqualsSaltGivenDirectly() {
        for (String salt : List.of("NaCl", "CaCl2", "MgSO4", "Na2SO4", "(NH4)2SO4", "K3PO4", "Ca(NO3)2")) {
            for (double w : new double[] {0.001, 0.05, 0.2}) {
                final Composition c = ReferenceData.binary(salt, w);
                final List<LaliberteSolute> direct = List.of(LaliberteSolutes.get(salt));
                for (double celsius : new double[] {10, 25, 50}) {
                    final double t = celsius + PhysicalConstants.ZERO_CELSIUS;
                    final double wc = c.soluteMassFraction();
                    assertThat(DENSITY.massDensity(at(c, celsius)))
                            .isCloseTo(DENSITY.massDensity(direct, new double[] {wc}, t), within(1e-9));
                    assertThat(VISCOSITY.dynamicViscosity(at(c, celsius)))
                            .isCloseTo(VISCOSITY.dynamicViscosity(direct, new double[] {wc}, t), within(1e-15));
                }
            }
        }
    }

    /**
     * One cation, two anions: the equivalent-fraction pairing must give NaCl and Na2SO4 in proportion to
     * the anion equivalents, i.e. the direct two-salt mixture.
     */
    @Test
    void pairingSplitsByEquivalentFractions() {
        final double mCl = 0.5;
        final double mSo4 = 0.2;
        final Composition c = Composition.of(Map.of(SpeciesCatalog.NA, mCl + 2 * mSo4,
                SpeciesCatalog.CL, mCl, SpeciesCatalog.SO4, mSo4));
        final double solution = 1 + c.soluteMassPerWaterMass();
        final double wNaCl = mCl * ReferenceData.formulaMass("NaCl") / solution;
        final double wNa2SO4 = mSo4 * ReferenceData.formulaMass("Na2SO4") / solution;
        final List<LaliberteSolute> direct = List.of(LaliberteSolutes.get("NaCl"), LaliberteSolutes.get("Na2SO4"));
        final double t = 298.15;
        assertThat(DENSITY.massDensity(Solution.atAtmosphericPressure(c, t)))
                .isCloseTo(DENSITY.massDensity(direct, new double[] {wNaCl, wNa2SO4}, t), within(1e-9));
        assertThat(VISCOSITY.dynamicViscosity(Solution.atAtmosphericPressure(c, t)))
                .isCloseTo(VISCOSITY.dynamicViscosity(direct, new double[] {wNaCl, wNa2SO4}, t), within(1e-15));
    }

    /** A small imbalance is absorbed smoothly: 1 % more chloride moves the density by about its mass. */
    @Test
    void smallChargeImbalanceIsNormalised() {
        final Composition balanced = Composition.of(Map.of(SpeciesCatalog.NA, 1.0, SpeciesCatalog.CL, 1.0));
        final Composition off = Composition.of(Map.of(SpeciesCatalog.NA, 1.0, SpeciesCatalog.CL, 1.01));
        final double r0 = DENSITY.massDensity(at(balanced, 25));
        final double r1 = DENSITY.massDensity(at(off, 25));
        assertThat(r1 / r0 - 1).isBetween(0.0, 3e-4);
        assertThat(DENSITY.warnings(at(off, 25))).isEmpty();
        final Composition bad = Composition.of(Map.of(SpeciesCatalog.NA, 1.0, SpeciesCatalog.CL, 1.3));
        assertThat(kinds(DENSITY.warnings(at(bad, 25)))).contains(WarningKind.CHARGE_IMBALANCE);
        // ions with no counter-ion at all still give a finite answer
        final Composition lone = Composition.of(SpeciesCatalog.NA, 0.5);
        assertThat(DENSITY.massDensity(at(lone, 25))).isGreaterThan(DENSITY.massDensity(at(Composition.pureWater(), 25)));
        assertThat(VISCOSITY.dynamicViscosity(at(Composition.of(SpeciesCatalog.SO4, 0.2), 25))).isPositive();
    }

    @Test
    void osmolytesCarryNoMass() {
        final Composition sea = ReferenceData.seawater(1);
        final Composition withOsmolyte = sea.with(SpeciesCatalog.OSMOLYTE, 1.0);
        assertThat(DENSITY.massDensity(at(withOsmolyte, 25))).isEqualTo(DENSITY.massDensity(at(sea, 25)));
        assertThat(VISCOSITY.dynamicViscosity(at(withOsmolyte, 25))).isEqualTo(VISCOSITY.dynamicViscosity(at(sea, 25)));
    }

    @Test
    void seawaterInsideEveryRangeAt25CButNotAt5C() {
        final Solution s25 = at(ReferenceData.seawater(1), 25);
        assertThat(DENSITY.warnings(s25)).isEmpty();
        assertThat(VISCOSITY.warnings(s25)).isEmpty();
        final List<ModelWarning> cold = VISCOSITY.warnings(at(ReferenceData.seawater(1), 5));
        assertThat(kinds(cold)).containsOnly(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        assertThat(cold.toString()).contains("MgCl2");
    }

    @Test
    void concentrationAndTemperatureWarnings() {
        assertThat(DENSITY.warnings(at(ReferenceData.binary("NaCl", 0.25), 20))).isEmpty();
        assertThat(kinds(DENSITY.warnings(at(ReferenceData.binary("NaCl", 0.28), 20))))
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(kinds(VISCOSITY.warnings(at(ReferenceData.binary("sucrose", 0.6), 10))))
                .contains(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        assertThat(kinds(VISCOSITY.warnings(at(ReferenceData.binary("MgCl2", 0.1), 80))))
                .containsExactly(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        final Solution pressurised = new Solution(ReferenceData.seawater(1), 298.15, 6e6);
        // compression is added by PressureCorrectedDensity, not reported as a range problem here
        assertThat(DENSITY.warnings(pressurised)).isEmpty();
        assertThat(VISCOSITY.warnings(pressurised)).isEmpty();
    }

    @Test
    void missingPairsUseTheDocumentedStandIn() {
        // calcium bicarbonate has no coefficients: Ca(NO3)2 stands in, with the salt's own mass fraction
        final Composition c = Composition.of(Map.of(SpeciesCatalog.CA, 0.01, SpeciesCatalog.HCO3, 0.02));
        final double w = c.soluteMassFraction();
        final double t = 298.15;
        final Solution s = Solution.atAtmosphericPressure(c, t);
        assertThat(DENSITY.massDensity(s)).isCloseTo(
                DENSITY.massDensity(List.of(LaliberteSolutes.get("Ca(NO3)2")), new double[] {w}, t), within(1e-9));
        assertThat(kinds(DENSITY.warnings(s))).containsExactly(WarningKind.MISSING_INTERACTION_PARAMETERS);
        assertThat(DENSITY.warnings(s).get(0).message()).contains("Ca+2", "HCO3-", "Ca(NO3)2");
        // rejected viscosity coefficients (v2 <= -1) are replaced too
        final Composition k = ReferenceData.binary("KHCO3", 0.05);
        assertThat(VISCOSITY.warnings(at(k, 25)).toString()).contains("NaHCO3");
        assertThat(DENSITY.warnings(at(k, 25))).isEmpty();
    }

    /** The examples given in SolutePairing's documentation. */
    @ParameterizedTest(name = "{0} + {1} ({2}) -> {3}")
    @CsvSource({
        "Ca+2, HCO3-, density,   Ca(NO3)2",
        "Mg+2, HCO3-, viscosity, Mg(NO3)2",
        "Ca+2, SO4-2, density,   CaSO4",
        "Ca+2, SO4-2, viscosity, MnSO4",
        "K+,   HCO3-, viscosity, NaHCO3",
        "K+,   HPO4-2, viscosity, K2SO4",
        "Ca+2, CO3-2, density,   MgSO4",
        "Na+,  B(OH)4-, density, NaBr",
        "Sr+2, SO4-2, density,   FeSO4",
        "Na+,  Cl-,   viscosity, NaCl"})
    void standInsAreTheDocumentedOnes(final String cation, final String anion, final String property,
                                      final String expected) {
        final Species c = SpeciesCatalog.get(cation);
        final Species a = SpeciesCatalog.get(anion);
        final boolean viscosity = property.equals("viscosity");
        final int k = SolutePairing.pairEntry(viscosity, SolutePairing.catalogIndex(c), c,
                SolutePairing.catalogIndex(a), a);
        assertThat(LaliberteSolutes.at(k).key()).isEqualTo(expected);
        // the same answer without the precomputed table (species from outside the catalog)
        final Species copy = new Species(c.id(), c.name(), c.formula(), c.charge(), c.molarMass(), c.kind(), List.of("x"));
        assertThat(LaliberteSolutes.at(SolutePairing.pairEntry(viscosity, -1, copy, -1, a)).key()).isEqualTo(expected);
    }

    @Test
    void neutralSolutesWithoutCoefficientsUseAnalogues() {
        assertThat(DENSITY.warnings(at(ReferenceData.binary("sucrose", 0.2), 25))).isEmpty();
        for (String analogue : List.of("glucose", "fructose", "lactose", "urea")) {
            final List<ModelWarning> w = DENSITY.warnings(at(ReferenceData.binary(analogue, 0.1), 25));
            assertThat(kinds(w)).as(analogue).contains(WarningKind.SOLUTE_NOT_IN_MODEL);
        }
        assertThat(DENSITY.warnings(at(ReferenceData.binary("urea", 0.1), 25)).toString()).contains("NH4Cl");
        assertThat(VISCOSITY.warnings(at(ReferenceData.binary("urea", 0.1), 25)).toString()).contains("NaBr");
        // glucose is treated exactly as sucrose of the same mass fraction
        final Solution g = at(ReferenceData.binary("glucose", 0.2), 25);
        final Solution s = at(ReferenceData.binary("sucrose", 0.2), 25);
        assertThat(DENSITY.massDensity(g)).isCloseTo(DENSITY.massDensity(s), within(1e-9));
    }

    /** Trace solutes (below 100 mg/kg or 1 % of the dissolved mass) raise no warning. */
    @Test
    void traceSolutesAreNotReported() {
        final Composition brackish = Composition.of(Map.of(SpeciesCatalog.NA, 0.02, SpeciesCatalog.CL, 0.02,
                SpeciesCatalog.SR, 1e-5, SpeciesCatalog.SO4, 1e-5));
        assertThat(DENSITY.warnings(at(brackish, 25))).isEmpty();
    }

    @Test
    void speciesFromOutsideTheCatalogFallBack() {
        final Species exotic = new Species("Cs+", "caesium", "Cs", 1, 0.13290545, Species.Kind.ION, List.of());
        final Composition c = Composition.of(Map.of(exotic, 0.5, SpeciesCatalog.CL, 0.5));
        final Solution s = at(c, 25);
        assertThat(DENSITY.massDensity(s)).isBetween(1000.0, 1200.0);
        assertThat(VISCOSITY.dynamicViscosity(s)).isPositive();
        assertThat(kinds(DENSITY.warnings(s))).contains(WarningKind.MISSING_INTERACTION_PARAMETERS);
        final Species sugarAlcohol = new Species("sorbitol", "sorbitol", "C6H14O6", 0, 0.18217,
                Species.Kind.NEUTRAL, List.of());
        assertThat(kinds(VISCOSITY.warnings(at(Composition.of(sugarAlcohol, 0.5), 25))))
                .contains(WarningKind.SOLUTE_NOT_IN_MODEL);
    }

    @Test
    void rejectedViscosityCoefficientsAreTheDocumentedOnes() {
        assertThat(LaliberteSolutes.all().stream().filter(s -> !s.hasViscosity()).map(LaliberteSolute::key))
                .containsExactlyInAnyOrder("CaSO4", "CO2", "HNO3", "K2HPO4", "KHCO3", "Na2HPO4", "NH4HCO3");
    }

    @Test
    void temperatureOutsideTheEquationsIsRefused() {
        final Solution hot = Solution.atAtmosphericPressure(ReferenceData.seawater(1), 480);
        assertThatThrownBy(() -> DENSITY.massDensity(hot)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("temperature");
        assertThatThrownBy(() -> VISCOSITY.dynamicViscosity(hot)).isInstanceOf(PermeateException.class);
        final Solution cold = Solution.atAtmosphericPressure(ReferenceData.seawater(1), 240);
        assertThatThrownBy(() -> DENSITY.massDensity(cold)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> DENSITY.massDensity(List.of(LaliberteSolutes.get("NaCl")), new double[] {1.2}, 298))
                .isInstanceOf(PermeateException.class);
    }

    /** Every cation–anion pair and every neutral, from trace to 5 mol/kg, −30 to 200 °C: finite, positive. */
    @Test
    void neverNaNOverTheWholeDomain() {
        final List<Species> all = SpeciesCatalog.all();
        final double[] molalities = {1e-7, 1e-3, 0.1, 1, 5};
        final double[] celsius = {-30, -5, 0, 25, 58, 60, 100, 150, 200};
        for (Species a : all) {
            for (Species b : all) {
                final boolean pair = a.isCation() && b.isAnion();
                final boolean neutral = a == b && a.kind() == Species.Kind.NEUTRAL;
                if (!pair && !neutral) {
                    continue;
                }
                for (double m : molalities) {
                    final Composition c = pair
                            ? Composition.of(Map.of(a, m * -b.charge(), b, m * a.charge()))
                            : Composition.of(a, m);
                    for (double t : celsius) {
                        final Solution s = at(c, t);
                        final double rho = DENSITY.massDensity(s);
                        final double eta = VISCOSITY.dynamicViscosity(s);
                        assertThat(rho).as("%s at %s C", c, t).isFinite().isPositive();
                        assertThat(eta).as("%s at %s C", c, t).isFinite().isPositive();
                        assertThat(DENSITY.warnings(s)).isNotNull();
                        assertThat(VISCOSITY.warnings(s)).isNotNull();
                    }
                }
            }
        }
    }

    /** Random mixtures of catalog species (fixed seed), trace to 3 mol/kg each, −30 to 200 °C: finite, positive. */
    @Test
    void randomMixturesStayFiniteAndPositive() {
        final java.util.Random random = new java.util.Random(20240607L);
        final List<Species> all = SpeciesCatalog.all();
        for (int n = 0; n < 3000; n++) {
            final Composition.Builder b = Composition.builder();
            final int count = 1 + random.nextInt(12);
            for (int k = 0; k < count; k++) {
                b.add(all.get(random.nextInt(all.size())), Math.pow(10, -6 + 6.5 * random.nextDouble()));
            }
            final Composition c = b.build();
            final Solution s = at(c, -30 + 230 * random.nextDouble());
            assertThat(DENSITY.massDensity(s)).as("%s", s).isFinite().isPositive();
            assertThat(VISCOSITY.dynamicViscosity(s)).as("%s", s).isFinite().isPositive();
            assertThat(DENSITY.warnings(s)).isNotNull();
        }
    }

    /** MgSO4's apparent density passes through ±∞ near u ≈ 0.018 at 25 °C; the density stays smooth. */
    @Test
    void smoothWhereAnApparentDensityChangesSign() {
        final double h = 1e-4;
        for (double w = 0.010; w <= 0.030; w += 0.0005) {
            final double r0 = DENSITY.massDensity(at(ReferenceData.binary("MgSO4", w - h), 25));
            final double r1 = DENSITY.massDensity(at(ReferenceData.binary("MgSO4", w), 25));
            final double r2 = DENSITY.massDensity(at(ReferenceData.binary("MgSO4", w + h), 25));
            final double slope = (r2 - r0) / (2 * h);
            final double curvature = (r2 - 2 * r1 + r0) / (h * h);
            assertThat(slope).as("d rho/dw at w=%s", w).isBetween(900.0, 1200.0);
            assertThat(Math.abs(curvature)).as("d2 rho/dw2 at w=%s", w).isLessThan(2000.0);
        }
    }

    /** The hot path does not allocate (HotSpot's per-thread allocation counter, when available). */
    @Test
    void noAllocationPerCall() {
        final java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean counter) || !counter.isThreadAllocatedMemorySupported()) {
            return;
        }
        counter.setThreadAllocatedMemoryEnabled(true);
        final Solution s = at(ReferenceData.seawater(1).with(SpeciesCatalog.SUCROSE, 0.01), 25);
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += DENSITY.massDensity(s) + VISCOSITY.dynamicViscosity(s);
        }
        final long before = counter.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            sink += DENSITY.massDensity(s) + VISCOSITY.dynamicViscosity(s);
        }
        final long allocated = counter.getCurrentThreadAllocatedBytes() - before;
        assertThat(sink).isPositive();
        System.out.println("bytes allocated by 20 000 density + viscosity calls: " + allocated);
        assertThat(allocated).as("bytes allocated by 20 000 calls").isLessThan(4096);
    }

    private static List<WarningKind> kinds(final List<ModelWarning> warnings) {
        return warnings.stream().map(ModelWarning::kind).toList();
    }
}
