package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.permeate.design.compliance.ComplianceRow;
import org.permeate.design.compliance.DrinkingWaterLimit;
import org.permeate.design.compliance.ProductCompliance;
import org.permeate.measure.Dimension;

/**
 * The drinking-water compliance of a feed and its product as report tables: one row per limit, the
 * values printed in the limit's own unit and basis (mg/L as N, ng/L, pH), since a renderer's unit
 * choice would lose the "as N"; and the minerals no limit covers. mg/L and ppm are the same for
 * these dilute waters, and the unit column says both.
 */
public final class ComplianceTables {

    private ComplianceTables() {
    }

    /**
     * @param c a feed-against-product compliance table
     * @return a table "compliance": authority, parameter, basis, limit, unit, feed, feed verdict,
     *         product, product verdict, source, note
     */
    public static Table limits(final ProductCompliance c) {
        final List<List<Value>> rows = new ArrayList<>();
        for (ProductCompliance.Line l : c.lines()) {
            final DrinkingWaterLimit limit = l.limit();
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("authority", "authority", limit.authority().name()));
            row.add(Value.text("parameter", "parameter", limit.parameter().label()));
            row.add(Value.text("basis", "basis", limit.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            row.add(Value.text("limit", "limit", range(limit)));
            row.add(Value.text("unit", "unit", unit(limit)));
            row.add(Value.text("feed", "feed", number(l.feed().valueInLimitUnit())));
            row.add(Value.text("feedVerdict", "feed verdict", verdict(l.feed())));
            row.add(Value.text("product", "product", number(l.product().valueInLimitUnit())));
            row.add(Value.text("productVerdict", "product verdict", verdict(l.product())));
            row.add(Value.text("source", "source", limit.source()));
            row.add(Value.text("note", "note", l.product().note().isEmpty() ? limit.note() : l.product().note()));
            rows.add(row);
        }
        return new Table("compliance", "Drinking-water compliance (" + c.standard().id() + "), feed and product", rows);
    }

    /**
     * @param c a feed-against-product compliance table
     * @return a table "minerals": name, feed, product (mg/L, or mg/L as CaCO3 for hardness)
     */
    public static Table minerals(final ProductCompliance c) {
        final List<List<Value>> rows = new ArrayList<>();
        for (ProductCompliance.Mineral m : c.minerals()) {
            rows.add(List.of(Value.text("mineral", "mineral", m.name()),
                    Value.text("unit", "unit", m.unit().symbol()),
                    Value.of("feed", "feed", m.unit().fromSi(m.feed()), Dimension.DIMENSIONLESS, 4),
                    Value.of("product", "product", m.unit().fromSi(m.product()), Dimension.DIMENSIONLESS, 3)));
        }
        return new Table("minerals", "Minerals without a limit, feed and product", rows);
    }

    /**
     * @return the notes a compliance table is printed with (the membrane-integrity caveat)
     */
    public static List<String> notes() {
        return List.of(ProductCompliance.INTEGRITY_CAVEAT);
    }

    private static String range(final DrinkingWaterLimit l) {
        final double high = l.unit() == null ? l.high() : l.unit().fromSi(l.high());
        if (l.low().isPresent()) {
            final double low = l.unit() == null ? l.low().getAsDouble() : l.unit().fromSi(l.low().getAsDouble());
            return compact(low) + "-" + compact(high);
        }
        return "<= " + compact(high);
    }

    private static String unit(final DrinkingWaterLimit l) {
        if (l.unit() == null) {
            return "pH";
        }
        final String ppm = l.unit().symbol().equals("mg/L") ? " (ppm)" : l.unit().symbol().equals("ng/L") ? " (ppt)" : "";
        return l.unit().symbol() + ppm + ("-".equals(l.expressedAs()) ? "" : " as " + l.expressedAs());
    }

    private static String number(final OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.3g", v.getAsDouble()) : "-";
    }

    private static String verdict(final ComplianceRow r) {
        return r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String compact(final double x) {
        final String s = String.format(Locale.ROOT, "%.4g", x);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
