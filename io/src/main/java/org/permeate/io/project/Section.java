package org.permeate.io.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * A mapping of a project file being read, with the keys it may have. Checks on creation that
 * every key is one of those (an unknown key is reported first, so that a misspelt key is not
 * reported as a missing one). A key whose value is empty ({@code flow:}, {@code null}, {@code ~})
 * counts as not given.
 */
final class Section {

    private final Located at;
    private final Node.MapNode map;
    private final List<String> allowed;

    Section(final Located at, final Node.MapNode map, final List<String> allowed) {
        this.at = at;
        this.map = map;
        this.allowed = List.copyOf(allowed);
        for (Node.Entry e : map.entries().values()) {
            if (!this.allowed.contains(e.key())) {
                throw PermeateException.located(new InputLocation(at.file(), at.path(), e.line(), e.column()),
                        Message.UNKNOWN_KEY, e.key(), String.join(", ", this.allowed));
            }
        }
    }

    /** @return the mapping itself */
    Located located() {
        return at;
    }

    /** @return whether the key is given (with a value) */
    boolean has(final String key) {
        final Node.Entry e = map.entries().get(key);
        return e != null && !(e.value() instanceof Node.ScalarNode s && s.isNull());
    }

    /** @return the value of the key, if given */
    Optional<Located> optional(final String key) {
        assert allowed.contains(key) : key;
        return has(key) ? Optional.of(at.child(map.entries().get(key))) : Optional.empty();
    }

    /**
     * @param key  the key
     * @param what what it should hold, for the message, e.g. "the feed temperature, e.g. 25 C"
     * @return its value
     * @throws PermeateException if it is not given
     */
    Located required(final String key, final String what) {
        return optional(key).orElseThrow(() -> missing(key, what));
    }

    /**
     * @param key  the key
     * @param what what it should hold
     * @return the error for a missing key: at the key if it is there with no value, else at the mapping
     */
    PermeateException missing(final String key, final String what) {
        final Node.Entry e = map.entries().get(key);
        final InputLocation where = e != null ? new InputLocation(at.file(), at.path(), e.line(), e.column())
                : at.location();
        return PermeateException.located(where, Message.MISSING, key, what);
    }

    /**
     * @param keys keys that exclude each other
     * @return those given, in the order of {@code keys}
     * @throws PermeateException if more than one is given (at the second one)
     */
    List<String> atMostOne(final String... keys) {
        final List<String> given = new ArrayList<>();
        for (String k : keys) {
            if (has(k)) {
                given.add(k);
            }
        }
        if (given.size() > 1) {
            // at the one written later in the file
            given.sort(java.util.Comparator.comparingInt((String k) -> map.entries().get(k).line())
                    .thenComparingInt(k -> map.entries().get(k).column()));
            throw optional(given.get(1)).orElseThrow().error(Message.CONFLICTING, given.get(1), given.get(0));
        }
        return given;
    }

    /**
     * @param what  what the keys are for, for the message
     * @param keys  keys of which exactly one must be given
     * @return the one given
     */
    String exactlyOne(final String what, final String... keys) {
        final List<String> given = atMostOne(keys);
        if (given.isEmpty()) {
            final String all = "one of " + String.join(", ", keys);
            for (String k : keys) {
                if (map.entries().containsKey(k)) {
                    throw missing(k, all + ": " + what);
                }
            }
            throw PermeateException.located(at.location(), Message.MISSING, all, what);
        }
        return given.get(0);
    }
}
