package org.permeate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.permeate.chemistry.WaterAnalysis;
import org.permeate.design.compliance.Standard;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.project.HouseholdProject;
import org.permeate.io.project.HouseholdReader;
import org.permeate.io.report.Format;
import org.permeate.io.report.HouseholdReport;
import org.permeate.io.report.Renderer;
import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.HouseholdRatings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate household}: a household RO unit over a day of use, and its NSF/ANSI 58-style ratings. */
@Command(name = "household", mixinStandardHelpOptions = true,
        description = {"Simulates a household (under-sink or countertop) RO unit over a day of use: its element on"
            + " line pressure, drain restrictor, bladder tank and shut-off valve, the draws at the faucet. Reports"
            + " its ratings in the manner of NSF/ANSI 58 (daily production, recovery, efficiency, TDS reduction at"
            + " 750 mg/L NaCl, 50 psig, 25 °C), the unit on this tap, the day's totals and the water delivered;"
            + " --format html adds charts of the day. File format: docs/household.md."},
        footer = {"", "Examples:",
            "  permeate household --list",
            "  permeate household --preset under-sink-75",
            "  permeate household --preset under-sink-75 --line-pressure 40psi --tds 500mg/L --units us",
            "  permeate household examples/household-undersink-75.yaml --format html --out day.html"})
final class HouseholdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A household file (.yaml, .yml or .json; docs/household.md).")
    Path file;

    @Option(names = "--preset", paramLabel = "NAME", description = "A shipped unit instead of a file (see --list).")
    String preset;

    @Option(names = "--list", description = "List the presets and exit.")
    boolean list;

    @Option(names = "--line-pressure", paramLabel = "P", description = "Line pressure, gauge unless written"
            + " psia/bara (e.g. 60psi, 4bar); replaces the file's.")
    String linePressure;

    @Option(names = "--temperature", paramLabel = "T", description = "Tap-water temperature (e.g. 20C, 68F);"
            + " replaces the file's.")
    String temperature;

    @Option(names = "--tds", paramLabel = "C", description = "Tap water as this much NaCl (e.g. 500mg/L);"
            + " replaces the file's.")
    String tds;

    @Option(names = "--water", paramLabel = "TEXT", description = "Tap water as a composition (e.g. \"Na 30 mg/L,"
            + " Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L\") or nsf-test-water; replaces the file's.")
    String water;

    @Option(names = "--standard", paramLabel = "WHO|EPA|BOTH", description = "Drinking-water limits of the"
            + " compliance table: who, epa or both (default both). The table needs the tap water as an analysis"
            + " with its pH.")
    String standard = "both";

    @Option(names = "--timeline", description = "Add the day's timeline table to a text report (always in json,"
            + " csv and html).")
    boolean timeline;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (list) {
            final StringBuilder sb = new StringBuilder("Household presets (permeate household --preset NAME):\n");
            for (String name : HouseholdReader.PRESETS) {
                sb.append("  ").append(name).append("  ").append(HouseholdReader.describePreset(name)).append('\n');
            }
            spec.commandLine().getOut().print(sb);
            return 0;
        }
        if ((file == null) == (preset == null)) {
            throw new PermeateException(file == null ? Message.MISSING : Message.CONFLICTING,
                    file == null ? "FILE or --preset" : "FILE", file == null
                            ? "a household file, or --preset NAME (permeate household --list shows them)" : "--preset");
        }
        if (tds != null && water != null) {
            throw new PermeateException(Message.CONFLICTING, "--tds", "--water");
        }
        final Standard limits;
        try {
            limits = Standard.parse(standard);
        } catch (PermeateException e) {
            throw e.at(new InputLocation("--standard", "", 0, 0));
        }
        final Double tapTemperature = temperature == null ? null : tapTemperature(temperature);
        final HouseholdReader.Overrides overrides = new HouseholdReader.Overrides(
                linePressure == null ? null : HouseholdReader.linePressureOption("--line-pressure", linePressure),
                tapTemperature,
                tds != null ? "NaCl " + tds : water,
                tds != null ? "--tds" : "--water");
        final HouseholdProject project = file != null ? HouseholdReader.read(file, overrides)
                : HouseholdReader.preset(preset, overrides);
        final DayResult day = project.simulate();
        final HouseholdRatings.Ratings ratings = project.unit().rateAtTestConditions(project.timeStep());
        final String text = Renderer.render(HouseholdReport.of(project, day, ratings,
                timeline || output.format != Format.TEXT, List.of(), limits), output.format, output.units);
        ReportOutput.emit(spec, out, text);
        return 0;
    }

    /**
     * @param text the {@code --temperature} option
     * @return the tap water's temperature, K
     * @throws PermeateException naming {@code --temperature} outside liquid water at 1 atm (0 to 100 °C),
     *                           the range of every tap-water path (analysis, composition, {@code --tds})
     */
    private static double tapTemperature(final String text) {
        final double t = QuantityParser.parse("--temperature", text, Dimension.TEMPERATURE).si();
        if (t < WaterAnalysis.MIN_TEMPERATURE || t > WaterAnalysis.MAX_TEMPERATURE) {
            throw new PermeateException(Message.OUT_OF_RANGE, "tap-water temperature (liquid water at 1 atm)", text,
                    "0 °C", "100 °C").at(new InputLocation("--temperature", "", 0, 0));
        }
        return t;
    }
}
