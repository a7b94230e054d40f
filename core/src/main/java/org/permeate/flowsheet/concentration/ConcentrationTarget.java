package org.permeate.flowsheet.concentration;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Where a concentration run stops.
 *
 * @param kind  what is specified
 * @param value the value: a mass fraction (0–1) for {@link Kind#BRIX} and {@link Kind#TOTAL_SOLIDS},
 *              a ratio above 1 for {@link Kind#CONCENTRATION_FACTOR}, a fraction 0–1 for
 *              {@link Kind#VOLUME_REDUCTION}
 */
public record ConcentrationTarget(Kind kind, double value) {

    /** What a target specifies. */
    public enum Kind {
        /** Dissolved solids, mass fraction (°Brix / 100). */
        BRIX,
        /** Total solids, mass fraction. */
        TOTAL_SOLIDS,
        /** Initial volume over the concentrate's volume (batch), or feed over concentrate (feed-and-bleed). */
        CONCENTRATION_FACTOR,
        /** Fraction of the initial volume removed as permeate. */
        VOLUME_REDUCTION
    }

    public ConcentrationTarget {
        if (kind == null) {
            throw new PermeateException(Message.MISSING, "target", "what to concentrate to (Brix, TS, factor or reduction)");
        }
        switch (kind) {
            case BRIX, TOTAL_SOLIDS -> {
                Checks.finite(kind == Kind.BRIX ? "target Brix" : "target total solids", value);
                if (!(value > 0 && value <= 0.95)) {
                    // said in the unit the user wrote (°Brix, %), not as a mass fraction
                    final String unit = kind == Kind.BRIX ? " °Brix" : " % total solids";
                    throw new PermeateException(Message.OUT_OF_RANGE, kind == Kind.BRIX ? "target Brix"
                            : "target total solids", org.permeate.errors.Numbers.significant(100 * value, 4) + unit,
                            "above 0", "95" + unit);
                }
            }
            case CONCENTRATION_FACTOR -> {
                Checks.finite("target concentration factor", value);
                if (!(value > 1.0)) {
                    throw new PermeateException(Message.NOT_ABOVE, "target concentration factor", "1", value);
                }
            }
            case VOLUME_REDUCTION -> {
                Checks.finite("target volume reduction", value);
                if (!(value > 0 && value <= 0.99)) {
                    throw new PermeateException(Message.OUT_OF_RANGE, "target volume reduction",
                            org.permeate.errors.Numbers.significant(100 * value, 4) + " %", "above 0", "99 %");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    /** @return the target as people read it, e.g. "12 °Brix", "3 ×", "75 % volume reduction" */
    public String describe() {
        final String v = org.permeate.errors.Numbers.significant(kind == Kind.CONCENTRATION_FACTOR ? value
                : 100 * value, 4);
        return switch (kind) {
            case BRIX -> v + " °Brix";
            case TOTAL_SOLIDS -> v + " % total solids";
            case CONCENTRATION_FACTOR -> "concentration factor " + v;
            case VOLUME_REDUCTION -> v + " % volume reduction";
        };
    }
}
