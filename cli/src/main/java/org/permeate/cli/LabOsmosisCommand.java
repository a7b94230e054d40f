package org.permeate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.permeate.lab.Compartment;
import org.permeate.lab.Membrane;
import org.permeate.lab.OsmosisCell;
import org.permeate.lab.OsmosisLab;
import org.permeate.lab.OsmosisRun;
import org.permeate.lab.OsmosisSnapshot;
import org.permeate.lab.SideState;
import org.permeate.measure.Dimension;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate lab osmosis}: two columns and a membrane, watched until the head balances the osmotic pressure. */
@Command(name = "osmosis", mixinStandardHelpOptions = true,
        description = {"Osmosis you can watch: two columns of solution joined by a membrane (a U-tube, or a cell",
            "with a riser in a bath). Water crosses until the hydrostatic head balances the osmotic pressure",
            "difference; the end is also computed directly, and the osmotic pressure shown as a head."},
        footer = {"", "Presets (--preset; any option given overrides the preset's value):",
            "  u-tube-nacl      pure water | NaCl 50 mg/L, 1 cm bore arms of 20 mL, an RO membrane (default)",
            "  pfeffer          Pfeffer's 1877 experiment: 1 %% sucrose in a 10 mL cell with a 0.5 mm riser, in water, 14 °C",
            "  reverse-osmosis  the U-tube with 0.1 bar on the salt side, above its osmotic pressure: water flows back",
            "  leaky            the U-tube with a membrane that passes salt (B = 1e-7 m/s): the salt spreads, the levels return",
            "", "Solutions as for 'permeate osmotic --solution', or \"water\".",
            "", "Examples:",
            "  permeate lab osmosis",
            "  permeate lab osmosis --preset pfeffer --format html --out pfeffer.html",
            "  permeate lab osmosis --right \"sucrose 2 %%\" --right-diameter \"2 mm\" --units us",
            "  permeate lab osmosis --preset reverse-osmosis --format csv"})
final class LabOsmosisCommand implements Callable<Integer> {

    /** Set-ups with sensible values. */
    enum Preset { U_TUBE_NACL, PFEFFER, REVERSE_OSMOSIS, LEAKY }

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "u-tube-nacl",
            description = "u-tube-nacl, pfeffer, reverse-osmosis or leaky (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--left", paramLabel = "SPEC", description = "Solution on the left (the bath in a Pfeffer cell).")
    String left;

    @Option(names = "--right", paramLabel = "SPEC", description = "Solution on the right (the cell).")
    String right;

    @Option(names = "--left-volume", paramLabel = "V", description = "Volume on the left, e.g. \"20 mL\".")
    String leftVolume;

    @Option(names = "--right-volume", paramLabel = "V", description = "Volume on the right.")
    String rightVolume;

    @Option(names = "--left-diameter", paramLabel = "D", description = "Bore of the left column, e.g. \"1 cm\".")
    String leftDiameter;

    @Option(names = "--right-diameter", paramLabel = "D", description = "Bore of the right column (or riser).")
    String rightDiameter;

    @Option(names = "--left-level", paramLabel = "H",
            description = "Starting height of the left surface above the membrane (default: volume / bore area).")
    String leftLevel;

    @Option(names = "--right-level", paramLabel = "H", description = "Starting height of the right surface.")
    String rightLevel;

    @Option(names = "--left-pressure", paramLabel = "P", description = "Gauge pressure applied on the left surface (a piston).")
    String leftPressure;

    @Option(names = "--right-pressure", paramLabel = "P", description = "Gauge pressure applied on the right surface.")
    String rightPressure;

    @Option(names = "--membrane-area", paramLabel = "A", description = "Membrane area (default: the smaller bore's area).")
    String membraneArea;

    @Option(names = "--permeability", paramLabel = "A", description = "Water permeability A, e.g. \"3 LMH/bar\" (default).")
    String permeability;

    @Option(names = "--solute-permeability", paramLabel = "B",
            description = "Solute permeability B, e.g. \"0.1 LMH\" (default 0: semi-permeable).")
    String solutePermeability;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature (default 25 C; 14 C for pfeffer).")
    String temperature;

    @Option(names = "--duration", paramLabel = "TIME",
            description = "Longest time to simulate, e.g. \"30 d\" (default: until equilibrium).")
    String duration;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "25",
            description = "Rows of the time series (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        final Preset p = Choices.of("--preset", preset, Preset.class);
        if (samples < 2 || samples > 1000) {
            throw new PermeateException(Message.OUT_OF_RANGE, "--samples", samples, 2, 1000);
        }
        final boolean pf = p == Preset.PFEFFER;
        final String tText = temperature != null ? temperature : pf ? "14 C" : "25 C";
        final StateInputs state = StateInputs.parse(tText, "1 atm");
        final SolutionSpec ls = LabSupport.solution("--left", left != null ? left : "water");
        final SolutionSpec rs = LabSupport.solution("--right", right != null ? right
                : pf ? "sucrose 10 g/L" : "NaCl 50 mg/L");
        final boolean seawater = (ls.seawater() || ls.entries().isEmpty()) && (rs.seawater() || rs.entries().isEmpty())
                && (ls.seawater() || rs.seawater());
        final PropertyPackage pkg = PropertyPackages.defaultFor(seawater);
        final ConcentrationConverter conv = new ConcentrationConverter(pkg.density());
        final Composition lc = conv.toComposition(ls.entries(), state.temperature(), state.pressure());
        final Composition rc = conv.toComposition(rs.entries(), state.temperature(), state.pressure());

        final double lv = LabSupport.positive("--left-volume", or(leftVolume, pf ? "1 L" : "20 mL"), Dimension.VOLUME);
        final double rv = LabSupport.positive("--right-volume", or(rightVolume, pf ? "10 mL" : "20 mL"), Dimension.VOLUME);
        final double ld = LabSupport.positive("--left-diameter", or(leftDiameter, pf ? "11.3 cm" : "1 cm"), Dimension.LENGTH);
        final double rd = LabSupport.positive("--right-diameter", or(rightDiameter, pf ? "0.5 mm" : "1 cm"), Dimension.LENGTH);
        final double la = Math.PI * ld * ld / 4;
        final double ra = Math.PI * rd * rd / 4;
        final double lh = leftLevel != null ? LabSupport.si("--left-level", leftLevel, Dimension.LENGTH) : pf ? 0.1 : lv / la;
        final double rh = rightLevel != null ? LabSupport.si("--right-level", rightLevel, Dimension.LENGTH) : pf ? 0.1 : rv / ra;
        final double lp = leftPressure != null ? LabSupport.si("--left-pressure", leftPressure, Dimension.PRESSURE) : 0.0;
        final double rp = rightPressure != null ? LabSupport.si("--right-pressure", rightPressure, Dimension.PRESSURE)
                : p == Preset.REVERSE_OSMOSIS ? 0.1e5 : 0.0;
        final double area = membraneArea != null ? LabSupport.positive("--membrane-area", membraneArea, Dimension.AREA)
                : pf ? 5e-4 : Math.min(la, ra);
        final double a = LabSupport.positive("--permeability", or(permeability, "3 LMH/bar"), Dimension.PERMEABILITY);
        final double b = solutePermeability != null ? LabSupport.si("--solute-permeability", solutePermeability, Dimension.FLUX)
                : p == Preset.LEAKY ? 1e-7 : 0.0;
        final double maxTime = duration != null ? LabSupport.positive("--duration", duration, Dimension.TIME) : Double.NaN;

        final OsmosisCell cell = new OsmosisCell(
                new Compartment(pf ? "bath" : "left", lc, lv, la, lh, lp),
                new Compartment(pf ? "cell" : "right", rc, rv, ra, rh, rp),
                new Membrane(area, a, b), state.temperature(), pkg);
        final OsmosisRun run = OsmosisLab.DEFAULT.simulate(cell, maxTime, samples, output.policy());
        final Report report = report(run, ls, rs, pkg, p);
        final String text = output.format == Format.HTML
                ? LabPage.render(report, output.units, animation(run))
                : Renderer.render(report, output.format, output.units);
        ReportOutput.emit(spec, out, text);
        return 0;
    }

    private static String or(final String value, final String fallback) {
        return value != null ? value : fallback;
    }

    private Report report(final OsmosisRun run, final SolutionSpec ls, final SolutionSpec rs, final PropertyPackage pkg,
                          final Preset p) {
        final OsmosisCell c = run.cell();
        final String ln = c.left().name();
        final String rn = c.right().name();
        final OsmosisSnapshot s0 = run.start();
        final OsmosisSnapshot eq = run.equilibrium().state();
        final OsmosisSnapshot end = run.end();
        final double rhoW = pkg.water().massDensity(c.temperature(), PhysicalConstants.STANDARD_ATMOSPHERE);
        final double dpi = s0.right().osmoticPressure() - s0.left().osmoticPressure();
        final Report.Builder b = Report.builder("lab osmosis", "Osmosis lab: " + ls.description() + " (" + ln + ") | "
                        + rs.description() + " (" + rn + ")")
                .input(Value.text("preset", "preset", p.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .input(Value.text("left", ln, ls.description()))
                .input(Value.text("right", rn, rs.description()));
        for (Compartment x : List.of(c.left(), c.right())) {
            final String k = x == c.left() ? "left" : "right";
            b.input(Value.of(k + "Volume", x.name() + " volume", x.volume(), Dimension.VOLUME, 4))
             .input(Value.of(k + "Bore", x.name() + " column bore", Math.sqrt(4 * x.crossSection() / Math.PI), Dimension.LENGTH, 4))
             .input(Value.of(k + "Level", x.name() + " starting level", x.level(), Dimension.LENGTH, 4))
             .input(Value.of(k + "AppliedPressure", x.name() + " applied pressure", x.appliedPressure(), Dimension.PRESSURE, 4));
        }
        b.input(Value.of("membraneArea", "membrane area", c.membrane().area(), Dimension.AREA, 4))
         .input(Value.of("waterPermeability", "water permeability A", c.membrane().waterPermeability(), Dimension.PERMEABILITY, 4))
         .input(Value.of("solutePermeability", "solute permeability B", c.membrane().solutePermeability(), Dimension.FLUX, 4))
         .input(Value.of("temperature", "temperature", c.temperature(), Dimension.TEMPERATURE, 4))
         .input(Value.text("model", "property package", pkg.name()));

        b.section("start", "At the start", List.of(
                Value.of("leftOsmoticPressure", ln + " osmotic pressure", s0.left().osmoticPressure(), Dimension.PRESSURE, 4),
                Value.of("rightOsmoticPressure", rn + " osmotic pressure", s0.right().osmoticPressure(), Dimension.PRESSURE, 4),
                Value.of("osmoticPressureDifference", "osmotic pressure difference (" + rn + " − " + ln + ")", dpi,
                        Dimension.PRESSURE, 4),
                Value.of("osmoticHead", "the same as a head of solution", run.initialOsmoticHead(), Dimension.LENGTH, 4),
                Value.of("waterFlux", "water flux (" + ln + " → " + rn + ")", s0.waterFlux(), Dimension.FLUX, 4),
                Value.text("direction", "water moves", s0.waterFlux() > 0 ? "from " + ln + " to " + rn
                        : s0.waterFlux() < 0 ? "from " + rn + " to " + ln : "not at all")));
        b.section("equilibrium", "Equilibrium (computed directly)", List.of(
                Value.of("waterTransferred", "water moved (" + ln + " → " + rn + ")",
                        run.equilibrium().waterTransferred() / rhoW, Dimension.VOLUME, 5),
                Value.of("leftLevel", ln + " level", eq.left().level(), Dimension.LENGTH, 5),
                Value.of("rightLevel", rn + " level", eq.right().level(), Dimension.LENGTH, 5),
                Value.of("levelDifference", "level difference (" + rn + " − " + ln + ")", eq.levelDifference(),
                        Dimension.LENGTH, 5),
                Value.of("headPressure", "pressure difference at the membrane", eq.right().pressureAtMembrane()
                        - eq.left().pressureAtMembrane(), Dimension.PRESSURE, 5),
                Value.of("equilibriumOsmoticPressureDifference", "osmotic pressure difference there",
                        eq.right().osmoticPressure() - eq.left().osmoticPressure(), Dimension.PRESSURE, 5),
                Value.of("leftOsmolality", ln + " osmolality", eq.left().osmolality(), Dimension.OSMOLALITY, 5),
                Value.of("rightOsmolality", rn + " osmolality", eq.right().osmolality(), Dimension.OSMOLALITY, 5)));
        final double w0 = s0.left().waterMass() + s0.right().waterMass();
        final double w1 = end.left().waterMass() + end.right().waterMass();
        final double n0 = solute(s0.left()) + solute(s0.right());
        final double n1 = solute(end.left()) + solute(end.right());
        final double dh = eq.levelDifference();
        // relative to the equilibrium head, or to the columns' height when there is (almost) no head
        final double reference = Math.max(Math.abs(dh), 0.5 * (s0.left().level() + s0.right().level()));
        final double agreement = Math.abs(end.levelDifference() - dh) / reference;
        b.section("simulation", "Simulation (Dormand–Prince 8(5,3), stopped by an equilibrium event)", List.of(
                Value.text("reachedEquilibrium", "ended at equilibrium", run.reachedEquilibrium() ? "yes"
                        : "no: the time limit came first"),
                Value.of("duration", "simulated time", end.time(), Dimension.TIME, 4),
                Value.text("durationText", "that is", LabSupport.duration(end.time())),
                Double.isFinite(run.timeTo99Percent())
                        ? Value.of("timeTo99Percent", "time until 99 % of the way", run.timeTo99Percent(), Dimension.TIME, 4)
                        : Value.text("timeTo99Percent", "time until 99 % of the way", "not reached in the simulated time"),
                Value.text("timeTo99PercentText", "that is", LabSupport.duration(run.timeTo99Percent())),
                Value.of("levelDifferenceEnd", "level difference at the end", end.levelDifference(), Dimension.LENGTH, 6),
                Value.of("agreementWithDirect", "difference from the direct equilibrium (relative)", agreement,
                        Dimension.DIMENSIONLESS, 3),
                Value.of("waterBalanceError", "water balance error (relative)", Math.abs(w1 - w0) / w0,
                        Dimension.DIMENSIONLESS, 3),
                Value.of("soluteBalanceError", "solute balance error (relative)", n0 > 0 ? Math.abs(n1 - n0) / n0 : 0.0,
                        Dimension.DIMENSIONLESS, 3),
                Value.count("evaluations", "right-hand-side evaluations", run.evaluations())));
        final List<List<Value>> rows = new ArrayList<>();
        for (OsmosisSnapshot s : run.samples()) {
            rows.add(List.of(Value.of("time", "time", s.time(), Dimension.TIME, 5),
                    Value.text("elapsed", "elapsed", LabSupport.duration(s.time())),
                    Value.of("leftLevel", ln + " level", s.left().level(), Dimension.LENGTH, 5),
                    Value.of("rightLevel", rn + " level", s.right().level(), Dimension.LENGTH, 5),
                    Value.of("levelDifference", "Δh", s.levelDifference(), Dimension.LENGTH, 4),
                    Value.of("leftVolume", ln + " volume", s.left().volume(), Dimension.VOLUME, 5),
                    Value.of("rightVolume", rn + " volume", s.right().volume(), Dimension.VOLUME, 5),
                    Value.of("leftOsmolality", ln + " osmolality", s.left().osmolality(), Dimension.OSMOLALITY, 4),
                    Value.of("rightOsmolality", rn + " osmolality", s.right().osmolality(), Dimension.OSMOLALITY, 4),
                    Value.of("waterFlux", "water flux", s.waterFlux(), Dimension.FLUX, 4)));
        }
        b.table(new Table("timeSeries", "Time series", rows));
        b.note(String.format(Locale.ROOT, "The osmotic pressure difference at the start, %s, is the weight of a column of "
                        + "solution %s high: the head that would stop the flow if no water had yet moved (Pfeffer's manometer "
                        + "reading).", LabSupport.pressure(Math.abs(dpi)), LabSupport.length(run.initialOsmoticHead())));
        b.note("At equilibrium the head is " + LabSupport.length(Math.abs(dh)) + ", and "
                + LabSupport.volume(Math.abs(run.equilibrium().waterTransferred()) / rhoW) + " of water has crossed"
                + (c.membrane().leaky() ? ": the salt has leaked across until both sides are alike, so no head is left."
                : ": less than the start's osmotic head, because the water that crossed diluted the solution."));
        if (p == Preset.PFEFFER && right == null && temperature == null) {
            b.note("Pfeffer (1877) read 535 mm Hg (0.713 bar) for 1 % cane sugar at about 14 °C (van 't Hoff 1887); "
                    + "the model gives " + LabSupport.pressure(Math.abs(dpi)) + ". His manometer let almost no water in, "
                    + "so he measured the start's osmotic pressure, not the diluted equilibrium.");
        }
        if (c.left().appliedPressure() > 0 || c.right().appliedPressure() > 0) {
            b.note("Pressure is applied on a surface: where it exceeds the osmotic pressure difference, water is pushed"
                    + " out of the solution through the membrane — reverse osmosis.");
        }
        b.note("Model: J_w = A·[(P_left − P_right) − (π_left − π_right)], P = applied + ρgh; solute flux B·Δc; "
                + "π and ρ from the " + pkg.name() + " property package (see docs/osmosis-lab.md).");
        return b.warnings(run.warnings()).build();
    }

    private static double solute(final SideState s) {
        return s.composition().totalMolality() * s.waterMass();
    }

    private static LabPage.Animation animation(final OsmosisRun run) {
        final List<LabPage.Frame> frames = new ArrayList<>();
        for (OsmosisSnapshot s : run.samples()) {
            frames.add(new LabPage.Frame(s.time(), LabSupport.duration(s.time()), new double[] {
                s.left().level(), s.right().level(), s.left().osmolality(), s.right().osmolality()}));
        }
        final OsmosisCell c = run.cell();
        return new LabPage.Animation("u-tube", "The two columns", List.of(c.left().name(), c.right().name()), frames,
                Map.of("leftBore", Math.sqrt(4 * c.left().crossSection() / Math.PI),
                        "rightBore", Math.sqrt(4 * c.right().crossSection() / Math.PI),
                        "equilibriumDifference", run.equilibrium().state().levelDifference()));
    }
}
