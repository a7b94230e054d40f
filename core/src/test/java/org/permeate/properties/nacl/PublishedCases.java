package org.permeate.properties.nacl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV of published cases: {@code case, kind, quantity, value as printed, unit,
 * tolerance_override, note}, '#' lines are comments. Also the tolerance rule shared by the tests.
 */
final class PublishedCases {

    /** One asserted value. */
    record Asserted(String caseId, String quantity, String printed, double value, String unit,
                    double overrideRelTol, String note) {

        /**
         * @return the allowed absolute difference: the override (relative) if given, else
         *         max(1e-4 |value|, half a unit in the last printed digit)
         */
        double tolerance() {
            if (overrideRelTol > 0) {
                return overrideRelTol * Math.abs(value);
            }
            return Math.max(1e-4 * Math.abs(value), halfUnitInLastDigit(printed));
        }
    }

    /** One case: its given inputs and asserted outputs. */
    record Case(String id, Map<String, Double> given, List<Asserted> asserted) {
        double given(final String name) {
            final Double v = given.get(name);
            if (v == null) {
                throw new IllegalArgumentException(id + " has no given " + name);
            }
            return v;
        }
    }

    private PublishedCases() {
    }

    static List<Case> read(final Class<?> anchor, final String resource) {
        final Map<String, Map<String, Double>> given = new LinkedHashMap<>();
        final Map<String, List<Asserted>> asserted = new LinkedHashMap<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] f = line.split(",", 7);
                final String id = f[0].trim();
                given.computeIfAbsent(id, k -> new LinkedHashMap<>());
                asserted.computeIfAbsent(id, k -> new ArrayList<>());
                final double value = Double.parseDouble(f[3].trim());
                if (f[1].trim().equals("given")) {
                    given.get(id).put(f[2].trim(), value);
                } else {
                    final double override = f.length > 5 && !f[5].isBlank() ? Double.parseDouble(f[5].trim()) : 0;
                    final String note = f.length > 6 ? f[6].trim() : "";
                    asserted.get(id).add(new Asserted(id, f[2].trim(), f[3].trim(), value, f[4].trim(), override, note));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final List<Case> cases = new ArrayList<>();
        for (String id : given.keySet()) {
            cases.add(new Case(id, given.get(id), asserted.get(id)));
        }
        return cases;
    }

    /**
     * @param printed a number as printed, e.g. "2.588e6", "1023.5", "3111"
     * @return half a unit in its last printed digit, e.g. 500 for "2.588e6" and 0.05 for "1023.5"
     */
    static double halfUnitInLastDigit(final String printed) {
        final String s = printed.trim().toLowerCase(java.util.Locale.ROOT);
        final int e = s.indexOf('e');
        final int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        final String mantissa = e < 0 ? s : s.substring(0, e);
        final int dot = mantissa.indexOf('.');
        final int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
        return 0.5 * Math.pow(10, exponent - decimals);
    }
}
