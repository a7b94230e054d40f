package org.permeate.element.catalog;

import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/** What an element is made for, which sets the defaults its datasheet does not give. */
public enum MembraneFamily {
    SEAWATER, BRACKISH, LOW_ENERGY, NANOFILTRATION, HOUSEHOLD, SANITARY;

    /**
     * @param text a name as written in the catalog ("seawater", "low-energy", ...)
     * @return the family
     */
    public static MembraneFamily parse(final String text) {
        final String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (MembraneFamily f : values()) {
            if (f.name().equals(key)) {
                return f;
            }
        }
        throw new PermeateException(Message.UNKNOWN_CHOICE, "membrane family", text,
                "seawater, brackish, low-energy, nanofiltration, household, sanitary");
    }

    /** @return the name used in files */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
