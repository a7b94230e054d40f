package org.permeate.io.report;

import org.permeate.measure.Dimension;
import org.permeate.measure.Unit;
import org.permeate.measure.UnitSystem;

/**
 * One reported value: a number in SI with its kind, or a text.
 *
 * @param key       the JSON key, following the quantity grammar (e.g. {@code osmoticPressure})
 * @param label     the label in text and CSV reports
 * @param si        value in SI (ignored for text values)
 * @param dimension kind of quantity, or null for a text value
 * @param text      the text of a text value, else null
 * @param digits    significant digits to show; 0 for an exact count (see {@link #count})
 * @param metric    the unit to show it in with metric units, or null for the system's unit of its kind
 * @param us        the unit to show it in with US units, or null for the system's unit of its kind
 */
public record Value(String key, String label, double si, Dimension dimension, String text, int digits, Unit metric,
                    Unit us) {

    public Value {
        if (text == null && !Double.isFinite(si)) {
            throw new IllegalArgumentException("reported value " + key + " is not finite: " + si);
        }
        if ((metric != null && metric.dimension() != dimension) || (us != null && us.dimension() != dimension)) {
            throw new IllegalArgumentException("display unit of " + key + " is not a " + dimension);
        }
    }

    /** A value shown in its unit system's unit of its kind. */
    public Value(final String key, final String label, final double si, final Dimension dimension, final String text,
                 final int digits) {
        this(key, label, si, dimension, text, digits, null, null);
    }

    /**
     * The same value shown in other units than its system's unit of its kind (JSON stays SI): a
     * household drain restrictor reads better in mL/min than in m³/h.
     *
     * @param metricUnit the unit with metric units
     * @param usUnit     the unit with US units
     * @return the value with these display units
     */
    public Value shownIn(final Unit metricUnit, final Unit usUnit) {
        return new Value(key, label, si, dimension, text, digits, metricUnit, usUnit);
    }

    /**
     * @param units the unit system of the report
     * @return the unit this value is shown in
     */
    public Unit unit(final UnitSystem units) {
        final Unit chosen = units == UnitSystem.SI ? metric : us;
        return chosen != null ? chosen : units.unitFor(dimension);
    }

    /**
     * @return a numeric value
     */
    public static Value of(final String key, final String label, final double si, final Dimension dimension,
                           final int digits) {
        return new Value(key, label, si, dimension, null, digits);
    }

    /** @return a numeric value shown with 5 significant digits */
    public static Value of(final String key, final String label, final double si, final Dimension dimension) {
        return of(key, label, si, dimension, 5);
    }

    /**
     * A whole number of things (vessels, elements, a pass's number): shown and written as an
     * integer, with no unit.
     *
     * @return a count
     */
    public static Value count(final String key, final String label, final int n) {
        return new Value(key, label, n, Dimension.DIMENSIONLESS, null, 0);
    }

    /** @return a text value */
    public static Value text(final String key, final String label, final String text) {
        return new Value(key, label, 0, null, text, 0);
    }

    /** @return true for a text value */
    public boolean isText() {
        return text != null;
    }

    /** @return true for a count */
    public boolean isCount() {
        return text == null && digits == 0 && dimension == Dimension.DIMENSIONLESS;
    }
}
