package org.permeate.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.permeate.errors.ModelWarning;
import org.permeate.measure.Dimension;
import org.permeate.measure.Unit;
import org.permeate.measure.UnitSystem;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline CSS, tables, and the report's
 * {@link Chart}s drawn as inline SVG — no script, no style sheet or font fetched from elsewhere,
 * so the file can be mailed or archived as it is. Numbers are in the chosen display units, as in
 * text reports; every text from the report is escaped. Stateless.
 */
public final class HtmlReport {

    private static final String[] PALETTE = {"#1f6fb2", "#d1495b", "#2a9d5c", "#8e5cc4", "#e08a1e", "#1aa3a3",
        "#7a5230", "#c2559b"};
    private static final String[] DASHES = {"", "7 4", "2 3", "10 3 2 3"};

    private static final int WIDTH = 580;
    private static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 46;

    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5d6b7a; --line: #d8dee6; --band: #f4f6f9; --accent: #1f6fb2;
                    --warn: #9a5b00; --warn-bg: #fff6e5; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff;
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 48px; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 17px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
            .meta { color: var(--muted); margin: 0 0 12px; }
            nav { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 8px 0 4px; font-size: 13px; }
            nav a { color: var(--accent); text-decoration: none; }
            nav a:hover { text-decoration: underline; }
            .callout { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: 8px 12px; margin: 14px 0; }
            .callout a { color: var(--warn); font-weight: 600; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            thead th { background: var(--band); text-align: left; font-weight: 600; vertical-align: bottom;
                       border-bottom: 2px solid var(--line); }
            thead th.num { text-align: right; }
            tbody tr:nth-child(even) td { background: #fafbfc; }
            tbody th { text-align: left; font-weight: 500; white-space: nowrap; }
            table.data td { white-space: nowrap; }
            table.kv td.num { text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.unit, .unit { color: var(--muted); font-weight: 400; }
            th .unit { display: block; font-size: 11px; }
            table.kv th { text-align: left; font-weight: 400; color: var(--muted); background: none; white-space: nowrap; }
            table.kv td { font-weight: 500; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 18px; }
            figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px 10px 6px; }
            figcaption { font-weight: 600; margin: 0 0 4px; }
            svg { display: block; width: 100%; height: auto; font: 11px system-ui, sans-serif; }
            svg .grid { stroke: #e6eaef; stroke-width: 1; }
            svg .axis { stroke: #8894a2; stroke-width: 1; }
            svg .tick { fill: var(--muted); }
            svg .band { stroke: #9aa6b4; stroke-width: 1; stroke-dasharray: 4 3; }
            svg .bandlabel { fill: var(--muted); font-size: 10px; }
            svg .label { fill: var(--ink); font-size: 11px; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: var(--muted); margin: 4px 0 0 60px; }
            .legend span { display: inline-flex; align-items: center; gap: 6px; }
            .legend i { display: inline-block; width: 22px; height: 0; border-top-width: 2px; }
            ul.notes { color: var(--muted); padding-left: 20px; }
            table.warnings td.kind { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: var(--warn); }
            footer { color: var(--muted); font-size: 12px; margin-top: 36px; }
            @media print { .charts { display: block; } figure { break-inside: avoid; margin-bottom: 12px; } }
            """;

    private HtmlReport() {
    }

    /**
     * @param report the report
     * @param units  display units
     * @return the page, ending with a newline
     */
    public static String render(final Report report, final UnitSystem units) {
        final StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Permeate\">\n")
          .append("<title>").append(escape(report.title())).append("</title>\n")
          .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<header>\n<h1>").append(escape(report.title())).append("</h1>\n");
        sb.append("<p class=\"meta\">").append(escape("permeate " + report.command())).append(" · display units: ")
          .append(escape(unitSummary(units))).append("</p>\n");
        nav(sb, report);
        sb.append("</header>\n");
        if (!report.warnings().isEmpty()) {
            final int n = report.warnings().size();
            sb.append("<p class=\"callout\"><a href=\"#warnings\">").append(n).append(n == 1 ? " warning" : " warnings")
              .append("</a> about this result: see the end of the page.</p>\n");
        }
        if (!report.inputs().isEmpty()) {
            sb.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n");
            keyValues(sb, report.inputs(), units);
            sb.append("</section>\n");
        }
        for (Report.Section s : report.sections()) {
            sb.append("<section id=\"").append(id("s-", s.key())).append("\">\n<h2>").append(escape(s.title()))
              .append("</h2>\n");
            keyValues(sb, s.values(), units);
            sb.append("</section>\n");
        }
        for (Table t : report.tables()) {
            final List<Chart> charts = report.charts().stream().filter(c -> c.table().equals(t.key())).toList();
            if (!charts.isEmpty()) {
                sb.append("<section id=\"").append(id("c-", t.key())).append("\">\n<h2>Charts: ")
                  .append(escape(shortTitle(t.title()))).append("</h2>\n<div class=\"charts\">\n");
                for (Chart c : charts) {
                    chart(sb, c, t, units);
                }
                sb.append("</div>\n</section>\n");
            }
            sb.append("<section id=\"").append(id("t-", t.key())).append("\">\n<h2>").append(escape(t.title()))
              .append("</h2>\n");
            if (t.transposed()) {
                transposed(sb, t, units);
            } else {
                table(sb, t, units);
            }
            sb.append("</section>\n");
        }
        if (!report.notes().isEmpty()) {
            sb.append("<section id=\"notes\">\n<h2>Notes</h2>\n<ul class=\"notes\">\n");
            for (String n : report.notes()) {
                sb.append("<li>").append(escape(n)).append("</li>\n");
            }
            sb.append("</ul>\n</section>\n");
        }
        if (!report.warnings().isEmpty()) {
            sb.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<div class=\"scroll\"><table class=\"warnings\">\n")
              .append("<thead><tr><th>kind</th><th>source</th><th>message</th></tr></thead>\n<tbody>\n");
            for (ModelWarning w : report.warnings()) {
                sb.append("<tr><td class=\"kind\">").append(escape(w.kind().name())).append("</td><td>")
                  .append(escape(w.source())).append("</td><td>").append(escape(w.message())).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table></div>\n</section>\n");
        }
        sb.append("<footer>Written by Permeate. Numbers in display units; the JSON output carries every value in SI"
                + " with its unit named.</footer>\n");
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * @param text any text
     * @return the text with the characters HTML gives a meaning to replaced by references
     */
    public static String escape(final String text) {
        final StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String id(final String prefix, final String key) {
        return prefix + key.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String unitSummary(final UnitSystem units) {
        final List<String> s = new ArrayList<>();
        for (Dimension d : List.of(Dimension.PRESSURE, Dimension.VOLUME_FLOW, Dimension.FLUX,
                Dimension.MASS_CONCENTRATION, Dimension.TEMPERATURE, Dimension.POWER, Dimension.SPECIFIC_ENERGY)) {
            s.add(units.unitFor(d).symbol());
        }
        return (units == UnitSystem.SI ? "metric" : "US customary") + " (" + String.join(", ", s) + ")";
    }

    private static void nav(final StringBuilder sb, final Report r) {
        final List<String[]> links = new ArrayList<>();
        if (!r.inputs().isEmpty()) {
            links.add(new String[] {"inputs", "Inputs"});
        }
        for (Report.Section s : r.sections()) {
            links.add(new String[] {id("s-", s.key()), s.title()});
        }
        for (Table t : r.tables()) {
            if (r.charts().stream().anyMatch(c -> c.table().equals(t.key()))) {
                links.add(new String[] {id("c-", t.key()), "Charts"});
            }
            links.add(new String[] {id("t-", t.key()), shortTitle(t.title())});
        }
        if (!r.notes().isEmpty()) {
            links.add(new String[] {"notes", "Notes"});
        }
        if (!r.warnings().isEmpty()) {
            links.add(new String[] {"warnings", "Warnings"});
        }
        if (links.size() < 3) {
            return;
        }
        sb.append("<nav>");
        for (String[] l : links) {
            sb.append("<a href=\"#").append(l[0]).append("\">").append(escape(l[1])).append("</a>");
        }
        sb.append("</nav>\n");
    }

    /** @return a title up to its first parenthesis */
    private static String shortTitle(final String title) {
        final int p = title.indexOf(" (");
        return p > 0 ? title.substring(0, p) : title;
    }

    // ------------------------------------------------------------------ tables

    private static String unitSymbol(final Value v, final UnitSystem units) {
        if (v == null || v.isText() || v.isCount()) {
            return "";
        }
        return v.unit(units).symbol();
    }

    private static void cell(final StringBuilder sb, final Value v, final UnitSystem units) {
        if (v.isText()) {
            sb.append("<td>").append(escape(v.text())).append("</td>");
        } else {
            sb.append("<td class=\"num\">").append(escape(Renderer.number(v, units))).append("</td>");
        }
    }

    private static void keyValues(final StringBuilder sb, final List<Value> values, final UnitSystem units) {
        sb.append("<div class=\"scroll\"><table class=\"kv\">\n<tbody>\n");
        for (Value v : values) {
            sb.append("<tr><th>").append(escape(v.label())).append("</th>");
            if (v.isText()) {
                sb.append("<td>").append(escape(v.text())).append("</td>");
            } else {
                final String unit = unitSymbol(v, units);
                sb.append("<td class=\"num\">").append(escape(Renderer.number(v, units)));
                if (!unit.isEmpty()) {
                    sb.append(" <span class=\"unit\">").append(escape(unit)).append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }

    /** The first value of column {@code c} that is a number, for the column's unit and alignment. */
    private static Value numberIn(final Table t, final int c) {
        for (List<Value> row : t.rows()) {
            if (c < row.size() && !row.get(c).isText()) {
                return row.get(c);
            }
        }
        return null;
    }

    private static void table(final StringBuilder sb, final Table t, final UnitSystem units) {
        if (t.rows().isEmpty()) {
            sb.append("<p class=\"meta\">(none)</p>\n");
            return;
        }
        final List<Value> first = t.rows().get(0);
        sb.append("<div class=\"scroll\"><table class=\"data\">\n<thead><tr>");
        for (int c = 0; c < first.size(); c++) {
            final Value n = numberIn(t, c);
            final String unit = unitSymbol(n, units);
            sb.append(n == null ? "<th>" : "<th class=\"num\">").append(escape(first.get(c).label()));
            if (!unit.isEmpty()) {
                sb.append("<span class=\"unit\">").append(escape(unit)).append("</span>");
            }
            sb.append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Value> row : t.rows()) {
            sb.append("<tr>");
            for (Value v : row) {
                cell(sb, v, units);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }

    private static void transposed(final StringBuilder sb, final Table t, final UnitSystem units) {
        if (t.rows().isEmpty()) {
            sb.append("<p class=\"meta\">(none)</p>\n");
            return;
        }
        final List<Value> first = t.rows().get(0);
        sb.append("<div class=\"scroll\"><table class=\"data transposed\">\n<thead><tr><th>")
          .append(escape(first.get(0).label())).append("</th><th></th>");
        for (List<Value> row : t.rows()) {
            sb.append("<th class=\"num\">").append(escape(row.get(0).text())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int k = 1; k < first.size(); k++) {
            final Value v = first.get(k);
            sb.append("<tr><th>").append(escape(v.label())).append("</th><td class=\"unit\">")
              .append(escape(unitSymbol(v, units))).append("</td>");
            for (List<Value> row : t.rows()) {
                cell(sb, row.get(k), units);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }

    // ------------------------------------------------------------------ charts

    /** One line of a chart: its legend and its points, y in display units. */
    private record Line(String legend, String color, String dash, List<double[]> points, List<String> tips) {
    }

    private static String shown(final Value v, final UnitSystem units) {
        return v.isText() ? v.text() : Renderer.number(v, units);
    }

    private static void chart(final StringBuilder sb, final Chart chart, final Table t, final UnitSystem units) {
        if (t.rows().isEmpty()) {
            return;
        }
        final List<Value> first = t.rows().get(0);
        final Map<String, Integer> column = new LinkedHashMap<>();
        for (int c = 0; c < first.size(); c++) {
            column.put(first.get(c).key(), c);
        }
        for (String k : chart.y()) {
            if (!column.containsKey(k) || first.get(column.get(k)).isText()) {
                throw new IllegalArgumentException("chart " + chart.key() + ": table " + t.key()
                        + " has no numeric column " + k);
            }
        }
        final Integer panelColumn = chart.panel() == null ? null : column.get(chart.panel());
        final Integer seriesColumn = chart.series() == null ? null : column.get(chart.series());
        final Integer bandColumn = chart.band() == null ? null : column.get(chart.band());
        final Integer xColumn = chart.x() == null ? null : column.get(chart.x());
        if (chart.x() != null && (xColumn == null || first.get(xColumn).isText())) {
            throw new IllegalArgumentException("chart " + chart.key() + ": table " + t.key()
                    + " has no numeric column " + chart.x());
        }

        final Map<String, List<List<Value>>> panels = new LinkedHashMap<>();
        for (List<Value> row : t.rows()) {
            final String p = panelColumn == null ? "" : first.get(panelColumn).label() + " " + shown(row.get(panelColumn),
                    units);
            panels.computeIfAbsent(p, k -> new ArrayList<>()).add(row);
        }
        int panelIndex = 0;
        for (Map.Entry<String, List<List<Value>>> panel : panels.entrySet()) {
            panelIndex++;
            final Map<String, List<List<Value>>> series = new LinkedHashMap<>();
            for (List<Value> row : panel.getValue()) {
                final String s = seriesColumn == null ? "" : shown(row.get(seriesColumn), units);
                series.computeIfAbsent(s, k -> new ArrayList<>()).add(row);
            }
            final List<Line> lines = new ArrayList<>();
            int yi = 0;
            for (String key : chart.y()) {
                int si = 0;
                for (Map.Entry<String, List<List<Value>>> s : series.entrySet()) {
                    final List<double[]> pts = new ArrayList<>();
                    final List<String> tips = new ArrayList<>();
                    int x = 1;
                    for (List<Value> row : s.getValue()) {
                        final Value v = row.get(column.get(key));
                        final Unit unit = v.unit(units);
                        final String where;
                        if (xColumn == null) {
                            pts.add(new double[] {x, unit.fromSi(v.si())});
                            where = "element " + x;
                        } else {
                            final Value xv = row.get(xColumn);
                            pts.add(new double[] {xv.unit(units).fromSi(xv.si()), unit.fromSi(v.si())});
                            where = xv.label() + " " + Renderer.number(xv, units) + unitSuffixOf(xv, units);
                        }
                        tips.add((s.getKey().isEmpty() ? "" : s.getKey() + ", ") + where + ": " + v.label()
                                + " " + Renderer.number(v, units) + (unit.symbol().isEmpty() ? "" : " " + unit.symbol()));
                        x++;
                    }
                    final String label = first.get(column.get(key)).label();
                    final String legend = chart.y().size() > 1 && series.size() > 1 ? label + ", " + s.getKey()
                            : chart.y().size() > 1 ? label : s.getKey().isEmpty() ? label : s.getKey();
                    final String color = PALETTE[(chart.y().size() > 1 ? yi : si) % PALETTE.length];
                    final String dash = chart.y().size() > 1 ? DASHES[si % DASHES.length] : "";
                    lines.add(new Line(legend, color, dash, pts, tips));
                    si++;
                }
                yi++;
            }
            // stage boundaries along the first series
            final List<Integer> starts = new ArrayList<>();
            final List<String> bandLabels = new ArrayList<>();
            if (bandColumn != null) {
                String last = null;
                int x = 0;
                for (List<Value> row : series.values().iterator().next()) {
                    final String b = shown(row.get(bandColumn), units);
                    if (!Objects.equals(b, last)) {
                        starts.add(x);
                        bandLabels.add(first.get(bandColumn).label() + " " + b);
                        last = b;
                    }
                    x++;
                }
            }
            final Value sample = first.get(column.get(chart.y().get(0)));
            final String unit = sample.unit(units).symbol();
            final String quantity = chart.yLabel() != null ? chart.yLabel() : chart.y().size() == 1 ? sample.label() : "";
            final String yLabel = quantity + (unit.isEmpty() ? "" : " [" + unit + "]");
            final String title = chart.title() + (panel.getKey().isEmpty() ? "" : ", " + panel.getKey());
            final String xLabel = xColumn == null ? chart.xLabel()
                    : chart.xLabel() + unitSuffixOf(first.get(xColumn), units).replaceFirst("^ (.+)$", " [$1]");
            svg(sb, chart.key() + (panels.size() > 1 ? "-" + panelIndex : ""), title, xLabel, yLabel.strip(), lines,
                    starts, bandLabels, chart.fromZero(), xColumn != null);
        }
    }

    /** @return " unit" of a numeric value in the display units, or "" */
    private static String unitSuffixOf(final Value v, final UnitSystem units) {
        final String u = unitSymbol(v, units);
        return u.isEmpty() ? "" : " " + u;
    }

    private static String f(final double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** @return 1, 2 or 5 × 10^k, the tick step giving about {@code n} intervals over {@code span} */
    static double niceStep(final double span, final int n) {
        final double raw = span / n;
        final double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        final double r = raw / mag;
        return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
    }

    private static String tick(final double v, final double step) {
        final int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        final String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static void svg(final StringBuilder sb, final String key, final String title, final String xLabel,
                            final String yLabel, final List<Line> lines, final List<Integer> bandStarts,
                            final List<String> bandLabels, final boolean fromZero, final boolean continuous) {
        int n = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            n = Math.max(n, l.points().size());
            for (double[] p : l.points()) {
                lo = Math.min(lo, p[1]);
                hi = Math.max(hi, p[1]);
            }
        }
        if (fromZero) {
            lo = Math.min(0.0, lo);
            hi = Math.max(0.0, hi);
        }
        if (!(hi > lo)) {
            final double pad = lo == 0 ? 1.0 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        } else if (!fromZero) {
            final double pad = 0.08 * (hi - lo);
            lo -= pad;
            hi += pad;
        }
        final double step = niceStep(hi - lo, 5);
        lo = Math.floor(lo / step + 1e-9) * step;
        hi = Math.ceil(hi / step - 1e-9) * step;
        final double plotW = WIDTH - LEFT - RIGHT;
        final double plotH = HEIGHT - TOP - BOTTOM;
        final int count = n;
        final double yLo = lo;
        final double ySpan = hi - lo;
        // a continuous x: the values' range, ticked like y
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double[] p : l.points()) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
            }
        }
        if (continuous && xMin > 0) {
            xMin = 0.0;   // a time of day, a distance: from zero
        }
        if (!(xMax > xMin)) {
            xMin -= 0.5;
            xMax += 0.5;
        }
        final double xStep = niceStep(xMax - xMin, 8);
        final double xFrom = continuous ? Math.floor(xMin / xStep + 1e-9) * xStep : 0.5;
        final double xSpan = continuous ? Math.ceil(xMax / xStep - 1e-9) * xStep - xFrom : count;
        final DoubleUnaryOperator xs = x -> LEFT + (x - xFrom) / xSpan * plotW;
        final DoubleUnaryOperator ys = y -> TOP + plotH - (y - yLo) / ySpan * plotH;

        sb.append("<figure id=\"").append(id("f-", key)).append("\">\n<figcaption>").append(escape(title))
          .append("</figcaption>\n");
        sb.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
          .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">\n");
        // horizontal grid and y ticks
        for (double y = lo; y <= hi + step * 1e-6; y += step) {
            final String py = f(ys.applyAsDouble(y));
            sb.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
              .append("\" y1=\"").append(py).append("\" y2=\"").append(py).append("\"/>")
              .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(py)
              .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(escape(tick(y, step)))
              .append("</text>\n");
        }
        // x ticks
        if (continuous) {
            for (double x = xFrom; x <= xFrom + xSpan + xStep * 1e-6; x += xStep) {
                final String px = f(xs.applyAsDouble(x));
                sb.append("<text class=\"tick\" x=\"").append(px).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
                  .append("\" text-anchor=\"middle\">").append(escape(tick(x, xStep))).append("</text>");
            }
        } else {
            final int every = Math.max(1, (int) Math.ceil(n / 16.0));
            for (int x = 1; x <= n; x += every) {
                final String px = f(xs.applyAsDouble(x));
                sb.append("<text class=\"tick\" x=\"").append(px).append("\" y=\"").append(HEIGHT - BOTTOM + 14)
                  .append("\" text-anchor=\"middle\">").append(x).append("</text>");
            }
        }
        sb.append('\n');
        // bands (stages)
        for (int b = 0; b < bandStarts.size(); b++) {
            final double x0 = LEFT + (double) bandStarts.get(b) / n * plotW;
            if (b > 0) {
                sb.append("<line class=\"band\" x1=\"").append(f(x0)).append("\" x2=\"").append(f(x0)).append("\" y1=\"")
                  .append(TOP - 12).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
            }
            sb.append("<text class=\"bandlabel\" x=\"").append(f(x0 + 4)).append("\" y=\"").append(TOP - 4)
              .append("\">").append(escape(bandLabels.get(b))).append("</text>\n");
        }
        // axes
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"")
          .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>")
          .append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
          .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>\n");
        sb.append("<text class=\"label\" x=\"").append(f(LEFT + plotW / 2)).append("\" y=\"").append(HEIGHT - 8)
          .append("\" text-anchor=\"middle\">").append(escape(xLabel)).append("</text>\n");
        final String cy = f(TOP + plotH / 2);
        sb.append("<text class=\"label\" x=\"14\" y=\"").append(cy).append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
          .append(cy).append(")\">").append(escape(yLabel)).append("</text>\n");
        // lines
        for (Line l : lines) {
            sb.append("<polyline fill=\"none\" stroke=\"").append(l.color()).append("\" stroke-width=\"2\"");
            if (!l.dash().isEmpty()) {
                sb.append(" stroke-dasharray=\"").append(l.dash()).append('"');
            }
            sb.append(" points=\"");
            for (double[] p : l.points()) {
                sb.append(f(xs.applyAsDouble(p[0]))).append(',').append(f(ys.applyAsDouble(p[1]))).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append("\"/>\n");
            for (int i = 0; i < l.points().size(); i++) {
                final double[] p = l.points().get(i);
                sb.append("<circle cx=\"").append(f(xs.applyAsDouble(p[0]))).append("\" cy=\"")
                  .append(f(ys.applyAsDouble(p[1]))).append("\" r=\"").append(l.points().size() > 60 ? "1.5" : "3").append("\" fill=\"").append(l.color())
                  .append("\"><title>").append(escape(l.tips().get(i))).append("</title></circle>");
            }
            sb.append('\n');
        }
        sb.append("</svg>\n");
        if (lines.size() > 1) {
            sb.append("<div class=\"legend\">");
            for (Line l : lines) {
                sb.append("<span><i style=\"border-top: 2px ").append(l.dash().isEmpty() ? "solid" : "dashed")
                  .append(' ').append(l.color()).append("\"></i>").append(escape(l.legend())).append("</span>");
            }
            sb.append("</div>\n");
        }
        sb.append("</figure>\n");
    }
}
