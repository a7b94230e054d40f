package org.permeate.io.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;

/**
 * A value of a project file with the path that leads to it ({@code cases[0].passes[1].recovery}):
 * reads it as what its key needs — a quantity with a unit, a fraction, a count, a choice — or
 * throws a {@link PermeateException} that names the file, the path, the line and column, the value
 * and what is allowed. Errors thrown by the core while a value is used are moved here with
 * {@link #relocate}.
 */
final class Located {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    /** Seconds in a year of 365.25 days. */
    private static final double YEAR = 365.25 * 86_400.0;
    private static final Pattern PER_YEAR = Pattern.compile("\\s*(?:/|per)\\s*(?:years?|yr|a)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final String file;
    private final String parent;
    private final String name;
    private final Node node;

    /**
     * @param file   its file, for messages
     * @param parent path of the mapping or list it is in, empty at the root
     * @param name   its key, or its list's key and its index ({@code stages[1]}); empty for the root
     * @param node   the value
     */
    Located(final String file, final String parent, final String name, final Node node) {
        this.file = file;
        this.parent = parent;
        this.name = name;
        this.node = node;
    }

    /** @return the document's root value */
    static Located root(final String file, final Node node) {
        return new Located(file, "", "", node);
    }

    /** @return the value */
    Node node() {
        return node;
    }

    /** @return its path, e.g. {@code cases[0].feed.flow} */
    String path() {
        if (name.isEmpty() || parent.isEmpty()) {
            return parent + name;
        }
        return name.startsWith("[") ? parent + name : parent + "." + name;
    }

    /** @return its key, e.g. {@code flow} */
    String name() {
        return name;
    }

    /** @return the file's name */
    String file() {
        return file;
    }

    /** @return where the value is: its path, line and column */
    InputLocation location() {
        return new InputLocation(file, path(), node.line(), node.column());
    }

    /**
     * Where an error about the value is shown. A message that starts with the value's key
     * ({@code vessels must be at least 1}) is placed at the mapping the key is in, so that the
     * message reads {@code plant.yaml:14:22: cases[0].passes[0].stages[1]: vessels must be at least
     * 1, got 0}; any other at the value's own path.
     */
    private InputLocation locationFor(final Object[] arguments) {
        final boolean namesKey = !name.isEmpty() && arguments.length > 0 && name.equals(arguments[0]);
        return new InputLocation(file, namesKey ? parent : path(), node.line(), node.column());
    }

    /** @return an error at the value */
    PermeateException error(final Message kind, final Object... arguments) {
        return PermeateException.located(locationFor(arguments), kind, arguments);
    }

    /**
     * @param e an error the core raised while using this value
     * @return the same error pointing at this value (an error that already points into a file, such
     *         as a user's element catalog, keeps its place)
     */
    PermeateException relocate(final PermeateException e) {
        if (e.location() != null && !e.location().source().isEmpty()) {
            return e;
        }
        return e.at(locationFor(e.arguments()));
    }

    /** @return another value at the same place (a case with what it inherits merged in) */
    Located with(final Node other) {
        return new Located(file, parent, name, other);
    }

    /** @return the child value of a mapping */
    Located child(final Node.Entry e) {
        return new Located(file, path(), e.key(), e.value());
    }

    // ------------------------------------------------------------------ shapes

    /**
     * @param allowed the keys the mapping may have
     * @return the value read as a mapping with those keys
     * @throws PermeateException if it is not a mapping, or has another key
     */
    Section section(final String... allowed) {
        if (!(node instanceof Node.MapNode m)) {
            throw error(Message.WRONG_TYPE, "a mapping with keys " + String.join(", ", allowed), node.describe());
        }
        return new Section(this, m, List.of(allowed));
    }

    /**
     * @param what what each item is, for messages ("a stage")
     * @return the items of a list, at least one
     */
    List<Located> list(final String what) {
        if (!(node instanceof Node.ListNode l) || l.items().isEmpty()) {
            throw error(Message.WRONG_TYPE, "a list of at least one " + what, node.describe());
        }
        return items(l);
    }

    /** @return the items of a list, or this value alone if it is not a list */
    List<Located> listOrOne() {
        return node instanceof Node.ListNode l ? items(l) : List.of(this);
    }

    private List<Located> items(final Node.ListNode l) {
        final List<Located> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            out.add(new Located(file, parent, name + "[" + i + "]", l.items().get(i)));
        }
        return out;
    }

    // ------------------------------------------------------------------ scalars

    /**
     * @param expected what the value should be, e.g. "a flow such as 60 m3/h"
     * @return the text of a scalar value, stripped
     */
    String text(final String expected) {
        if (!(node instanceof Node.ScalarNode s) || s.isNull() || s.text().isBlank()) {
            throw error(Message.WRONG_TYPE, expected, node.describe());
        }
        return s.text().strip();
    }

    /**
     * @param dimension the kind of quantity
     * @return the value in SI; a number must carry its unit ({@code 60 m3/h}, {@code 77 F})
     */
    double quantity(final Dimension dimension) {
        final String t = text("a " + dimension.phrase() + " such as " + dimension.examples());
        try {
            return QuantityParser.parse(name, t, dimension).si();
        } catch (PermeateException e) {
            throw relocate(e);
        }
    }

    /**
     * @param dimension the kind of quantity
     * @return the value in SI, which must be above 0
     */
    double positive(final Dimension dimension) {
        final double v = quantity(dimension);
        if (!(v > 0)) {
            throw error(Message.NOT_ABOVE, name, "0", text(""));
        }
        return v;
    }

    /**
     * A pressure as engineers write it: gauge unless the unit says absolute ({@code bara},
     * {@code psia}), see {@link GaugePressure}.
     *
     * @return the absolute pressure, Pa
     */
    double absolutePressure() {
        final String t = text("a pressure such as " + Dimension.PRESSURE.examples());
        try {
            return GaugePressure.parse(name, t);
        } catch (PermeateException e) {
            throw relocate(e);
        }
    }

    /**
     * @param strictlyPositive whether 0 is refused too
     * @return the gauge pressure, Pa, at least 0 (or above 0)
     */
    double gaugePressure(final boolean strictlyPositive) {
        final double g = GaugePressure.gauge(absolutePressure());
        if (strictlyPositive ? !(g > 0) : g < -1e-9 * PhysicalConstants.STANDARD_ATMOSPHERE) {
            throw error(strictlyPositive ? Message.NOT_ABOVE : Message.TOO_SMALL, name, "0 bar gauge", text(""));
        }
        return Math.max(g, 0.0);
    }

    /**
     * A fraction written in per cent ({@code 75 %}) or as a number ({@code 0.75}).
     *
     * @param lower least value allowed
     * @param upper greatest value allowed ({@code +∞} for none)
     * @return the fraction
     */
    double fraction(final double lower, final double upper) {
        return fractionOf(text("a fraction such as " + Dimension.FRACTION.examples()), lower, upper);
    }

    /**
     * A fraction per year: {@code 7 %/year}, {@code 7 % per year}, {@code 7 %} or {@code 0.07}.
     *
     * @param lower least value allowed
     * @param upper greatest value allowed
     * @return the fraction per year
     */
    double fractionPerYear(final double lower, final double upper) {
        final String t = text("a fraction per year such as 7 %/year or 0.07");
        return fractionOf(PER_YEAR.matcher(t).replaceFirst(""), lower, upper);
    }

    private double fractionOf(final String t, final double lower, final double upper) {
        double v;
        try {
            final Quantity q = QuantityParser.parse(name, t, EnumSet.of(Dimension.FRACTION));
            v = q.si();
            final Matcher m = LEADING_NUMBER.matcher(t);
            if (q.unit() == Units.PERCENT_OF && m.find()) {
                v = Double.parseDouble(m.group()) / 100;   // 82 / 100 is 0.82, 82 × 0.01 is not
            }
        } catch (PermeateException e) {
            throw relocate(e);
        }
        if (v < lower || v > upper) {
            final String shown = NUMBER.matcher(t).matches() && Math.abs(v) > 1
                    ? t + " (a bare number is a fraction: write " + t + " % for per cent)" : t;
            if (upper == Double.POSITIVE_INFINITY) {
                throw error(Message.TOO_SMALL, name, percent(lower), shown);
            }
            throw error(Message.OUT_OF_RANGE, name, shown, percent(lower), percent(upper));
        }
        return v;
    }

    private static String percent(final double fraction) {
        return Numbers.compact(fraction * 100) + " %";
    }

    /**
     * @param lower least value allowed
     * @param upper greatest value allowed
     * @return a whole number
     */
    int count(final int lower, final int upper) {
        final String t = text("a whole number");
        if (!INTEGER.matcher(t).matches()) {
            throw error(Message.NOT_A_NUMBER, name, t, "a whole number is expected");
        }
        final String digits = t.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9) {
            throw error(t.startsWith("-") ? Message.TOO_SMALL : Message.TOO_LARGE, name,
                    t.startsWith("-") ? lower : upper, t);
        }
        final int v = Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        if (v < lower) {
            throw error(Message.TOO_SMALL, name, lower, v);
        }
        if (v > upper) {
            throw error(Message.TOO_LARGE, name, upper, v);
        }
        return v;
    }

    /**
     * @param lower least value allowed
     * @param upper greatest value allowed
     * @return a plain number (no unit)
     */
    double number(final double lower, final double upper) {
        final String t = text("a number");
        if (!NUMBER.matcher(t).matches()) {
            throw error(Message.NOT_A_NUMBER, name, t, "a plain number is expected");
        }
        final double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw error(Message.NOT_FINITE, name, t);
        }
        if (v < lower || v > upper) {
            throw error(Message.OUT_OF_RANGE, name, t, lower, upper);
        }
        return v;
    }

    /** @return a duration in years: {@code 5} or {@code 5 years}, at least 0 */
    double years() {
        final String t = text("a number of years such as 5 or 5 years");
        final double v;
        if (NUMBER.matcher(t).matches()) {
            v = Double.parseDouble(t);
        } else {
            try {
                v = QuantityParser.parse(name, t, Dimension.TIME).si() / YEAR;
            } catch (PermeateException e) {
                if (e.kind() == Message.UNPARSABLE_QUANTITY) {
                    throw error(Message.UNPARSABLE_QUANTITY, name, t, "5 or 5 years");
                }
                throw relocate(e);
            }
        }
        if (!Double.isFinite(v)) {
            throw error(Message.NOT_FINITE, name, t);
        }
        if (v < 0) {
            throw error(Message.TOO_SMALL, name, "0 years", t);
        }
        return v;
    }

    /** @return true or false ({@code yes}/{@code no} and {@code on}/{@code off} are read too) */
    boolean flag() {
        final String t = text("true or false").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(Message.WRONG_TYPE, "true or false", node.describe());
        };
    }

    /**
     * @param expected what the text should be, for messages
     * @param choices  the names allowed, as written in files
     * @return the index of the name given (case-insensitive) in {@code choices}
     */
    int choice(final String expected, final String... choices) {
        final String t = text(expected);
        for (int i = 0; i < choices.length; i++) {
            if (choices[i].equalsIgnoreCase(t)) {
                return i;
            }
        }
        throw error(Message.UNKNOWN_CHOICE, name, t, String.join(", ", Arrays.asList(choices)));
    }

    /**
     * @param type an enumeration whose constants are named as in files, upper case with
     *             underscores ({@code BACKWARD_DIFFERENCE} is written {@code backward-difference})
     * @param <E>  its type
     * @return the constant named
     */
    <E extends Enum<E>> E choice(final Class<E> type) {
        final E[] all = type.getEnumConstants();
        final String[] names = Arrays.stream(all).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toArray(String[]::new);
        return all[choice("one of " + String.join(", ", names), names)];
    }
}
