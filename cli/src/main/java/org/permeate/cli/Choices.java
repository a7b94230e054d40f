package org.permeate.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/** Parses enum choices case-insensitively with a message listing what is allowed. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(final String option, final String value, final Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new picocli.CommandLine.TypeConversionException(new PermeateException(Message.UNKNOWN_CHOICE, option,
                value, Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))).getMessage());
    }
}
