package org.permeate.properties.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;

class SpeciesCatalogTest {

    @Test
    void findsSpeciesByTheNamesPeopleUse() {
        assertThat(SpeciesCatalog.get("Na")).isSameAs(SpeciesCatalog.NA);
        assertThat(SpeciesCatalog.get("sodium")).isSameAs(SpeciesCatalog.NA);
        assertThat(SpeciesCatalog.get("Ca2+")).isSameAs(SpeciesCatalog.CA);
        assertThat(SpeciesCatalog.get("Ca++")).isSameAs(SpeciesCatalog.CA);
        assertThat(SpeciesCatalog.get("SO4^2-")).isSameAs(SpeciesCatalog.SO4);
        assertThat(SpeciesCatalog.get("sulphate")).isSameAs(SpeciesCatalog.SO4);
        assertThat(SpeciesCatalog.get("H3BO3")).isSameAs(SpeciesCatalog.BOH3);
        assertThat(SpeciesCatalog.get("Sucrose")).isSameAs(SpeciesCatalog.SUCROSE);
    }

    /** Molar masses from IUPAC 2005 atomic weights: NaCl 58.44277, sucrose 342.2965 g/mol. */
    @Test
    void molarMassesFromAtomicWeights() {
        assertThat(SpeciesCatalog.NA.molarMass() + SpeciesCatalog.CL.molarMass()).isCloseTo(0.05844277, within(1e-9));
        assertThat(SpeciesCatalog.SUCROSE.molarMass()).isCloseTo(0.3422965, within(1e-6));
        assertThat(SpeciesCatalog.BOH4.molarMass()).isCloseTo(0.0788404, within(1e-6));
        assertThat(AtomicWeights.molarMass("CaSO4:2H2O")).isCloseTo(0.172172, within(1e-5));
    }

    @Test
    void splitsSaltsIntoIons() {
        assertThat(SpeciesCatalog.dissociate("NaCl")).containsExactly(entry(SpeciesCatalog.NA, 1), entry(SpeciesCatalog.CL, 1));
        assertThat(SpeciesCatalog.dissociate("CaCl2")).containsExactly(entry(SpeciesCatalog.CA, 1), entry(SpeciesCatalog.CL, 2));
        assertThat(SpeciesCatalog.dissociate("Na2SO4")).containsExactly(entry(SpeciesCatalog.NA, 2), entry(SpeciesCatalog.SO4, 1));
        assertThat(SpeciesCatalog.dissociate("(NH4)2SO4")).containsExactly(entry(SpeciesCatalog.NH4, 2), entry(SpeciesCatalog.SO4, 1));
        assertThat(SpeciesCatalog.dissociate("Ca(NO3)2")).containsExactly(entry(SpeciesCatalog.CA, 1), entry(SpeciesCatalog.NO3, 2));
        assertThat(SpeciesCatalog.dissociate("NaHCO3")).containsExactly(entry(SpeciesCatalog.NA, 1), entry(SpeciesCatalog.HCO3, 1));
        assertThat(SpeciesCatalog.dissociate("MgSO4")).containsExactly(entry(SpeciesCatalog.MG, 1), entry(SpeciesCatalog.SO4, 1));
        assertThat(SpeciesCatalog.dissociate("sucrose")).containsExactly(entry(SpeciesCatalog.SUCROSE, 1));
    }

    @Test
    void refusesWhatIsNotASalt() {
        assertThatThrownBy(() -> SpeciesCatalog.dissociate("NaCl2")).isInstanceOf(PermeateException.class)
                .hasMessageContaining("NaCl2");
        assertThatThrownBy(() -> SpeciesCatalog.get("unobtainium")).isInstanceOf(PermeateException.class)
                .hasMessageContaining("unobtainium").hasMessageContaining("Na+");
    }
}
