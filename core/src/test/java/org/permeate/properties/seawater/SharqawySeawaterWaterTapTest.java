package org.permeate.properties.seawater;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Solution;
import org.permeate.testsupport.PublishedCases;

/**
 * Every value WaterTAP's seawater tests assert (watertap-org/watertap @ 4a26103e,
 * {@code watertap/property_models/tests/test_seawater_prop_pack.py}), read from
 * {@code watertap_seawater_cases.csv}, which names the test class of each case.
 *
 * <p>Tolerance rule: WaterTAP prints its asserted values to about 4 significant digits, so a value
 * passes when it lies within max(1e-4 relative, half a unit in the last printed digit) of the
 * printed number, i.e. when it would print the same. Two values do not: the CSV gives each a
 * relative tolerance of 1e-3 (WaterTAP's own pytest tolerance) with the reason, and
 * {@link #overriddenValuesReallyNeedTheirOverride()} checks that they are still needed.
 *
 * <p>The flows, concentrations and mole fractions WaterTAP also asserts follow from our density and
 * molar masses (water 18.015268 g/mol, sea salt {@link ReferenceSeawater#MEAN_MOLAR_MASS}; WaterTAP
 * uses 18.01528 and 31.4038218, a 7e-7 difference).
 */
class SharqawySeawaterWaterTapTest {

    private static final SharqawySeawater MODEL = SharqawySeawater.INSTANCE;
    private static final List<PublishedCases.Case> CASES =
            PublishedCases.read(SharqawySeawaterWaterTapTest.class, "watertap_seawater_cases.csv");

    /** What our model gives for one WaterTAP quantity at one state. */
    private record State(double flowWater, double flowSalt, Solution solution) {
        double salinity() {
            return flowSalt / (flowWater + flowSalt);
        }
    }

    private static double ours(final String quantity, final State st) {
        final Solution sol = st.solution();
        final double s = st.salinity();
        final double nWater = st.flowWater() / PhysicalConstants.WATER_MOLAR_MASS;
        final double nSalt = st.flowSalt() / ReferenceSeawater.MEAN_MOLAR_MASS;
        final ToDoubleFunction<Solution> f = switch (quantity) {
            case "dens_mass" -> MODEL::massDensity;
            case "dens_mass_solvent" -> MODEL::solventDensity;
            case "flow_vol" -> x -> (st.flowWater() + st.flowSalt()) / MODEL.massDensity(x);
            case "conc_mass_H2O" -> x -> MODEL.massDensity(x) * (1 - s);
            case "conc_mass_TDS" -> x -> MODEL.massDensity(x) * s;
            case "flow_mol_H2O" -> x -> nWater;
            case "flow_mol_TDS" -> x -> nSalt;
            case "mole_frac_H2O" -> x -> nWater / (nWater + nSalt);
            case "mole_frac_TDS" -> x -> nSalt / (nWater + nSalt);
            case "molality_TDS" -> x -> x.composition().totalMolality();
            case "visc_d" -> MODEL::dynamicViscosity;
            case "osm_coeff" -> MODEL::osmoticCoefficient;
            case "pressure_osm" -> MODEL::osmoticPressure;
            case "enth_mass" -> MODEL::specificEnthalpy;
            case "energy_density" -> MODEL::internalEnergyDensity;
            case "pressure_sat" -> MODEL::vapourPressure;
            case "cp_mass" -> MODEL::specificHeatCapacity;
            case "therm_cond" -> MODEL::thermalConductivity;
            case "dh_vap_mass" -> MODEL::latentHeatOfVaporisation;
            case "diffus_TDS" -> MODEL::saltDiffusivity;
            case "boiling_point_elevation" -> MODEL::boilingPointElevation;
            case "flow_mass_H2O" -> x -> st.flowWater();
            case "flow_mass_TDS" -> x -> st.flowSalt();
            case "temperature" -> Solution::temperature;
            default -> throw new IllegalArgumentException("no mapping for " + quantity);
        };
        return f.applyAsDouble(sol);
    }

    /** Builds the state of a case: directly for the property tests, by inversion for calculate_state. */
    private static State state(final PublishedCases.Case c) {
        if (c.given().containsKey("flow_mass_H2O")) {
            final double w = c.given("flow_mass_H2O");
            final double m = c.given("flow_mass_TDS");
            final double s = m / (w + m);
            return new State(w, m, new Solution(ReferenceSeawater.composition(s), c.given("temperature"),
                    c.given("pressure")));
        }
        final double flowVol = c.given("flow_vol");
        final double s;
        final double t;
        if (c.given().containsKey("pressure_osm")) {
            t = c.given("temperature");
            s = SharqawySeawater.salinityForOsmoticPressure(c.given("pressure_osm"), t);
        } else if (c.given().containsKey("pressure_sat")) {
            s = c.given("mass_frac_TDS");
            t = SharqawySeawater.temperatureForVapourPressure(c.given("pressure_sat"), s);
        } else {
            s = c.given("mass_frac_TDS");
            t = c.given("temperature");
        }
        final double total = flowVol * SeawaterCorrelations.massDensity(s, t);
        return new State(total * (1 - s), total * s,
                new Solution(ReferenceSeawater.composition(s), t, c.given("pressure")));
    }

    @Test
    void everyAssertedValueOfEveryCaseReproduces() {
        PublishedCases.assertEveryValueReproduces(CASES, SharqawySeawaterWaterTapTest::state,
                SharqawySeawaterWaterTapTest::ours, 75);
    }

    @Test
    void overriddenValuesReallyNeedTheirOverride() {
        PublishedCases.assertOverridesAreStillNeeded(CASES, SharqawySeawaterWaterTapTest::state,
                SharqawySeawaterWaterTapTest::ours);
    }

    @Test
    void molalityMatchesWaterTapsOneSoluteForm() {
        // WaterTAP: m = s / ((1 - s) 0.0314038218); ours: sum of the 15 reference molalities
        for (double s : new double[] {1e-5, 0.01, 0.035, 0.05, 0.12}) {
            assertThat(ReferenceSeawater.composition(s).totalMolality())
                    .isCloseTo(SeawaterCorrelations.molality(s), org.assertj.core.data.Percentage.withPercentage(1e-7));
        }
    }
}
