package org.permeate.properties.diffusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference tables of this package's test resources: '#' comment lines (sources), one
 * header line of column names, then comma-separated rows; the last column may contain commas.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** One row, by column name. */
    record Row(Map<String, String> values, int line) {
        String text(final String column) {
            final String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " (line " + line + ")");
            }
            return v;
        }

        double number(final String column) {
            return Double.parseDouble(text(column));
        }
    }

    static List<Row> read(final String resource) {
        final List<Row> rows = new ArrayList<>();
        try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                final String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = text.split(",");
                    continue;
                }
                final String[] f = text.split(",", header.length);
                final Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < f.length; i++) {
                    values.put(header[i].strip(), f[i].strip());
                }
                rows.add(new Row(values, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
