package org.permeate.properties.brine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.testsupport.ReferenceTable;

/**
 * Published values: the CRC Handbook's concentrative-properties table at 20 °C, Sharqawy et al.'s
 * seawater correlations as asserted by WaterTAP, pure water, and the worked examples of the public
 * transcription of Laliberté's equations. Sources are in the resource files.
 */
class LaliberteReferenceTest {

    private static final LaliberteDensity DENSITY = LaliberteDensity.INSTANCE;
    private static final LaliberteViscosity VISCOSITY = LaliberteViscosity.INSTANCE;

    /**
     * Per solute: largest mass percent compared, relative tolerance on density, on viscosity.
     * Density: Laliberté &amp; Cooper report ~0.1 % typical; CaCl2 above 36 % reaches 0.18 % (0.2 %);
     * ethanol's fit is poorer (0.38 % max, 0.5 %; compared up to 98 %, as 100 % has no molality); sucrose is tighter (0.02 % max, 0.05 %).
     * Viscosity: "a few per cent": NaCl and Na2SO4 1.2 % max (2 %); CaCl2 4.9 % (at 3–4 %, where the
     * CRC itself sits above Jones–Dole estimates) and MgSO4 5.5 % (6 %); ethanol 10.4 % at 9 % (11 %);
     * sucrose 2.3 % except the CRC's 32 % point, which is out of line with its neighbours (−4.5 %; 5 %).
     * Analogues (no coefficients of their own; see SolutePairing), compared up to 30 % (lactose 18 %):
     * glucose → sucrose 0.21 % / 6.5 %, fructose → sucrose 0.07 % / 13.4 %, lactose → sucrose 0.22 % /
     * 3.1 %, urea → NH4Cl / NaBr 0.31 % / 4.8 % (0.3, 0.1, 0.25, 0.4 % and 8, 15, 4, 6 %).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NaCl,     26,  0.001,  0.02",
        "CaCl2,    40,  0.002,  0.06",
        "MgSO4,    26,  0.001,  0.06",
        "Na2SO4,   22,  0.001,  0.02",
        "ethanol,  98,  0.005,  0.11",
        "sucrose,  50,  0.0005, 0.05",
        "glucose,  30,  0.003,  0.08",
        "fructose, 30,  0.001,  0.15",
        "lactose,  18,  0.0025, 0.04",
        "urea,     30,  0.004,  0.06"})
    void crcTableAt20C(final String solute, final double maxPercent, final double densityTolerance,
                       final double viscosityTolerance) {
        double worstDensity = 0;
        double worstViscosity = 0;
        int n = 0;
        final ReferenceTable crc = ReferenceTable.load(getClass(), "crc_concentrative_20C.csv");
        for (ReferenceTable.Row r : crc.rowsWhere("solute", solute)) {
            if (r.number("mass_pct") > maxPercent) {
                continue;
            }
            final double w = r.number("mass_pct") / 100;
            final Solution s = ReferenceData.at(ReferenceData.binary(solute, w), 20.0);
            final double rho = 1000 * r.number("density_g_cm3");
            final double eta = 1e-3 * r.number("viscosity_mPa_s");
            final double dRho = DENSITY.massDensity(s) / rho - 1;
            final double dEta = VISCOSITY.dynamicViscosity(s) / eta - 1;
            assertThat(dRho).as("%s %s %% density", solute, r.text("mass_pct"))
                    .isCloseTo(0.0, within(densityTolerance));
            assertThat(dEta).as("%s %s %% viscosity", solute, r.text("mass_pct"))
                    .isCloseTo(0.0, within(viscosityTolerance));
            worstDensity = Math.max(worstDensity, Math.abs(dRho));
            worstViscosity = Math.max(worstViscosity, Math.abs(dEta));
            n++;
        }
        assertThat(n).as("rows compared for %s", solute).isGreaterThan(15);
        System.out.printf("CRC 20 C %-9s %2d rows up to %3.0f %%: max |dev| density %.3f %%, viscosity %.2f %%%n",
                solute, n, maxPercent, 100 * worstDensity, 100 * worstViscosity);
    }

    /**
     * Seawater (major ions of the reference composition) against Sharqawy et al. (2010) as asserted by
     * WaterTAP: density within 0.1 % (the accuracy of both correlations), viscosity within 3 %
     * (Sharqawy's stated 1.5 % plus Laliberté's few per cent). Measured: −0.05 % and −0.5 % at 35 g/kg.
     */
    @Test
    void seawaterAgainstSharqawy() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "seawater_sharqawy.csv").rows()) {
            final String id = r.text("case");
            final double salinity = r.number("salinity_g_per_kg") / 1000;
            final Composition c = ReferenceData.seawaterAtSalinity(salinity);
            assertThat(c.soluteMassFraction()).isCloseTo(salinity, within(1e-9));
            final Solution s = Solution.atAtmosphericPressure(c, r.number("temperature_K"));
            final double dRho = DENSITY.massDensity(s) / r.number("density_kg_m3") - 1;
            final double dEta = VISCOSITY.dynamicViscosity(s) / r.number("viscosity_Pa_s") - 1;
            final double dRhoEq = DENSITY.massDensity(s) / r.number("density_eq8_kg_m3") - 1;
            final double dEtaEq = VISCOSITY.dynamicViscosity(s) / r.number("viscosity_eq22_Pa_s") - 1;
            assertThat(dRhoEq).as("density vs eq. 8 %s", id).isCloseTo(0.0, within(0.001));
            assertThat(dEtaEq).as("viscosity vs eqs. 22-23 %s", id).isCloseTo(0.0, within(0.03));
            System.out.printf("seawater %s (%s g/kg, %s K): density %.2f kg/m3 (%.3f %% vs asserted, %.3f %% vs eq.),"
                    + " viscosity %.4f mPa s (%.2f %%, %.2f %%)%n", id, r.text("salinity_g_per_kg"),
                    r.text("temperature_K"), DENSITY.massDensity(s), 100 * dRho, 100 * dRhoEq,
                    1e3 * VISCOSITY.dynamicViscosity(s), 100 * dEta, 100 * dEtaEq);
            assertThat(dRho).as("density %s", id).isCloseTo(0.0, within(0.001));
            assertThat(dEta).as("viscosity %s", id).isCloseTo(0.0, within(0.03));
        }
    }

    /** The brief's target: 35 g/kg at 25 °C, 1023.3–1023.6 kg/m³ (Sharqawy), 0.9588 mPa·s. */
    @Test
    void seawater35At25C() {
        final Solution s = ReferenceData.at(ReferenceData.seawater(1.0), 25.0);
        assertThat(s.composition().soluteMassFraction()).isCloseTo(0.03505, within(5e-5));
        assertThat(DENSITY.massDensity(s)).isCloseTo(1023.5, within(1.0235));
        assertThat(VISCOSITY.dynamicViscosity(s)).isCloseTo(0.9588e-3, within(0.03 * 0.9588e-3));
    }

    /**
     * Pure water: Laliberté's viscosity equation against the CRC's 1.002 mPa·s at 20 °C (0.1 %, the
     * table's last digit); Kell's density against Sharqawy's pure-water fit as asserted by WaterTAP
     * (0.05 %: the two fits differ by ~0.02 %, WaterTAP asserts to 0.1 %).
     */
    @Test
    void pureWater() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "pure_water.csv").rows()) {
            final double t = r.number("temperature_K");
            final double expected = r.number("value");
            if (r.text("quantity").equals("viscosity")) {
                assertThat(LaliberteViscosity.pureWaterViscosity(t)).isCloseTo(expected, within(1e-3 * expected));
            } else {
                assertThat(LaliberteDensity.pureWaterDensity(t)).isCloseTo(expected, within(5e-4 * expected));
            }
        }
    }

    /**
     * Worked examples of the public transcription (CalebBell/chemicals docstrings): pin the equations
     * and the NaCl and Mg(NO3)2 coefficients to 1e-9 relative (the examples' printed precision).
     */
    @Test
    void transcriptionWorkedExamples() {
        for (ReferenceTable.Row r : ReferenceTable.load(getClass(), "chemicals_worked_examples.csv").rows()) {
            final String quantity = r.text("quantity");
            final double t = r.number("temperature_K");
            final List<LaliberteSolute> solutes = new ArrayList<>();
            final List<Double> fractions = new ArrayList<>();
            if (!r.text("solutes").isEmpty()) {
                for (String part : r.text("solutes").split(";")) {
                    final String[] kv = part.split(":");
                    solutes.add(LaliberteSolutes.get(kv[0]));
                    fractions.add(Double.parseDouble(kv[1]));
                }
            }
            final double[] w = fractions.stream().mapToDouble(Double::doubleValue).toArray();
            final double u = fractions.stream().mapToDouble(Double::doubleValue).sum();
            final double expected = r.number("value");
            final double actual = switch (quantity) {
                case "water_density" -> LaliberteDensity.pureWaterDensity(t);
                case "water_viscosity" -> LaliberteViscosity.pureWaterViscosity(t);
                case "apparent_density" -> solutes.get(0).apparentDensity(u, t);
                case "solute_viscosity" -> solutes.get(0).soluteViscosity(u, t);
                case "density" -> DENSITY.massDensity(solutes, w, t);
                case "viscosity" -> VISCOSITY.dynamicViscosity(solutes, w, t);
                default -> throw new IllegalStateException(quantity);
            };
            assertThat(actual).as("%s %s", quantity, r.text("solutes"))
                    .isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        }
    }

    /** Sanity of the transcription at 0 °C (Laliberté's CRC-independent check): NaCl 1 mol/kg. */
    @Test
    void ionsAndSaltGiveTheSameNaClAsTheTranscriptionAt0C() {
        final Composition c = Composition.of(Map.of(
                org.permeate.properties.species.SpeciesCatalog.NA, 1.0,
                org.permeate.properties.species.SpeciesCatalog.CL, 1.0));
        final double w = c.soluteMassFraction();
        final double t = PhysicalConstants.ZERO_CELSIUS;
        assertThat(DENSITY.massDensity(Solution.atAtmosphericPressure(c, t)))
                .isCloseTo(DENSITY.massDensity(List.of(LaliberteSolutes.get("NaCl")), new double[] {w}, t),
                        within(1e-9));
    }
}
