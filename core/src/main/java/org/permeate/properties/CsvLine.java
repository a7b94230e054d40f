package org.permeate.properties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * One line of the project's data files (RFC 4180 CSV): cells separated by commas, a cell in
 * double quotes may hold commas, and a doubled quote inside one stands for a quote. Used by the
 * element catalog, the design guidelines, the typical waters and every other bundled data table.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * One data line of a bundled table.
     *
     * @param number its line number in the file (1-based), for messages
     * @param text   the line, stripped
     * @param cells  its cells, unquoted and stripped
     */
    public record Row(int number, String text, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** @return cell {@code i}, or "" where the line has fewer cells (a trailing empty column) */
        public String cell(final int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    /**
     * The data lines of a CSV table shipped as a class-path resource: blank lines and lines
     * starting with {@code #} (sources, notes) are skipped, and the first remaining line is the
     * header, which is skipped too.
     *
     * @param owner    the class the resource's name is relative to
     * @param resource the resource's name
     * @return its data lines in file order
     * @throws IllegalStateException when the resource is missing from the jar (a packaging fault)
     */
    public static List<Row> resourceRows(final Class<?> owner, final String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final List<Row> rows = new ArrayList<>();
            boolean header = true;
            int number = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                final String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(number, text, cells(text, resource, number).stream().map(String::strip).toList()));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * @param line   the line
     * @param source the file it comes from, for the message
     * @param number its line number, for the message
     * @return its cells, unquoted (not trimmed)
     * @throws PermeateException {@link Message#UNPARSABLE_QUANTITY} for a quote left open
     */
    public static List<String> cells(final String line, final String source, final int number) {
        final List<String> cells = new ArrayList<>();
        final StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw PermeateException.located(new InputLocation(source, "", number, line.length()),
                    Message.UNPARSABLE_QUANTITY, "line " + number, "unterminated quote", "\"a, quoted cell\"");
        }
        cells.add(cell.toString());
        return cells;
    }
}
