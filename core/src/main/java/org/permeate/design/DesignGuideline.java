package org.permeate.design;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.permeate.flowsheet.FeedSource;
import org.permeate.properties.CsvLine;

/**
 * A maker's design limits for one kind of feed water. Values the sources do not state are NaN
 * and are not checked. SI units: fluxes m³/(m²·s), flows m³/s, pressures Pa.
 *
 * <p>Sources (details, conversions and conflicts in {@code design-guidelines.csv} and
 * {@code design-guidelines.md} beside this class's resources): DuPont, "FilmTec Reverse Osmosis
 * Membranes Technical Manual / Membrane System Design Guidelines for 8-inch FilmTec Elements",
 * Form 45-D01695, Rev. 14 (2026), for the seawater classes; Vontron "RO Design" 6.1 data files for
 * the flows per vessel of the brackish and wastewater classes; DuPont Tech Fact 45-D01706 for
 * the pressure drops; Hydranautics, "Terms and Equations of Reverse Osmosis" (2001), for β ≤ 1.2.
 * The brackish and wastewater flux and element-recovery rows of the FilmTec table were not
 * available; those limits are not checked.
 *
 * @param source                 the feed source
 * @param description            its description
 * @param designFluxMax          highest average flux of a system, m³/(m²·s)
 * @param maxElementFlux         highest flux of any element, m³/(m²·s)
 * @param maxElementRecovery     highest recovery of any element, fraction
 * @param maxBeta                highest concentration polarisation factor
 * @param maxFeedFlow8           highest feed flow per 8-inch vessel, m³/s
 * @param minConcentrateFlow8    lowest concentrate flow per 8-inch vessel, m³/s
 * @param maxFeedFlow4           highest feed flow per 4-inch vessel, m³/s
 * @param minConcentrateFlow4    lowest concentrate flow per 4-inch vessel, m³/s
 * @param maxElementPressureDrop highest pressure drop per element, Pa
 * @param maxVesselPressureDrop  highest pressure drop per vessel, Pa
 * @param reference              which source the row comes from
 */
public record DesignGuideline(FeedSource source, String description, double designFluxMax, double maxElementFlux,
                              double maxElementRecovery, double maxBeta, double maxFeedFlow8,
                              double minConcentrateFlow8, double maxFeedFlow4, double minConcentrateFlow4,
                              double maxElementPressureDrop, double maxVesselPressureDrop, String reference) {

    private static final double LMH = 1e-3 / 3600.0;
    private static final double M3H = 1.0 / 3600.0;
    private static final Map<FeedSource, DesignGuideline> TABLE = load();

    /**
     * @param source a feed source
     * @return its guideline
     */
    public static DesignGuideline of(final FeedSource source) {
        return TABLE.get(source);
    }

    private static Map<FeedSource, DesignGuideline> load() {
        final Map<FeedSource, DesignGuideline> map = new EnumMap<>(FeedSource.class);
        for (CsvLine.Row row : CsvLine.resourceRows(DesignGuideline.class, "design-guidelines.csv")) {
            final List<String> f = row.cells();
            final FeedSource s = FeedSource.of("design-guidelines.csv", f.get(0));
            map.put(s, new DesignGuideline(s, f.get(1), num(f.get(4)) * LMH, num(f.get(5)) * LMH, num(f.get(6)),
                    num(f.get(7)), num(f.get(8)) * M3H, num(f.get(9)) * M3H, num(f.get(10)) * M3H,
                    num(f.get(11)) * M3H, num(f.get(12)) * 1e5, num(f.get(13)) * 1e5, f.get(14)));
        }
        for (FeedSource s : FeedSource.values()) {
            if (!map.containsKey(s)) {
                throw new IllegalStateException("design-guidelines.csv has no row for " + s.id());
            }
        }
        return map;
    }

    private static double num(final String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }

}
