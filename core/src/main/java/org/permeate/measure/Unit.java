package org.permeate.measure;

import java.util.List;

/**
 * A unit of measure: an affine map to the SI unit of its {@link Dimension},
 * {@code si = value·factor + offset}.
 *
 * @param symbol    the symbol printed in reports, e.g. {@code "bar"}, {@code "°C"}
 * @param dimension the kind of quantity
 * @param factor    SI per unit (for °C: 1; for psi: 6894.757293168)
 * @param offset    SI value of the unit's zero (273.15 for °C; 101325 for psig)
 * @param aliases   other spellings users type, matched after normalisation
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset, List<String> aliases) {

    public Unit {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("bad unit definition " + symbol);
        }
        aliases = List.copyOf(aliases);
    }

    /**
     * @param value a number in this unit
     * @return the same quantity in SI
     */
    public double toSi(final double value) {
        return value * factor + offset;
    }

    /**
     * @param si a number in SI
     * @return the same quantity in this unit
     */
    public double fromSi(final double si) {
        return (si - offset) / factor;
    }

    /**
     * For differences (a temperature rise, a pressure drop) the offset does not apply.
     *
     * @param si a difference in SI
     * @return the same difference in this unit
     */
    public double differenceFromSi(final double si) {
        return si / factor;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
