package org.permeate.io.report;

import java.util.List;

/**
 * A line chart of some numeric columns of one of the report's tables, for the formats that
 * draw (HTML); text, JSON and CSV leave it out, the numbers being in the table.
 *
 * <p>Rows are plotted in table order at x = 1, 2, 3, … within each panel and series. A
 * {@code panel} column splits the rows into separate charts (one per pass, say); a
 * {@code series} column into separate lines of each y column (one per membrane age); a
 * {@code band} column's changes along x are marked by a vertical line (a new stage). With an
 * {@code x} column the rows are plotted at that column's values instead (a time of day, say), on a
 * continuous axis with its own ticks, from zero when every x is positive.
 *
 * @param key      identifier, unique in the report
 * @param title    title of the chart
 * @param table    key of the table plotted
 * @param xLabel   what x counts
 * @param yLabel   what y is, without its unit (null: the label of the one column plotted)
 * @param y        keys of the numeric columns plotted, all of one dimension
 * @param panel    key of the column that splits rows into charts, or null
 * @param series   key of the column that splits rows into lines, or null
 * @param band     key of the column whose changes are marked, or null
 * @param fromZero whether the y axis starts at zero
 * @param x        key of the numeric column giving x, or null for x = 1, 2, 3, …
 */
public record Chart(String key, String title, String table, String xLabel, String yLabel, List<String> y, String panel,
                    String series, String band, boolean fromZero, String x) {

    public Chart {
        if (key == null || title == null || table == null || xLabel == null) {
            throw new IllegalArgumentException("a chart needs its key, title, table and x label");
        }
        y = List.copyOf(y);
        if (y.isEmpty()) {
            throw new IllegalArgumentException("chart " + key + " plots no column");
        }
    }

    /** A chart with x = 1, 2, 3, … (the row's place in its panel and series). */
    public Chart(final String key, final String title, final String table, final String xLabel, final String yLabel,
                 final List<String> y, final String panel, final String series, final String band,
                 final boolean fromZero) {
        this(key, title, table, xLabel, yLabel, y, panel, series, band, fromZero, null);
    }
}
