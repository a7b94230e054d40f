package org.permeate.properties.neutral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

/**
 * Published reference values: the CRC Handbook freezing points (fitted solutes and the sucrose
 * check), the Norrish equation for sucrose, and the osmotic pressures of food liquids. Sources are
 * in the resource files.
 */
class NeutralSolutesReferenceTest {

    private static final NeutralSolutes MODEL = NeutralSolutes.INSTANCE;
    private static final double MW = PhysicalConstants.WATER_MOLAR_MASS;
    private static final double T25 = PhysicalConstants.T25;
    /** θ is printed to 0.01 K: ±0.005 K. */
    private static final double THETA_ROUNDING = 0.005;

    /**
     * Robinson &amp; Stokes (1959), Electrolyte Solutions 2nd ed., ch. 8: ln a_w of water at the
     * freezing point of a solution depressed by θ kelvin.
     */
    private static double lnWaterActivityAtFreezingPoint(final double theta) {
        return -(0.009687 * theta + 4.8e-6 * theta * theta);
    }

    private static double phiOf(final Species s, final double m, final double t) {
        return MODEL.osmoticCoefficient(Solution.atAtmosphericPressure(Composition.of(s, m), t));
    }

    /**
     * Lack-of-fit allowance on φ beyond the rounding of θ, per fitted solute: the largest excess
     * measured when the fit was made (glucose 0.006, fructose 0.009, lactose 0.007, urea 0.013,
     * ethanol 0.006), rounded up by about a third. A one-parameter (Norrish) or four-parameter
     * (Margules) form cannot follow the scatter of the printed table more closely.
     */
    private static double lackOfFit(final String solute) {
        return switch (solute) {
            case "glucose" -> 0.008;
            case "fructose" -> 0.012;
            case "lactose" -> 0.010;
            case "urea" -> 0.017;
            case "ethanol" -> 0.008;
            default -> throw new IllegalArgumentException(solute);
        };
    }

    @ParameterizedTest(name = "{0} against the CRC freezing points it was fitted to")
    @CsvSource({"glucose", "fructose", "lactose", "urea", "ethanol"})
    void fittedSolutesReproduceTheirFreezingPointTable(final String solute) {
        final Species s = SpeciesCatalog.get(solute);
        double worst = 0;
        double worstBeyondRounding = 0;
        int rows = 0;
        final ReferenceTable table = ReferenceTable.load(getClass(), "crc_freezing_points.csv");
        for (ReferenceTable.Row row : table.rowsWhere("solute", solute)) {
            rows++;
            final double brix = row.number("mass_pct");
            final double theta = row.number("freezing_point_depression_K");
            final double m = NeutralSolutes.molalityFromBrix(s, brix);
            // our molality from the mass fraction matches the printed one to its 3 decimals (+ 0.1 % for molar masses)
            assertThat(m).as("molality at %s wt %%", brix)
                    .isCloseTo(row.number("molality_mol_kg"), within(0.0006 + 0.001 * m));
            final double phiData = -lnWaterActivityAtFreezingPoint(theta) / (MW * m);
            final double phiModel = phiOf(s, m, PhysicalConstants.ZERO_CELSIUS - theta);
            final double rounding = phiData * THETA_ROUNDING / theta;
            final double deviation = Math.abs(phiModel - phiData);
            assertThat(deviation).as("%s %s wt %%: phi model %s vs data %s", solute, brix, phiModel, phiData)
                    .isLessThanOrEqualTo(rounding + lackOfFit(solute));
            if (theta >= 0.5) {
                worst = Math.max(worst, deviation);
            }
            worstBeyondRounding = Math.max(worstBeyondRounding, deviation - rounding);
        }
        assertThat(rows).isGreaterThanOrEqualTo(16);
        System.out.printf("neutral %s vs CRC freezing points: max |dphi| (theta >= 0.5 K) %.4f, max beyond rounding %.4f%n",
                solute, worst, worstBeyondRounding);
    }

    /**
     * Sucrose (Norrish K = −6.47, a 25 °C constant) against the CRC freezing points at −0.03 to
     * −4.9 °C. Up to 30 wt % (θ ≤ 2.64 K) the deviation must stay within the rounding of θ plus 0.010:
     * at these concentrations the water-activity coefficient term is small (|K|x² ≤ 0.003) and even a
     * regular-solution 1/T scaling of it between 25 °C and −2.6 °C (+10 %) moves φ by at most 0.004.
     * From 32 to 42 wt % (−2.9 to −4.9 °C) the freezing-point φ is higher; the allowance grows to
     * 0.05 (4 %): half of it is what the 1/T scaling of ln γ_w explains (0.023 at 42 %), the rest is
     * the stronger low-temperature non-ideality that these data show (their point-wise Norrish K
     * drifts from −6.8 to −7.8).
     */
    @Test
    void sucroseAgreesWithCrcFreezingPointsWithinTheTemperatureEffect() {
        final Species s = SpeciesCatalog.SUCROSE;
        double worstDilute = 0;
        double worstConcentrated = 0;
        final ReferenceTable table = ReferenceTable.load(getClass(), "crc_freezing_points.csv");
        for (ReferenceTable.Row row : table.rowsWhere("solute", "sucrose")) {
            final double brix = row.number("mass_pct");
            final double theta = row.number("freezing_point_depression_K");
            final double m = NeutralSolutes.molalityFromBrix(s, brix);
            final double phiData = -lnWaterActivityAtFreezingPoint(theta) / (MW * m);
            final double phiModel = phiOf(s, m, T25);
            final double rounding = phiData * THETA_ROUNDING / theta;
            final double deviation = Math.abs(phiModel - phiData);
            if (brix <= 30) {
                assertThat(deviation).as("sucrose %s wt %%", brix).isLessThanOrEqualTo(rounding + 0.010);
                worstDilute = Math.max(worstDilute, deviation - rounding);
            } else {
                assertThat(phiModel).as("sucrose %s wt %%: model below the cold data", brix).isLessThan(phiData);
                assertThat(deviation).as("sucrose %s wt %%", brix).isLessThanOrEqualTo(0.05);
                worstConcentrated = Math.max(worstConcentrated, deviation);
            }
        }
        System.out.printf("neutral sucrose vs CRC freezing points: <= 30 wt %% max beyond rounding %.4f; 32-42 wt %% max %.4f%n",
                worstDilute, worstConcentrated);
    }

    /** The sucrose model is Norrish's equation with K = −6.47 (refdata sucrose_properties.json), exactly. */
    @ParameterizedTest
    @CsvSource({"2", "10", "20", "42", "66"})
    void sucroseIsNorrishsEquation(final double brix) {
        final double m = NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, brix);
        final double x = m / (1.0 / MW + m);
        final double lnAw = Math.log(1 - x) - 6.47 * x * x;
        final Solution sol = Solution.atAtmosphericPressure(Composition.of(SpeciesCatalog.SUCROSE, m), T25);
        assertThat(MODEL.lnWaterActivity(sol)).isCloseTo(lnAw, within(1e-12 + 1e-12 * Math.abs(lnAw)));
    }

    @Test
    void foodOsmoticPressures() {
        final List<ReferenceTable.Row> rows = ReferenceTable.load(getClass(), "food_osmotic_pressures.csv").rows();
        assertThat(rows).hasSize(2);
        for (ReferenceTable.Row row : rows) {
            final Species s = SpeciesCatalog.get(row.text("solute"));
            final double value = row.number("concentration");
            final double brix = row.text("unit").equals("brix") ? value : lactoseWeightPerVolumeToBrix(value);
            final double m = NeutralSolutes.molalityFromBrix(s, brix);
            final double pi = MODEL.osmoticPressure(Solution.atAtmosphericPressure(Composition.of(s, m), T25));
            final double expected = row.number("osmotic_pressure_kPa") * 1e3;
            final double tol = row.number("relative_tolerance");
            System.out.printf("neutral %s: %.4g Brix, m = %.4f mol/kg, pi(25 C) = %.1f kPa (reference %.0f kPa)%n",
                    row.text("case"), brix, m, pi / 1e3, expected / 1e3);
            assertThat(pi).as(row.text("case")).isCloseTo(expected, within(tol * expected));
        }
    }

    /** 47 g lactose per litre of solution → mass %, with the CRC density at 4.5–5 wt % (20 °C), by iteration. */
    private static double lactoseWeightPerVolumeToBrix(final double gramsPer100mL) {
        double w = gramsPer100mL / 100.0;
        for (int i = 0; i < 20; i++) {
            final double rho = 1.0163 + (w * 100 - 4.5) / 0.5 * (1.0184 - 1.0163); // g/cm3
            w = gramsPer100mL / 100.0 / rho;
        }
        return 100 * w;
    }

    /** Maple syrup at 66 °Brix (as sucrose): reported, and bounded by ideal-dilute and saturated limits. */
    @Test
    void mapleSyrupAt66Brix() {
        final double m = NeutralSolutes.molalityFromBrix(SpeciesCatalog.SUCROSE, 66);
        final Solution sol = Solution.atAtmosphericPressure(Composition.of(SpeciesCatalog.SUCROSE, m), T25);
        final double pi = MODEL.osmoticPressure(sol);
        final double aw = Math.exp(MODEL.lnWaterActivity(sol));
        System.out.printf("neutral maple syrup 66 Brix: m = %.3f mol/kg, phi = %.4f, a_w = %.4f, pi(25 C) = %.2f MPa%n",
                m, MODEL.osmoticCoefficient(sol), aw, pi / 1e6);
        // a_w of near-saturated sucrose is about 0.85 (Norrish form); pi between 18 and 24 MPa
        assertThat(aw).isBetween(0.84, 0.87);
        assertThat(pi).isBetween(18e6, 24e6);
        assertThat(MODEL.warnings(sol)).isEmpty();
    }
}
