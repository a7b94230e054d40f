package org.permeate.measure;

/**
 * A value in SI with its kind: what {@link QuantityParser} returns.
 *
 * @param si        the value in the SI unit of {@code dimension}
 * @param dimension the kind of quantity
 * @param unit      the unit it was written in (for echoing input back), never null
 */
public record Quantity(double si, Dimension dimension, Unit unit) {

    public Quantity {
        if (unit == null || unit.dimension() != dimension) {
            throw new IllegalArgumentException("unit " + unit + " is not a " + dimension.phrase());
        }
    }

    /**
     * @param value a number in {@code unit}
     * @param unit  its unit
     * @return the quantity
     */
    public static Quantity of(final double value, final Unit unit) {
        return new Quantity(unit.toSi(value), unit.dimension(), unit);
    }

    /** @return the value in the unit it was given in */
    public double valueInGivenUnit() {
        return unit.fromSi(si);
    }

    /**
     * @param target a unit of the same kind
     * @return the value in {@code target}
     */
    public double in(final Unit target) {
        if (target.dimension() != dimension) {
            throw new IllegalArgumentException("cannot express a " + dimension.phrase() + " in " + target);
        }
        return target.fromSi(si);
    }

    @Override
    public String toString() {
        return org.permeate.errors.Numbers.compact(valueInGivenUnit()) + (unit.symbol().isEmpty() ? "" : " " + unit.symbol());
    }
}
