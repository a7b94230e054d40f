package org.permeate.lab;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.species.Species;

/**
 * An osmosis cell: two compartments separated by a membrane, at one temperature, with one
 * property package for both solutions (osmotic pressure, density, pure water). The two
 * compositions are brought to the same list of species (a solute absent on one side is present
 * there at zero molality), so that a leaky membrane can carry it across.
 *
 * @param left        the left side (in a Pfeffer cell, the bath)
 * @param right       the right side (the cell)
 * @param membrane    the membrane
 * @param temperature K (above 0)
 * @param properties  property package of both solutions
 */
public record OsmosisCell(Compartment left, Compartment right, Membrane membrane, double temperature,
                          PropertyPackage properties) {

    public OsmosisCell {
        if (left == null || right == null || membrane == null || properties == null) {
            throw new PermeateException(Message.MISSING, "osmosis cell", "two compartments, a membrane and a property package");
        }
        Checks.positive("temperature (K)", temperature);
        final List<Species> all = new ArrayList<>(left.composition().species());
        for (Species s : right.composition().species()) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        left = left.withComposition(aligned(left.composition(), all));
        right = right.withComposition(aligned(right.composition(), all));
    }

    private static Composition aligned(final Composition c, final List<Species> all) {
        final java.util.Map<Species, Double> m = new java.util.LinkedHashMap<>();
        for (Species s : all) {
            m.put(s, c.molality(s));
        }
        return Composition.of(m);
    }

    /** @return the species on both sides, in state order */
    public List<Species> species() {
        return left.composition().species();
    }

    /** @return the same cell with another membrane */
    public OsmosisCell withMembrane(final Membrane m) {
        return new OsmosisCell(left, right, m, temperature, properties);
    }

    /** @return the same cell with other compartments */
    public OsmosisCell withCompartments(final Compartment l, final Compartment r) {
        return new OsmosisCell(l, r, membrane, temperature, properties);
    }
}
