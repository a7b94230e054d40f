package org.permeate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.permeate.element.catalog.Calibration;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.CatalogReader;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Table;
import org.permeate.io.report.Value;
import org.permeate.measure.Dimension;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate catalog}: the membrane elements Permeate knows. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Lists the membrane elements of the catalog with their datasheet values and test conditions."},
        footer = {"", "Examples:",
            "  permeate catalog",
            "  permeate catalog --filter \"seawater 8040\"",
            "  permeate catalog --filter filmtec --permeabilities --units us",
            "  permeate catalog --elements-file my-elements.csv --format csv"})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--filter", paramLabel = "WORDS",
            description = "Only elements whose maker, model, family or size contain every word.")
    String filter;

    @Option(names = "--permeabilities",
            description = "Also calibrate each element and show its water and salt permeability (takes a second).")
    boolean permeabilities;

    @Option(names = "--all", description = "Also list the datasheets the catalog holds only in part, and what they lack.")
    boolean all;

    @Option(names = "--elements-file", paramLabel = "FILE", description = "A CSV of your own elements (catalog format).")
    Path elementsFile;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final Catalog catalog = ElementCommand.catalog(elementsFile);
        final List<ElementSpec> shown = catalog.filter(filter);
        final List<List<Value>> rows = new ArrayList<>();
        for (ElementSpec e : shown) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("model", "model", e.model()));
            row.add(Value.text("maker", "maker", e.maker()));
            row.add(Value.text("family", "family", e.family().id()));
            row.add(Value.text("size", "size", e.size().id()));
            row.add(Value.of("area", "area", e.area(), Dimension.AREA, 3));
            row.add(Value.of("permeateFlow", "flow", e.permeateFlow(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("rejection", "rejection", e.stabilizedRejection(), Dimension.FRACTION, 5));
            row.add(Value.text("test", "test", String.format(java.util.Locale.ROOT, "%s %.0f mg/L, %.4g bar, %.0f %%",
                    e.test().solute(), e.test().concentration() * 1000, e.test().pressure() / 1e5,
                    e.test().recovery() * 100)));
            if (permeabilities) {
                final Calibration.Result c = catalog.calibrated(e, Catalog.DEFAULT_OPTIONS);
                row.add(Value.of("waterPermeability", "A", c.element().membrane().waterPermeability(),
                        Dimension.PERMEABILITY, 4));
                row.add(Value.of("saltPermeability", "B", c.element().membrane().solutePermeabilities().reference(),
                        Dimension.VELOCITY, 4));
            }
            rows.add(row);
        }
        final Report.Builder b = Report.builder("catalog", "Membrane elements (" + shown.size() + " of "
                        + catalog.elements().size() + ")")
                .table(new Table("elements", "Elements", rows))
                .note("Flow and rejection at each datasheet's own test (solute, concentration, gauge pressure, recovery, "
                        + "25 °C unless stated); sources per element in catalog.csv and docs/catalog-sources.md.");
        if (all) {
            final List<List<Value>> inc = new ArrayList<>();
            for (CatalogReader.IncompleteEntry i : catalog.incomplete()) {
                inc.add(List.of(Value.text("model", "model", i.model()), Value.text("maker", "maker", i.maker()),
                        Value.text("missing", "missing", String.join(" ", i.missing()))));
            }
            b.table(new Table("incomplete", "Datasheets held only in part (not usable until completed)", inc));
        }
        spec.commandLine().getOut().print(Renderer.render(b.build(), output.format, output.units));
        return 0;
    }
}
