package org.permeate.cli;

import java.util.concurrent.Callable;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.report.PropertiesReport;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Value;
import org.permeate.measure.Dimension;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.SolutionProperties;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate osmotic}: the osmotic pressure and properties of one solution. */
@Command(name = "osmotic", mixinStandardHelpOptions = true,
        description = {"Osmotic pressure, water activity, density, viscosity and diffusivity of a solution,",
            "with the ideal (van 't Hoff) value beside the model's."},
        footer = {"", "Property packages (--model):",
            "  pitzer         Pitzer (Harvie-Moller-Weare 1984) for ions, published data for neutral solutes (default)",
            "  seawater       Sharqawy et al. 2010 / Nayar et al. 2016 seawater correlations (default for seawater)",
            "  watertap-nacl  Bartholomew & Mauter 2019, as in WaterTAP's NaCl package (NaCl only)",
            "", "Examples:",
            "  permeate osmotic seawater --salinity \"35 g/kg\" --temperature \"25 C\"",
            "  permeate osmotic --solute NaCl --concentration \"2000 mg/L\"",
            "  permeate osmotic --solute sucrose --brix 8 --units us",
            "  permeate osmotic --ions \"Na 500 mg/L, Cl 800 mg/L, Ca 40 mg/L\" --format json"})
final class OsmoticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND",
            description = "Optional: 'seawater' (then give --salinity).")
    String kind;

    @Mixin
    SolutionOptions solution;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "25 C",
            description = "Temperature, e.g. \"25 C\", \"77 F\", \"298.15 K\" (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Option(names = "--pressure", paramLabel = "P", defaultValue = "1 atm",
            description = "Absolute pressure of the solution (default: ${DEFAULT-VALUE}).")
    String pressure;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Property package: pitzer, seawater or watertap-nacl (default: seawater for seawater, else pitzer).")
    String model;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final boolean seawaterKind = kind != null && kind.strip().equalsIgnoreCase("seawater");
        if (kind != null && !seawaterKind) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "KIND", kind, "seawater (or leave it out)");
        }
        final SolutionSpec s = solution.spec(seawaterKind);
        final StateInputs state = StateInputs.parse(temperature, pressure);
        final PropertyPackage pkg = model != null ? PropertyPackages.get(model)
                : PropertyPackages.defaultFor(s.seawater());
        final Composition c = CliSolutions.composition(pkg, s, state);
        final SolutionProperties p = pkg.evaluate(new Solution(c, state.temperature(), state.pressure()), output.policy());

        final Report report = Report.builder("osmotic", "Osmotic pressure of " + s.description())
                .input(Value.text("solution", "solution", s.description()))
                .input(Value.of("temperature", "temperature", state.temperature(), Dimension.TEMPERATURE, 5))
                .input(Value.of("pressure", "pressure", state.pressure(), Dimension.PRESSURE, 5))
                .input(Value.text("model", "property package", pkg.name() + " — " + pkg.description()))
                .section("osmotic", "Osmotic properties", PropertiesReport.osmotic(p.osmotic()))
                .section("physical", "Physical properties", PropertiesReport.physical(p))
                .table(PropertiesReport.species(p))
                .warnings(p.warnings())
                .build();
        spec.commandLine().getOut().print(Renderer.render(report, output.format, output.units));
        return 0;
    }
}
