package org.permeate.properties;

/**
 * The comparison of two solutions across a semi-permeable membrane: which is the more
 * concentrated (by osmolality φΣm, what an osmometer measures), which way water moves, and the
 * pressure that stops it (the difference of their osmotic pressures).
 *
 * @param inside               properties of the inside solution
 * @param outside              properties of the outside solution
 * @param outsideIs            tonicity of the outside relative to the inside
 * @param osmolalityDifference outside − inside, osmol/kg
 * @param stoppingPressure     |π_outside − π_inside|, Pa
 */
public record Tonicity(OsmoticProperties inside, OsmoticProperties outside, Kind outsideIs,
                       double osmolalityDifference, double stoppingPressure) {

    /** Tonicity of one solution relative to another. */
    public enum Kind { HYPOTONIC, ISOTONIC, HYPERTONIC }

    /**
     * How close two osmolalities must be to count as isotonic.
     *
     * @param relative fraction of the inside osmolality (0 if unused)
     * @param absolute osmol/kg (0 if unused)
     */
    public record Tolerance(double relative, double absolute) {
        public Tolerance {
            if (!(relative >= 0) || !(absolute >= 0) || !Double.isFinite(relative) || !Double.isFinite(absolute)) {
                throw new org.permeate.errors.PermeateException(org.permeate.errors.Message.TOO_SMALL,
                        "isotonic tolerance", "0", relative > 0 ? relative : absolute);
            }
        }

        /** @return a tolerance as a fraction of the inside osmolality */
        public static Tolerance relative(final double fraction) {
            return new Tolerance(fraction, 0);
        }

        /** @return a tolerance in osmol/kg */
        public static Tolerance absolute(final double osmolPerKg) {
            return new Tolerance(0, osmolPerKg);
        }

        double of(final double reference) {
            return relative * reference + absolute;
        }
    }

    /**
     * @param inside    inside properties
     * @param outside   outside properties
     * @param tolerance isotonic tolerance
     * @return the comparison
     */
    public static Tonicity compare(final OsmoticProperties inside, final OsmoticProperties outside,
                                   final Tolerance tolerance) {
        final double diff = outside.osmolality() - inside.osmolality();
        final Kind kind = Math.abs(diff) <= tolerance.of(inside.osmolality()) ? Kind.ISOTONIC
                : diff < 0 ? Kind.HYPOTONIC : Kind.HYPERTONIC;
        return new Tonicity(inside, outside, kind, diff,
                Math.abs(outside.osmoticPressure() - inside.osmoticPressure()));
    }

    /** @return a sentence on which way water moves */
    public String waterFlow() {
        return switch (outsideIs) {
            case HYPOTONIC -> "from outside to inside";
            case ISOTONIC -> "no net flow";
            case HYPERTONIC -> "from inside to outside";
        };
    }

    /** @return "inside" or "outside": the side on which the stopping pressure must be applied */
    public String stoppingPressureSide() {
        return osmolalityDifference >= 0 ? "outside" : "inside";
    }
}
