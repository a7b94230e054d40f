package org.permeate.properties.water;

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
import org.permeate.testsupport.ReferenceTable;

/**
 * {@link Iapws97Water} against published tables of real water (IAPWS-95, the CIPM density table,
 * handbook and NIST values) and through its public contract: identities, warnings, refusals.
 */
class Iapws97WaterTest {

    private static final Iapws97Water WATER = Iapws97Water.INSTANCE;
    private static final double MOLAR_MASS_G = PhysicalConstants.WATER_MOLAR_MASS * 1e3;

    @Test
    void nameAndInstance() {
        assertThat(WATER.name()).isEqualTo("iapws-if97");
        assertThat(Iapws97Water.INSTANCE).isSameAs(WATER);
    }

    // ---- published values --------------------------------------------------------------------

    /**
     * IAPWS-95 Table 7 liquid points (file iapws95_table7_liquid.csv). IF97 region 1 is a fit to
     * IAPWS-95; at these points its densities differ from IAPWS-95 by 1.1e-6, 8.1e-6 and 1.06e-5
     * (measured). Tolerance 1.5e-5 relative: this checks the formulation, Table 5 checks the code.
     */
    @Test
    void densityAgreesWithIapws95() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "iapws95_table7_liquid.csv").rows()) {
            final double t = r.number("T_K");
            final double p = r.number("p_MPa") * 1e6;
            final double expected = r.number("rho_kg_m3");
            assertThat(WATER.massDensity(t, p)).as("rho(" + t + " K, " + p + " Pa)").isCloseTo(expected, within(1.5e-5 * expected));
        }
    }

    /**
     * Tanaka et al. (2001), the CIPM density table for SMOW at 101.325 kPa, 0–40 °C (file
     * tanaka2001_density.csv), every 1 °C. Its uncertainty is about 1e-6; IF97 departs from it
     * by up to 9.1e-6 (at 40 °C, measured). Tolerance 1.5e-5 relative.
     */
    @Test
    void densityAgreesWithTheCipmTableAtOneAtmosphere() {
        final ReferenceTable table = ReferenceTable.load(getClass(), "tanaka2001_density.csv");
        final double a1 = table.rowWhere("name", "a1").number("value");
        final double a2 = table.rowWhere("name", "a2").number("value");
        final double a3 = table.rowWhere("name", "a3").number("value");
        final double a4 = table.rowWhere("name", "a4").number("value");
        final double a5 = table.rowWhere("name", "a5").number("value");
        for (int celsius = 0; celsius <= 40; celsius++) {
            final double t = celsius;
            final double tanaka = a5 * (1.0 - (t + a1) * (t + a1) * (t + a2) / (a3 * (t + a4)));
            assertThat(WATER.massDensity(PhysicalConstants.ZERO_CELSIUS + t, PhysicalConstants.STANDARD_ATMOSPHERE))
                    .as("rho(" + celsius + " °C, 1 atm)").isCloseTo(tanaka, within(1.5e-5 * tanaka));
        }
    }

    /**
     * The density maximum at 1 atm: Tanaka et al. (2001) put it at 3.983 °C (−a1). IF97's own
     * maximum lies within 0.05 K of it: a 1e-6-level slope difference between two curves whose
     * curvature is 0.016 kg/(m³ K²) moves the maximum by about 0.02 K.
     */
    @Test
    void densityIsLargestNearFourDegrees() {
        double bestT = Double.NaN;
        double best = 0.0;
        for (double t = 0.0; t <= 10.0; t += 0.001) {
            final double rho = WATER.massDensity(PhysicalConstants.ZERO_CELSIUS + t, PhysicalConstants.STANDARD_ATMOSPHERE);
            if (rho > best) {
                best = rho;
                bestT = t;
            }
        }
        assertThat(bestT).isCloseTo(3.983035, within(0.05));
        assertThat(best).isCloseTo(999.975, within(0.01));
    }

    /**
     * Perry's Handbook 9th ed., Table 2-135, saturated liquid 273.16–390 K (file
     * perry_saturated_liquid.csv), evaluated at IF97's own saturation pressure.
     * <ul>
     * <li>Density (IAPWS-95, five digits): half a unit of the last digit plus 2e-5 (IF97 vs IAPWS-95,
     *     up to 1.8e-5 at 320 K measured).</li>
     * <li>Vapour pressure (three to five digits): half a unit of the last digit plus 3e-5 (IF97's
     *     eq. (30) departs from the IAPWS-95 saturation pressure by up to about 2e-5 beyond the
     *     table's rounding here, at 320 K, measured).</li>
     * <li>Viscosity: differs from IAPWS 2008 by up to 0.084 % between 320 and 370 K, apparently
     *     because the table uses the older IAPS 1985 formulation (not stated in the copy read); both
     *     claim uncertainties near 1 % here, so this is a sanity check at 0.15 %.</li>
     * </ul>
     */
    @Test
    void saturatedLiquidAgreesWithHandbookTable() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "perry_saturated_liquid.csv").rows()) {
            final double t = r.number("T_K");
            final String at = " at " + t + " K";
            final double ps = WATER.vapourPressure(t);
            final double pTable = r.number("p_MPa") * 1e6;
            assertThat(ps).as("vapour pressure" + at)
                    .isCloseTo(pTable, within(r.halfUnitInLastDigit("p_MPa") * 1e6 + 3e-5 * pTable));
            final double rho = r.number("rho_mol_dm3") * MOLAR_MASS_G;
            assertThat(WATER.massDensity(t, ps)).as("density" + at)
                    .isCloseTo(rho, within(r.halfUnitInLastDigit("rho_mol_dm3") * MOLAR_MASS_G + 2e-5 * rho));
            final double mu = r.number("mu_uPa_s") * 1e-6;
            assertThat(WATER.dynamicViscosity(t, ps)).as("viscosity" + at).isCloseTo(mu, within(1.5e-3 * mu));
        }
    }

    /**
     * NIST WebBook, liquid water at 110 °C from saturation to 45 bar (file
     * nist_webbook_110C_isotherm.csv): above 100 °C, where RO feeds never go but the formulation does.
     * <ul>
     * <li>Density: half a unit of the fifth digit plus 2e-5 (IF97 vs IAPWS-95; 8e-6 measured).</li>
     * <li>Viscosity: half a unit plus 3e-5 (density difference carried into μ; 2e-5 measured).</li>
     * <li>Enthalpy: 0.1 kJ/kg; IF97 lies 0.05 kJ/kg below IAPWS-95 here (measured).</li>
     * <li>Heat capacity: 1e-3 relative; IF97 lies 0.05 % above IAPWS-95 here (measured).</li>
     * </ul>
     */
    @Test
    void hotLiquidAgreesWithNistWebBook() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "nist_webbook_110C_isotherm.csv").rows()) {
            final double t = r.number("T_C") + PhysicalConstants.ZERO_CELSIUS;
            final double p = r.number("p_bar") * 1e5;
            final String at = " at " + t + " K, " + p + " Pa";
            final double rho = r.number("rho_mol_l") * MOLAR_MASS_G;
            assertThat(WATER.massDensity(t, p)).as("density" + at)
                    .isCloseTo(rho, within(r.halfUnitInLastDigit("rho_mol_l") * MOLAR_MASS_G + 2e-5 * rho));
            final double mu = r.number("mu_Pa_s");
            assertThat(WATER.dynamicViscosity(t, p)).as("viscosity" + at)
                    .isCloseTo(mu, within(r.halfUnitInLastDigit("mu_Pa_s") + 3e-5 * mu));
            assertThat(WATER.specificEnthalpy(t, p)).as("enthalpy" + at)
                    .isCloseTo(r.number("h_kJ_kg") * 1e3, within(100.0));
            final double cp = r.number("cp_J_gK") * 1e3;
            assertThat(WATER.specificIsobaricHeatCapacity(t, p)).as("cp" + at).isCloseTo(cp, within(1e-3 * cp));
        }
    }

    /** 0.890 mPa·s at 25 °C (file common_viscosity.csv), to its three digits. */
    @Test
    void commonlyTabulatedViscosity() {
        final ReferenceTable.Row r = ReferenceTable.load(getClass(), "common_viscosity.csv").row(0);
        final double t = r.number("T_C") + PhysicalConstants.ZERO_CELSIUS;
        assertThat(WATER.dynamicViscosity(t, r.number("p_Pa")) * 1e3)
                .isCloseTo(r.number("mu_mPa_s"), within(r.halfUnitInLastDigit("mu_mPa_s")));
    }

    /** The public enthalpy and heat capacity are region 1's (Table 5 point 300 K, 3 MPa). */
    @Test
    void publicThermalPropertiesMatchTable5() {
        assertThat(WATER.specificEnthalpy(300.0, 3e6)).isCloseTo(0.115331273e6, within(5e-4));
        assertThat(WATER.specificIsobaricHeatCapacity(300.0, 3e6)).isCloseTo(0.417301218e4, within(5e-6));
        assertThat(WATER.massDensity(500.0, 3e6)).isCloseTo(1.0 / 0.120241800e-2, within(1e-8 / 0.120241800e-2));
    }

    // ---- identities ----------------------------------------------------------------------------

    @Test
    void densityRisesWithPressure() {
        for (double t = 273.15; t <= 623.15; t += 5.0) {
            double previous = 0.0;
            for (double p = WATER.vapourPressure(t); p <= 100e6; p += 1e6) {
                final double rho = WATER.massDensity(t, p);
                assertThat(rho).as(t + " K, " + p + " Pa").isGreaterThan(previous);
                previous = rho;
            }
        }
    }

    @Test
    void viscosityFallsWithTemperatureFromZeroToHundredDegrees() {
        for (double p : new double[] {1e5, 1e6, 1e7, 3e7}) {
            double previous = Double.POSITIVE_INFINITY;
            for (double t = 273.15; t <= 373.15; t += 0.5) {
                final double mu = WATER.dynamicViscosity(t, p);
                assertThat(mu).as(t + " K, " + p + " Pa").isLessThan(previous);
                previous = mu;
            }
        }
    }

    /** Round trip through both region-4 equations via the public API, to 1e-9 relative as asked. */
    @Test
    void saturationTemperatureInvertsVapourPressure() {
        for (double t = 220.0; t <= 647.096; t += 0.1) {
            assertThat(WATER.saturationTemperature(WATER.vapourPressure(t))).isCloseTo(t, within(1e-9 * t));
        }
    }

    @Test
    void molarVolumeIsMolarMassOverDensity() {
        for (double t = 275.0; t <= 370.0; t += 5.0) {
            final double rho = WATER.massDensity(t, 5e6);
            assertThat(WATER.molarVolume(t, 5e6)).isEqualTo(PhysicalConstants.WATER_MOLAR_MASS / rho);
        }
        assertThat(WATER.molarVolume(298.15, 1e5)).isCloseTo(18.0685e-6, within(0.0005e-6));
    }

    @Test
    void viscosityAtDensityIsTheSameFunction() {
        for (double t = 275.0; t <= 600.0; t += 25.0) {
            final double p = Math.max(1e6, WATER.vapourPressure(t));
            assertThat(WATER.dynamicViscosityAtDensity(t, WATER.massDensity(t, p))).isEqualTo(WATER.dynamicViscosity(t, p));
        }
    }

    /**
     * Every accepted state gives finite, positive density, viscosity and heat capacity; all the
     * saturated and compressed liquid (p ≥ p_s(T)) is accepted; the only refusals inside
     * 220–647.096 K, 1 mPa–150 MPa are metastable states above 500 K.
     */
    @Test
    void neverReturnsNanAndRefusesOnlyFarMetastableStates() {
        for (double t = 220.0; t <= 647.096; t += 1.3) {
            final double ps = WATER.vapourPressure(t);
            for (double logP = -3.0; logP <= Math.log10(150e6); logP += 0.1) {
                final double p = Math.pow(10.0, logP);
                try {
                    assertThat(WATER.massDensity(t, p)).isFinite().isPositive();
                    assertThat(WATER.dynamicViscosity(t, p)).isFinite().isPositive();
                    assertThat(WATER.specificIsobaricHeatCapacity(t, p)).isFinite().isPositive();
                    assertThat(WATER.specificEnthalpy(t, p)).isFinite();
                } catch (PermeateException e) {
                    assertThat(e.kind()).as(t + " K, " + p + " Pa: " + e.getMessage()).isEqualTo(Message.TOO_SMALL);
                    assertThat(t).isGreaterThan(500.0);
                    assertThat(p).isLessThan(ps);
                }
            }
        }
    }

    /**
     * Below 500 K every metastable state passes the density criterion, which is why it is only
     * checked above: even at 1 mPa the density is within 1 % of the saturated liquid's.
     */
    @Test
    void metastableDensityStaysCloseToSaturationBelow500K() {
        for (double t = 220.0; t <= 500.0; t += 1.0) {
            final double saturated = Iapws97Region1.massDensity(t, Iapws97Region4.saturationPressure(t));
            assertThat(Iapws97Region1.massDensity(t, 1e-3)).as(t + " K")
                    .isGreaterThanOrEqualTo((1.0 - Iapws97Water.METASTABLE_DENSITY_DEFICIT) * saturated);
        }
    }

    // ---- warnings ------------------------------------------------------------------------------

    @Test
    void noWarningInsideTheValidityRange() {
        assertThat(WATER.warnings(298.15, 1e5)).isEmpty();
        assertThat(WATER.warnings(273.15, 100e6)).isEmpty();
        assertThat(WATER.warnings(623.15, 20e6)).isEmpty();
        final double ps = WATER.vapourPressure(350.0);
        assertThat(WATER.warnings(350.0, ps)).as("on the saturation line").isEmpty();
    }

    @Test
    void metastableLiquidIsComputedWithAWarning() {
        final double t = 373.15;
        final double p = PhysicalConstants.STANDARD_ATMOSPHERE;
        final List<ModelWarning> warnings = WATER.warnings(t, p);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).kind()).isEqualTo(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE);
        assertThat(warnings.get(0).message()).contains("metastable liquid").contains("101325 Pa");
        assertThat(WATER.massDensity(t, p)).isCloseTo(958.35, within(0.02));
    }

    @Test
    void temperatureAndPressureOutsideTheFittedRangeAreWarned() {
        final List<ModelWarning> cold = WATER.warnings(250.0, 1e5);
        assertThat(cold).extracting(ModelWarning::kind).containsExactly(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        assertThat(cold.get(0).message()).contains("250 K").contains("273.15 K to 623.15 K");
        final List<ModelWarning> hot = WATER.warnings(630.0, 20e6);
        assertThat(hot).extracting(ModelWarning::kind).containsExactly(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
        final List<ModelWarning> high = WATER.warnings(300.0, 120e6);
        assertThat(high).extracting(ModelWarning::kind).containsExactly(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE);
        assertThat(high.get(0).message()).contains("1.2e8 Pa");
        final List<ModelWarning> both = WATER.warnings(640.0, 20.2e6);
        assertThat(both).extracting(ModelWarning::kind).containsExactly(
                WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE);
    }

    // ---- refusals ------------------------------------------------------------------------------

    @Test
    void impossibleInputIsRefused() {
        assertRefused(() -> WATER.massDensity(Double.NaN, 1e5), Message.NOT_FINITE);
        assertRefused(() -> WATER.massDensity(Double.POSITIVE_INFINITY, 1e5), Message.NOT_FINITE);
        assertRefused(() -> WATER.massDensity(0.0, 1e5), Message.NOT_POSITIVE_TEMPERATURE);
        assertRefused(() -> WATER.dynamicViscosity(-5.0, 1e5), Message.NOT_POSITIVE_TEMPERATURE);
        assertRefused(() -> WATER.massDensity(300.0, 0.0), Message.NOT_ABOVE);
        assertRefused(() -> WATER.specificEnthalpy(300.0, -1.0), Message.NOT_ABOVE);
        assertRefused(() -> WATER.massDensity(300.0, Double.NaN), Message.NOT_FINITE);
        assertRefused(() -> WATER.massDensity(300.0, Double.POSITIVE_INFINITY), Message.NOT_FINITE);
        assertRefused(() -> WATER.warnings(300.0, Double.NEGATIVE_INFINITY), Message.NOT_FINITE);
        assertRefused(() -> WATER.vapourPressure(Double.NaN), Message.NOT_FINITE);
        assertRefused(() -> WATER.vapourPressure(-1.0), Message.NOT_POSITIVE_TEMPERATURE);
        assertRefused(() -> WATER.saturationTemperature(0.0), Message.NOT_ABOVE);
        assertRefused(() -> WATER.saturationTemperature(Double.NaN), Message.NOT_FINITE);
        assertRefused(() -> WATER.dynamicViscosityAtDensity(300.0, 0.0), Message.NOT_ABOVE);
        assertRefused(() -> WATER.dynamicViscosityAtDensity(300.0, Double.NaN), Message.NOT_FINITE);
    }

    @Test
    void statesWithoutLiquidAreRefused() {
        final PermeateException supercritical = assertRefused(() -> WATER.massDensity(700.0, 30e6), Message.OUT_OF_RANGE);
        assertThat(supercritical.getMessage()).contains("700 K").contains("647.096 K");
        assertRefused(() -> WATER.massDensity(200.0, 1e5), Message.OUT_OF_RANGE);
        assertRefused(() -> WATER.massDensity(300.0, 200e6), Message.TOO_LARGE);
        assertRefused(() -> WATER.vapourPressure(650.0), Message.OUT_OF_RANGE);
        assertRefused(() -> WATER.saturationTemperature(23e6), Message.OUT_OF_RANGE);
        assertRefused(() -> WATER.saturationTemperature(0.5), Message.OUT_OF_RANGE);
        assertRefused(() -> WATER.dynamicViscosityAtDensity(300.0, 2000.0), Message.TOO_LARGE);
        assertRefused(() -> WATER.dynamicViscosityAtDensity(1200.0, 100.0), Message.OUT_OF_RANGE);
    }

    /**
     * 620 K: region 1 gives 225 kg/m³ at 5 MPa (saturated liquid 587 kg/m³ at 15.9 MPa) and an
     * imaginary speed of sound at 0.1 MPa. Both are refused; slightly below saturation is computed.
     */
    @Test
    void metastableStatesFarBelowSaturationAreRefused() {
        final PermeateException e = assertRefused(() -> WATER.massDensity(620.0, 1e5), Message.TOO_SMALL);
        assertThat(e.getMessage()).contains("620 K").contains("saturation pressure 1.59002e7 Pa").contains("1 %");
        assertRefused(() -> WATER.dynamicViscosity(620.0, 5e6), Message.TOO_SMALL);
        assertRefused(() -> WATER.warnings(640.0, 18e6), Message.TOO_SMALL);
        final double ps = WATER.vapourPressure(620.0);
        final double saturated = WATER.massDensity(620.0, ps);
        final double slightlyBelow = WATER.massDensity(620.0, 0.995 * ps);
        assertThat(slightlyBelow).isLessThan(saturated).isGreaterThan(0.99 * saturated);
        assertThat(WATER.warnings(620.0, 0.995 * ps)).extracting(ModelWarning::kind)
                .containsExactly(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE);
    }

    private static PermeateException assertRefused(final Runnable call, final Message kind) {
        try {
            call.run();
        } catch (PermeateException e) {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
            return e;
        }
        throw new AssertionError("expected a PermeateException of kind " + kind);
    }
}
