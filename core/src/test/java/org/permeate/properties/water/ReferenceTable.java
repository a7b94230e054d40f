package org.permeate.properties.water;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file of published reference values from this package's test resources: lines starting
 * with '#' hold the source and are skipped, the first other line names the columns.
 */
final class ReferenceTable {

    private final String file;
    private final List<String> columns;
    private final List<String[]> rows;

    private ReferenceTable(final String file, final List<String> columns, final List<String[]> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param file file name in {@code src/test/resources/org/permeate/properties/water}
     * @return the table
     */
    static ReferenceTable load(final String file) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = null;
            final List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                final String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                final String[] cells = trimmed.split(",", -1);
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = cells[k].trim();
                }
                if (header == null) {
                    header = Arrays.asList(cells);
                } else {
                    if (cells.length != header.size()) {
                        throw new IllegalStateException(file + ": row " + trimmed + " has " + cells.length
                                + " cells, header has " + header.size());
                    }
                    rows.add(cells);
                }
            }
            if (header == null || rows.isEmpty()) {
                throw new IllegalStateException(file + " has no data");
            }
            return new ReferenceTable(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return rows.size();
    }

    /** @return the cell as printed in the file */
    String text(final int row, final String column) {
        final int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + column + " (columns " + columns + ")");
        }
        return rows.get(row)[index];
    }

    double value(final int row, final String column) {
        return Double.parseDouble(text(row, column));
    }

    /**
     * @param printed a number as printed in a source, e.g. {@code 0.100215168E-2}
     * @return half a unit in its last printed digit, i.e. the largest rounding error of the print
     */
    static double halfUnitInLastPlace(final String printed) {
        return new BigDecimal(printed).ulp().doubleValue() / 2.0;
    }
}
