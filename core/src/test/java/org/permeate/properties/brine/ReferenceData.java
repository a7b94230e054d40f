package org.permeate.properties.brine;

import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;

/** Fixtures of the brine tests: binary solutions by mass fraction, reference seawater, states at 1 atm. */
final class ReferenceData {

    private ReferenceData() {
    }

    /**
     * The molality of a binary solution of a salt or neutral solute at a given mass fraction.
     *
     * @param solute       Permeate's salt formula or neutral species id
     * @param massFraction mass of solute per mass of solution
     * @return the composition, in ions for a salt
     */
    static Composition binary(final String solute, final double massFraction) {
        final double molality = massFraction / (1 - massFraction) / formulaMass(solute);
        final Composition.Builder b = Composition.builder();
        for (var e : SpeciesCatalog.dissociate(solute).entrySet()) {
            b.add(e.getKey(), e.getValue() * molality);
        }
        return b.build();
    }

    /** @return mass of one formula unit of a salt (or the neutral's molar mass), kg/mol */
    static double formulaMass(final String solute) {
        double m = 0;
        for (var e : SpeciesCatalog.dissociate(solute).entrySet()) {
            m += e.getValue() * e.getKey().molarMass();
        }
        return m;
    }

    /** @return reference seawater (major ions) scaled by {@code factor} */
    static Composition seawater(final double factor) {
        final Composition.Builder b = Composition.builder();
        for (ReferenceTable.Row r : ReferenceTable.load(ReferenceData.class, "seawater_composition.csv").rows()) {
            final Species s = SpeciesCatalog.get(r.text("species"));
            b.add(s, factor * r.number("molality_mol_per_kg_water"));
        }
        return b.build();
    }

    /** @return reference seawater scaled to the given salinity, kg/kg of solution */
    static Composition seawaterAtSalinity(final double salinity) {
        final double ratio = seawater(1).soluteMassPerWaterMass();
        return seawater(salinity / (1 - salinity) / ratio);
    }

    /** @return the state at 1 atm and the given Celsius temperature */
    static Solution at(final Composition c, final double celsius) {
        return Solution.atAtmosphericPressure(c, celsius + PhysicalConstants.ZERO_CELSIUS);
    }
}
