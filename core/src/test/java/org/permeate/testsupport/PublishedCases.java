package org.permeate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;

/**
 * Published test cases of another code (WaterTAP's property-package tests): for each case the
 * given inputs and the asserted outputs, read from a headerless {@link ReferenceTable} with the
 * columns {@code case, kind (given|asserted), quantity, value as printed, unit,
 * tolerance_override, note}; and the checks the tests run over them, with the tolerance rule
 * they share.
 */
public final class PublishedCases {

    /** One asserted value. */
    public record Asserted(String caseId, String quantity, String printed, double value, String unit,
                           double overrideRelTol, String note) {

        /**
         * @return the allowed absolute difference: the override (relative) if given, else
         *         max(1e-4 |value|, half a unit in the last printed digit)
         */
        public double tolerance() {
            if (overrideRelTol > 0) {
                return overrideRelTol * Math.abs(value);
            }
            return ruleTolerance();
        }

        /** @return the tolerance of the rule alone: max(1e-4 |value|, half a unit in the last printed digit) */
        public double ruleTolerance() {
            return Math.max(1e-4 * Math.abs(value), ReferenceTable.halfUnitInLastDigit(printed));
        }
    }

    /** One case: its given inputs and asserted outputs. */
    public record Case(String id, Map<String, Double> given, List<Asserted> asserted) {

        /** @return the given input of that name */
        public double given(final String name) {
            final Double v = given.get(name);
            if (v == null) {
                throw new IllegalArgumentException(id + " has no given " + name);
            }
            return v;
        }
    }

    private PublishedCases() {
    }

    /**
     * @param anchor   a class in the package of the resource
     * @param resource resource name relative to that class
     * @return the cases, in file order
     */
    public static List<Case> read(final Class<?> anchor, final String resource) {
        final ReferenceTable table = ReferenceTable.loadHeaderless(anchor, resource,
                "case", "kind", "quantity", "value", "unit", "tolerance_override", "note");
        final Map<String, Map<String, Double>> given = new LinkedHashMap<>();
        final Map<String, List<Asserted>> asserted = new LinkedHashMap<>();
        for (ReferenceTable.Row r : table.rows()) {
            final String id = r.text("case");
            given.computeIfAbsent(id, k -> new LinkedHashMap<>());
            asserted.computeIfAbsent(id, k -> new ArrayList<>());
            final double value = r.number("value");
            if (r.text("kind").equals("given")) {
                given.get(id).put(r.text("quantity"), value);
            } else {
                asserted.get(id).add(new Asserted(id, r.text("quantity"), r.text("value"), value, r.text("unit"),
                        r.optionalNumber("tolerance_override").orElse(0), r.text("note")));
            }
        }
        final List<Case> cases = new ArrayList<>();
        for (String id : given.keySet()) {
            cases.add(new Case(id, given.get(id), asserted.get(id)));
        }
        return cases;
    }

    /**
     * Checks every asserted value of every case (soft assertions: all failures are reported
     * together) and prints the comparison table.
     *
     * @param <S>      the state the test builds for a case
     * @param cases    the cases
     * @param state    builds the state of a case from its given inputs
     * @param ours     the value of a quantity (WaterTAP's name) at a state, from the model under test
     * @param expected how many asserted values the file holds
     */
    public static <S> void assertEveryValueReproduces(final List<Case> cases, final Function<Case, S> state,
                                                      final ToDoubleBiFunction<String, S> ours, final int expected) {
        final SoftAssertions soft = new SoftAssertions();
        final StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-18s %-24s %14s %16s %10s %10s%n",
                "case", "quantity", "WaterTAP", "Permeate", "rel.diff", "allowed"));
        int count = 0;
        for (Case c : cases) {
            final S st = state.apply(c);
            for (Asserted a : c.asserted()) {
                final double v = ours.applyAsDouble(a.quantity(), st);
                table.append(String.format(Locale.ROOT, "%-18s %-24s %14s %16.8g %10.2e %10.2e%n", c.id(),
                        a.quantity(), a.printed(), v, (v - a.value()) / a.value(),
                        a.tolerance() / Math.abs(a.value())));
                soft.assertThat(v).as("%s %s (%s)", c.id(), a.quantity(), a.unit())
                        .isCloseTo(a.value(), Offset.offset(a.tolerance()));
                count++;
            }
        }
        System.out.print(table);
        assertThat(count).as("asserted values read").isEqualTo(expected);
        soft.assertAll();
    }

    /**
     * Checks that every value given a tolerance override in the file still misses the rule,
     * so that an override does not outlive its reason.
     *
     * @param <S>   the state the test builds for a case
     * @param cases the cases
     * @param state builds the state of a case from its given inputs
     * @param ours  the value of a quantity at a state, from the model under test
     */
    public static <S> void assertOverridesAreStillNeeded(final List<Case> cases, final Function<Case, S> state,
                                                         final ToDoubleBiFunction<String, S> ours) {
        for (Case c : cases) {
            final S st = state.apply(c);
            for (Asserted a : c.asserted()) {
                if (a.overrideRelTol() > 0) {
                    assertThat(Math.abs(ours.applyAsDouble(a.quantity(), st) - a.value()))
                            .as("%s %s no longer needs its override: remove it", c.id(), a.quantity())
                            .isGreaterThan(a.ruleTolerance());
                }
            }
        }
    }
}
