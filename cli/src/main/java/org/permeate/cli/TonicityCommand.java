package org.permeate.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.io.report.PropertiesReport;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Value;
import org.permeate.measure.Dimension;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.OsmoticProperties;
import org.permeate.properties.Tonicity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate tonicity}: compares two solutions across a semi-permeable membrane. */
@Command(name = "tonicity", mixinStandardHelpOptions = true,
        description = {"Compares two solutions separated by a semi-permeable membrane: whether the outside is",
            "hypotonic, isotonic or hypertonic to the inside, which way water moves, and the pressure that stops it."},
        footer = {"", "Solutions are written as for --solution of 'permeate osmotic', e.g.",
            "  \"290 mOsm/kg\", \"seawater 35 g/kg\", \"NaCl 0.9 %%\", \"sucrose 8 Brix\", \"Na 20 mg/L, Cl 30 mg/L\".",
            "", "Examples:",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"seawater 35 g/kg\" --temperature \"37 C\"",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"NaCl 0.9 %%\"",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"Na 20 mg/L, Cl 30 mg/L\""})
final class TonicityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inside", required = true, paramLabel = "SPEC",
            description = "The solution inside (e.g. a cell: \"290 mOsm/kg\").")
    String inside;

    @Option(names = "--outside", required = true, paramLabel = "SPEC",
            description = "The solution outside (e.g. \"seawater 35 g/kg\").")
    String outside;

    @Option(names = "--tolerance", paramLabel = "AMOUNT", defaultValue = "1 %",
            description = "How close two osmolalities must be to count as isotonic: a percentage of the inside's "
                    + "(\"1 %%\") or an osmolality (\"10 mOsm/kg\"). Default: ${DEFAULT-VALUE}.")
    String tolerance;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "25 C",
            description = "Temperature of both (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final StateInputs state = StateInputs.parse(temperature, "1 atm");
        final SolutionSpec in = SolutionSpecParser.parse("--inside", inside);
        final SolutionSpec out = SolutionSpecParser.parse("--outside", outside);
        final PropertyPackage.Result<OsmoticProperties> rin = evaluate(in, state);
        final PropertyPackage.Result<OsmoticProperties> rout = evaluate(out, state);
        final OsmoticProperties pin = rin.value();
        final OsmoticProperties pout = rout.value();
        final Quantity tol = QuantityParser.parse("--tolerance", tolerance,
                EnumSet.of(Dimension.MASS_FRACTION, Dimension.OSMOLALITY));
        final Tonicity.Tolerance t = tol.dimension() == Dimension.OSMOLALITY
                ? Tonicity.Tolerance.absolute(tol.si())
                : Tonicity.Tolerance.relative(tol.in(Units.PERCENT) / 100.0);
        final Tonicity result = Tonicity.compare(pin, pout, t);

        final String verdict = switch (result.outsideIs()) {
            case HYPOTONIC -> "the outside is hypotonic to the inside: water moves in (a cell swells)";
            case ISOTONIC -> "the two are isotonic within " + tolerance.strip() + ": no net water movement";
            case HYPERTONIC -> "the outside is hypertonic to the inside: water moves out (a cell shrinks)";
        };
        final Report.Builder builder = Report.builder("tonicity", "Tonicity: " + in.description() + " (inside) vs "
                        + out.description() + " (outside)")
                .input(Value.text("inside", "inside", in.description()))
                .input(Value.text("outside", "outside", out.description()))
                .input(Value.of("temperature", "temperature", state.temperature(), Dimension.TEMPERATURE, 5))
                .input(Value.text("tolerance", "isotonic tolerance", tolerance.strip()))
                .section("inside", "Inside (" + packageFor(in).name() + ")", PropertiesReport.osmotic(pin))
                .section("outside", "Outside (" + packageFor(out).name() + ")", PropertiesReport.osmotic(pout))
                .section("comparison", "Comparison", java.util.List.of(
                        Value.text("outsideIs", "outside is", result.outsideIs().name().toLowerCase(java.util.Locale.ROOT)),
                        Value.text("waterFlow", "water flows", result.waterFlow()),
                        Value.of("osmolalityDifference", "osmolality difference (outside − inside)",
                                result.osmolalityDifference(), Dimension.OSMOLALITY, 4),
                        Value.of("stoppingPressure", "pressure that stops the flow", result.stoppingPressure(),
                                Dimension.PRESSURE, 4)))
                .note(verdict + ".");
        if (result.outsideIs() != Tonicity.Kind.ISOTONIC) {
            builder.note("The stopping pressure is the difference of the osmotic pressures, applied to the "
                    + result.stoppingPressureSide() + " solution; above it, water flows the other way (reverse osmosis).");
        }
        final Report report = builder.note("Every solute is taken as unable to cross the membrane. Through cell membranes urea and ethanol "
                        + "pass, so they do not count toward a cell's tonicity.")
                .warnings(rin.warnings())
                .warnings(rout.warnings())
                .build();
        spec.commandLine().getOut().print(Renderer.render(report, output.format, output.units));
        return 0;
    }

    private PropertyPackage.Result<OsmoticProperties> evaluate(final SolutionSpec s, final StateInputs state) {
        final PropertyPackage pkg = packageFor(s);
        return pkg.osmotic(new Solution(CliSolutions.composition(pkg, s, state), state.temperature(), state.pressure()),
                output.policy());
    }

    private static PropertyPackage packageFor(final SolutionSpec s) {
        return PropertyPackages.defaultFor(s.seawater());
    }
}
