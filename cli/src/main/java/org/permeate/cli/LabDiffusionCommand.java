package org.permeate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.report.Format;
import org.permeate.io.report.LabPage;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Table;
import org.permeate.io.report.Value;
import org.permeate.lab.ChapmanEnskogGas;
import org.permeate.lab.DiffusionLab;
import org.permeate.lab.DiffusionProfile;
import org.permeate.lab.DiffusionRun;
import org.permeate.lab.DiffusionSetup;
import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate lab diffusion}: two gases or two solutions, the partition removed. */
@Command(name = "diffusion", mixinStandardHelpOptions = true,
        description = {"Two gases or two solutions in a closed tube, the partition between them removed: Fick's",
            "law in one dimension, solved by finite volumes and by the Fourier series, with the time to mix."},
        footer = {"", "Gases (--gases A,B; diffusivity by Chapman-Enskog): air, N2, O2, CO2, H2, He, Ar, CH4.",
            "Solutions (--left, --right; diffusivity from the pitzer package, e.g. NaCl, sucrose).",
            "", "Examples:",
            "  permeate lab diffusion --gases CO2,air",
            "  permeate lab diffusion --gases H2,air --length \"1 m\"",
            "  permeate lab diffusion --left \"NaCl 0.1 mol/L\" --right water --length \"1 cm\"",
            "  permeate lab diffusion --left \"sucrose 10 %%\" --right water --format html --out sugar.html"})
final class LabDiffusionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gases", paramLabel = "A,B", description = "Two gases: A fills the left, B the right (default CO2,air).")
    String gases;

    @Option(names = "--left", paramLabel = "SPEC", description = "Solution on the left (instead of --gases).")
    String left;

    @Option(names = "--right", paramLabel = "SPEC", description = "Solution on the right (default water).")
    String right;

    @Option(names = "--length", paramLabel = "L", description = "Tube length (default 10 cm for gases, 1 cm for solutions).")
    String length;

    @Option(names = "--partition", paramLabel = "F", defaultValue = "0.5",
            description = "Where the partition was, as a fraction of the length from the left (default: ${DEFAULT-VALUE}).")
    double partition;

    @Option(names = "--diffusivity", paramLabel = "D", description = "Use this diffusivity, e.g. \"0.16 cm2/s\".")
    String diffusivity;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "20 C", description = "Temperature (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Option(names = "--pressure", paramLabel = "P", defaultValue = "1 atm", description = "Gas pressure (default: ${DEFAULT-VALUE}).")
    String pressure;

    @Option(names = "--mixed-within", paramLabel = "FRACTION", defaultValue = "1 %",
            description = "Counted as mixed when every point is this close to the uniform value (default: ${DEFAULT-VALUE}).")
    String mixedWithin;

    @Option(names = "--cells", paramLabel = "N", defaultValue = "100", description = "Finite volumes (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--profiles", paramLabel = "N", defaultValue = "9", description = "Profiles reported (default: ${DEFAULT-VALUE}).")
    int profiles;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    /** What diffuses, its concentrations and its diffusivity. */
    private record Case(String title, String leftName, String rightName, double left, double right, double d,
                        String source, Dimension dimension, String quantity, double published) {
    }

    @Override
    public Integer call() {
        if (gases != null && (left != null || right != null)) {
            throw new PermeateException(Message.CONFLICTING, "--gases", left != null ? "--left" : "--right");
        }
        final StateInputs state = StateInputs.parse(temperature, pressure);
        final boolean gas = left == null && right == null;
        final Case c = gas ? gasCase(state) : liquidCase(state);
        final double d = diffusivity != null ? LabSupport.positive("--diffusivity", diffusivity, Dimension.DIFFUSIVITY) : c.d();
        final double len = LabSupport.positive("--length", length != null ? length : gas ? "10 cm" : "1 cm", Dimension.LENGTH);
        final double tol = QuantityParser.parse("--mixed-within", mixedWithin, Dimension.MASS_FRACTION).in(Units.PERCENT) / 100;
        final DiffusionSetup setup = new DiffusionSetup(len, partition, c.left(), c.right(), d, cells);
        final DiffusionRun run = DiffusionLab.DEFAULT.simulate(setup, tol, profiles);
        final Report report = report(run, c, diffusivity != null, state);
        final String text = output.format == Format.HTML
                ? LabPage.render(report, output.units, animation(run, c))
                : Renderer.render(report, output.format, output.units);
        ReportOutput.emit(spec, out, text);
        return 0;
    }

    private Case gasCase(final StateInputs state) {
        final String[] pair = (gases != null ? gases : "CO2,air").split(",");
        if (pair.length != 2) {
            throw new PermeateException(Message.UNPARSABLE_QUANTITY, "--gases", gases, "\"CO2,air\", \"H2,N2\"");
        }
        final ChapmanEnskogGas.Gas a = ChapmanEnskogGas.gas(pair[0]);
        final ChapmanEnskogGas.Gas b = ChapmanEnskogGas.gas(pair[1]);
        if (a.equals(b)) {
            throw new PermeateException(Message.INFEASIBLE, "mixing", a.name() + " with itself", "give two different gases");
        }
        final double d = ChapmanEnskogGas.diffusivity(a, b, state.temperature(), state.pressure());
        final ChapmanEnskogGas.Gas other = b.name().equals("air") ? a : a.name().equals("air") ? b : null;
        final double published = other == null ? Double.NaN
                : ChapmanEnskogGas.MEASURED_IN_AIR_20C.getOrDefault(other.name().toLowerCase(Locale.ROOT), Double.NaN);
        return new Case(a.name() + " and " + b.name(), a.name(), b.name(), 1.0, 0.0, d,
                "Chapman–Enskog (Bird, Stewart & Lightfoot 2002, eq. 17.3-12; Neufeld et al. 1972 collision integral)",
                Dimension.DIMENSIONLESS, "mole fraction of " + a.name(), published);
    }

    private Case liquidCase(final StateInputs state) {
        final SolutionSpec ls = LabSupport.solution("--left", left != null ? left : "water");
        final SolutionSpec rs = LabSupport.solution("--right", right != null ? right : "water");
        final PropertyPackage pkg = PropertyPackages.defaultFor(ls.seawater() || rs.seawater());
        final ConcentrationConverter conv = new ConcentrationConverter(pkg.density());
        final Composition lc = conv.toComposition(ls.entries(), state.temperature(), state.pressure());
        final Composition rc = conv.toComposition(rs.entries(), state.temperature(), state.pressure());
        final Solution lsol = new Solution(lc, state.temperature(), state.pressure());
        final Solution rsol = new Solution(rc, state.temperature(), state.pressure());
        final double cl = lc.totalMolality() == 0 ? 0.0 : conv.totalDissolvedSolids(lsol);
        final double cr = rc.totalMolality() == 0 ? 0.0 : conv.totalDissolvedSolids(rsol);
        if (cl == cr) {
            throw new PermeateException(Message.INFEASIBLE, "mixing", ls.description() + " | " + rs.description(),
                    "the two sides hold the same concentration: nothing diffuses");
        }
        // the diffusivity at the mean concentration: the richer side diluted to the mean
        final boolean leftRicher = cl >= cr;
        final Composition rich = leftRicher ? lc : rc;
        if (!(lc.totalMolality() == 0 || rc.totalMolality() == 0 || sameSolutes(lc, rc))) {
            throw new PermeateException(Message.INFEASIBLE, "one diffusing solute", ls.description() + " | " + rs.description(),
                    "give the same solute on both sides, or water on one");
        }
        final double mean = partition * cl + (1 - partition) * cr;
        final Solution atMean = new Solution(rich.scaled(mean / Math.max(cl, cr)), state.temperature(), state.pressure());
        pkg.evaluate(atMean, output.policy());
        final List<Species> solutes = rich.species();
        final boolean neutral = solutes.size() == 1 && solutes.get(0).charge() == 0;
        final double d = neutral ? pkg.diffusivity().diffusivity(atMean, solutes.get(0))
                : pkg.diffusivity().saltDiffusivity(atMean);
        return new Case(ls.description() + " and " + rs.description(), ls.description(), rs.description(), cl, cr, d,
                pkg.diffusivity().getClass().getSimpleName() + " in the " + pkg.name() + " package, at the mean concentration",
                Dimension.MASS_CONCENTRATION, "dissolved solids", Double.NaN);
    }

    private static boolean sameSolutes(final Composition a, final Composition b) {
        return new java.util.HashSet<>(a.species()).equals(new java.util.HashSet<>(b.species()));
    }

    private Report report(final DiffusionRun run, final Case c, final boolean given, final StateInputs state) {
        final DiffusionSetup s = run.setup();
        final Report.Builder b = Report.builder("lab diffusion", "Osmosis lab: diffusion of " + c.title())
                .input(Value.text("left", "left", c.leftName()))
                .input(Value.text("right", "right", c.rightName()))
                .input(Value.of("length", "tube length", s.length(), Dimension.LENGTH, 4))
                .input(Value.of("partition", "partition at (fraction of the length)", s.partition(), Dimension.DIMENSIONLESS, 3))
                .input(Value.of("temperature", "temperature", state.temperature(), Dimension.TEMPERATURE, 4))
                .input(Value.of("pressure", "pressure", state.pressure(), Dimension.PRESSURE, 4))
                .input(Value.count("cells", "finite volumes", s.cells()));
        final List<Value> results = new ArrayList<>(List.of(
                Value.of("diffusivity", "diffusivity D", s.diffusivity(), Dimension.DIFFUSIVITY, 4),
                Value.text("diffusivitySource", "from", given ? "--diffusivity" : c.source())));
        if (Double.isFinite(c.published())) {
            results.add(Value.of("publishedDiffusivity20C", "measured at 20 °C, 1 atm (Marrero & Mason 1972)",
                    c.published(), Dimension.DIFFUSIVITY, 3));
        }
        results.add(Value.of("uniform", "uniform " + c.quantity() + " at the end", s.uniform(), c.dimension(), 4));
        results.add(Value.of("timeToMix", "time to mix within " + mixedWithin.strip() + " (series)", run.timeToMix(),
                Dimension.TIME, 5));
        results.add(Value.text("timeToMixText", "that is", LabSupport.duration(run.timeToMix())));
        results.add(Value.of("timeToMixNumerical", "the same by finite volumes", run.timeToMixNumerical(), Dimension.TIME, 5));
        results.add(Value.of("largestDifference", "largest |finite volumes − series| / |Δc|", run.largestDifference(),
                Dimension.DIMENSIONLESS, 3));
        results.add(Value.of("conservationError", "amount conservation error (relative)", run.conservationError(),
                Dimension.DIMENSIONLESS, 3));
        b.section("results", "Results", results);
        // profiles: one row per position (at most 21), one column per time
        final double[] x = run.cellCentres();
        final int step = Math.max(1, x.length / 20);
        final List<List<Value>> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i += step) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.of("position", "position", x[i], Dimension.LENGTH, 4));
            int k = 0;
            for (DiffusionProfile p : run.profiles()) {
                row.add(Value.of("c" + k, "t = " + LabSupport.duration(p.time()), p.numerical()[i], c.dimension(), 4));
                k++;
            }
            rows.add(row);
        }
        b.table(new Table("profiles", "Profiles of " + c.quantity() + " (finite volumes; columns are times)", rows));
        b.note("Fick's second law ∂c/∂t = D ∂²c/∂x² with closed ends; the series is Crank (1975) §4.3. The tube counts"
                + " as mixed when every cell is within " + mixedWithin.strip() + " of the uniform value.");
        b.note("The slowest part of the profile fades as exp(−π²Dt/L²): doubling the tube makes mixing four times slower ("
                + "characteristic time L²/(π²D) = " + LabSupport.duration(s.length() * s.length()
                / (Math.PI * Math.PI * s.diffusivity())) + ").");
        return b.build();
    }

    private static LabPage.Animation animation(final DiffusionRun run, final Case c) {
        final List<LabPage.Frame> frames = new ArrayList<>();
        for (DiffusionProfile p : run.profiles()) {
            frames.add(new LabPage.Frame(p.time(), LabSupport.duration(p.time()), p.numerical()));
        }
        final Map<String, Double> params = new LinkedHashMap<>();
        final double[] x = run.cellCentres();
        for (int i = 0; i < x.length; i++) {
            params.put("x" + i, x[i]);
        }
        final String label = c.dimension() == Dimension.MASS_CONCENTRATION ? c.quantity() + " [g/L]" : c.quantity();
        return new LabPage.Animation("diffusion", "The tube", List.of(c.title(), label), frames, params);
    }
}
