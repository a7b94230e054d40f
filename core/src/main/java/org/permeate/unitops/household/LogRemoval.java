package org.permeate.unitops.household;

import org.permeate.errors.Checks;

/**
 * Log₁₀ removal (or inactivation) of the three microbial classes drinking-water purifiers are
 * judged on; barriers in series add their logs.
 *
 * <p>Reference points:
 * <ul>
 * <li>{@link #EPA_PURIFIER}: US EPA, <i>Guide Standard and Protocol for Testing Microbiological
 *     Water Purifiers</i>, Registration Division, Office of Pesticide Programs and Office of
 *     Drinking Water, report of task force, April 1986, revised April 1987 (nepis.epa.gov
 *     9102362E): 6 log bacteria, 4 log viruses, 3 log cysts (the numbers as quoted by
 *     watertogo-norway.com and WC&amp;P, R. Andrew, May 2021; the guide's own table was not read
 *     in full).</li>
 * <li>{@link #RO_CREDITED}: what an RO barrier earns when its integrity is watched by permeate
 *     conductivity or TOC, about 2 log for every class ("health regulators typically credit
 *     high-pressure membrane systems with only 2 log₁₀ virus rejection", E.R. Ostarcevic,
 *     J. Jacangelo, S.R. Gray, M.J. Cran, "Current and emerging techniques for high-pressure
 *     membrane integrity testing", Membranes 8(3) (2018) 60; conductivity and TOC monitoring
 *     "have a resolution of only ~99 % (2 log removal)", Kitis et al., J. AWWA 95(12) (2003)). A
 *     household unit has no such monitor at all, so even this credit assumes a sound element.</li>
 * <li>{@link #RO_INTACT}: an intact membrane in a challenge test: bacteriophage MS2 "RO and NF
 *     systems can reach LRVs of 6–7" (L.M. Hornstra et al., "Monitoring the integrity of reverse
 *     osmosis membranes using novel indigenous freshwater viruses and bacteriophages",
 *     Environ. Sci.: Water Res. Technol. 5 (2019) 1535); the lower end, 6, is taken for viruses
 *     and, as an assumption (no separate figure found), for the larger bacteria and cysts too,
 *     which size exclusion rejects at least as well. Defects, O-ring and glue-line leaks, and
 *     growth on the permeate side (biofilm) can pass organisms whatever the membrane itself
 *     does; "RO should not be relied upon to produce sterile water" (climate-policy-watcher.org,
 *     "Removal of microbiological contaminants").</li>
 * </ul>
 *
 * @param bacteria log₁₀ removal of bacteria, ≥ 0
 * @param viruses  log₁₀ removal of viruses, ≥ 0
 * @param cysts    log₁₀ removal of protozoan cysts (Giardia, Cryptosporidium), ≥ 0
 */
public record LogRemoval(double bacteria, double viruses, double cysts) {

    /** US EPA (1987) microbiological purifier: 6 / 4 / 3 log. */
    public static final LogRemoval EPA_PURIFIER = new LogRemoval(6, 4, 3);

    /** RO credited under conductivity/TOC integrity monitoring: 2 / 2 / 2 log. */
    public static final LogRemoval RO_CREDITED = new LogRemoval(2, 2, 2);

    /** Intact RO membrane, challenge-test level (MS2 6–7 log; 6 taken for all classes). */
    public static final LogRemoval RO_INTACT = new LogRemoval(6, 6, 6);

    /** No barrier. */
    public static final LogRemoval NONE = new LogRemoval(0, 0, 0);

    public LogRemoval {
        Checks.nonNegative("log removal of bacteria", bacteria);
        Checks.nonNegative("log removal of viruses", viruses);
        Checks.nonNegative("log removal of cysts", cysts);
    }

    /**
     * @param uv a UV reactor's result
     * @return its inactivation: bacteria as E. coli, viruses as the LT2 (adenovirus) row, cysts
     *         as the lesser of Cryptosporidium and Giardia
     */
    public static LogRemoval of(final UvReactor.Result uv) {
        return new LogRemoval(uv.logs().get(UvDoseResponse.E_COLI), uv.logs().get(UvDoseResponse.VIRUS),
                Math.min(uv.logs().get(UvDoseResponse.CRYPTOSPORIDIUM), uv.logs().get(UvDoseResponse.GIARDIA)));
    }

    /**
     * @param other a barrier in series
     * @return the logs of both
     */
    public LogRemoval plus(final LogRemoval other) {
        return new LogRemoval(bacteria + other.bacteria, viruses + other.viruses, cysts + other.cysts);
    }

    /**
     * @param target e.g. {@link #EPA_PURIFIER}
     * @return whether every class reaches the target's log
     */
    public boolean meets(final LogRemoval target) {
        return bacteria >= target.bacteria && viruses >= target.viruses && cysts >= target.cysts;
    }
}
