package org.permeate.errors;

import java.util.List;

/**
 * What to do when an input lies outside a correlation's fitted range: attach a warning to the
 * result (the default), or refuse (strict mode).
 */
public enum RangePolicy {
    /** Compute and attach a {@link ModelWarning}. */
    WARN,
    /** Throw a {@link PermeateException} with {@link Message#STRICT_RANGE}. */
    STRICT;

    /**
     * Applies the policy to warnings collected for one result.
     *
     * @param warnings the warnings
     * @return the warnings unchanged under {@link #WARN}
     * @throws PermeateException under {@link #STRICT} if any warning is about a fitted range
     */
    public List<ModelWarning> apply(final List<ModelWarning> warnings) {
        if (this == STRICT) {
            for (ModelWarning w : warnings) {
                if (w.kind() != WarningKind.CHARGE_IMBALANCE) {
                    throw new PermeateException(Message.STRICT_RANGE, w.message());
                }
            }
        }
        return warnings;
    }
}
