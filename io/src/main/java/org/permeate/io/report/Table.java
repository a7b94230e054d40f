package org.permeate.io.report;

import java.util.List;

/**
 * A table: a key and title, column headers (each a {@link Value} template without a number), and
 * rows of values.
 *
 * @param key   JSON key of the table
 * @param title title in text reports
 * @param rows  rows; every row has the same keys in the same order
 */
public record Table(String key, String title, List<List<Value>> rows) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
