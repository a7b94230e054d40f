package org.permeate.design.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.permeate.chemistry.Constituent;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.species.AtomicWeights;

/**
 * Checks a water analysis against drinking-water limits ({@link DrinkingWaterLimits}): one row per
 * limit of the chosen standard, with the water's value, pass/fail, or "not assessed" when the
 * analysis does not give what the parameter needs.
 *
 * <p><b>Values.</b> A parameter summing constituents (arsenic = As(III) + As(V), chromium =
 * Cr(III) + Cr(VI)) is \( \sum_c [c]\,M_X \) with \([c]\) the amount concentration of each
 * constituent given (mol/m³, from {@link WaterAnalysis#molarConcentration}) and \(M_X\) the molar
 * mass of what the limit counts the mass as: nitrate against the EPA MCL is counted as N
 * (14.007 g/mol: 10 mg/L as N is 44.3 mg/L as NO₃), against the WHO value as NO₃ (62.00 g/mol).
 * TDS is the measured value if the analysis has one, else the "calculated TDS" of Standard Methods
 * 1030 E ({@link WaterAnalysis#tdsForIndices()}); pH is the analysis' pH. Values are compared
 * unrounded (regulations round to the limit's digits first; a value just above a limit can comply
 * after rounding).
 *
 * <p>A pass here is a statement about the water as modelled or analysed, not a certification:
 * compliance is judged on samples and, for lead and copper, on the 90th percentile of many taps.
 * Stateless.
 */
public final class Compliance {

    private Compliance() {
    }

    /**
     * A water's rows.
     *
     * @param standard the standard checked
     * @param rows     one per limit, in table order
     */
    public record Report(Standard standard, List<ComplianceRow> rows) {
        public Report {
            rows = List.copyOf(rows);
        }

        /** @return the rows that fail */
        public List<ComplianceRow> failures() {
            return rows.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
        }

        /** @return true if no assessed row fails (rows not assessed do not count) */
        public boolean passesAssessed() {
            return failures().isEmpty();
        }

        /**
         * @param authority an authority
         * @param parameter a parameter
         * @return that row
         * @throws PermeateException if the standard has no such row
         */
        public ComplianceRow row(final Authority authority, final Parameter parameter) {
            return rows.stream().filter(r -> r.limit().authority() == authority && r.limit().parameter() == parameter)
                    .findFirst().orElseThrow(() -> new PermeateException(Message.UNKNOWN_CHOICE,
                            "compliance row", authority + " " + parameter.id(), "the rows of " + standard.id()));
        }
    }

    /**
     * @param water    a water analysis (feed, tap water, or a computed permeate)
     * @param standard WHO, EPA or both
     * @return the compliance rows
     */
    public static Report check(final WaterAnalysis water, final Standard standard) {
        return check(water, standard, true);
    }

    /**
     * @param water    a water analysis
     * @param standard WHO, EPA or both
     * @param phKnown  false when the analysis' pH is a placeholder (a computed stream whose pH could not be
     *                 solved): the pH row is then not assessed
     * @return the compliance rows
     */
    public static Report check(final WaterAnalysis water, final Standard standard, final boolean phKnown) {
        if (water == null || standard == null) {
            throw new PermeateException(Message.MISSING, "compliance check", "a water analysis and a standard");
        }
        final List<ComplianceRow> rows = new ArrayList<>();
        for (DrinkingWaterLimit limit : DrinkingWaterLimits.of(standard)) {
            rows.add(row(water, limit, phKnown));
        }
        return new Report(standard, rows);
    }

    private static ComplianceRow row(final WaterAnalysis water, final DrinkingWaterLimit limit, final boolean phKnown) {
        final Parameter p = limit.parameter();
        final double value;
        String note = "";
        if (p == Parameter.PH) {
            if (!phKnown) {
                return notAssessed(limit, "the pH of this water could not be computed");
            }
            value = water.pH();
        } else if (p == Parameter.TDS) {
            value = water.tdsForIndices();
            note = water.measuredTds().isPresent() ? "measured" : "calculated (Standard Methods 1030 E)";
        } else {
            if (p.constituents().isEmpty()) {
                return notAssessed(limit, "Permeate does not carry " + p.label());
            }
            double sum = 0;
            final List<String> missing = new ArrayList<>();
            boolean any = false;
            for (Constituent c : p.constituents()) {
                if (water.gives(c)) {
                    any = true;
                    sum += water.molarConcentration(c);
                } else {
                    missing.add(c.symbol());
                }
            }
            if (!any) {
                return notAssessed(limit, "the analysis does not give " + String.join(" or ", missing));
            }
            if (!missing.isEmpty()) {
                note = "without " + String.join(", ", missing) + " (not given)";
            }
            value = sum * AtomicWeights.molarMass(limit.expressedAs());
        }
        return new ComplianceRow(limit, OptionalDouble.of(value), limit.admits(value) ? Verdict.PASS : Verdict.FAIL,
                note);
    }

    private static ComplianceRow notAssessed(final DrinkingWaterLimit limit, final String why) {
        return new ComplianceRow(limit, OptionalDouble.empty(), Verdict.NOT_ASSESSED, why);
    }
}
