package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * What a command produces, independent of format: the inputs echoed, named groups of values,
 * tables, notes, and the warnings attached to the results.
 *
 * @param command  the command that produced it
 * @param title    a one-line title
 * @param inputs   the inputs as the command understood them
 * @param sections groups of results
 * @param tables   tabular results
 * @param notes    sentences for the reader (text reports only)
 * @param warnings warnings attached to the results
 * @param charts   charts of the tables (formats that draw only)
 */
public record Report(String command, String title, List<Value> inputs, List<Section> sections, List<Table> tables,
                     List<String> notes, List<ModelWarning> warnings, List<Chart> charts) {

    public Report {
        inputs = List.copyOf(inputs);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        charts = List.copyOf(charts);
        for (Chart c : charts) {
            if (tables.stream().noneMatch(t -> t.key().equals(c.table()))) {
                throw new IllegalArgumentException("chart " + c.key() + " plots table " + c.table()
                        + ", which the report does not have");
            }
        }
    }

    /** A report without charts. */
    public Report(final String command, final String title, final List<Value> inputs, final List<Section> sections,
                  final List<Table> tables, final List<String> notes, final List<ModelWarning> warnings) {
        this(command, title, inputs, sections, tables, notes, warnings, List.of());
    }

    /**
     * A named group of values.
     *
     * @param key    JSON key
     * @param title  title in text reports
     * @param values the values
     */
    public record Section(String key, String title, List<Value> values) {
        public Section {
            values = List.copyOf(values);
        }
    }

    /** @return a builder */
    public static Builder builder(final String command, final String title) {
        return new Builder(command, title);
    }

    /** Collects the parts of a report. */
    public static final class Builder {
        private final String command;
        private final String title;
        private final List<Value> inputs = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ModelWarning> warnings = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();

        private Builder(final String command, final String title) {
            this.command = command;
            this.title = title;
        }

        public Builder input(final Value v) {
            inputs.add(v);
            return this;
        }

        public Builder section(final String key, final String sectionTitle, final List<Value> values) {
            sections.add(new Section(key, sectionTitle, values));
            return this;
        }

        public Builder table(final Table t) {
            tables.add(t);
            return this;
        }

        public Builder note(final String n) {
            notes.add(n);
            return this;
        }

        public Builder warnings(final List<ModelWarning> w) {
            for (ModelWarning x : w) {
                if (!warnings.contains(x)) {
                    warnings.add(x);
                }
            }
            return this;
        }

        public Builder chart(final Chart c) {
            charts.add(c);
            return this;
        }

        public Report build() {
            return new Report(command, title, inputs, sections, tables, notes, warnings, charts);
        }
    }
}
