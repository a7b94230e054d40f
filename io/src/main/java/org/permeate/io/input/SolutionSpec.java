package org.permeate.io.input;

import java.util.List;

import org.permeate.properties.ConcentrationConverter;

/**
 * A solution as the user described it: its solutes with their amounts (in whatever measures were
 * typed), whether it was given as seawater by salinity, and a short description for reports.
 *
 * @param entries     solutes and amounts
 * @param seawater    true when given as seawater of reference composition
 * @param description the text the user typed, tidied
 */
public record SolutionSpec(List<ConcentrationConverter.Entry> entries, boolean seawater, String description) {

    public SolutionSpec {
        entries = List.copyOf(entries);
    }
}
