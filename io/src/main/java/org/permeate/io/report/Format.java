package org.permeate.io.report;

/** The output formats reports can be written in. */
public enum Format {
    /** Aligned text for people, in the chosen display units. */
    TEXT,
    /** One JSON object: inputs echoed, every output in SI with its unit named. */
    JSON,
    /** Comma-separated rows (section, key, label, value, unit), in the chosen display units. */
    CSV,
    /** One self-contained HTML page (inline CSS and SVG charts), in the chosen display units. */
    HTML
}
