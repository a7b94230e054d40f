package org.permeate.element.catalog;

import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

/**
 * Standard spiral-wound element sizes, named by diameter and length in inches (8040 = 8 in × 40 in).
 * The active length of the feed channel is shorter than the element by its end caps, glue lines
 * and anti-telescoping devices; makers do not publish it. Permeate takes the element length less
 * 3 in (0.076 m) for 40 in elements and less 2 in for the 12 in household sizes — an assumption
 * that sets the channel velocity (and so polarisation and pressure drop), stated here so that it
 * can be revisited; it does not change the calibrated flow and rejection at the datasheet test.
 *
 * @see org.permeate.element.ElementGeometry
 */
public enum ElementSize {
    S1812(1.8, 12), S2012(2.0, 12), S3012(3.0, 12), S2521(2.5, 21), S2540(2.5, 40), S4021(4.0, 21),
    S4040(4.0, 40), S3840(3.8, 40), S8038(8.0, 38), S8040(8.0, 40), S1640(16.0, 40);

    private final double diameterInches;
    private final double lengthInches;

    ElementSize(final double diameterInches, final double lengthInches) {
        this.diameterInches = diameterInches;
        this.lengthInches = lengthInches;
    }

    /** @return nominal diameter, m */
    public double diameter() {
        return diameterInches * Units.INCH;
    }

    /** @return element length, m */
    public double length() {
        return lengthInches * Units.INCH;
    }

    /** @return assumed active length of the feed channel, m (see the class comment) */
    public double activeLength() {
        return (lengthInches - (lengthInches >= 20 ? 3.0 : 2.0)) * Units.INCH;
    }

    /** @return the size as written, e.g. "8040" */
    public String id() {
        return name().substring(1);
    }

    /**
     * @param text a size such as "8040", "4040", "1812"
     * @return the size
     */
    public static ElementSize parse(final String text) {
        final String key = "S" + text.strip().toUpperCase(Locale.ROOT);
        for (ElementSize s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new PermeateException(Message.UNKNOWN_CHOICE, "element size", text,
                "1812, 2012, 3012, 2521, 2540, 4021, 4040, 3840, 8038, 8040, 1640");
    }
}
