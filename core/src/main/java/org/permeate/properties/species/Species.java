package org.permeate.properties.species;

import java.util.List;

/**
 * A dissolved species: an ion, a neutral solute, or an ideal osmolyte.
 *
 * <p>Identifiers follow PHREEQC's spelling ({@code Na+}, {@code Ca+2}, {@code SO4-2},
 * {@code B(OH)3}); neutral organic solutes use their common names ({@code sucrose}).
 *
 * @param id        the identifier used in files, registries and reports
 * @param name      a name for people, e.g. "sodium"
 * @param formula   chemical formula without charge, e.g. "SO4"
 * @param charge    charge number z
 * @param molarMass molar mass, kg/mol (0 for {@link Kind#OSMOLYTE})
 * @param kind      ion, neutral solute or osmolyte
 * @param aliases   other names users type
 */
public record Species(String id, String name, String formula, int charge, double molarMass, Kind kind,
                      List<String> aliases) {

    /** What sort of solute a species is. */
    public enum Kind {
        /** A charged species. */
        ION,
        /** An uncharged dissolved species (sugar, urea, CO2, boric acid...). */
        NEUTRAL,
        /**
         * Osmotically active particles of no stated identity, given by their osmolality (as a
         * freezing-point osmometer measures it): ideal by definition, massless.
         */
        OSMOLYTE
    }

    public Species {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("species id must not be blank");
        }
        if ((kind == Kind.ION) == (charge == 0)) {
            throw new IllegalArgumentException("species " + id + ": kind " + kind + " does not fit charge " + charge);
        }
        if (!(molarMass >= 0) || (kind != Kind.OSMOLYTE && molarMass == 0)) {
            throw new IllegalArgumentException("species " + id + ": bad molar mass " + molarMass);
        }
        aliases = List.copyOf(aliases);
    }

    /** @return true for a charged species */
    public boolean isIon() {
        return charge != 0;
    }

    /** @return true for a cation */
    public boolean isCation() {
        return charge > 0;
    }

    /** @return true for an anion */
    public boolean isAnion() {
        return charge < 0;
    }

    @Override
    public String toString() {
        return id;
    }
}
