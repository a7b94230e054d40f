package org.permeate.measure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Reads what users type — {@code "35 g/kg"}, {@code "25 C"}, {@code "77 F"}, {@code "1000 psi"},
 * {@code "1.2 m3/h"}, {@code "500 mg/L"}, {@code "8 Brix"} — into SI. Every failure is a
 * {@link PermeateException} naming the field, the text and what would have been accepted.
 */
public final class QuantityParser {

    private static final Pattern QUANTITY = Pattern.compile(
            "^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*$");

    private QuantityParser() {
    }

    /**
     * @param field     the field or option the text came from, for messages
     * @param text      what the user typed
     * @param dimension the kind of quantity wanted
     * @return the quantity in SI
     */
    public static Quantity parse(final String field, final String text, final Dimension dimension) {
        return parse(field, text, EnumSet.of(dimension));
    }

    /**
     * @param field   the field or option the text came from, for messages
     * @param text    what the user typed
     * @param allowed the kinds of quantity accepted (e.g. any concentration measure)
     * @return the quantity in SI, of one of the allowed kinds
     */
    public static Quantity parse(final String field, final String text, final Set<Dimension> allowed) {
        final String examples = allowed.stream().map(Dimension::examples).collect(Collectors.joining("; "));
        if (text == null || text.isBlank()) {
            throw new PermeateException(Message.MISSING, field, "a value such as " + examples);
        }
        if (text.contains(",") && text.matches(".*\\d,\\d.*")) {
            throw new PermeateException(Message.UNPARSABLE_QUANTITY, field, text,
                    examples + " (use a point for decimals and no thousands separators)");
        }
        final Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new PermeateException(Message.UNPARSABLE_QUANTITY, field, text, examples);
        }
        final double number = Double.parseDouble(m.group(1));
        if (!Double.isFinite(number)) {
            throw new PermeateException(Message.NOT_FINITE, field, text);
        }
        final String unitText = m.group(2);
        if (unitText.isEmpty()) {
            if (allowed.contains(Dimension.DIMENSIONLESS)) {
                return Quantity.of(number, Units.ONE);
            }
            if (allowed.contains(Dimension.FRACTION)) {
                return Quantity.of(number, Units.FRACTION_ONE);
            }
            throw new PermeateException(Message.MISSING_UNIT, field, text, examples);
        }
        final List<Unit> candidates = Units.lookup(unitText);
        if (candidates.isEmpty()) {
            final String known = allowed.stream()
                    .flatMap(d -> Units.symbols(d).stream())
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(", "));
            throw new PermeateException(Message.UNKNOWN_UNIT, field, unitText, known);
        }
        for (Unit unit : candidates) {
            if (allowed.contains(unit.dimension())) {
                return Quantity.of(number, unit);
            }
        }
        final String expected = allowed.stream().map(Dimension::phrase).collect(Collectors.joining(" or "));
        throw new PermeateException(Message.WRONG_DIMENSION, field, text,
                candidates.get(0).dimension().phrase(), expected, examples);
    }
}
