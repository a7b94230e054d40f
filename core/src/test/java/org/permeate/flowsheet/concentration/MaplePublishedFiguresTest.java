package org.permeate.flowsheet.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.element.catalog.Catalog;
import org.permeate.measure.PhysicalConstants;

/**
 * The maple preset and the milk presets against the published figures in published-figures.csv
 * (sources there), each with its stated tolerance.
 */
class MaplePublishedFiguresTest {

    private static final double PSI = 6894.757;
    private static final double BTU = 1055.056;
    private static final double GALLON = 3.785411784e-3;
    private static final Map<String, Double> PUBLISHED = new HashMap<>();
    private static ConcentrationResult to8;
    private static ConcentrationResult to12;
    private static ConcentrationResult to16;

    @BeforeAll
    static void load() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MaplePublishedFiguresTest.class.getResourceAsStream("published-figures.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    final String[] f = line.split(",", 4);
                    PUBLISHED.put(f[0], Double.parseDouble(f[1]));
                }
            }
        }
        final ConcentrationSpec maple = ConcentrationPresets.get("maple-sap");
        to8 = Concentrator.run(maple.withTarget(new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.08)));
        to12 = Concentrator.run(maple);
        // 16 °Brix: at the preset's 20 L/m²h the 600 psi limit stops the run near 13.6 °Brix; at 12 L/m²h it is reached
        to16 = Concentrator.run(maple.withTarget(new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.16))
                .withFlux(12 / 3.6e6));
    }

    @Test
    void twoToEightBrixRemovesAboutThreeQuartersOfTheWater() {
        // published "about 75 %"; computed 75.4 %: within 2 percentage points
        assertThat(100 * to8.waterRemovedFraction()).isCloseTo(PUBLISHED.get("maple_water_removed_2_to_8_brix"),
                within(2.0));
        assertThat(to12.waterRemovedFraction()).isGreaterThan(to8.waterRemovedFraction());
        assertThat(to16.waterRemovedFraction()).isGreaterThan(to12.waterRemovedFraction());
    }

    /** Water left to boil off from a concentrate of brix to 66.9 °Brix syrup, per kg of sugar. */
    private static double waterToBoil(final double brix) {
        return (1 - brix) / brix - (1 - 0.669) / 0.669;
    }

    @Test
    void concentratingToEightBrixLeavesAboutAQuarterOfTheBoilingAndToFourAboutHalf() {
        // producer statement: 8 % -> 1/4 of the wood, 4 % -> half the fuel; computed 0.225 and 0.49 (within 0.05)
        final double sugarLeft = 1 - to8.balances().get(1).fractionToPermeate();
        final double ratio8 = waterToBoil(to8.productMeasure()) * sugarLeft / waterToBoil(0.02);
        assertThat(ratio8).isCloseTo(PUBLISHED.get("maple_wood_fraction_at_8_brix") / 100, within(0.05));
        final double ratio4 = waterToBoil(0.04) / waterToBoil(0.02);
        assertThat(ratio4).isCloseTo(PUBLISHED.get("maple_fuel_fraction_at_4_brix") / 100, within(0.05));
    }

    @Test
    void theLatentHeatOfTheWaterInAGallonOfSyrupIsMostOfThePublished400000Btu() {
        // one gallon of 66.9 °Brix syrup (1.33 kg/L) holds 3.37 kg of sugar; from 2 % sap the evaporator boils off
        // the water of 168 kg of sap. The published 400,000 BTU includes heating the sap to boiling (about 15 %);
        // the latent heat alone must be 80-95 % of it.
        final double sugar = GALLON * 1330 * 0.669;
        final double water = sugar * waterToBoil(0.02);
        final double latent = PhysicalConstants.WATER_ENTHALPY_OF_VAPORISATION_100C / PhysicalConstants.WATER_MOLAR_MASS;
        final double share = water * latent / (PUBLISHED.get("maple_heat_per_gallon_syrup") * BTU);
        assertThat(share).isBetween(0.80, 0.95);
        // the result's saving is that latent heat over the evaporator's efficiency, for the water removed
        assertThat(to12.evaporatorEnergySaved()).isCloseTo(to12.water().permeate() * latent / 0.6,
                within(1e-6 * to12.evaporatorEnergySaved()));
    }

    @Test
    void sugarLossIsSmallAndTheRoPumpUsesAFewPerCentOfTheEnergySaved() {
        for (ConcentrationResult r : new ConcentrationResult[] {to8, to12, to16}) {
            // RO "functions essentially as a concentration process" (van den Berg et al. 2019): under 0.5 % lost
            assertThat(r.balances().get(1).fractionToPermeate()).isLessThan(0.005);
            // electricity of the pump against fuel saved: well under 10 % (heat equivalents)
            assertThat(r.pumpEnergy() / r.evaporatorEnergySaved()).isLessThan(0.1);
            assertThat(r.termination()).isEqualTo(Termination.TARGET_REACHED);
        }
        assertThat(to16.end().time()).isGreaterThan(to12.end().time());
        assertThat(to16.end().feedPressure()).isGreaterThan(to16.points().get(0).feedPressure());
    }

    @Test
    void membranesCanTakeSapToAboutThirtyFiveBrixAtTheProducersPressure() {
        // at 650 psi the osmotic ceiling of sap is 34 °Brix: UVM Extension "as high as 35 %" (within 3 °Brix);
        // the ultra-high 40-42 °Brix units run above it (their pressure is not stated)
        final PressureLimitAnalysis a = Concentrator.pressureLimit(ConcentrationPresets.get("maple-sap")
                .withPressureLimit(PUBLISHED.get("maple_max_pressure") * PSI));
        assertThat(100 * a.measureAtZeroFlux()).isCloseTo(PUBLISHED.get("maple_max_brix_membranes"), within(3.0));
        assertThat(100 * a.measureAtZeroFlux()).isLessThan(PUBLISHED.get("maple_ultra_high_brix"));
    }

    @Test
    void publishedMilkConcentratesLieBetweenTheLimitAtTheSetFluxAndTheOsmoticCeiling() {
        // vendors: whole milk 25-30 % TS and skim 28-29 % at 450-600 psi. At 600 psi and the preset's 10 L/m²h the
        // model reaches 24 % (whole) and 21 % (skim) - short of the vendors by 5-8 points - while the osmotic
        // ceiling (41 bar = π) lies well above them: vendors' plants run lower average fluxes late in the batch.
        final PressureLimitAnalysis whole = Concentrator.pressureLimit(ConcentrationPresets.get("whole-milk"));
        final PressureLimitAnalysis skim = Concentrator.pressureLimit(ConcentrationPresets.get("skim-milk"));
        assertThat(100 * whole.measureAtZeroFlux()).isGreaterThan(PUBLISHED.get("milk_whole_concentrate_ts_high"));
        assertThat(100 * skim.measureAtZeroFlux()).isGreaterThan(PUBLISHED.get("milk_skim_concentrate_ts"));
        assertThat(100 * whole.measureAtSetFlux()).isBetween(PUBLISHED.get("milk_whole_concentrate_ts_low") - 6,
                PUBLISHED.get("milk_whole_concentrate_ts_high"));
        assertThat(100 * skim.measureAtSetFlux()).isBetween(PUBLISHED.get("milk_skim_concentrate_ts") - 10,
                PUBLISHED.get("milk_skim_concentrate_ts"));
    }

    @Test
    void aFourInchMembraneRemovesTheWaterItsMakerStatesFromFreshSapButLessFromTheLoopsConcentrate() {
        // Cote (2009, US 2009/0110793 A1, example 1): one 4-inch membrane, 100 GPH of sap at 75 % recovery = 75 GPH of
        // water removed, feed pump 200-270 psi plus 28 psi from the recirculating pump (16 GPM over the membrane);
        // ratings are given at 55 degF (Ohio State maple blog). The patent names no membrane model: a Hydranautics
        // CPA2-4040 (brackish, 7.9 m2) stands for it, at the middle of the stated pressure range.
        final double published = PUBLISHED.get("maple_ro_4in_sap_feed") * PUBLISHED.get("maple_ro_4in_recovery") / 100;
        final double pressure = PSI * ((PUBLISHED.get("maple_ro_4in_feed_pump_low")
                + PUBLISHED.get("maple_ro_4in_feed_pump_high")) / 2 + PUBLISHED.get("maple_ro_4in_recirculation_boost"));
        final double temperature = 273.15 + (PUBLISHED.get("maple_ro_rating_temperature") - 32) / 1.8;
        final ConcentrationSpec maple = ConcentrationPresets.get("maple-sap");
        final ConcentrationSpec unit = new ConcentrationSpec(maple.product(), ConcentrationMode.BATCH, 1.0, 0.0,
                Catalog.SHIPPED.element("CPA2-4040"), 1, 1, temperature, maple.pressureLimit(),
                PUBLISHED.get("maple_ro_4in_recirculation") * GALLON / 60, maple.flux(), maple.target(), maple.pump(),
                0.6, maple.options());
        final double gph = 3600 / GALLON / 1000;
        // fresh 2 degBrix sap over the membrane: 71 GPH, within the +-30 % that vendor-style ratings allow (-5 %)
        final double fresh = gph * Concentrator.waterRemovalRate(unit, 1.0, pressure);
        assertThat(fresh).isCloseTo(published, within(0.30 * published));
        // with the recirculation loop at the 75 %-recovery concentrate (factor 4, 8 degBrix), as a feed-and-bleed loop
        // runs, the model removes 43 GPH, 0.58 of the statement: the statement implies about 36 L/m2h at 8 degBrix,
        // which a 2007 CPA2 bulletin's permeability does not give. Kept as a known gap (docs/food-concentration.md).
        final double loop = gph * Concentrator.waterRemovalRate(unit, 1.0 / (1 - PUBLISHED.get("maple_ro_4in_recovery")
                / 100), pressure);
        assertThat(loop / published).isBetween(0.5, 0.7);
        // more pressure removes more water, a cooler sap less
        assertThat(Concentrator.waterRemovalRate(unit, 1.0, pressure + 5e5)).isGreaterThan(fresh / gph);
        assertThat(Concentrator.waterRemovalRate(unit.withTemperature(278.15), 1.0, pressure)).isLessThan(fresh / gph);
    }

    @Test
    void theRemovalRateRefusesAPressureBelowTheOsmoticPressure() {
        final ConcentrationSpec maple = ConcentrationPresets.get("maple-sap");
        assertThatThrownBy(() -> Concentrator.waterRemovalRate(maple, 1.0, 1e5))
                .isInstanceOf(org.permeate.errors.PermeateException.class).hasMessageContaining("osmotic pressure");
        assertThatThrownBy(() -> Concentrator.waterRemovalRate(maple, 0.5, 20e5))
                .hasMessageContaining("concentration factor");
    }
}
