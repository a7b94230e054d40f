package org.permeate.flowsheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Where the feed water comes from and how it is pretreated: the makers' design guidelines set
 * flux and recovery limits by it (the fouling potential). Names are those project files use.
 */
public enum FeedSource {
    /** Permeate of another RO pass (SDI &lt; 1). */
    RO_PERMEATE("ro-permeate"),
    /** Well water (SDI &lt; 3). */
    WELL("well"),
    /** Surface water after membrane filtration (MF/UF, SDI &lt; 3). */
    SURFACE_MF("surface-mf"),
    /** Surface water after conventional pretreatment (SDI &lt; 5). */
    SURFACE("surface"),
    /** Municipal wastewater effluent after MF/UF (SDI &lt; 3). */
    WASTEWATER_MF("wastewater-mf"),
    /** Municipal wastewater effluent after conventional pretreatment (SDI &lt; 5). */
    WASTEWATER("wastewater"),
    /** Seawater from a beach well, or an open intake with UF (SDI &lt; 2.5). */
    SEAWATER_WELL("seawater-well"),
    /** Seawater, open intake with membrane filtration or advanced conventional pretreatment (SDI &lt; 3). */
    SEAWATER_OPEN_MF("seawater-open-mf"),
    /** Seawater, open intake with conventional pretreatment (SDI &lt; 5). */
    SEAWATER_OPEN("seawater-open");

    private final String id;

    FeedSource(final String id) {
        this.id = id;
    }

    /** @return the name used in files */
    public String id() {
        return id;
    }

    /**
     * @param field where the name was read, for the message
     * @param name  a name as in files
     * @return the source
     */
    public static FeedSource of(final String field, final String name) {
        for (FeedSource s : values()) {
            if (s.id.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new PermeateException(Message.UNKNOWN_CHOICE, field, name,
                Arrays.stream(values()).map(FeedSource::id).collect(Collectors.joining(", ")));
    }
}
