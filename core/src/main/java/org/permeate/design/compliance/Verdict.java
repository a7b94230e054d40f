package org.permeate.design.compliance;

/** The outcome of one parameter against one limit. */
public enum Verdict {
    /** Within the limit (at the limit counts as within). */
    PASS,
    /** Beyond the limit. */
    FAIL,
    /** The water's analysis does not give what the parameter needs. */
    NOT_ASSESSED
}
