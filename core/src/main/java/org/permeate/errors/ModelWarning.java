package org.permeate.errors;

/**
 * A named warning attached to a result.
 *
 * @param kind    what sort of warning
 * @param source  the model or input that raised it (e.g. {@code "Sharqawy 2010 eq. 49"})
 * @param message one sentence for the user, naming the value and the range
 */
public record ModelWarning(WarningKind kind, String source, String message) {

    public ModelWarning {
        if (kind == null || source == null || message == null) {
            throw new IllegalArgumentException("warning fields must not be null");
        }
    }

    /**
     * A warning that a value lies outside a model's fitted range.
     *
     * @param kind     which sort of range
     * @param source   the model
     * @param quantity the quantity's name, e.g. "salinity"
     * @param shown    the value as shown to the user, with its unit
     * @param range    the fitted range as shown to the user, e.g. "0 to 120 g/kg"
     * @return the warning
     */
    public static ModelWarning outsideRange(final WarningKind kind, final String source,
                                            final String quantity, final String shown, final String range) {
        return new ModelWarning(kind, source,
                quantity + " " + shown + " is outside the fitted range of " + source + " (" + range + ")");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
