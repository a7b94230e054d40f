package org.permeate.element;

/** How the membrane is packaged, which fixes how area relates to the feed channel. */
public enum ModuleType {
    /**
     * Spiral-wound: envelopes (leaves) wound round the permeate tube; each feed channel lies
     * between two membrane faces, so the active area is 2·L·W (WaterTAP RO docs).
     */
    SPIRAL_WOUND,
    /** A flat sheet over a channel (lab cells, plate-and-frame): area L·W. */
    FLAT_SHEET;

    /** @return membrane faces per feed channel */
    public int facesPerChannel() {
        return this == SPIRAL_WOUND ? 2 : 1;
    }
}
