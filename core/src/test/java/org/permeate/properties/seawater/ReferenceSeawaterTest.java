package org.permeate.properties.seawater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

/** The Reference Composition of Millero et al. (2008) against its published consequences. */
class ReferenceSeawaterTest {

    @Test
    void meanMolarMassIsMillerosFromTheTableAndIupac2005Weights() {
        // Millero et al. 2008 / TEOS-10: 31.4038218 g/mol; our table and weights give 31.403821829, which prints
        // the same: allowed, half a unit in the last printed digit (0.5e-7 g/mol)
        assertThat(ReferenceSeawater.MEAN_MOLAR_MASS).isCloseTo(0.0314038218, within(0.5e-10));
        assertThat(SeawaterCorrelations.SEA_SALT_MOLAR_MASS).isCloseTo(ReferenceSeawater.MEAN_MOLAR_MASS,
                within(1e-9 * ReferenceSeawater.MEAN_MOLAR_MASS));
    }

    @Test
    void valenceFactorIsTeos10s() {
        // GSW gsw_valence_factor = 1.2452898, exact for the Reference Composition
        assertThat(ReferenceSeawater.VALENCE_FACTOR).isCloseTo(1.2452898, within(1e-12));
    }

    @Test
    void moleFractionsSumToOneAndTheSaltIsNeutral() {
        double sum = 0;
        double charge = 0;
        for (Species s : ReferenceSeawater.species()) {
            sum += ReferenceSeawater.moleFraction(s);
            charge += ReferenceSeawater.moleFraction(s) * s.charge();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-15));
        assertThat(charge).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void massFractionsRoundToTeos10TableD3() {
        final ReferenceTable published = ReferenceTable.loadHeaderless(getClass(),
                "teos10_reference_mass_fractions.csv", "species", "mass_fraction");
        assertThat(published.rows()).hasSize(15);
        for (Species s : ReferenceSeawater.species()) {
            // printed to 7 decimals: ours must round to the same number
            assertThat(ReferenceSeawater.massFraction(s)).as(s.id())
                    .isCloseTo(published.rowWhere("species", s.id()).number("mass_fraction"), within(0.5e-7));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1e-9, 1e-3, 0.035, 0.07, 0.12, 0.3, 0.9})
    void compositionHasTheRequestedSalinity(final double s) {
        final Composition c = ReferenceSeawater.composition(s);
        assertThat(c.size()).isEqualTo(15);
        assertThat(c.soluteMassFraction()).isCloseTo(s, within(1e-15 + 1e-14 * s));
        assertThat(c.totalMolality()).isCloseTo(ReferenceSeawater.totalMolality(s), within(1e-12 * (1 + c.totalMolality())));
        assertThat(c.netCharge()).isCloseTo(0.0, within(1e-12 * (1 + c.totalMolality())));
        assertThat(ReferenceSeawater.deviationFrom(c)).isLessThan(1e-12);
    }

    @Test
    void ionicStrengthIsHalfTheValenceFactorTimesMolality() {
        // TEOS-10: I = 0.5 Z^2 m (gsw_ionic_strength)
        final Composition c = ReferenceSeawater.composition(0.035165);
        assertThat(c.ionicStrength()).isCloseTo(0.5 * ReferenceSeawater.VALENCE_FACTOR * c.totalMolality(), within(1e-12));
    }

    @Test
    void pureNaClDepartsCompletely() {
        final double m = 0.6;
        final Composition nacl = Composition.builder().add(SpeciesCatalog.NA, m).add(SpeciesCatalog.CL, m).build();
        assertThat(ReferenceSeawater.deviationFrom(nacl)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aTypicalSeawaterAnalysisPassesTheTolerance() {
        // Major-ion analysis of seawater, mg/kg (Bethke 2007, Geochemical and Biogeochemical Reaction Modeling,
        // section 6.1, as quoted in MOOSE's geochemistry documentation): Cl 19350, Na 10760, SO4 2710, Mg 1290,
        // Ca 411, K 399, HCO3 142. Ratios differ from the reference by under 1 %.
        final Composition c = Composition.builder()
                .add(SpeciesCatalog.CL, 19.350 / (SpeciesCatalog.CL.molarMass() * 1e3))
                .add(SpeciesCatalog.NA, 10.760 / (SpeciesCatalog.NA.molarMass() * 1e3))
                .add(SpeciesCatalog.SO4, 2.710 / (SpeciesCatalog.SO4.molarMass() * 1e3))
                .add(SpeciesCatalog.MG, 1.290 / (SpeciesCatalog.MG.molarMass() * 1e3))
                .add(SpeciesCatalog.CA, 0.411 / (SpeciesCatalog.CA.molarMass() * 1e3))
                .add(SpeciesCatalog.K, 0.399 / (SpeciesCatalog.K.molarMass() * 1e3))
                .add(SpeciesCatalog.HCO3, 0.142 / (SpeciesCatalog.HCO3.molarMass() * 1e3))
                .build();
        assertThat(ReferenceSeawater.deviationFrom(c)).isBetween(0.001, 0.01);
    }

    @Test
    void aForeignSoluteDilutesEveryShare() {
        final Composition c = ReferenceSeawater.composition(0.035).with(SpeciesCatalog.SUCROSE, 0.2);
        assertThat(ReferenceSeawater.deviationFrom(c)).isGreaterThan(ReferenceSeawater.COMPOSITION_TOLERANCE);
        assertThat(ReferenceSeawater.deviationFrom(Composition.pureWater())).isZero();
    }

    @Test
    void impossibleSalinityIsRefusedWithTheValueAndRange() {
        assertThatThrownBy(() -> ReferenceSeawater.composition(1.0))
                .isInstanceOfSatisfying(PermeateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Message.OUT_OF_RANGE);
                    assertThat(e.getMessage()).contains("salinity").contains("1 kg/kg");
                });
        assertThatThrownBy(() -> ReferenceSeawater.composition(-0.01)).isInstanceOf(PermeateException.class);
        assertThatThrownBy(() -> ReferenceSeawater.composition(Double.NaN))
                .isInstanceOfSatisfying(PermeateException.class, e -> assertThat(e.kind()).isEqualTo(Message.NOT_FINITE));
    }
}
