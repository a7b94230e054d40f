package org.permeate.io.report;

import org.permeate.measure.Dimension;

/**
 * One reported value: a number in SI with its kind, or a text.
 *
 * @param key       the JSON key, following the quantity grammar (e.g. {@code osmoticPressure})
 * @param label     the label in text and CSV reports
 * @param si        value in SI (ignored for text values)
 * @param dimension kind of quantity, or null for a text value
 * @param text      the text of a text value, else null
 * @param digits    significant digits to show; 0 for an exact count (see {@link #count})
 */
public record Value(String key, String label, double si, Dimension dimension, String text, int digits) {

    public Value {
        if (text == null && !Double.isFinite(si)) {
            throw new IllegalArgumentException("reported value " + key + " is not finite: " + si);
        }
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
