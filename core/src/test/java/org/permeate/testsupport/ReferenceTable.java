package org.permeate.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A CSV table of published reference values in the test resources, the one reader all tests use.
 *
 * <p>Format: lines starting with '#' give the source and notes and are skipped, as are blank
 * lines; the first other line names the columns (or the caller does, see
 * {@link #loadHeaderless}); every further line is one row with exactly one cell per column. Cells
 * are trimmed; a cell in double quotes may contain commas ({@code ""} stands for a quote inside).
 * Values are read by column name. Every error names the file, and the line where there is one.
 */
public final class ReferenceTable {

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;

    private ReferenceTable(final String file, final List<String> columns) {
        this.file = file;
        this.columns = columns;
        this.rows = new ArrayList<>();
    }

    /**
     * Reads a table whose first non-comment line is its header.
     *
     * @param anchor   a class in the package of the resource
     * @param resource resource name relative to that class, e.g. {@code "nacl_25C.csv"}
     * @return the table
     */
    public static ReferenceTable load(final Class<?> anchor, final String resource) {
        return read(anchor, resource, null);
    }

    /**
     * Reads a table without a header line (its columns are described in a comment).
     *
     * @param anchor   a class in the package of the resource
     * @param resource resource name relative to that class
     * @param columns  the names of the columns, in file order
     * @return the table
     */
    public static ReferenceTable loadHeaderless(final Class<?> anchor, final String resource, final String... columns) {
        return read(anchor, resource, List.of(columns));
    }

    private static ReferenceTable read(final Class<?> anchor, final String resource, final List<String> columns) {
        final String file = anchor.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ReferenceTable table = columns == null ? null : new ReferenceTable(file, columns);
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                final String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                final List<String> cells = split(text, file, number);
                if (table == null) {
                    if (cells.size() != cells.stream().distinct().count()) {
                        throw new IllegalStateException(file + " line " + number + ": repeated column name in "
                                + cells);
                    }
                    table = new ReferenceTable(file, List.copyOf(cells));
                    continue;
                }
                if (cells.size() != table.columns.size()) {
                    throw new IllegalStateException(file + " line " + number + ": " + cells.size() + " cells, "
                            + table.columns.size() + " columns " + table.columns);
                }
                table.rows.add(table.new Row(cells.toArray(String[]::new), number));
            }
            if (table == null || table.rows.isEmpty()) {
                throw new IllegalStateException(file + " has no " + (table == null ? "header" : "rows"));
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /** Splits one line at commas outside double quotes; trims the cells and removes their quotes. */
    private static List<String> split(final String line, final String file, final int number) {
        final List<String> cells = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            final StringBuilder cell = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalStateException(file + " line " + number + ": unclosed quote");
                    }
                    final char c = line.charAt(i++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                final int comma = line.indexOf(',', i);
                final int end = comma < 0 ? line.length() : comma;
                if (!line.substring(i, end).isBlank()) {
                    throw new IllegalStateException(file + " line " + number + ": text after a closing quote");
                }
                i = end;
            } else {
                final int comma = line.indexOf(',', i);
                final int end = comma < 0 ? line.length() : comma;
                cell.append(line, i, end);
                i = end;
            }
            cells.add(cell.toString().strip());
            if (i >= line.length()) {
                return cells;
            }
            i++; // the comma
        }
    }

    /** @return the resource path of the file, for messages */
    public String file() {
        return file;
    }

    /** @return the column names, in file order */
    public List<String> columns() {
        return columns;
    }

    /** @return the number of rows */
    public int size() {
        return rows.size();
    }

    /** @return the row at an index (0 is the first row after the header) */
    public Row row(final int index) {
        return rows.get(index);
    }

    /** @return the rows, in file order */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** @return the rows matching a condition, in file order */
    public List<Row> rows(final Predicate<Row> filter) {
        return rows.stream().filter(filter).toList();
    }

    /** @return the rows whose cell in the column is exactly the given text, in file order */
    public List<Row> rowsWhere(final String column, final String value) {
        final int index = index(column);
        return rows(r -> r.cells[index].equals(value));
    }

    /**
     * Looks a row up by a key column.
     *
     * @return the one row whose cell in the column is exactly the given text
     * @throws IllegalArgumentException if there is no such row, or more than one
     */
    public Row rowWhere(final String column, final String value) {
        final List<Row> found = rowsWhere(column, value);
        if (found.size() != 1) {
            throw new IllegalArgumentException(file + ": " + found.size() + " rows with " + column + " = " + value
                    + ", expected one");
        }
        return found.get(0);
    }

    private int index(final String column) {
        final int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(file + " has no column " + column + " (columns " + columns + ")");
        }
        return i;
    }

    /**
     * The largest rounding error of a number as printed in a source: half a unit in its last
     * printed digit, e.g. 500 for {@code 2.588e6}, 0.05 for {@code 1023.5}, 0.5 for {@code 3111},
     * 5e-12 for {@code 0.100215168E-2}.
     *
     * @param printed a number as printed
     * @return half a unit in its last printed digit, in the unit of the number
     */
    public static double halfUnitInLastDigit(final String printed) {
        return new BigDecimal(printed.strip()).ulp().doubleValue() / 2.0;
    }

    /** One row of the table. */
    public final class Row {
        private final String[] cells;
        private final int line;

        private Row(final String[] cells, final int line) {
            this.cells = cells;
            this.line = line;
        }

        /** @return the line number of the row in its file (1 is the first line) */
        public int line() {
            return line;
        }

        /** @return the text of the cell in a column, as printed (trimmed, without quotes; empty if the cell is) */
        public String text(final String column) {
            return cells[index(column)];
        }

        /**
         * @return the number in a column
         * @throws IllegalArgumentException naming the file, line and column if the cell is empty or not a number
         */
        public double number(final String column) {
            final String t = text(column);
            if (t.isEmpty()) {
                throw new IllegalArgumentException(where(column) + " is empty, expected a number");
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where(column) + ": '" + t + "' is not a number", e);
            }
        }

        /**
         * @return the number in a column, or empty if the cell is empty
         * @throws IllegalArgumentException if the cell holds text that is not a number
         */
        public OptionalDouble optionalNumber(final String column) {
            return text(column).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(column));
        }

        /** @return true if the cell in the column holds a number (false if it is empty or holds other text) */
        public boolean has(final String column) {
            final String t = text(column);
            if (t.isEmpty()) {
                return false;
            }
            try {
                Double.parseDouble(t);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /**
         * @return half a unit in the last digit printed in the cell of a column, see
         *         {@link ReferenceTable#halfUnitInLastDigit(String)}
         */
        public double halfUnitInLastDigit(final String column) {
            number(column);
            return ReferenceTable.halfUnitInLastDigit(text(column));
        }

        private String where(final String column) {
            return file + " line " + line + ", column " + column;
        }

        @Override
        public String toString() {
            return file + " line " + line + ": " + String.join(",", cells);
        }
    }
}
