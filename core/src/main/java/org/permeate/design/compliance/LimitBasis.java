package org.permeate.design.compliance;

/** What kind of limit a row is: what exceeding it means. */
public enum LimitBasis {
    /** A health-based limit: an EPA maximum contaminant level (MCL) or a WHO guideline value. */
    HEALTH,
    /**
     * A WHO provisional guideline value (designation P, or A/T where analysis or treatment cannot
     * reach the health-based level).
     */
    HEALTH_PROVISIONAL,
    /**
     * An EPA action level (lead, copper): exceeded by more than 10 % of a system's tap samples it
     * triggers treatment; it is not an MCL.
     */
    ACTION_LEVEL,
    /** An EPA secondary MCL (taste, odour, colour, staining): not enforceable federally. */
    AESTHETIC,
    /** A WHO statement about taste or acceptability, with no health-based guideline value. */
    ACCEPTABILITY
}
