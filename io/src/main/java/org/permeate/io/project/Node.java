package org.permeate.io.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from a project file, with the line and column it starts at (1-based): a mapping,
 * a list or a scalar. Jackson's own tree ({@code JsonNode}) forgets where its values were
 * written; this one keeps it so that every error can point at the place.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** @return the line the value starts on, 1-based */
    int line();

    /** @return the column the value starts at, 1-based */
    int column();

    /** @return what the value is, for messages: "a list", "the text \"abc\"" */
    String describe();

    /** What a scalar was written as. */
    enum Kind {
        /** text, quoted or not */
        TEXT,
        /** a number the parser recognised as one */
        NUMBER,
        /** true or false */
        BOOLEAN,
        /** nothing: {@code null}, {@code ~} or an empty value */
        NULL
    }

    /**
     * A key of a mapping and its value.
     *
     * @param key    the key
     * @param line   line of the key
     * @param column column of the key
     * @param value  its value
     */
    record Entry(String key, int line, int column, Node value) {
    }

    /**
     * A mapping (YAML) or object (JSON), its keys in the order written.
     *
     * @param entries the keys and their values
     * @param line    where it starts
     * @param column  where it starts
     */
    record MapNode(Map<String, Entry> entries, int line, int column) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping (key: value pairs)";
        }

        /** @return the entries without {@code key} */
        MapNode without(final String key) {
            final Map<String, Entry> m = new LinkedHashMap<>(entries);
            m.remove(key);
            return new MapNode(m, line, column);
        }
    }

    /**
     * A list (YAML sequence, JSON array).
     *
     * @param items  its items
     * @param line   where it starts
     * @param column where it starts
     */
    record ListNode(List<Node> items, int line, int column) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.isEmpty() ? "an empty list" : "a list";
        }
    }

    /**
     * A single value, as the text written in the file.
     *
     * @param text   the text (for numbers, as written: "0.75", "1e5")
     * @param kind   what the parser took it for
     * @param line   where it starts
     * @param column where it starts
     */
    record ScalarNode(String text, Kind kind, int line, int column) implements Node {
        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing (an empty value)";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> text;
                case TEXT -> text.isEmpty() ? "an empty text" : "the text \"" + text + "\"";
            };
        }

        /** @return whether the value is missing (null, ~ or empty) */
        boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    /**
     * Lays {@code over} onto {@code base}: mappings are merged key by key (recursively), a key set to
     * nothing ({@code null}, {@code ~}) in {@code over} removes the inherited one, and anything else
     * in {@code over} (a list, a scalar) replaces what {@code base} has.
     *
     * @param base the inherited value
     * @param over the value written over it
     * @return the merged value; every node keeps the place it was written
     */
    static Node merge(final Node base, final Node over) {
        if (!(base instanceof MapNode b) || !(over instanceof MapNode o)) {
            return over;
        }
        final Map<String, Entry> m = new LinkedHashMap<>(b.entries());
        for (Entry e : o.entries().values()) {
            final Entry inherited = m.get(e.key());
            if (e.value() instanceof ScalarNode s && s.isNull()) {
                m.remove(e.key());
            } else if (inherited != null) {
                m.put(e.key(), new Entry(e.key(), e.line(), e.column(), merge(inherited.value(), e.value())));
            } else {
                m.put(e.key(), e);
            }
        }
        return new MapNode(m, o.line(), o.column());
    }
}
