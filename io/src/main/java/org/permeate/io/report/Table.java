package org.permeate.io.report;

import java.util.List;

/**
 * A table: a key and title, and rows of values (the first row's labels and units head the
 * columns).
 *
 * <p>A transposed table is shown with its rows as columns: each row is one case (a membrane age,
 * say), its first value, a text, heads the column, and each key becomes a line. Text and HTML
 * show it so; JSON and CSV write it as any table, one object (one item) per row.
 *
 * @param key        JSON key of the table
 * @param title      title in text reports
 * @param rows       rows; every row has the same keys in the same order
 * @param transposed whether text and HTML show rows as columns
 */
public record Table(String key, String title, List<List<Value>> rows, boolean transposed) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        if (transposed) {
            for (List<Value> row : rows) {
                if (row.isEmpty() || !row.get(0).isText()) {
                    throw new IllegalArgumentException("each row of transposed table " + key
                            + " must start with a text that heads its column");
                }
            }
        }
    }

    /**
     * @param key   JSON key of the table
     * @param title title in text reports
     * @param rows  rows; every row has the same keys in the same order
     */
    public Table(final String key, final String title, final List<List<Value>> rows) {
        this(key, title, rows, false);
    }
}
