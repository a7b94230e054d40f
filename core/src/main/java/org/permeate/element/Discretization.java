package org.permeate.element;

/** How the feed channel is divided and the balances integrated along it. */
public enum Discretization {
    /**
     * The default: the channel is marched segment by segment with Heun's method (explicit
     * trapezoidal rule), fluxes evaluated at both ends of each segment; second-order accurate.
     * Water and every solute balance exactly, because what a segment's feed loses is what its
     * permeate gains.
     */
    TRAPEZOIDAL,
    /**
     * Compatibility with WaterTAP's ReverseOsmosis1D: backward finite differences, fluxes and
     * pressure gradient at each segment's outlet node (implicit, solved per segment).
     */
    BACKWARD_DIFFERENCE,
    /**
     * Compatibility with WaterTAP's ReverseOsmosis0D: one segment, fluxes and pressure gradient at
     * inlet and outlet, averaged (implicit).
     */
    LUMPED_TWO_POINT
}
