package org.permeate.flowsheet.concentration;

/** How the tank is run. */
public enum ConcentrationMode {
    /**
     * Batch: the whole lot is in the tank at the start; the concentrate returns to the tank, the
     * permeate leaves, until the target.
     */
    BATCH,
    /**
     * Feed-and-bleed (semi-batch): a loop tank of fixed water content is topped up from the supply as
     * permeate leaves; once the loop reaches the target, concentrate is bled off at the rate that
     * holds it there, until the supply is used up.
     */
    FEED_AND_BLEED
}
