package org.permeate.properties.species;

import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Standard atomic weights, g/mol, IUPAC 2005 (Wieser 2006, Pure Appl. Chem. 78, 2051–2066) — the
 * set Millero et al. (2008) used to define the reference composition of seawater, so that sea salt
 * built from it has their mean molar mass, 31.4038218 g/mol.
 */
public final class AtomicWeights {

    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("H", 1.00794), Map.entry("Li", 6.941), Map.entry("B", 10.811),
            Map.entry("C", 12.0107), Map.entry("N", 14.0067), Map.entry("O", 15.9994),
            Map.entry("F", 18.9984032), Map.entry("Na", 22.98976928), Map.entry("Mg", 24.3050),
            Map.entry("Al", 26.9815386), Map.entry("Si", 28.0855), Map.entry("P", 30.973762),
            Map.entry("S", 32.065), Map.entry("Cl", 35.453), Map.entry("K", 39.0983),
            Map.entry("Ca", 40.078), Map.entry("Cr", 51.9961), Map.entry("Mn", 54.938045),
            Map.entry("Fe", 55.845), Map.entry("Cu", 63.546), Map.entry("Zn", 65.409),
            Map.entry("As", 74.92160), Map.entry("Se", 78.96), Map.entry("Br", 79.904),
            Map.entry("Sr", 87.62), Map.entry("Cd", 112.411), Map.entry("I", 126.90447),
            Map.entry("Ba", 137.327), Map.entry("Pb", 207.2), Map.entry("U", 238.02891));

    private AtomicWeights() {
    }

    /**
     * @param symbol element symbol, e.g. "Na"
     * @return standard atomic weight, kg/mol
     */
    public static double of(final String symbol) {
        final Double w = WEIGHTS.get(symbol);
        if (w == null) {
            throw new PermeateException(Message.UNPARSABLE_SALT, symbol, "unknown element " + symbol);
        }
        return w * 1e-3;
    }

    /**
     * Molar mass of a formula such as {@code "B(OH)4"}, {@code "C12H22O11"} or {@code "CaSO4"};
     * a charge suffix ({@code "+2"}, {@code "-"}) and hydrate water ({@code ":2H2O"}) are allowed.
     *
     * @param formula the formula
     * @return molar mass, kg/mol
     */
    public static double molarMass(final String formula) {
        String f = formula.replaceAll("[+-]\\d*$", "");
        double total = 0;
        for (String part : f.split("[:·]")) {
            final java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d*)(.*)$").matcher(part);
            if (!m.matches()) {
                continue;
            }
            final int count = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
            total += count * new FormulaReader(m.group(2)).read();
        }
        return total;
    }

    /** Recursive-descent reader for element groups with parentheses. */
    private static final class FormulaReader {
        private final String s;
        private int i;

        FormulaReader(final String s) {
            this.s = s;
        }

        double read() {
            final double mass = group();
            if (i != s.length()) {
                throw new PermeateException(Message.UNPARSABLE_SALT, s, "unexpected '" + s.charAt(i) + "'");
            }
            return mass;
        }

        private double group() {
            double mass = 0;
            while (i < s.length() && s.charAt(i) != ')') {
                final char c = s.charAt(i);
                double unit;
                if (c == '(') {
                    i++;
                    unit = group();
                    if (i >= s.length() || s.charAt(i) != ')') {
                        throw new PermeateException(Message.UNPARSABLE_SALT, s, "unbalanced parentheses");
                    }
                    i++;
                } else if (Character.isUpperCase(c)) {
                    int j = i + 1;
                    while (j < s.length() && Character.isLowerCase(s.charAt(j))) {
                        j++;
                    }
                    unit = of(s.substring(i, j));
                    i = j;
                } else {
                    throw new PermeateException(Message.UNPARSABLE_SALT, s, "unexpected '" + c + "'");
                }
                mass += unit * count();
            }
            return mass;
        }

        private int count() {
            int j = i;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            final int n = j == i ? 1 : Integer.parseInt(s.substring(i, j));
            i = j;
            return n;
        }
    }
}
