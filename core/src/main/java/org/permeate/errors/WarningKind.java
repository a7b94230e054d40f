package org.permeate.errors;

/**
 * The named warnings a result can carry. A warning means "computed, but read with care": the
 * input lies outside the range a correlation was fitted on, or a model had to do without a
 * parameter. Physically impossible input is never a warning; it is a {@link PermeateException}.
 */
public enum WarningKind {

    /** Temperature outside the range the correlation was fitted on. */
    TEMPERATURE_OUTSIDE_FITTED_RANGE,
    /** Concentration (molality, salinity, mass fraction) outside the fitted range. */
    CONCENTRATION_OUTSIDE_FITTED_RANGE,
    /** Pressure outside the fitted range. */
    PRESSURE_OUTSIDE_FITTED_RANGE,
    /**
     * Flow condition outside the range a correlation was fitted on: Reynolds or Schmidt number of
     * a channel correlation, or a flow rate of an empirical element correlation.
     */
    FLOW_OUTSIDE_FITTED_RANGE,
    /** A model parameter is known only at 25 °C and is used at another temperature. */
    NO_TEMPERATURE_DEPENDENCE,
    /** A pair or triplet of solutes has no interaction parameter; its interaction is taken as zero. */
    MISSING_INTERACTION_PARAMETERS,
    /** The composition differs from the one the model was built for (e.g. a seawater model fed NaCl). */
    COMPOSITION_DIFFERS_FROM_MODEL,
    /** A solute the model does not describe was left out of one property. */
    SOLUTE_NOT_IN_MODEL,
    /** Concentration above a solubility at which the solution is supersaturated. */
    SUPERSATURATED,
    /** The ions given are not electrically neutral. */
    CHARGE_IMBALANCE,
    /** Part of a membrane element works below the osmotic pressure of its feed. */
    INSUFFICIENT_PRESSURE,
    /**
     * An element runs beyond a limit its maker states: feed pressure, temperature, feed flow,
     * concentrate flow or pressure drop. The model still computes it; the maker's warranty and
     * the element's mechanical integrity do not hold there.
     */
    OUTSIDE_MAKER_LIMIT,
    /**
     * A design goes beyond a maker's design guideline for its feed water (average or element
     * flux, element recovery, flow per vessel, concentration polarisation, pressure drop per
     * vessel): it will foul or scale sooner than the guideline's designs.
     */
    DESIGN_GUIDELINE,
    /** A mineral is supersaturated in a concentrate: it may scale the membrane. */
    SCALING_RISK,
    /** A stream's pH and saturation indices could not be computed (its chemistry is outside the speciation model). */
    CHEMISTRY_NOT_COMPUTED,
    /**
     * A solute's membrane passage is a class estimate (taken as that of a chemically similar ion
     * or of its contaminant class), not a published value for that solute on that membrane.
     */
    CLASS_ESTIMATE
}
