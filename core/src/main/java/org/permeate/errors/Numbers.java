package org.permeate.errors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Compact, locale-independent number formatting for messages and reports. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param value a number
     * @return the number with at most 6 significant digits and no trailing zeros, in plain
     *         notation between 1e-4 and 1e7 and scientific notation outside
     */
    public static String compact(final double value) {
        return significant(value, 6);
    }

    /**
     * @param value  a number
     * @param digits significant digits, at least 1
     * @return the number rounded to {@code digits} significant digits, trailing zeros removed
     */
    public static String significant(final double value, final int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "infinity" : "-infinity";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(value).round(new MathContext(Math.max(1, digits), RoundingMode.HALF_EVEN));
        bd = bd.stripTrailingZeros();
        final double abs = Math.abs(value);
        if (abs >= 1e-4 && abs < 1e7) {
            return bd.toPlainString();
        }
        final String s = bd.toString();
        return s.replace("E+", "e").replace("E", "e");
    }
}
