package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.measure.Dimension;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.VantHoff;
import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Unit conversions of a water analysis (round trips through the density model), its derived
 * quantities, mixing and its input errors.
 */
class WaterAnalysisTest {

    private static final double T25 = PhysicalConstants.T25;

    private static WaterAnalysisBuilder base() {
        return WaterAnalysis.builder().pH(7.5).temperature(T25);
    }

    private static double mg(final double kgPerM3) {
        return kgPerM3 * 1e3;
    }

    // ---- unit conversions --------------------------------------------------------------------

    /** mg/L as CaCO3: 1 meq is 50.04345 mg of CaCO3, so 150 mg/L as CaCO3 of Ca is 60.07 mg/L of Ca. */
    @Test
    void milligramsAsCalciumCarbonateRoundTrip() {
        final WaterAnalysis w = base().add("Ca", "150 mg/L as CaCO3").add("Cl", "106.3 mg/L").build();
        final double eqWeight = AtomicWeights.molarMass("CaCO3") / 2 * 1e3; // g/eq
        assertThat(eqWeight).isCloseTo(50.04345, within(1e-5));
        assertThat(w.equivalentConcentration(Constituent.CA) * eqWeight).isCloseTo(150.0, within(1e-9));
        assertThat(mg(w.massConcentration(Constituent.CA))).isCloseTo(150.0 / eqWeight / 2 * 40.078, within(1e-9));
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.totalHardness(false))).isCloseTo(150.0, within(1e-9));
        // the same through the measure layer's unit
        final Quantity q = QuantityParser.parse("Ca", "150 mg/L as CaCO3", Dimension.EQUIVALENT_CONCENTRATION);
        assertThat(q.in(Units.MEQ_PER_L)).isCloseTo(150.0 / eqWeight, within(1e-12));
    }

    @Test
    void milliequivalentsAndMillimolesRoundTrip() {
        final WaterAnalysis w = base().add("Mg", "2.5 meq/L").add("SO4", "1.2 mmol/L").add("Na", "0.1 mmol/L")
                .add("HCO3-", "0.3 meq/L").build();
        assertThat(w.equivalentConcentration(Constituent.MG)).isCloseTo(2.5, within(1e-12));
        assertThat(w.molarConcentration(Constituent.MG)).isCloseTo(1.25, within(1e-12));
        assertThat(w.molarConcentration(Constituent.SO4)).isCloseTo(1.2, within(1e-12));
        assertThat(w.equivalentConcentration(Constituent.SO4)).isCloseTo(2.4, within(1e-12));
        assertThat(w.molarConcentration(Constituent.HCO3)).isCloseTo(0.3, within(1e-12));
        // molality = amount per volume / water per volume
        assertThat(w.molality(Constituent.MG)).isCloseTo(1.25 / w.waterPerVolume(), within(1e-15));
    }

    @Test
    void milligramsPerLitreAndPpmRoundTrip() {
        final WaterAnalysis w = base().add("Na", "10768 mg/L").add("Cl", "19353 mg/L").add("K", "399.1 ppm").build();
        assertThat(mg(w.massConcentration(Constituent.NA))).isCloseTo(10768.0, within(1e-8));
        assertThat(mg(w.massConcentration(Constituent.CL))).isCloseTo(19353.0, within(1e-8));
        assertThat(w.composition().massFraction(SpeciesCatalog.K)).isCloseTo(399.1e-6, within(1e-15));
        // mg/L and ppm differ by the density: mg/L = ppm × ρ/1000
        assertThat(mg(w.massConcentration(Constituent.K))).isCloseTo(399.1 * w.massDensity() / 1000, within(1e-9));
    }

    /** Masses given as another formula: nitrate as N, silica as Si, phosphate as P, boron as B. */
    @Test
    void massesAsAnElement() {
        final WaterAnalysis w = base().add("NO3", "10 mg/L as N").add("Si", "21.04 mg/L").add("PO4", "1 mg/L as P")
                .add("B", "1 mg/L").build();
        assertThat(w.molarConcentration(Constituent.NO3)).isCloseTo(10 / 14.0067, within(1e-9));
        assertThat(mg(w.massConcentration(Constituent.NO3))).isCloseTo(10 * 62.0049 / 14.0067, within(1e-3));
        assertThat(mg(w.massConcentration(Constituent.SIO2))).isCloseTo(21.04 * 60.0843 / 28.0855, within(1e-3));
        assertThat(w.molarConcentration(Constituent.PO4)).isCloseTo(1 / 30.973762, within(1e-9));
        // boron as B; carried as boric acid, same amount
        assertThat(mg(w.massConcentration(Constituent.B))).isCloseTo(1.0, within(1e-12));
        assertThat(w.composition().molality(SpeciesCatalog.BOH3)).isCloseTo(w.molality(Constituent.B), within(0.0));
    }

    @Test
    void alkalinityReplacesBicarbonate() {
        final WaterAnalysis w = base().add("Alkalinity", "80 mg/L as CaCO3").add("CO3", "6 mg/L").build();
        // total alkalinity of the result is the alkalinity given
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.totalAlkalinity())).isCloseTo(80.0, within(1e-9));
        // HCO3 = Alk − 2 CO3 − OH + H
        final double expected = 80 / 50.04345 - 2 * 6 / 60.0089 - (w.hydroxideMolality() - w.hydrogenIonMolality())
                * w.waterPerVolume();
        assertThat(w.molarConcentration(Constituent.HCO3)).isCloseTo(expected, within(1e-7));
        // alkalinity in meq/L and as a mass of HCO3 give the same water
        final WaterAnalysis meq = base().add("alkalinity", "1.5 meq/L").build();
        final WaterAnalysis asHco3 = base().add("alkalinity", 1.5 * SpeciesCatalog.HCO3.molarMass() * 1e3 + " mg/L as HCO3")
                .build();
        assertThat(asHco3.molality(Constituent.HCO3)).isCloseTo(meq.molality(Constituent.HCO3), within(1e-12));
        // the name may carry the basis, as in "Alkalinity as CaCO3, 80 mg/L"
        final WaterAnalysis named = base().add("Alkalinity as CaCO3", "80 mg/L").add("CO3", "6 mg/L").build();
        assertThat(named.molality(Constituent.HCO3)).isCloseTo(w.molality(Constituent.HCO3), within(1e-15));
    }

    /** The record keeps SI: K and mol/kg; pH and temperature as given. */
    @Test
    void storesSi() {
        final WaterAnalysis w = WaterAnalysis.builder().add("pH", "8.22").add("temperature", "77 F")
                .add("Ca", "1 mmol/kg").add("TDS", "500 mg/L").add("conductivity", "1500 µS/cm").build();
        assertThat(w.temperature()).isCloseTo(298.15, within(1e-12));
        assertThat(w.pH()).isEqualTo(8.22);
        assertThat(w.molality(Constituent.CA)).isCloseTo(1e-3, within(1e-15));
        assertThat(w.measuredTds().getAsDouble()).isCloseTo(0.5, within(1e-15));
        assertThat(w.measuredConductivity().getAsDouble()).isCloseTo(0.15, within(1e-15));
    }

    // ---- derived quantities ------------------------------------------------------------------

    /**
     * TDS, hardness and alkalinity of the El Paso brackish water (WaterTAP case study, see
     * typical-waters.csv), added up by hand from its mg/L: the plain sum and the Standard Methods
     * 1030 E sum with HCO3 × 0.4917.
     */
    @Test
    void tdsHardnessAndAlkalinityOfBrackishWater() {
        final WaterAnalysis w = TypicalWaters.analysis("brackish-el-paso");
        final double hco3 = mg(w.massConcentration(Constituent.HCO3));
        // 80 mg/L as CaCO3 of alkalinity is 97.54 mg/L of HCO3, less the OH − H at pH 7.6 (0.02 mg/L)
        assertThat(hco3).isCloseTo(80 / 50.04345 * 61.0168, within(0.05));
        final double others = 130 + 1180 + 30 + 16 + 31 + 770 + 230;
        assertThat(mg(w.totalDissolvedSolids(WaterAnalysis.TdsBasis.SUM_OF_IONS))).isCloseTo(others + hco3, within(1e-6));
        assertThat(WaterAnalysis.BICARBONATE_TO_CARBONATE_RESIDUE).isCloseTo(0.4917, within(5e-5));
        assertThat(mg(w.totalDissolvedSolids(WaterAnalysis.TdsBasis.STANDARD_METHODS_1030E)))
                .isCloseTo(others + 0.4917 * hco3, within(0.01));
        // hardness: Standard Methods 2340 B factors 2.497 (Ca) and 4.118 (Mg) mg/L as CaCO3 per mg/L
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.totalHardness(false))).isCloseTo(2.497 * 130 + 4.118 * 30, within(0.1));
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.totalAlkalinity())).isCloseTo(80.0, within(1e-6));
        // carbonate alkalinity leaves out the OH- − H+ of pH 7.6, 0.02 mg/L as CaCO3
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(w.carbonateAlkalinity())).isCloseTo(80.0 - 0.019, within(0.002));
    }

    @Test
    void hardnessFactorsAreThoseOfStandardMethods2340() {
        final WaterAnalysis ca = base().add("Ca", "1 mg/L").build();
        final WaterAnalysis mg = base().add("Mg", "1 mg/L").build();
        final WaterAnalysis sr = base().add("Ca", "1 mg/L").add("Sr", "10 mg/L").build();
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(ca.totalHardness(false))).isCloseTo(2.497, within(5e-4));
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(mg.totalHardness(false))).isCloseTo(4.118, within(5e-4));
        // strontium only when asked: 10 mg/L Sr = 10 × 100.0869/87.62 mg/L as CaCO3
        assertThat(sr.totalHardness(false)).isCloseTo(ca.totalHardness(false), within(1e-12));
        assertThat(Units.MG_PER_L_AS_CACO3.fromSi(sr.totalHardness(true) - sr.totalHardness(false)))
                .isCloseTo(10 * 100.0869 / 87.62, within(1e-3));
    }

    @Test
    void ionicStrengthOfTheAnalysisAsGiven() {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        m.put(Constituent.NA, 0.010);
        m.put(Constituent.CL, 0.012);
        m.put(Constituent.CA, 0.002);
        m.put(Constituent.SO4, 0.001);
        m.put(Constituent.SIO2, 0.5);
        final WaterAnalysis w = new WaterAnalysis(m, 7.0, T25, OptionalDouble.empty(), OptionalDouble.empty(),
                PropertyPackages.GENERAL.density());
        final double waterIons = 0.5 * (w.hydrogenIonMolality() + w.hydroxideMolality());
        assertThat(w.ionicStrength()).isCloseTo(0.5 * (0.010 + 0.012 + 4 * 0.002 + 4 * 0.001) + waterIons, within(1e-15));
        // neutral water at 25 °C: H+ = OH- = 1e-7 (log Kw = -13.9948)
        assertThat(w.hydroxideMolality() / Math.pow(10, -6.9948) - 1).isCloseTo(0, within(2e-4));
    }

    /** Osmotic pressure comes from the property package; in the dilute limit it meets van 't Hoff. */
    @Test
    void osmoticPressureByThePitzerPackage() {
        final WaterAnalysis w = TypicalWaters.analysis("seawater");
        assertThat(w.osmoticPressure()).isEqualTo(
                PropertyPackages.GENERAL.osmotic(w.solution(), RangePolicy.WARN).value().osmoticPressure());
        assertThat(w.osmoticPressure() / 1e5).isBetween(25.0, 28.0);
        final WaterAnalysis dilute = base().add("Na", "1 mmol/L").add("Cl", "1 mmol/L").build();
        final double ideal = new VantHoff(PropertyPackages.GENERAL.density()).osmoticPressure(dilute.solution());
        assertThat(dilute.osmoticPressure() / ideal).isCloseTo(1.0, within(0.02));
    }

    // ---- mixing ------------------------------------------------------------------------------

    @Test
    void mixingByWaterMassConservesEveryConstituent() {
        final WaterAnalysis sea = TypicalWaters.analysis("seawater");
        final WaterAnalysis brackish = TypicalWaters.analysis("brackish-el-paso").withTemperature(T25 + 10);
        final WaterAnalysis mix = WaterAnalysis.mix(WaterAnalysis.MixBasis.WATER_MASS,
                List.of(new WaterAnalysis.Share(sea, 0.3), new WaterAnalysis.Share(brackish, 0.7)));
        for (Constituent c : Constituent.values()) {
            assertThat(mix.molality(c)).as(c.symbol())
                    .isCloseTo(0.3 * sea.molality(c) + 0.7 * brackish.molality(c), within(1e-15));
        }
        assertThat(mix.temperature()).isCloseTo(T25 + 7, within(1e-12));
        assertThat(mix.pH()).isCloseTo(-Math.log10(0.3 * Math.pow(10, -8.22) + 0.7 * Math.pow(10, -7.6)), within(1e-12));
        assertThat(mix.measuredTds()).isEmpty();
        // the charge balance mixes too (up to H+ and OH-)
        final double expected = 0.3 * sea.chargeBalance().imbalance() + 0.7 * brackish.chargeBalance().imbalance();
        assertThat(mix.chargeBalance().imbalance()).isCloseTo(expected, within(1e-6));
        // a mix of one water is that water
        final WaterAnalysis self = WaterAnalysis.mix(WaterAnalysis.MixBasis.VOLUME,
                List.of(new WaterAnalysis.Share(sea, 1.0)), sea.pH());
        assertThat(self.molalities()).isEqualTo(sea.molalities());
    }

    /** By volume, each water brings its mass of water per litre. */
    @Test
    void mixingByVolumeWeighsByWaterPerVolume() {
        final WaterAnalysis sea = TypicalWaters.analysis("seawater");
        final WaterAnalysis fresh = base().add("Na", "10 mg/L").add("Cl", "15.4 mg/L").build();
        final WaterAnalysis mix = WaterAnalysis.mix(WaterAnalysis.MixBasis.VOLUME,
                List.of(new WaterAnalysis.Share(sea, 0.5), new WaterAnalysis.Share(fresh, 0.5)), 8.0);
        final double ws = sea.waterPerVolume();
        final double wf = fresh.waterPerVolume();
        final double f = ws / (ws + wf);
        assertThat(f).isLessThan(0.5); // a litre of seawater holds less water than a litre of fresh water
        assertThat(mix.molality(Constituent.NA)).isCloseTo(f * sea.molality(Constituent.NA)
                + (1 - f) * fresh.molality(Constituent.NA), within(1e-15));
        assertThat(mix.pH()).isEqualTo(8.0);
        // the sodium per volume is conserved within the non-additivity of volumes (< 0.1 %)
        final double naPerVolume = 0.5 * sea.molarConcentration(Constituent.NA) + 0.5 * fresh.molarConcentration(Constituent.NA);
        assertThat(mix.molarConcentration(Constituent.NA) / naPerVolume).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void mixingFractionsMustAddUpToOne() {
        final WaterAnalysis sea = TypicalWaters.analysis("seawater");
        assertThatThrownBy(() -> WaterAnalysis.mix(WaterAnalysis.MixBasis.WATER_MASS,
                List.of(new WaterAnalysis.Share(sea, 0.3), new WaterAnalysis.Share(sea, 0.3))))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining("sum of the mixing fractions").hasMessageContaining("0.6");
        assertThatThrownBy(() -> new WaterAnalysis.Share(sea, 1.5))
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.OUT_OF_RANGE));
    }

    // ---- errors ------------------------------------------------------------------------------

    private static void assertFails(final Runnable r, final Message kind, final String... fragments) {
        assertThatThrownBy(r::run).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(kind))
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }

    @Test
    void refusesNegativeAmounts() {
        assertFails(() -> base().add("Na", "-5 mg/L"), Message.NEGATIVE_CONCENTRATION, "Na", "-5 mg/L", "negative");
        assertFails(() -> base().alkalinity(Quantity.of(-1, Units.MEQ_PER_L)), Message.NEGATIVE_CONCENTRATION,
                "alkalinity", "-1");
        final Map<Constituent, Double> m = Map.of(Constituent.CL, -0.01);
        assertFails(() -> new WaterAnalysis(m, 7, T25, OptionalDouble.empty(), OptionalDouble.empty(),
                PropertyPackages.GENERAL.density()), Message.NEGATIVE_CONCENTRATION, "Cl", "-0.01");
    }

    @Test
    void refusesUnknownConstituents() {
        assertFails(() -> base().add("U", "3.3 ppb"), Message.UNKNOWN_CHOICE, "\"U\"", "Na", "SiO2", "CO2");
        assertFails(() -> base().add("Ca", "5 mg/L as Xx"), Message.UNKNOWN_CHOICE, "Xx", "CaCO3");
        assertFails(() -> base().add("CO2", "5 mg/L as CaCO3"), Message.UNKNOWN_CHOICE, "CO2", "no charge");
        assertFails(() -> base().add("SiO2", "1 meq/L"), Message.WRONG_DIMENSION, "SiO2", "no charge");
        assertFails(() -> base().add("Ca", "5 kg/s"), Message.WRONG_DIMENSION, "Ca", "mass flow");
    }

    @Test
    void refusesPhOutsideZeroToFourteen() {
        assertFails(() -> base().pH(14.5), Message.OUT_OF_RANGE, "pH", "14.5", "0", "14");
        assertFails(() -> base().add("pH", "-1"), Message.OUT_OF_RANGE, "pH", "-1", "0", "14");
        assertFails(() -> WaterAnalysis.builder().temperature(T25).add("Na", "1 mg/L").build(), Message.MISSING, "pH");
    }

    @Test
    void refusesTemperatureOutsideLiquidWater() {
        assertFails(() -> base().add("temperature", "120 C"), Message.OUT_OF_RANGE, "temperature", "120 °C",
                "0 °C", "100 °C");
        assertFails(() -> base().temperature(263.15), Message.OUT_OF_RANGE, "temperature", "-10 °C", "0 °C");
        assertFails(() -> WaterAnalysis.builder().pH(7).build(), Message.MISSING, "temperature");
    }

    @Test
    void refusesContradictions() {
        assertFails(() -> base().add("HCO3", "100 mg/L").add("alkalinity", "2 meq/L"), Message.CONFLICTING,
                "HCO3", "alkalinity");
        assertFails(() -> base().add("Ca", "10 mg/L").add("calcium", "12 mg/L"), Message.CONFLICTING, "Ca 10 mg/L",
                "Ca 12 mg/L");
        // alkalinity smaller than the carbonate given
        assertFails(() -> base().add("alkalinity", "1 meq/L").add("CO3", "60 mg/L").build(), Message.TOO_SMALL,
                "alkalinity", "meq/kg");
    }

    @Test
    void findsConstituentsByTheirUsualNames() {
        for (String name : List.of("Ca", "Ca2+", "Ca+2", "Ca++", "calcium")) {
            assertThat(Constituent.find(name)).as(name).contains(Constituent.CA);
        }
        for (String name : List.of("SO4", "SO4-2", "SO42-", "SO4--", "sulfate", "sulphate", "S(6)")) {
            assertThat(Constituent.find(name)).as(name).contains(Constituent.SO4);
        }
        assertThat(Constituent.find("silica")).contains(Constituent.SIO2);
        assertThat(Constituent.find("boron")).contains(Constituent.B);
        assertThat(Constituent.find("uranium")).isEmpty();
        // the analysis' composition is what the property models take
        final Solution s = base().add("B", "1 mg/L").add("Na", "1 mg/L").build().solution();
        assertThat(s.composition().species()).containsExactly(SpeciesCatalog.NA, SpeciesCatalog.BOH3);
    }
}
