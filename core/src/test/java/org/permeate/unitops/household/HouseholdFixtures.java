package org.permeate.unitops.household;

import org.permeate.api.Permeate;
import org.permeate.element.ElementOptions;
import org.permeate.element.catalog.Catalog;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/** The household unit the tests share: one TW30-1812-75 on tap water at 60 psi, like examples/household-75gpd.yaml. */
final class HouseholdFixtures {

    static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;
    static final ElementOptions OPTIONS = Catalog.DEFAULT_OPTIONS;

    private HouseholdFixtures() {
    }

    /** A simple tap water, mol/kg: about 250 mg/L of Na, Ca, Cl and HCO3, charge-balanced. */
    static Composition tapWater() {
        return Composition.builder().add(SpeciesCatalog.NA, 0.002).add(SpeciesCatalog.CA, 0.001)
                .add(SpeciesCatalog.CL, 0.003).add(SpeciesCatalog.HCO3, 0.001).build();
    }

    /** 60 psig line pressure, 20 °C. */
    static Solution tapFeed() {
        return new Solution(tapWater(), 293.15, ATM + 60 * Units.PSI);
    }

    /** A 75 gpd unit: 300 mL/min drain restrictor, 3.2 gal tank at 7 psig, 2/3 shut-off. */
    static HouseholdSystem unit75() {
        return new HouseholdSystem(Permeate.element("TW30-1812-75").element(), OPTIONS,
                FlowRestrictor.Fixed.ofMillilitresPerMinute(300), BladderTank.typical(), ShutOffValve.TYPICAL,
                tapFeed());
    }
}
