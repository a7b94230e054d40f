package org.permeate.errors;

import java.util.Arrays;
import java.util.Locale;

/**
 * The one exception Permeate throws for a user's mistake or an impossible request: a
 * {@link Message} with its arguments (the offending value and the limit), and optionally the
 * {@link InputLocation} it came from. Front ends print {@link #getMessage()} on one line and exit
 * with status 2; they never show a stack trace for it.
 *
 * <p>Programming errors (bugs) are not reported with this type.
 */
public final class PermeateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message kind;
    private final transient Object[] arguments;
    private final InputLocation location;

    /**
     * @param kind      what went wrong
     * @param arguments values substituted into the message template, in order
     */
    public PermeateException(final Message kind, final Object... arguments) {
        this(null, null, kind, arguments);
    }

    /**
     * @param cause     underlying exception, may be null
     * @param location  where in the input, may be null
     * @param kind      what went wrong
     * @param arguments values substituted into the message template, in order
     */
    public PermeateException(final Throwable cause, final InputLocation location,
                             final Message kind, final Object... arguments) {
        super(format(location, kind, arguments), cause);
        this.kind = kind;
        this.arguments = arguments.clone();
        this.location = location;
    }

    /**
     * @param where     where in the input the error lies
     * @param kind      what went wrong
     * @param arguments values substituted into the message template
     * @return the exception
     */
    public static PermeateException located(final InputLocation where, final Message kind, final Object... arguments) {
        return new PermeateException(null, where, kind, arguments);
    }

    /** @return the kind of error */
    public Message kind() {
        return kind;
    }

    /** @return a copy of the message arguments */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** @return where in the input the error lies, or null */
    public InputLocation location() {
        return location;
    }

    /**
     * @param where the location to attach
     * @return the same error, now pointing at {@code where} (an existing location is kept if
     *         {@code where} is null)
     */
    public PermeateException at(final InputLocation where) {
        return new PermeateException(getCause(), where == null ? location : where, kind, arguments);
    }

    /** @return the message without its location prefix */
    public String detail() {
        return format(null, kind, arguments);
    }

    private static String format(final InputLocation location, final Message kind, final Object[] args) {
        final Object[] shown = Arrays.stream(args).map(PermeateException::show).toArray();
        String text;
        try {
            text = String.format(Locale.ROOT, kind.template(), shown);
        } catch (java.util.IllegalFormatException e) {
            text = kind.name() + " " + Arrays.toString(shown);
        }
        if (location != null && !location.toString().isEmpty()) {
            return location + ": " + text;
        }
        return text;
    }

    private static Object show(final Object arg) {
        if (arg instanceof Double d) {
            return Numbers.compact(d);
        }
        if (arg instanceof Float f) {
            return Numbers.compact(f);
        }
        return arg;
    }
}
