package org.permeate.properties.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.properties.species.SpeciesCatalog.CL;
import static org.permeate.properties.species.SpeciesCatalog.K;
import static org.permeate.properties.species.SpeciesCatalog.NA;
import static org.permeate.properties.species.SpeciesCatalog.SUCROSE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;
import org.permeate.properties.water.Iapws97Water;

class GordonDiffusivityTest {

    private final GordonDiffusivity model = new GordonDiffusivity(Iapws97Water.INSTANCE, new PitzerMayorgaNaCl(),
            new WaterTapNaClViscosity());
    private final NernstHartleyDiffusivity limiting = new NernstHartleyDiffusivity(Iapws97Water.INSTANCE);

    private static final double NACL_MOLAR_MASS = NA.molarMass() + CL.molarMass();

    private static Solution nacl(final double m) {
        return NernstHartleyDiffusivityTest.salt(NA, CL, m);
    }

    private static double molalityFromMassFraction(final double w) {
        return w / (1 - w) / NACL_MOLAR_MASS;
    }

    private static double bartholomewMauter(final double w) {
        final ReferenceTable fit = ReferenceTable.load(GordonDiffusivityTest.class,
                "bartholomew-mauter-2019-diffusivity.csv");
        final double[] c = new double[5];
        for (int i = 0; i < c.length; i++) {
            c[i] = fit.rowWhere("coefficient", "c" + i).number("value");
        }
        return c[0] + w * (c[1] + w * (c[2] + w * (c[3] + w * c[4])));
    }

    /** Rational fit to Rard & Miller 1979 (the formula of the resource's source (a)), 1e-9 m2/s. */
    private static double rardMillerFit(final double m) {
        return (-0.00198 * m * m * m * m + 0.01473 * m * m * m + 0.001117 * m * m + 1.466 * m + 0.02569)
                / (m + 0.01596);
    }

    @Test
    void hasItsStableName() {
        assertThat(model.name()).isEqualTo("gordon");
    }

    @Test
    void reproducesRardMillerNaClData() {
        // Tolerances: 6 % up to 4.5 mol/kg, 8 % at 5 mol/kg; above 5 mol/kg reported only (the model warns
        // from ionic strength 4 mol/kg). Why 6 %: the form used drops Gordon's solvent-volume factor
        // 1/(c1 V1) (+2 % at 1 mol/kg, +6 % at 3 mol/kg) and the hydration term, the test viscosity model
        // (linear in w) is off measured viscosities by ~1-2 % below 1 mol/kg, and the reference is a
        // secondary fit of the data. Gordon's equation is expected within a few per cent at these
        // concentrations (Robinson & Stokes 1959 ch. 11); the measured deviations are printed.
        double worstTo3 = 0;
        double worstTo5 = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "nacl-mutual-diffusion-25C.csv").rows()) {
            final double m = row.number("molality_mol_per_kg");
            final double expected = row.number("D_1e-9_m2_per_s") * 1e-9;
            final double actual = model.saltDiffusivity(nacl(m));
            final double deviation = actual / expected - 1;
            System.out.printf("  gordon NaCl m=%5.3f: %.4e vs %.4e (%s): %+6.2f %%   Gamma=%.4f eta/eta0=%.4f%n", m,
                    actual, expected, row.text("source"), 100 * deviation, model.thermodynamicFactor(nacl(m)),
                    model.relativeViscosity(nacl(m)));
            if (m <= 3.0) {
                worstTo3 = Math.max(worstTo3, Math.abs(deviation));
            }
            if (m <= 5.0) {
                worstTo5 = Math.max(worstTo5, Math.abs(deviation));
            }
            if (m <= 4.5) {
                assertThat(Math.abs(deviation)).as("m = " + m).isLessThan(0.06);
            } else if (m <= 5.0) {
                assertThat(Math.abs(deviation)).as("m = " + m).isLessThan(0.08);
            }
        }
        System.out.printf(
                "gordon vs Rard & Miller NaCl: max |deviation| %.2f %% (0.05-3 mol/kg), %.2f %% (to 5 mol/kg)%n",
                100 * worstTo3, 100 * worstTo5);
    }

    @Test
    void referenceFitsAgreeWithEachOther() {
        // Two representations of the NaCl data: the Rard & Miller fit (public script) and the
        // Bartholomew & Mauter (2019) fit used by WaterTAP. Agreement within 1 % over 1-25 wt % supports
        // the secondary reference table. (At w -> 0 B&M gives 1.51e-9, 6 % below the known limit 1.61e-9:
        // it is a fit over finite concentrations, not a limiting law.)
        double worst = 0;
        for (int i = 1; i <= 25; i++) {
            final double w = i / 100.0;
            final double m = molalityFromMassFraction(w);
            worst = Math.max(worst, Math.abs(rardMillerFit(m) * 1e-9 / bartholomewMauter(w) - 1));
        }
        System.out.printf("Rard-Miller fit vs Bartholomew-Mauter fit, 1-25 wt%%: max deviation %.2f %%%n", 100 * worst);
        assertThat(worst).isLessThan(0.01);
        // WaterTAP's own asserted values for its correlation (refdata): 1.472e-9 at w = 0.035, 1.58e-9 at 0.26
        assertThat(bartholomewMauter(0.035)).isCloseTo(1.472e-9, within(1.472e-12));
        assertThat(bartholomewMauter(0.26)).isCloseTo(1.58e-9, within(1.58e-12));
    }

    @Test
    void comparisonWithBartholomewMauterFit() {
        // Reported over 0-25 wt %; asserted at 6 % over 1-20 wt % (4.3 mol/kg), where the comparison with
        // Rard & Miller above holds, and only as a sanity bound (15 %) over 0-25 wt %.
        double worstAll = 0;
        double worst1to20 = 0;
        for (int i = 0; i <= 25; i++) {
            final double w = i / 100.0;
            final double m = molalityFromMassFraction(w);
            final double actual = model.saltDiffusivity(nacl(Math.max(m, 1e-9)));
            final double deviation = actual / bartholomewMauter(w) - 1;
            System.out.printf("  w=%.2f m=%.3f gordon %.4e B&M %.4e: %+6.2f %%%n", w, m, actual, bartholomewMauter(w),
                    100 * deviation);
            worstAll = Math.max(worstAll, Math.abs(deviation));
            if (i >= 1 && i <= 20) {
                worst1to20 = Math.max(worst1to20, Math.abs(deviation));
            }
        }
        System.out.printf(
                "gordon vs Bartholomew & Mauter 2019: max |deviation| %.2f %% (0-25 wt%%), %.2f %% (1-20 wt%%)%n",
                100 * worstAll, 100 * worst1to20);
        assertThat(worst1to20).isLessThan(0.06);
        assertThat(worstAll).isLessThan(0.15);
    }

    @Test
    void tendsToTheLimitingLawAtInfiniteDilution() {
        final double m = 1e-8;
        assertThat(model.saltDiffusivity(nacl(m))).isCloseTo(limiting.saltDiffusivity(nacl(m)),
                within(1e-4 * limiting.saltDiffusivity(nacl(m))));
        final Map<Species, Double> zeros = new LinkedHashMap<>();
        zeros.put(NA, 0.0);
        zeros.put(CL, 0.0);
        final Solution water = NernstHartleyDiffusivityTest.at25(zeros);
        assertThat(model.thermodynamicFactor(water)).isEqualTo(1.0);
        assertThat(model.relativeViscosity(water)).isEqualTo(1.0);
        assertThat(model.saltDiffusivity(water)).isEqualTo(limiting.saltDiffusivity(water));
    }

    @Test
    void thermodynamicFactorMatchesTheAnalyticPitzerDerivative() {
        for (double m : new double[] {0.001, 0.05, 0.5, 1, 2, 4, 6}) {
            final double s = Math.sqrt(m);
            final double b = PitzerMayorgaNaCl.B;
            final double alpha = PitzerMayorgaNaCl.ALPHA;
            // d ln(gamma+-)/dm for the 1:1 Pitzer expression, differentiated by hand
            final double dF = -PitzerMayorgaNaCl.A_PHI * (1 / ((1 + b * s) * (1 + b * s)) + 2 / (1 + b * s)) / (2 * s);
            final double dB = 2 * PitzerMayorgaNaCl.BETA0
                    + 2 * PitzerMayorgaNaCl.BETA1 * Math.exp(-alpha * s) * (1 - alpha * s / 4);
            final double dC = 3 * m * PitzerMayorgaNaCl.C_PHI;
            final double analytic = 1 + m * (dF + dB + dC);
            // central difference, step 1e-3 in ln s: truncation O(1e-6 * third derivative)
            assertThat(model.thermodynamicFactor(nacl(m))).as("m = " + m).isCloseTo(analytic, within(2e-6));
        }
    }

    @Test
    void tracerDiffusivitiesScaleWithFluidity() {
        final Solution s = nacl(2.0);
        final double relative = model.relativeViscosity(s);
        // WaterTAP viscosity: 1 + 2.15e-3 w / 9.80e-4
        final double w = s.composition().soluteMassFraction();
        assertThat(relative).isCloseTo(1 + 2.15e-3 * w / 9.80e-4, within(1e-12));
        assertThat(model.diffusivity(s, NA)).isCloseTo(limiting.diffusivity(s, NA) / relative, within(1e-22));
        assertThat(model.diffusivity(s, SUCROSE)).isCloseTo(limiting.diffusivity(s, SUCROSE) / relative,
                within(1e-22));
    }

    @Test
    void temperatureEntersOnlyThroughTheScaling() {
        // the test activity and viscosity models are 25 degC models without temperature dependence
        final Solution s25 = nacl(1.0);
        final Solution s10 = s25.withTemperature(283.15);
        final double factor = new StokesEinsteinScaling(Iapws97Water.INSTANCE).factor(283.15, s10.pressure());
        assertThat(model.saltDiffusivity(s10) / model.saltDiffusivity(s25)).isCloseTo(factor, within(1e-12));
    }

    @Test
    void isSmoothInConcentration() {
        // geometric grid (the limiting law goes as sqrt(m), steep near 0), then a linear grid to 6 mol/kg
        double previous = model.saltDiffusivity(nacl(1e-6));
        for (double m = 1.1e-6; m <= 0.1; m *= 1.1) {
            final double d = model.saltDiffusivity(nacl(m));
            assertThat(Math.abs(d / previous - 1)).as("m = " + m).isLessThan(0.005);
            previous = d;
        }
        previous = model.saltDiffusivity(nacl(0.1));
        for (double m = 0.11; m <= 6.0; m += 0.01) {
            final double d = model.saltDiffusivity(nacl(m));
            assertThat(Math.abs(d / previous - 1)).as("m = " + m).isLessThan(0.005);
            previous = d;
        }
    }

    @Test
    void warnsWhereGordonDegradesAndForNeutralSolutes() {
        assertThat(model.warnings(nacl(1.0))).isEmpty();
        assertThat(model.warnings(nacl(3.9))).isEmpty();
        final List<ModelWarning> concentrated = model.warnings(nacl(4.5));
        assertThat(concentrated).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE);
        assertThat(concentrated.get(0).message()).contains("ionic strength 4.5 mol/kg");
        final Map<Species, Double> sugar = new LinkedHashMap<>();
        sugar.put(NA, 0.01);
        sugar.put(CL, 0.01);
        sugar.put(SUCROSE, 0.2);
        final List<ModelWarning> w = model.warnings(NernstHartleyDiffusivityTest.at25(sugar));
        assertThat(w).extracting(ModelWarning::kind).containsExactlyInAnyOrder(
                WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, WarningKind.SOLUTE_NOT_IN_MODEL);
    }

    @Test
    void speciesTheActivityModelLacksAreIdealWithAWarning() {
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 1.0);
        map.put(K, 1.0);
        map.put(CL, 2.0);
        final Solution s = NernstHartleyDiffusivityTest.at25(map);
        final double d = model.saltDiffusivity(s);
        assertThat(d).isFinite().isPositive();
        // K+ counted as ideal. The test Pitzer model sees NaCl at (m_Na + m_Cl)/2 = 1.5 mol/kg, and Na+ and
        // Cl- carry 3 of the 4 mol/kg of solute particles: Gamma = 1 + 3/4 (Gamma_NaCl(1.5) - 1).
        final double gammaMixed = model.thermodynamicFactor(s);
        final double gammaNaCl = model.thermodynamicFactor(nacl(1.5));
        assertThat(gammaMixed).isCloseTo(1 + 0.75 * (gammaNaCl - 1), within(1e-6));
        assertThat(model.warnings(s)).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.SOLUTE_NOT_IN_MODEL);
        assertThat(model.warnings(s).get(0).message()).contains("K+");
        assertThat(SpeciesCatalog.all()).contains(K);
    }
}
