package org.permeate.io.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.measure.Unit;
import org.permeate.measure.UnitSystem;

/** Writes a {@link Report} as text, JSON, CSV or HTML ({@link HtmlReport}). Stateless. */
public final class Renderer {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private Renderer() {
    }

    /**
     * @param report the report
     * @param format output format
     * @param units  display units for text, CSV and HTML (JSON is always SI)
     * @return the rendered report, ending with a newline
     */
    public static String render(final Report report, final Format format, final UnitSystem units) {
        return switch (format) {
            case TEXT -> text(report, units);
            case JSON -> json(report);
            case CSV -> csv(report, units);
            case HTML -> HtmlReport.render(report, units);
        };
    }

    // ---------------------------------------------------------------- text

    private static String text(final Report r, final UnitSystem units) {
        final StringBuilder sb = new StringBuilder();
        sb.append(r.title()).append('\n');
        if (!r.inputs().isEmpty()) {
            sb.append('\n').append("Inputs").append('\n');
            appendValues(sb, r.inputs(), units);
        }
        for (Report.Section s : r.sections()) {
            sb.append('\n').append(s.title()).append('\n');
            appendValues(sb, s.values(), units);
        }
        for (Table t : r.tables()) {
            sb.append('\n').append(t.title()).append('\n');
            if (t.transposed()) {
                appendTransposed(sb, t, units);
            } else {
                appendTable(sb, t, units);
            }
        }
        if (!r.notes().isEmpty()) {
            sb.append('\n');
            for (String n : r.notes()) {
                sb.append("  ").append(n).append('\n');
            }
        }
        if (!r.warnings().isEmpty()) {
            sb.append('\n').append("Warnings").append('\n');
            for (ModelWarning w : r.warnings()) {
                sb.append("  ! ").append(w.kind()).append(": ").append(w.message());
                if (!w.message().contains(w.source())) {
                    sb.append(" [").append(w.source()).append(']');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void appendValues(final StringBuilder sb, final List<Value> values, final UnitSystem units) {
        int width = 0;
        for (Value v : values) {
            width = Math.max(width, v.label().length());
        }
        for (Value v : values) {
            sb.append("  ").append(v.label()).append(" ".repeat(width - v.label().length() + 2));
            sb.append(display(v, units)).append('\n');
        }
    }

    private static void appendTable(final StringBuilder sb, final Table t, final UnitSystem units) {
        if (t.rows().isEmpty()) {
            sb.append("  (none)\n");
            return;
        }
        final List<Value> first = t.rows().get(0);
        final int cols = first.size();
        final String[][] cells = new String[t.rows().size() + 1][cols];
        for (int c = 0; c < cols; c++) {
            Value v = first.get(c);
            for (int r = 1; v.isText() && r < t.rows().size(); r++) {
                v = t.rows().get(r).get(c);
            }
            cells[0][c] = first.get(c).label() + unitSuffix(v, units);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < cols; c++) {
                final Value v = t.rows().get(r).get(c);
                cells[r + 1][c] = v.isText() ? v.text() : number(v, units);
            }
        }
        final int[] w = new int[cols];
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        for (int r = 0; r < cells.length; r++) {
            sb.append("  ");
            for (int c = 0; c < cols; c++) {
                final String cell = cells[r][c];
                if (c == 0) {
                    sb.append(cell).append(" ".repeat(w[c] - cell.length()));
                } else {
                    sb.append("  ").append(" ".repeat(w[c] - cell.length())).append(cell);
                }
            }
            sb.append('\n');
        }
    }

    /**
     * A transposed table: one line per key, one column per row headed by the row's first value.
     * A single row is shown as a list of values.
     */
    private static void appendTransposed(final StringBuilder sb, final Table t, final UnitSystem units) {
        if (t.rows().isEmpty()) {
            sb.append("  (none)\n");
            return;
        }
        if (t.rows().size() == 1) {
            appendValues(sb, t.rows().get(0), units);
            return;
        }
        final List<Value> first = t.rows().get(0);
        final int lines = first.size();
        final int cols = t.rows().size() + 1;
        final String[][] cells = new String[lines][cols];
        for (int k = 0; k < lines; k++) {
            final Value v = first.get(k);
            final String unit = k == 0 ? "" : unitSuffix(v, units);
            cells[k][0] = k == 0 ? "" : v.label() + unit;
            for (int r = 0; r < t.rows().size(); r++) {
                final Value x = t.rows().get(r).get(k);
                cells[k][r + 1] = x.isText() ? x.text() : number(x, units);
            }
        }
        final int[] w = new int[cols];
        for (String[] row : cells) {
            for (int c = 0; c < cols; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        for (String[] row : cells) {
            sb.append("  ").append(row[0]).append(" ".repeat(w[0] - row[0].length()));
            for (int c = 1; c < cols; c++) {
                sb.append("  ").append(" ".repeat(w[c] - row[c].length())).append(row[c]);
            }
            sb.append('\n');
        }
    }

    /** @return " [unit]" for a number with a unit, else "" */
    private static String unitSuffix(final Value v, final UnitSystem units) {
        if (v.isText() || v.isCount()) {
            return "";
        }
        final Unit unit = v.unit(units);
        return unit.symbol().isEmpty() ? "" : " [" + unit.symbol() + "]";
    }

    private static String display(final Value v, final UnitSystem units) {
        if (v.isText()) {
            return v.text();
        }
        if (v.isCount()) {
            return number(v, units);
        }
        final Unit unit = v.unit(units);
        final String n = number(v, units);
        return unit.symbol().isEmpty() ? n : n + " " + unit.symbol();
    }

    /** @return the number of a numeric value in its display unit, without the unit */
    static String number(final Value v, final UnitSystem units) {
        if (v.isCount()) {
            return String.valueOf(Math.round(v.si()));
        }
        final Unit unit = v.unit(units);
        return Numbers.significant(unit.fromSi(v.si()), v.digits());
    }

    // ---------------------------------------------------------------- JSON

    private static String json(final Report r) {
        final ObjectNode root = JSON.createObjectNode();
        root.put("command", r.command());
        root.put("title", r.title());
        final ObjectNode inputs = root.putObject("inputs");
        putValues(inputs, r.inputs());
        final ObjectNode results = root.putObject("results");
        for (Report.Section s : r.sections()) {
            putValues(results.putObject(s.key()), s.values());
        }
        for (Table t : r.tables()) {
            final ArrayNode rows = results.putArray(t.key());
            for (List<Value> row : t.rows()) {
                putValues(rows.addObject(), row);
            }
        }
        final ArrayNode warnings = root.putArray("warnings");
        for (ModelWarning w : r.warnings()) {
            final ObjectNode o = warnings.addObject();
            o.put("kind", w.kind().name());
            o.put("source", w.source());
            o.put("message", w.message());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putValues(final ObjectNode node, final List<Value> values) {
        for (Value v : values) {
            if (v.isText()) {
                node.put(v.key(), v.text());
            } else if (v.isCount()) {
                node.put(v.key(), Math.round(v.si()));
            } else {
                final ObjectNode q = node.putObject(v.key());
                q.put("value", v.si());
                q.put("unit", v.dimension().siSymbol());
            }
        }
    }

    // ---------------------------------------------------------------- CSV

    private static String csv(final Report r, final UnitSystem units) {
        final StringBuilder sb = new StringBuilder("section,item,key,label,value,unit\n");
        csvValues(sb, "inputs", "", r.inputs(), units);
        for (Report.Section s : r.sections()) {
            csvValues(sb, s.key(), "", s.values(), units);
        }
        for (Table t : r.tables()) {
            final boolean named = namedByFirstText(t);
            int i = 0;
            for (List<Value> row : t.rows()) {
                final String item = named ? row.get(0).text() : String.valueOf(i);
                csvValues(sb, t.key(), item, row, units);
                i++;
            }
        }
        for (ModelWarning w : r.warnings()) {
            sb.append("warnings,,").append(quote(w.kind().name())).append(',').append(quote(w.source())).append(',')
              .append(quote(w.message())).append(",\n");
        }
        return sb.toString();
    }

    /** @return whether every row starts with a text and no two with the same (the CSV item names the row) */
    private static boolean namedByFirstText(final Table t) {
        final java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Value> row : t.rows()) {
            if (row.isEmpty() || !row.get(0).isText() || !seen.add(row.get(0).text())) {
                return false;
            }
        }
        return true;
    }

    private static void csvValues(final StringBuilder sb, final String section, final String item,
                                  final List<Value> values, final UnitSystem units) {
        for (Value v : values) {
            sb.append(quote(section)).append(',').append(quote(item)).append(',').append(quote(v.key())).append(',')
              .append(quote(v.label())).append(',');
            if (v.isText()) {
                sb.append(quote(v.text())).append(",\n");
            } else if (v.isCount()) {
                sb.append(Math.round(v.si())).append(",\n");
            } else {
                final Unit unit = v.unit(units);
                sb.append(Numbers.significant(unit.fromSi(v.si()), Math.max(v.digits(), 6))).append(',')
                  .append(quote(unit.symbol())).append('\n');
            }
        }
    }

    private static String quote(final String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
