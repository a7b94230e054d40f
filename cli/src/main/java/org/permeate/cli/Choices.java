package org.permeate.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Parses enum choices case-insensitively, hyphens standing for underscores ("na-or-cl" is
 * NA_OR_CL), with a message listing what is allowed.
 */
final class Choices {

    private Choices() {
    }

    /**
     * For picocli type converters: a mistake is a {@link picocli.CommandLine.TypeConversionException}.
     */
    static <E extends Enum<E>> E parse(final String option, final String value, final Class<E> type) {
        try {
            return of(option, value, type);
        } catch (PermeateException e) {
            throw new picocli.CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * For values read inside a command: a mistake is a {@link PermeateException}.
     *
     * @throws PermeateException {@link Message#UNKNOWN_CHOICE} naming the value and the choices
     */
    static <E extends Enum<E>> E of(final String option, final String value, final Class<E> type) {
        final String v = value.strip().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        throw new PermeateException(Message.UNKNOWN_CHOICE, option, value, Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    }
}
