package org.permeate.design.compliance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.permeate.chemistry.Constituent;

/**
 * A drinking-water parameter and what its value is computed from: the sum of some constituents of
 * a water analysis (each expressed as the limit's {@code expressed_as} formula), the total
 * dissolved solids, or the pH. Parameters with no constituent (cadmium, mercury, selenium,
 * uranium, nitrite, zinc, silver: Permeate does not carry them) are listed so that the table says
 * they were not assessed.
 */
public enum Parameter {
    ARSENIC("arsenic", Constituent.AS3, Constituent.AS5),
    BARIUM("barium", Constituent.BA),
    CADMIUM("cadmium"),
    CHROMIUM("chromium (total)", Constituent.CR3, Constituent.CR6),
    FLUORIDE("fluoride", Constituent.F),
    FLUORIDE_SECONDARY("fluoride (secondary)", Constituent.F),
    MERCURY("mercury"),
    NITRATE("nitrate", Constituent.NO3),
    NITRITE("nitrite"),
    SELENIUM("selenium"),
    URANIUM("uranium"),
    LEAD("lead", Constituent.PB),
    COPPER("copper", Constituent.CU),
    COPPER_SECONDARY("copper (secondary)", Constituent.CU),
    PFOA("PFOA", Constituent.PFOA),
    PFOS("PFOS", Constituent.PFOS),
    BORON("boron", Constituent.B),
    TDS("total dissolved solids"),
    CHLORIDE("chloride", Constituent.CL),
    SULFATE("sulfate", Constituent.SO4),
    IRON("iron", Constituent.FE),
    MANGANESE("manganese", Constituent.MN),
    ZINC("zinc"),
    SILVER("silver"),
    PH("pH");

    private final String label;
    private final Set<Constituent> constituents;

    Parameter(final String label, final Constituent... constituents) {
        this.label = label;
        final Set<Constituent> set = EnumSet.noneOf(Constituent.class);
        set.addAll(java.util.Arrays.asList(constituents));
        this.constituents = Collections.unmodifiableSet(set);
    }

    /** @return a name for people, e.g. "chromium (total)" */
    public String label() {
        return label;
    }

    /** @return the constituents whose sum is the value (empty for TDS, pH and parameters not carried) */
    public Set<Constituent> constituents() {
        return constituents;
    }

    /** @return the name used in files, e.g. "fluoride-secondary" */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
