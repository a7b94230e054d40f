package org.permeate.errors;

/**
 * Every error Permeate reports, each with a message template that names the offending value and
 * the limit it broke. Arguments are substituted in order for each {@code %s}; numbers are formatted
 * by {@link PermeateException} so that messages are stable across locales.
 *
 * <p>Following Orekit's {@code OrekitMessages}: one enum, one unchecked exception, and the
 * message text kept next to the constant so a reader sees what the user will see.
 */
public enum Message {

    // ---- generic value checks -------------------------------------------------------------
    /** A value that must be a finite number was NaN or infinite. Args: field, value. */
    NOT_FINITE("%s must be a finite number, got %s"),
    /** A value below its lower bound. Args: field, value, lower bound (with unit). */
    TOO_SMALL("%s must be at least %s, got %s"),
    /** A value not strictly above its lower bound. Args: field, lower bound, value. */
    NOT_ABOVE("%s must be greater than %s, got %s"),
    /** A value above its upper bound. Args: field, upper bound, value. */
    TOO_LARGE("%s must be at most %s, got %s"),
    /** A value outside a closed range. Args: field, value, lower, upper. */
    OUT_OF_RANGE("%s = %s is outside the allowed range %s to %s"),
    /** A required input is missing. Args: field, what is expected. */
    MISSING("%s is required: %s"),
    /** Two inputs that exclude each other were both given. Args: first, second. */
    CONFLICTING("%s and %s cannot be given together"),
    /** A choice among names got an unknown one. Args: field, value, allowed names. */
    UNKNOWN_CHOICE("%s: unknown value \"%s\"; allowed: %s"),

    // ---- input files ----------------------------------------------------------------------
    /** A key the section does not have (a typo, or a key of another section). Args: key, allowed keys. */
    UNKNOWN_KEY("unknown key \"%s\"; allowed keys here: %s"),
    /** A name given twice where names must be unique (a key of a mapping, a case name). Args: what, name, line of the first. */
    DUPLICATE("%s \"%s\" is given twice (first on line %s)"),
    /** A value of the wrong shape: a list where a mapping is expected, and so on. Args: expected, found. */
    WRONG_TYPE("expected %s, got %s"),
    /** Text the file format's parser cannot read. Args: the parser's description of the problem. */
    SYNTAX_ERROR("syntax error: %s"),

    // ---- units of measure ------------------------------------------------------------------
    /** Text that is not a number followed by a unit. Args: field, text, examples. */
    UNPARSABLE_QUANTITY("%s: cannot read \"%s\" as a number with a unit (for example %s)"),
    /** A cell that should hold a plain number. Args: field, text, what the number is in. */
    NOT_A_NUMBER("%s: \"%s\" is not a number (%s)"),
    /** A number without the unit its field needs. Args: field, text, examples. */
    MISSING_UNIT("%s: \"%s\" has no unit; write it with one, for example %s"),
    /** A unit nobody knows. Args: field, unit, examples of known units. */
    UNKNOWN_UNIT("%s: unknown unit \"%s\"; units for this field: %s"),
    /** A known unit of the wrong kind. Args: field, text, kind found, kind(s) expected, examples. */
    WRONG_DIMENSION("%s: \"%s\" is a %s, but a %s is expected (for example %s)"),

    // ---- species and solutions -------------------------------------------------------------
    /** Unknown solute name. Args: name, known names. */
    UNKNOWN_SOLUTE("unknown solute \"%s\"; known solutes: %s"),
    /** A salt formula that does not split into known ions. Args: formula, reason. */
    UNPARSABLE_SALT("cannot read \"%s\" as a salt: %s"),
    /** A concentration below zero. Args: solute, value. */
    NEGATIVE_CONCENTRATION("concentration of %s must not be negative, got %s"),
    /** Dissolved mass at or above the mass of the solution. Args: field, value. */
    IMPOSSIBLE_CONCENTRATION("%s: %s leaves no water in the solution"),
    /** Above solubility. Args: solute, value, limit, temperature. */
    ABOVE_SOLUBILITY("%s at %s is above its solubility of %s at %s"),
    /** Temperature below the solution's freezing point. Args: temperature, freezing point. */
    BELOW_FREEZING("temperature %s is below the freezing point of this solution (%s): it would be ice"),
    /** Temperature at or above the boiling point at the given pressure. Args: temperature, boiling point, pressure. */
    ABOVE_BOILING("temperature %s is at or above the boiling point of this solution (%s) at %s: it would boil"),
    /** Temperature at or below absolute zero. Args: field, value. */
    NOT_POSITIVE_TEMPERATURE("%s must be above absolute zero, got %s"),
    /** A solution with no water model for a solute. Args: model, solute, solutes the model handles. */
    SOLUTE_NOT_SUPPORTED("the %s model cannot describe %s; it handles: %s"),
    /** Electroneutrality violated beyond tolerance. Args: imbalance, tolerance. */
    CHARGE_IMBALANCE("the ions are not electrically neutral: imbalance %s (allowed %s)"),
    /**
     * A charge-balance method that cannot make the ions neutral. Args: method, why (naming the
     * value that prevents it), imbalance before (with unit).
     */
    IMPOSSIBLE_BALANCE("cannot balance the ions by %s: %s (imbalance %s)"),
    /** A value outside a correlation's fitted range under the strict range policy. Args: warning text. */
    STRICT_RANGE("outside a model's fitted range (strict mode): %s"),

    // ---- membrane elements and systems ------------------------------------------------------
    /** The feed runs dry inside an element. Args: element, position, recovery so far. */
    FEED_EXHAUSTED("%s: the feed is used up at %s from the inlet (recovery %s): too little feed for this pressure and area"),
    /** The feed-side pressure falls to nothing inside an element. Args: element, position, flow. */
    PRESSURE_EXHAUSTED("%s: the pressure drop uses up the whole feed pressure by %s from the inlet: a feed flow of %s is too high for it"),
    /** A target that cannot be reached. Args: what, target, reachable range or reason. */
    INFEASIBLE("%s of %s cannot be reached: %s"),

    // ---- numerics --------------------------------------------------------------------------
    /** A solver used up its evaluation budget. Args: what, budget. */
    NO_CONVERGENCE("%s did not converge within %s evaluations"),
    /** No sign change in a bracket. Args: what, low, high. */
    NOT_BRACKETED("%s: no solution between %s and %s");

    private final String template;

    Message(final String template) {
        this.template = template;
    }

    /** @return the message template, with one {@code %s} per argument */
    public String template() {
        return template;
    }
}
