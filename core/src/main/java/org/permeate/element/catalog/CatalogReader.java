package org.permeate.element.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.CsvLine;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Reads element datasheets from CSV: the shipped catalog and users' own files, in the same
 * format. Lines starting with '#' are comments; the first other line names the columns (the
 * order is free); cells may be quoted with double quotes. Units are fixed by the column names
 * ({@code active_area_m2}, {@code test_pressure_bar} gauge, {@code permeate_flow_m3d}, ...).
 * Every error names the file, line and column.
 */
public final class CatalogReader {

    /** The columns, and whether each is required. */
    private static final List<String> REQUIRED = List.of("maker", "model", "family", "size", "active_area_m2",
            "permeate_flow_m3d", "stabilized_rejection_pct", "minimum_rejection_pct", "test_solute",
            "test_concentration_mg_per_L", "test_pressure_bar", "test_temperature_C", "test_recovery_pct");
    private static final List<String> OPTIONAL = List.of("feed_spacer_mil", "test_pH",
            "flow_tolerance_pct", "boron_rejection_pct", "max_pressure_bar", "max_temperature_C", "max_feed_flow_m3h",
            "min_concentrate_flow_m3h", "max_pressure_drop_bar", "pH_min_continuous", "pH_max_continuous", "source",
            "notes");

    /** What to do with a row that lacks a value calibration needs. */
    public enum Mode {
        /** Refuse it, naming the file, line and column (users' own files). */
        STRICT,
        /** Keep it aside as an {@link IncompleteEntry} (the shipped catalog, which records partial datasheets). */
        LENIENT
    }

    /**
     * A catalog row that lacks what calibration needs.
     *
     * @param maker   maker
     * @param model   model
     * @param line    line in the file
     * @param missing the columns that are empty
     */
    public record IncompleteEntry(String maker, String model, int line, List<String> missing) {
    }

    /**
     * What a file holds.
     *
     * @param elements   complete entries
     * @param incomplete rows kept aside (empty in strict mode)
     */
    public record Contents(List<ElementSpec> elements, List<IncompleteEntry> incomplete) {
        public Contents {
            elements = List.copyOf(elements);
            incomplete = List.copyOf(incomplete);
        }
    }

    /** The columns calibration needs, beyond those every row must have. */
    private static final List<String> CALIBRATION = List.of("size", "active_area_m2", "permeate_flow_m3d",
            "test_solute", "test_concentration_mg_per_L", "test_pressure_bar", "test_temperature_C",
            "test_recovery_pct");

    /** Feed-spacer thickness assumed when a datasheet gives none, mil (the most common, e.g. FilmTec 28 mil). */
    public static final double DEFAULT_SPACER_MIL = 28.0;

    private CatalogReader() {
    }

    /**
     * @param reader the CSV text
     * @param source the file name, for messages
     * @param mode   what to do with incomplete rows
     * @return the elements, in file order, and the incomplete rows
     */
    public static Contents read(final Reader reader, final String source, final Mode mode) {
        final List<ElementSpec> specs = new ArrayList<>();
        final List<IncompleteEntry> incomplete = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            List<String> header = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final List<String> cells = CsvLine.cells(line, source, number);
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    for (String required : REQUIRED) {
                        if (!header.contains(required)) {
                            throw PermeateException.located(new InputLocation(source, "header", number, 1),
                                    Message.MISSING, "column " + required, "the columns are " + String.join(", ", REQUIRED)
                                            + " (required) and " + String.join(", ", OPTIONAL));
                        }
                    }
                    continue;
                }
                final Row row = new Row(header, cells, source, number);
                final List<String> missing = new ArrayList<>();
                for (String column : CALIBRATION) {
                    if (!row.has(column)) {
                        missing.add(column);
                    }
                }
                if (!row.has("stabilized_rejection_pct") && !row.has("minimum_rejection_pct")) {
                    missing.add("stabilized_rejection_pct");
                }
                if (!missing.isEmpty() && mode == Mode.LENIENT) {
                    incomplete.add(new IncompleteEntry(row.optionalText("maker"), row.optionalText("model"), number,
                            missing));
                    continue;
                }
                specs.add(row(row));
            }
        } catch (IOException e) {
            throw new PermeateException(e, new InputLocation(source, "", 0, 0), Message.MISSING, source,
                    "a readable file: " + e.getMessage());
        }
        return new Contents(specs, incomplete);
    }

    private static ElementSpec row(final Row r) {
        final double mil = r.number("feed_spacer_mil", DEFAULT_SPACER_MIL);
        final String solute = r.text("test_solute");
        try {
            SpeciesCatalog.dissociate(solute);
        } catch (PermeateException e) {
            throw e.at(r.at("test_solute"));
        }
        final TestConditions test = new TestConditions(solute,
                r.positive("test_concentration_mg_per_L") * 1e-3,
                r.positive("test_pressure_bar") * 1e5,
                r.number("test_temperature_C", Double.NaN) + PhysicalConstants.ZERO_CELSIUS,
                r.percent("test_recovery_pct"),
                r.number("test_pH", 0.0));
        final ElementLimits limits = new ElementLimits(
                r.number("max_pressure_bar", 0.0) * 1e5,
                r.has("max_temperature_C") ? r.number("max_temperature_C", 0.0) + PhysicalConstants.ZERO_CELSIUS : 0.0,
                r.number("max_feed_flow_m3h", 0.0) / 3600.0,
                r.number("min_concentrate_flow_m3h", 0.0) / 3600.0,
                r.number("max_pressure_drop_bar", 0.0) * 1e5,
                r.number("pH_min_continuous", 0.0),
                r.number("pH_max_continuous", 0.0));
        final boolean stabilized = r.has("stabilized_rejection_pct");
        final double rejection = stabilized ? r.percent("stabilized_rejection_pct") : r.percent("minimum_rejection_pct");
        final ElementSize size;
        final MembraneFamily family;
        try {
            size = ElementSize.parse(r.text("size"));
        } catch (PermeateException e) {
            throw e.at(r.at("size"));
        }
        try {
            family = MembraneFamily.parse(r.text("family"));
        } catch (PermeateException e) {
            throw e.at(r.at("family"));
        }
        try {
            return new ElementSpec(r.text("maker"), r.text("model"), family, size, r.positive("active_area_m2"),
                    mil * 2.54e-5, r.positive("permeate_flow_m3d") / 86400.0, rejection,
                    stabilized ? ElementSpec.RejectionBasis.STABILIZED : ElementSpec.RejectionBasis.MINIMUM,
                    r.has("minimum_rejection_pct") ? r.percent("minimum_rejection_pct") : 0.0,
                    r.number("flow_tolerance_pct", 0.0) / 100.0,
                    r.has("boron_rejection_pct") ? r.percent("boron_rejection_pct") : 0.0, test, limits,
                    r.optionalText("source"), r.optionalText("notes"));
        } catch (PermeateException e) {
            throw e.location() != null ? e : e.at(new InputLocation(r.source, "row of " + r.optionalText("model"), r.line, 0));
        }
    }


    /** One data row with access by column name. */
    private record Row(List<String> header, List<String> cells, String source, int line) {

        InputLocation at(final String column) {
            return new InputLocation(source, column, line, header.indexOf(column) + 1);
        }

        String optionalText(final String column) {
            final int i = header.indexOf(column);
            return i < 0 || i >= cells.size() ? "" : cells.get(i).strip();
        }

        String text(final String column) {
            final String t = optionalText(column);
            if (t.isEmpty()) {
                throw PermeateException.located(at(column), Message.MISSING, column, "a value");
            }
            return t;
        }

        boolean has(final String column) {
            return !optionalText(column).isEmpty();
        }

        double number(final String column, final double absent) {
            final String t = optionalText(column);
            if (t.isEmpty()) {
                if (Double.isNaN(absent)) {
                    throw PermeateException.located(at(column), Message.MISSING, column, "a number");
                }
                return absent;
            }
            try {
                final double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException(t);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new PermeateException(e, at(column), Message.NOT_A_NUMBER, column, t,
                        "a plain number in the unit the column name gives");
            }
        }

        double positive(final String column) {
            final double v = number(column, Double.NaN);
            if (!(v > 0)) {
                throw PermeateException.located(at(column), Message.NOT_ABOVE, column, "0", v);
            }
            return v;
        }

        double percent(final String column) {
            final double v = number(column, Double.NaN);
            if (!(v > 0 && v < 100)) {
                throw PermeateException.located(at(column), Message.OUT_OF_RANGE, column, v, "0", "100 %");
            }
            return v / 100.0;
        }

        @Override
        public String toString() {
            return source + ":" + line + " " + Arrays.toString(cells.toArray());
        }
    }
}
