package org.permeate.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;

import org.permeate.errors.Numbers;
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
import org.permeate.properties.SolutionProperties;
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
            "  \"290 mOsm/kg\", \"seawater 35 g/kg\", \"NaCl 0.9 %\", \"sucrose 8 Brix\", \"Na 20 mg/L, Cl 30 mg/L\".",
            "", "Examples:",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"seawater 35 g/kg\" --temperature \"37 C\"",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"NaCl 0.9 %\"",
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
        final SolutionProperties pin = evaluate(in, state);
        final SolutionProperties pout = evaluate(out, state);
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
        final Report report = Report.builder("tonicity", "Tonicity: " + in.description() + " (inside) vs "
                        + out.description() + " (outside)")
                .input(Value.text("inside", "inside", in.description()))
                .input(Value.text("outside", "outside", out.description()))
                .input(Value.of("temperature", "temperature", state.temperature(), Dimension.TEMPERATURE, 5))
                .input(Value.text("tolerance", "isotonic tolerance", tolerance.strip()))
                .section("inside", "Inside (" + pin.packageName() + ")", PropertiesReport.osmotic(pin))
                .section("outside", "Outside (" + pout.packageName() + ")", PropertiesReport.osmotic(pout))
                .section("comparison", "Comparison", java.util.List.of(
                        Value.text("outsideIs", "outside is", result.outsideIs().name().toLowerCase(java.util.Locale.ROOT)),
                        Value.text("waterFlow", "water flows", result.waterFlow()),
                        Value.of("osmolalityDifference", "osmolality difference (outside − inside)",
                                result.osmolalityDifference(), Dimension.OSMOLALITY, 4),
                        Value.of("stoppingPressure", "pressure that stops the flow", result.stoppingPressure(),
                                Dimension.PRESSURE, 4),
                        Value.of("osmolalityRatio", "osmolality ratio (outside / inside)", result.osmolalityRatio(),
                                Dimension.DIMENSIONLESS, 4)))
                .note(verdict + ".")
                .note("The stopping pressure is the osmotic pressure difference, applied on the "
                        + (result.stoppingPressureSide()) + " side; beyond it, water flows the other way (reverse osmosis).")
                .note("Every solute is taken as unable to cross the membrane. Through cell membranes urea and ethanol "
                        + "pass, so they do not count toward a cell's tonicity.")
                .warnings(pin.warnings())
                .warnings(pout.warnings())
                .build();
        spec.commandLine().getOut().print(Renderer.render(report, output.format, output.units));
        return 0;
    }

    private SolutionProperties evaluate(final SolutionSpec s, final StateInputs state) {
        final PropertyPackage pkg = PropertyPackages.defaultFor(s.seawater());
        return pkg.evaluate(new Solution(CliSolutions.composition(pkg, s, state), state.temperature(), state.pressure()),
                output.policy());
    }

    static String shown(final double v) {
        return Numbers.compact(v);
    }
}
