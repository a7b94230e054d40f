package org.permeate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.permeate.api.Permeate;
import org.permeate.api.Projection;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.project.Project;
import org.permeate.io.project.ProjectCase;
import org.permeate.io.project.ProjectReader;
import org.permeate.io.report.Format;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.SystemReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate run}: projects the RO systems of a project file and reports them. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Projects the RO systems described in a project file (YAML or JSON; format in"
            + " docs/project-format.md): every element of every vessel, pumps, energy recovery, energy and"
            + " least work, per-stage, per-element and per-ion results, and the design warnings."},
        footer = {"", "Examples:",
            "  permeate run examples/seawater-px.yaml",
            "  permeate run examples/brackish-two-stage.yaml --units us",
            "  permeate run examples/seawater-two-pass.yaml --format html --out two-pass.html",
            "  permeate run examples/household-75gpd.yaml --format json"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A project file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--case", paramLabel = "NAME", description = "Run only this case of the file (default: every case).")
    String caseName;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final Project project = ProjectReader.read(file);
        final List<ProjectCase> cases = selected(project);
        if (output.format == Format.HTML && cases.size() > 1) {
            throw new PermeateException(Message.MISSING, "--case", "an HTML report shows one case; this file has "
                    + cases.stream().map(ProjectCase::name).collect(Collectors.joining(", ")));
        }
        final StringBuilder text = new StringBuilder();
        final List<Report> reports = new ArrayList<>();
        for (ProjectCase c : cases) {
            final List<Projection> projections = c.years().isEmpty() ? List.of(Permeate.project(c.design()))
                    : Permeate.overLife(c.design(), c.years().stream().mapToDouble(Double::doubleValue).toArray());
            reports.add(SystemReport.of(c.name(), projections, c.antiscalantDose()));
        }
        if (output.format == Format.JSON && reports.size() > 1) {
            // one JSON array of the cases' objects
            text.append('[');
            for (int i = 0; i < reports.size(); i++) {
                text.append(i > 0 ? ",\n" : "\n").append(Renderer.render(reports.get(i), output.format, output.units).strip());
            }
            text.append("\n]\n");
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    text.append(output.format == Format.TEXT ? "\n" : "");
                }
                text.append(Renderer.render(reports.get(i), output.format, output.units));
            }
        }
        ReportOutput.emit(spec, out, text.toString());
        return 0;
    }

    private List<ProjectCase> selected(final Project project) {
        if (caseName == null) {
            return project.cases();
        }
        final List<ProjectCase> match = project.cases().stream().filter(c -> c.name().equals(caseName)).toList();
        if (match.isEmpty()) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "--case", caseName,
                    project.cases().stream().map(ProjectCase::name).collect(Collectors.joining(", ")));
        }
        return match;
    }
}
