package org.permeate.errors;

/**
 * Precondition helpers in the manner of Hipparchus' {@code MathUtils.checkRangeInclusive}: each
 * throws a {@link PermeateException} naming the field, the value and the limit.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param field name shown to the user
     * @param value value to check
     * @return {@code value}
     */
    public static double finite(final String field, final double value) {
        if (!Double.isFinite(value)) {
            throw new PermeateException(Message.NOT_FINITE, field, value);
        }
        return value;
    }

    /** @return {@code value} if finite and ≥ 0 */
    public static double nonNegative(final String field, final double value) {
        finite(field, value);
        if (value < 0) {
            throw new PermeateException(Message.TOO_SMALL, field, "0", value);
        }
        return value;
    }

    /** @return {@code value} if finite and > 0 */
    public static double positive(final String field, final double value) {
        finite(field, value);
        if (value <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, field, "0", value);
        }
        return value;
    }

    /** @return {@code value} if finite and within [lower, upper] */
    public static double inRange(final String field, final double value, final double lower, final double upper) {
        finite(field, value);
        if (value < lower || value > upper) {
            throw new PermeateException(Message.OUT_OF_RANGE, field, value, lower, upper);
        }
        return value;
    }
}
