package org.permeate.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A CSV table of published reference values in the test resources: '#' lines are the source
 * and notes, the first other line is the header, then one row per record. Values are read by
 * column name.
 */
public final class ReferenceTable {

    private final String resource;
    private final List<String> header;
    private final List<String[]> rows;

    private ReferenceTable(final String resource, final List<String> header, final List<String[]> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /**
     * @param anchor   a class next to the resource
     * @param resource resource name relative to the class
     * @return the table
     */
    public static ReferenceTable load(final Class<?> anchor, final String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            final List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] f = line.split(",", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].strip();
                }
                if (header == null) {
                    header = Arrays.asList(f);
                } else {
                    rows.add(f);
                }
            }
            if (header == null) {
                throw new IllegalStateException("no header in " + resource);
            }
            return new ReferenceTable(resource, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the rows */
    public List<Row> rows() {
        final List<Row> list = new ArrayList<>();
        for (String[] f : rows) {
            list.add(new Row(f));
        }
        return list;
    }

    /** @return the rows matching a condition */
    public List<Row> rows(final Predicate<Row> filter) {
        return rows().stream().filter(filter).toList();
    }

    /** One row. */
    public final class Row {
        private final String[] fields;

        Row(final String[] fields) {
            this.fields = fields;
        }

        private int column(final String name) {
            final int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + resource + ": " + header);
            }
            return i;
        }

        /** @return the text in a column */
        public String text(final String name) {
            final int i = column(name);
            return i < fields.length ? fields[i] : "";
        }

        /** @return the number in a column */
        public double number(final String name) {
            return Double.parseDouble(text(name));
        }

        /** @return true if the column holds a number */
        public boolean has(final String name) {
            final String t = text(name);
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

        @Override
        public String toString() {
            return resource + " " + String.join(",", fields);
        }
    }
}
