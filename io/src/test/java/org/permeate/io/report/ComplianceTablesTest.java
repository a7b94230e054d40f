package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.design.compliance.ProductCompliance;
import org.permeate.design.compliance.Standard;
import org.permeate.element.catalog.MembraneFamily;
import org.permeate.properties.Composition;
import org.permeate.properties.species.SpeciesCatalog;

class ComplianceTablesTest {

    @Test
    void limitsArePrintedInTheirOwnUnitAndBasis() {
        final WaterAnalysis tap = WaterAnalysis.builder().add("Na", "30 mg/L").add("Ca", "40 mg/L")
                .add("Cl", "60 mg/L").add("HCO3", "120 mg/L").add("NO3", "12 mg/L as N").pH(7.5)
                .temperature(293.15).build();
        // a product of one hundredth of the feed's ions (and its carbon), as a membrane might give
        final Composition product = Composition.builder().add(SpeciesCatalog.NA, 1.3e-5).add(SpeciesCatalog.CA, 1.0e-5)
                .add(SpeciesCatalog.CL, 1.7e-5).add(SpeciesCatalog.HCO3, 2.0e-5).add(SpeciesCatalog.CO2, 2.0e-4)
                .add(SpeciesCatalog.NO3, 8.6e-6).build();
        final ProductCompliance c = ProductCompliance.of(tap, product, 293.15, MembraneFamily.HOUSEHOLD, Standard.BOTH);
        final Table t = ComplianceTables.limits(c);
        assertThat(t.rows()).hasSize(c.lines().size());
        final List<Value> nitrate = t.rows().stream().filter(r -> r.get(0).text().equals("EPA")
                && r.get(1).text().equals("nitrate")).findFirst().orElseThrow();
        assertThat(nitrate.get(3).text()).isEqualTo("<= 10");
        assertThat(nitrate.get(4).text()).isEqualTo("mg/L (ppm) as N");
        assertThat(nitrate.get(5).text()).isEqualTo("12.0");
        assertThat(nitrate.get(6).text()).isEqualTo("fail");
        assertThat(nitrate.get(8).text()).isEqualTo("pass");
        final List<Value> ph = t.rows().stream().filter(r -> r.get(1).text().equals("pH")).findFirst().orElseThrow();
        assertThat(ph.get(3).text()).isEqualTo("6.5-8.5");
        final List<Value> pfos = t.rows().stream().filter(r -> r.get(0).text().equals("EPA")
                && r.get(1).text().equals("PFOS")).findFirst().orElseThrow();
        assertThat(pfos.get(4).text()).startsWith("ng/L (ppt)");
        assertThat(pfos.get(6).text()).isEqualTo("not assessed");
        assertThat(ComplianceTables.minerals(c).rows()).hasSize(3); // Na, Ca, hardness (K and Mg not given)
        assertThat(ComplianceTables.notes().get(0)).contains("intact membrane");
    }
}
