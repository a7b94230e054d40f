package org.permeate.design.compliance;

import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/** Which limits a water is checked against. */
public enum Standard {
    /** WHO guideline values only. */
    WHO,
    /** US EPA primary MCLs, action levels and secondary MCLs only. */
    EPA,
    /** Both, each row naming its authority. */
    BOTH;

    /**
     * @param a an authority
     * @return true if this standard checks that authority's limits
     */
    public boolean includes(final Authority a) {
        return this == BOTH || name().equals(a.name());
    }

    /**
     * @param text "who", "epa" or "both" (any case)
     * @return the standard
     */
    public static Standard parse(final String text) {
        for (Standard s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw new PermeateException(Message.UNKNOWN_CHOICE, "drinking-water standard", text, "who, epa, both");
    }

    /** @return the name used in files and on the command line */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
