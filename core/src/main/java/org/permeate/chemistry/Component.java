package org.permeate.chemistry;

import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * What a water analysis totals: each component is counted over all its species (total
 * inorganic carbon over CO2, HCO3⁻, CO3²⁻ and MgCO3°; total boron over boric acid, borate and
 * its Ca and Mg complexes; ...). The master species is the one the others are written from,
 * as in PHREEQC's databases.
 */
public enum Component {
    SODIUM(SpeciesCatalog.NA),
    POTASSIUM(SpeciesCatalog.K),
    LITHIUM(SpeciesCatalog.LI),
    CALCIUM(SpeciesCatalog.CA),
    MAGNESIUM(SpeciesCatalog.MG),
    STRONTIUM(SpeciesCatalog.SR),
    BARIUM(SpeciesCatalog.BA),
    IRON(SpeciesCatalog.FE2),
    MANGANESE(SpeciesCatalog.MN),
    CHLORIDE(SpeciesCatalog.CL),
    BROMIDE(SpeciesCatalog.BR),
    NITRATE(SpeciesCatalog.NO3),
    FLUORIDE(SpeciesCatalog.F),
    /** total sulfate, S(6) */
    SULFATE(SpeciesCatalog.SO4),
    /** total inorganic carbon, C(4) */
    CARBON(SpeciesCatalog.CO3),
    /** total boron */
    BORON(SpeciesCatalog.BOH3),
    /** total silica, Si */
    SILICA(SpeciesCatalog.SIO2),
    /** total ammonia, N(-3) */
    AMMONIA(SpeciesCatalog.NH4),
    /** total phosphate, P */
    PHOSPHATE(SpeciesCatalog.PO4);

    private final Species master;

    Component(final Species master) {
        this.master = master;
    }

    /** @return the master species */
    public Species master() {
        return master;
    }
}
