package org.permeate.flowsheet;

/** Which permeate of the previous pass feeds a later pass. */
public enum PermeateRoute {
    /** all of it (or the fraction given) */
    ALL,
    /** the rear permeate of a split-permeate pass; its front permeate goes to the product */
    REAR
}
