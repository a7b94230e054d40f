package org.permeate.io.project;

import java.util.List;

import org.permeate.flowsheet.SystemDesign;

/**
 * One case of a project: a system design and the membrane ages to project it at.
 *
 * @param name   the case's name (unique in its project)
 * @param design the system
 * @param years  membrane ages to project the case at, years (empty = only the design's own condition)
 * @param antiscalantDose antiscalant dosed into the feed, kg/m³ of feed (0 for none): carried to
 *               the report; its effect on scaling is the allowance it gives, not modelled
 */
public record ProjectCase(String name, SystemDesign design, List<Double> years, double antiscalantDose) {

    public ProjectCase {
        if (name == null || design == null) {
            throw new IllegalArgumentException("a case needs its name and design");
        }
        years = List.copyOf(years);
    }
}
