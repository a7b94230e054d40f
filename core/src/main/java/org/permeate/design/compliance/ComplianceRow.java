package org.permeate.design.compliance;

import java.util.OptionalDouble;

/**
 * One parameter of one water against one limit.
 *
 * @param limit   the limit
 * @param value   the water's value in SI (kg/m³ counted as {@link DrinkingWaterLimit#expressedAs()}, or
 *                the pH); empty when not assessed
 * @param verdict pass, fail or not assessed
 * @param note    why not assessed, or what the value leaves out; empty if nothing to say
 */
public record ComplianceRow(DrinkingWaterLimit limit, OptionalDouble value, Verdict verdict, String note) {

    public ComplianceRow {
        if (limit == null || value == null || verdict == null) {
            throw new IllegalArgumentException("limit, value and verdict required");
        }
        if ((verdict == Verdict.NOT_ASSESSED) != value.isEmpty()) {
            throw new IllegalArgumentException("a value is given exactly when the row is assessed");
        }
        note = note == null ? "" : note;
    }

    /**
     * @return the value in the unit the limit is printed in (mg/L, ng/L; pH as is); empty if not assessed
     */
    public OptionalDouble valueInLimitUnit() {
        if (value.isEmpty()) {
            return value;
        }
        return OptionalDouble.of(limit.unit() == null ? value.getAsDouble() : limit.unit().fromSi(value.getAsDouble()));
    }
}
