package org.permeate.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.FeedFlow;
import org.permeate.element.MembraneCondition;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.io.report.ElementReport;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Value;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.measure.QuantityParser;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate element}: one membrane element, its performance and its profile. */
@Command(name = "element", mixinStandardHelpOptions = true,
        description = {"Runs one membrane element from the catalog on a feed and prints its performance, the profile"
            + " along the channel and each solute's rejection. Pressures are gauge unless written bara/psia."},
        footer = {"", "Examples:",
            "  permeate element SW30HRLE-400 --feed \"seawater 35 g/kg\" --pressure \"60 bar\" --feed-flow \"10 m3/h\"",
            "  permeate element BW30-400 --feed \"NaCl 2000 mg/L\" --pressure \"225 psi\" --temperature \"77 F\" --recovery 15%%",
            "  permeate element XLE-440 --feed \"Na 300 mg/L, Ca 60 mg/L, Cl 560 mg/L\" --pressure \"8 bar\" --concentrate-flow \"3 m3/h\""})
final class ElementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Element model, e.g. SW30HRLE-400 (see 'permeate catalog').")
    String model;

    @Option(names = "--feed", required = true, paramLabel = "SPEC",
            description = "The feed solution: \"seawater 35 g/kg\", \"NaCl 2000 mg/L\", \"Na 300 mg/L, Cl 460 mg/L\", ...")
    String feed;

    @Option(names = "--pressure", required = true, paramLabel = "P", description = "Feed pressure (gauge), e.g. \"60 bar\", \"800 psi\".")
    String pressure;

    @Option(names = "--permeate-pressure", paramLabel = "P", defaultValue = "0 bar",
            description = "Permeate pressure (gauge); default ${DEFAULT-VALUE}.")
    String permeatePressure;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "25 C", description = "Feed temperature; default ${DEFAULT-VALUE}.")
    String temperature;

    @Option(names = "--feed-flow", paramLabel = "Q", description = "Feed flow, e.g. \"10 m3/h\", \"40 gpm\".")
    String feedFlow;

    @Option(names = "--recovery", paramLabel = "R", description = "Solve the feed flow for this recovery, e.g. \"15 %%\".")
    String recovery;

    @Option(names = "--concentrate-flow", paramLabel = "Q", description = "Solve the feed flow for this concentrate flow.")
    String concentrateFlow;

    @Option(names = "--age", paramLabel = "YEARS", defaultValue = "0",
            description = "Membrane age in years (flux decline and salt-passage increase per year apply).")
    double age;

    @Option(names = "--flux-decline", paramLabel = "FRACTION", defaultValue = "7 %",
            description = "Water permeability lost per year of age; default ${DEFAULT-VALUE} (Du et al. 2014).")
    String fluxDecline;

    @Option(names = "--salt-passage-increase", paramLabel = "FRACTION", defaultValue = "10 %",
            description = "Salt passage gained per year of age; default ${DEFAULT-VALUE} (Du et al. 2014).")
    String saltPassageIncrease;

    @Option(names = "--fouling-factor", paramLabel = "FF", defaultValue = "1",
            description = "Flow (fouling) factor, 0-1; default ${DEFAULT-VALUE} (clean).")
    double foulingFactor;

    @Option(names = "--segments", paramLabel = "N", description = "Segments along the channel (default "
            + ElementOptions.DEFAULT_SEGMENTS + ").")
    Integer segments;

    @Option(names = "--elements-file", paramLabel = "FILE", description = "A CSV of your own elements (catalog format).")
    Path elementsFile;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final Catalog catalog = catalog(elementsFile);
        final ElementSpec elementSpec = catalog.get(model);
        ElementOptions options = Catalog.DEFAULT_OPTIONS;
        if (segments != null) {
            options = options.withSegments(segments);
        }
        final PropertyPackage properties = options.properties();
        Element element = catalog.calibrated(elementSpec, options).element();
        final MembraneCondition condition = new MembraneCondition(foulingFactor, age,
                fraction("--flux-decline", fluxDecline), fraction("--salt-passage-increase", saltPassageIncrease));
        element = element.withMembrane(element.membrane().withCondition(condition));

        final double t = QuantityParser.parse("--temperature", temperature, Dimension.TEMPERATURE).si();
        final double p = GaugePressure.parse("--pressure", pressure);
        final double pp = GaugePressure.parse("--permeate-pressure", permeatePressure);
        if (pp >= p) {
            throw new PermeateException(Message.TOO_LARGE, "--permeate-pressure", pressure + " (the feed pressure)",
                    permeatePressure);
        }
        final SolutionSpec s = SolutionSpecParser.parse("--feed", feed);
        final Composition c = new org.permeate.properties.ConcentrationConverter(properties.density())
                .toComposition(s.entries(), t, p);
        final Stream unit = new Stream(1.0, new Solution(c, t, p));
        final double water = feedWater(element, unit, pp, options, properties);
        final ElementResult r = ElementModel.solve(element, unit.withWaterMassFlow(water), pp, options);

        final ElementReport er = new ElementReport(r, properties);
        final Report.Builder b = Report.builder("element", elementSpec.fullName() + " on " + s.description())
                .input(Value.text("element", "element", elementSpec.fullName() + " (" + elementSpec.size().id() + ", "
                        + elementSpec.family().id() + ")"))
                .input(Value.text("feed", "feed", s.description()))
                .input(Value.of("temperature", "temperature", t, Dimension.TEMPERATURE, 4))
                .input(Value.of("feedPressureGauge", "feed pressure (gauge)", GaugePressure.gauge(p), Dimension.PRESSURE, 4))
                .input(Value.of("permeatePressureGauge", "permeate pressure (gauge)", GaugePressure.gauge(pp),
                        Dimension.PRESSURE, 4))
                .input(Value.of("waterPermeability", "A at 25 °C (calibrated)", element.membrane().waterPermeability(),
                        Dimension.PERMEABILITY, 4))
                .input(Value.of("saltPermeability", "B of chloride at 25 °C (calibrated)",
                        element.membrane().solutePermeabilities().reference(), Dimension.VELOCITY, 4))
                .section("summary", "Performance", er.summary())
                .table(er.profile())
                .table(er.solutes())
                .warnings(r.warnings())
                .warnings(elementSpec.limits().check(elementSpec.model(), r));
        er.notes().forEach(b::note);
        if (age > 0 || foulingFactor < 1) {
            b.note(String.format(Locale.ROOT, "Membrane condition: fouling factor %.2f, %.1f years at %s/year flux decline and"
                    + " %s/year salt-passage increase.", foulingFactor, age, fluxDecline, saltPassageIncrease));
        }
        spec.commandLine().getOut().print(Renderer.render(b.build(), output.format, output.units));
        return 0;
    }

    private double feedWater(final Element element, final Stream unit, final double pp, final ElementOptions options,
                             final PropertyPackage properties) {
        final int given = (feedFlow != null ? 1 : 0) + (recovery != null ? 1 : 0) + (concentrateFlow != null ? 1 : 0);
        if (given != 1) {
            throw new PermeateException(Message.MISSING, "one of --feed-flow, --recovery, --concentrate-flow",
                    "give exactly one: the feed flow, or the recovery or concentrate flow to solve the feed flow for");
        }
        if (feedFlow != null) {
            final double q = QuantityParser.parse("--feed-flow", feedFlow, Dimension.VOLUME_FLOW).si();
            if (!(q > 0)) {
                throw new PermeateException(Message.NOT_ABOVE, "--feed-flow", "0", feedFlow);
            }
            final double density = properties.density().massDensity(unit.solution());
            return q * density / (1 + unit.composition().soluteMassPerWaterMass());
        }
        if (recovery != null) {
            final double target = fraction("--recovery", recovery);
            if (!(target > 0 && target < 1)) {
                throw new PermeateException(Message.OUT_OF_RANGE, "--recovery", recovery, "0 %", "100 %");
            }
            return FeedFlow.forRecovery(element, unit, pp, options, target, Double.NaN);
        }
        final double q = QuantityParser.parse("--concentrate-flow", concentrateFlow, Dimension.VOLUME_FLOW).si();
        if (!(q > 0)) {
            throw new PermeateException(Message.NOT_ABOVE, "--concentrate-flow", "0", concentrateFlow);
        }
        return FeedFlow.forConcentrateFlow(element, unit, pp, options, q);
    }

    private static double fraction(final String option, final String text) {
        return QuantityParser.parse(option, text, EnumSet.of(Dimension.FRACTION)).si();
    }

    static Catalog catalog(final Path file) {
        if (file == null) {
            return Catalog.SHIPPED;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Catalog.SHIPPED.with(r, file.toString());
        } catch (NoSuchFileException e) {
            throw PermeateException.located(new InputLocation(file.toString(), "", 0, 0), Message.MISSING,
                    "--elements-file", "an existing file; " + file + " does not exist");
        } catch (IOException e) {
            throw new PermeateException(e, new InputLocation(file.toString(), "", 0, 0), Message.MISSING,
                    "--elements-file", "a readable file: " + e.getMessage());
        }
    }
}
