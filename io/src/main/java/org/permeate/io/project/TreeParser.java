package org.permeate.io.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with Jackson's streaming parser, keeping the
 * line and column of every key and value. YAML anchors and aliases are resolved (an alias is the
 * anchored value, which keeps the place it was written), and so is the merge key
 * {@code <<: *anchor}. A key given twice in one mapping and a second document are errors.
 */
final class TreeParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final String MERGE_KEY = "<<";

    private final JsonParser parser;
    private final String source;
    private final Map<String, Node> anchors = new HashMap<>();

    private TreeParser(final JsonParser parser, final String source) {
        this.parser = parser;
        this.source = source;
    }

    /**
     * @param text   the file's text
     * @param source the file's name, for messages
     * @param json   JSON if true, YAML otherwise
     * @return the document's root value
     * @throws PermeateException for a syntax error (with its line and column), an empty file, a
     *                           duplicate key or more than one document
     */
    static Node parse(final String text, final String source, final boolean json) {
        try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
            final TreeParser tp = new TreeParser(p, source);
            if (p.nextToken() == null) {
                throw PermeateException.located(new InputLocation(source, "", 1, 1), Message.MISSING,
                        "a project", "the file is empty; see docs/project-format.md");
            }
            final Node root = tp.value();
            if (p.nextToken() != null) {
                throw PermeateException.located(tp.here(), Message.SYNTAX_ERROR,
                        json ? "a second value after the end of the JSON object" : "a second YAML document (---)"
                                + "; a project file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputLocation here() {
        final JsonLocation l = parser.currentTokenLocation();
        return new InputLocation(source, "", l.getLineNr(), l.getColumnNr());
    }

    /** Reads the value whose first token is the current one. */
    private Node value() throws IOException {
        final JsonLocation l = parser.currentTokenLocation();
        final int line = l.getLineNr();
        final int column = l.getColumnNr();
        if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
            final String name = parser.getText();
            final Node target = anchors.get(name);
            if (target == null) {
                throw PermeateException.located(here(), Message.SYNTAX_ERROR, "alias *" + name
                        + " refers to no anchor &" + name + " before it");
            }
            return target;
        }
        final String anchor = parser instanceof YAMLParser y ? y.getObjectId() : null;
        final Node node = switch (parser.currentToken()) {
            case START_OBJECT -> map(line, column);
            case START_ARRAY -> list(line, column);
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> new Node.ScalarNode(parser.getText(), Node.Kind.TEXT, line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.ScalarNode(parser.getText(), Node.Kind.NUMBER, line,
                    column);
            case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(parser.getText(), Node.Kind.BOOLEAN, line, column);
            case VALUE_NULL -> new Node.ScalarNode("", Node.Kind.NULL, line, column);
            default -> throw PermeateException.located(here(), Message.SYNTAX_ERROR,
                    "unexpected " + parser.currentToken());
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Node map(final int line, final int column) throws IOException {
        final Map<String, Node.Entry> entries = new LinkedHashMap<>();
        final List<Node> merged = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw PermeateException.located(here(), Message.SYNTAX_ERROR, "expected a key, got " + t);
            }
            final String key = parser.currentName();
            final JsonLocation kl = parser.currentTokenLocation();
            parser.nextToken();
            final Node v = value();
            if (MERGE_KEY.equals(key) && parser instanceof YAMLParser) {
                merged.add(v);
                continue;
            }
            final Node.Entry first = entries.get(key);
            if (first != null) {
                throw PermeateException.located(new InputLocation(source, "", kl.getLineNr(), kl.getColumnNr()),
                        Message.DUPLICATE, "key", key, first.line());
            }
            entries.put(key, new Node.Entry(key, kl.getLineNr(), kl.getColumnNr(), v));
        }
        for (Node m : merged) {
            final List<Node> sources = m instanceof Node.ListNode l ? l.items() : List.of(m);
            for (Node s : sources) {
                if (!(s instanceof Node.MapNode sm)) {
                    throw PermeateException.located(new InputLocation(source, "", s.line(), s.column()),
                            Message.WRONG_TYPE, "a mapping (or a list of mappings) to merge with <<", s.describe());
                }
                sm.entries().values().forEach(e -> entries.putIfAbsent(e.key(), e));
            }
        }
        return new Node.MapNode(entries, line, column);
    }

    private Node list(final int line, final int column) throws IOException {
        final List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return new Node.ListNode(items, line, column);
    }

    /**
     * @return the parser's complaint at the place of the problem: snakeyaml's problem mark for
     *         YAML (Jackson's own location there is the end of the last good token). Jackson 2
     *         deprecates its wrapper of snakeyaml's exception (Jackson 3 drops it) but offers no
     *         other way to the mark without depending on snakeyaml directly.
     */
    @SuppressWarnings("deprecation")
    private static PermeateException syntaxError(final JsonProcessingException e, final String source) {
        Throwable c = e;
        while (c != null && !(c instanceof MarkedYAMLException)) {
            c = c.getCause() == c ? null : c.getCause();
        }
        if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String what = m.getProblem() == null ? "" : m.getProblem().strip();
            if (m.getContext() != null && m.getContextMark() != null) {
                what += " (" + m.getContext().strip() + " that starts on line " + (m.getContextMark().getLine() + 1)
                        + ", column " + (m.getContextMark().getColumn() + 1) + ")";
            }
            return new PermeateException(e, new InputLocation(source, "", m.getProblemMark().getLine() + 1,
                    m.getProblemMark().getColumn() + 1), Message.SYNTAX_ERROR, what);
        }
        final JsonLocation l = e.getLocation();
        String what = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (what.startsWith("Expected a field name")) {
            what = "a key must be a plain name (complex keys such as ? [a, b] are not read)";
        }
        return new PermeateException(e, new InputLocation(source, "", l == null ? 0 : l.getLineNr(),
                l == null ? 0 : l.getColumnNr()), Message.SYNTAX_ERROR, what);
    }
}
