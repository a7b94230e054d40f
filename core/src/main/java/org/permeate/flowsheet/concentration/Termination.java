package org.permeate.flowsheet.concentration;

/** Why a concentration run ended. */
public enum Termination {
    /** The target was reached. */
    TARGET_REACHED,
    /** The pressure limit could no longer give the set flux: the run stopped short of the target. */
    PRESSURE_LIMIT,
    /** Feed-and-bleed: the supply was used up (at the target). */
    SUPPLY_USED_UP
}
