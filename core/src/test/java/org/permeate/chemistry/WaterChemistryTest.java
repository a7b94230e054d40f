package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.SpeciesCatalog;

/** Feeds speciated at their pH, streams given their pH back, dosing, scaling limits. */
class WaterChemistryTest {

    /** A brackish well water as a lab reports it (mol/kg): HCO3 given, boron as boric acid. */
    private static Composition well() {
        return Composition.builder().add(SpeciesCatalog.NA, 0.0183).add(SpeciesCatalog.K, 0.00026)
                .add(SpeciesCatalog.CA, 0.0020).add(SpeciesCatalog.MG, 0.00103).add(SpeciesCatalog.CL, 0.0169)
                .add(SpeciesCatalog.SO4, 0.0026).add(SpeciesCatalog.HCO3, 0.00295).add(SpeciesCatalog.SIO2, 0.00033)
                .add(SpeciesCatalog.BOH3, 0.00005).build();
    }

    @Test
    void aFeedSpeciatedAtItsPhGivesThatPhBackFromWhatTheMembraneCarries() {
        for (double pH : new double[] {6.5, 7.5, 8.3, 9.5}) {
            final Speciated feed = WaterChemistry.atPh(well(), pH, 298.15);
            assertThat(feed.pH()).isEqualTo(pH);
            assertThat(feed.alkalinity()).isCloseTo(0.00295, within(1e-12));
            final Speciated back = WaterChemistry.of(WaterChemistry.forTransport(feed), 298.15);
            assertThat(back.pH()).as("pH %s", pH).isCloseTo(pH, within(0.01));
        }
    }

    /** Boric acid (pKa 9.24 at 25 °C in fresh water, lower in seawater) becomes borate as the pH rises. */
    @Test
    void boronSplitsWithPh() {
        final double low = WaterChemistry.atPh(well(), 7.0, 298.15).molality(SpeciesCatalog.BOH4);
        final double high = WaterChemistry.atPh(well(), 10.0, 298.15).molality(SpeciesCatalog.BOH4);
        assertThat(low / 0.00005).isBetween(0.003, 0.02);
        assertThat(high / 0.00005).isGreaterThan(0.8);
        // in seawater (S = 35, 25 °C) the stoichiometric pK of boric acid is 8.60 on the total-hydrogen
        // scale (Dickson 1990, Deep-Sea Res. 37, 755, eq. 23). The activity pH used here reads
        // higher: by −log γ(H⁺) = 0.134 (PHREEQC pitzer.dat, unscaled, test problem 6a) over the
        // free scale, which is log(1 + S_T/K_S) ≈ 0.11 above the total scale (Dickson 1990,
        // sulfate). At pH 8.60 here, pH_T ≈ 8.36 and Dickson's borate fraction is
        // 1/(1 + 10^(8.60 − 8.36)) = 0.365.
        final Composition sw = ReferenceSeawater.composition(0.035);
        final Speciated s = WaterChemistry.atPh(sw, 8.6, 298.15);
        final double borate = s.molality(SpeciesCatalog.BOH4) + s.molality(AqueousSpecies.CABOH4)
                + s.molality(AqueousSpecies.MGBOH4);
        assertThat(borate / s.total(Component.BORON)).isCloseTo(0.365, within(0.04));
    }

    /** Acid lowers the pH to the target and turns bicarbonate into CO2; caustic raises it. */
    @Test
    void acidAndCausticDosing() {
        final Speciated feed = WaterChemistry.atPh(well(), 7.8, 298.15);
        final double hcl = Dosing.doseForPh(feed, Dosing.Reagent.HCL, 6.5);
        final Speciated acid = Dosing.dose(feed, Dosing.Reagent.HCL, hcl);
        assertThat(acid.pH()).isCloseTo(6.5, within(1e-6));
        assertThat(acid.molality(SpeciesCatalog.CO2)).isGreaterThan(5 * feed.molality(SpeciesCatalog.CO2));
        assertThat(acid.total(Component.CHLORIDE)).isCloseTo(feed.total(Component.CHLORIDE) + hcl, within(1e-15));
        // sulfuric acid does the same with half the moles (two protons each)
        assertThat(Dosing.doseForPh(feed, Dosing.Reagent.H2SO4, 6.5)).isCloseTo(hcl / 2, within(0.02 * hcl));
        final double naoh = Dosing.doseForPh(feed, Dosing.Reagent.NAOH, 9.0);
        assertThat(Dosing.dose(feed, Dosing.Reagent.NAOH, naoh).pH()).isCloseTo(9.0, within(1e-6));
        assertThatThrownBy(() -> Dosing.doseForPh(feed, Dosing.Reagent.HCL, 9.0))
                .isInstanceOf(PermeateException.class).hasMessageContaining("only lowers");
    }

    /**
     * Recovery limits: calcite saturates first in a hard, alkaline well water, and acid moves its
     * limit up; concentrating raises every index.
     */
    @Test
    void scalingLimitsByMineral() {
        final Speciated feed = WaterChemistry.atPh(well(), 7.2, 298.15);
        final List<ScalingLimits.Limit> limits = ScalingLimits.limits(feed, Minerals.SCALING, 0.0);
        final ScalingLimits.Limit calcite = limits.stream().filter(l -> l.mineral() == Minerals.CALCITE).findFirst()
                .orElseThrow();
        final ScalingLimits.Limit gypsum = limits.stream().filter(l -> l.mineral() == Minerals.GYPSUM).findFirst()
                .orElseThrow();
        assertThat(calcite.exceededInFeed()).isFalse();
        assertThat(calcite.limitRecovery()).isBetween(0.0, 0.6);
        assertThat(gypsum.limitRecovery()).isGreaterThan(calcite.limitRecovery());
        assertThat(Minerals.CALCITE.saturationIndex(ScalingLimits.concentrate(feed, calcite.limitRecovery()))
                .orElseThrow()).isCloseTo(0.0, within(1e-4));
        final Speciated acidified = Dosing.dose(feed, Dosing.Reagent.H2SO4, Dosing.doseForPh(feed,
                Dosing.Reagent.H2SO4, 6.5));
        final double acidLimit = ScalingLimits.limits(acidified, List.of(Minerals.CALCITE), 0.0).get(0).limitRecovery();
        assertThat(acidLimit).isGreaterThan(calcite.limitRecovery() + 0.1);
        assertThat(Minerals.GYPSUM.saturationIndex(ScalingLimits.concentrate(feed, 0.75)).orElseThrow())
                .isGreaterThan(Minerals.GYPSUM.saturationIndex(feed).orElseThrow() + 0.5);
    }

    /**
     * Electroneutrality fixes the pH: a NaCl–NaHCO3 water's alkalinity is its sodium in excess of
     * chloride, so the charge-balanced pH is the closed system's at that alkalinity.
     */
    @Test
    void chargeBalanceAndAlkalinityGiveTheSamePh() {
        final java.util.Map<Component, Double> t = java.util.Map.of(Component.SODIUM, 0.0130,
                Component.CHLORIDE, 0.0100, Component.CARBON, 0.0032);
        final Speciated balanced = Speciation.chargeBalanced(t, 298.15);
        final Speciated closed = Speciation.closed(t, 0.0030, 298.15);
        assertThat(balanced.pH()).isCloseTo(closed.pH(), within(1e-6));
        // 3.0 mmol/kg of bicarbonate over 0.2 of CO2: pH ≈ pK1 (6.35) + log(3.0/0.2) = 7.53, a little
        // less with the activity coefficients at this ionic strength
        assertThat(balanced.pH()).isBetween(7.3, 7.6);
    }
}
