package org.permeate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.flowsheet.concentration.ConcentrationMode;
import org.permeate.flowsheet.concentration.ConcentrationPresets;
import org.permeate.flowsheet.concentration.ConcentrationResult;
import org.permeate.flowsheet.concentration.ConcentrationSpec;
import org.permeate.flowsheet.concentration.Concentrator;
import org.permeate.io.project.ConcentrationReader;
import org.permeate.io.report.ConcentrationReport;
import org.permeate.io.report.Renderer;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.measure.QuantityParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate concentrate}: RO that keeps the concentrate (maple sap, milk, juice) over time. */
@Command(name = "concentrate", mixinStandardHelpOptions = true,
        description = {"Concentrates a food by reverse osmosis, batch or feed-and-bleed, until a target: time, water",
            "removed, pressure needed, sugar or solids lost, pump energy and the evaporator energy saved; stops with a",
            "message when the pressure limit is reached first (format in docs/food-concentration.md)."},
        footer = {"", "Presets (--preset): maple-sap, skim-milk, whole-milk, apple-juice", "",
            "Examples:",
            "  permeate concentrate --preset maple-sap --target \"16 Brix\" --pressure-limit \"650 psi\"",
            "  permeate concentrate --preset skim-milk --target \"20 %% TS\" --units us",
            "  permeate concentrate --preset apple-juice --format html --out juice.html",
            "  permeate concentrate examples/maple-sap.yaml --format csv"})
final class ConcentrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A run file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a preset: maple-sap, skim-milk, "
            + "whole-milk, apple-juice.")
    String preset;

    @Option(names = "--target", paramLabel = "T", description = "Where to stop: \"12 Brix\", \"25 %% TS\", \"3x\", "
            + "\"75 %% volume reduction\".")
    String target;

    @Option(names = "--pressure-limit", paramLabel = "P", description = "Highest feed pressure, e.g. \"600 psi\", \"41 bar\".")
    String pressureLimit;

    @Option(names = "--temperature", paramLabel = "T", description = "Product temperature, e.g. \"10 C\", \"50 F\".")
    String temperature;

    @Option(names = "--volume", paramLabel = "V", description = "Batch volume (supply volume in feed-and-bleed), "
            + "e.g. \"10 m3\", \"2500 gal\".")
    String volume;

    @Option(names = "--flux", paramLabel = "J", description = "Set mean permeate flux, e.g. \"20 LMH\", \"12 gfd\".")
    String flux;

    @Option(names = "--mode", paramLabel = "MODE", description = "batch or feed-and-bleed.")
    String mode;

    @Option(names = "--loop-volume", paramLabel = "V", description = "Loop tank volume for feed-and-bleed (default: a tenth of --volume).")
    String loopVolume;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (file == null && preset == null) {
            throw new PermeateException(Message.MISSING, "FILE or --preset",
                    "a run file or a preset (" + ConcentrationPresets.list() + ")");
        }
        if (file != null && preset != null) {
            throw new PermeateException(Message.CONFLICTING, "FILE", "--preset");
        }
        ConcentrationSpec s = file != null ? ConcentrationReader.read(file) : ConcentrationPresets.get(preset);
        s = overrides(s);
        final ConcentrationResult r = Concentrator.run(s);
        final String text = Renderer.render(ConcentrationReport.of(r, file != null ? file.toString()
                : "preset " + preset), output.format, output.units);
        ReportOutput.emit(spec, out, text);
        return 0;
    }

    private ConcentrationSpec overrides(final ConcentrationSpec base) {
        ConcentrationSpec s = base;
        if (target != null) {
            s = s.withTarget(ConcentrationReader.parseTarget("--target", target, s.product()));
        }
        if (pressureLimit != null) {
            final double g = GaugePressure.gauge(GaugePressure.parse("--pressure-limit", pressureLimit));
            s = s.withPressureLimit(g);
        }
        if (temperature != null) {
            s = s.withTemperature(QuantityParser.parse("--temperature", temperature, Dimension.TEMPERATURE).si());
        }
        if (volume != null) {
            s = s.withVolume(QuantityParser.parse("--volume", volume, Dimension.VOLUME).si());
        }
        if (flux != null) {
            s = s.withFlux(QuantityParser.parse("--flux", flux, Dimension.FLUX).si());
        }
        if (mode != null || loopVolume != null) {
            final ConcentrationMode m = mode == null ? s.mode() : Choices.of("--mode", mode.replace('-', '_'),
                    ConcentrationMode.class);
            final double loop = loopVolume != null
                    ? QuantityParser.parse("--loop-volume", loopVolume, Dimension.VOLUME).si()
                    : (s.loopVolume() > 0 ? s.loopVolume() : s.volume() / 10);
            s = s.withMode(m, m == ConcentrationMode.BATCH ? 0.0 : loop);
        }
        return s;
    }
}
