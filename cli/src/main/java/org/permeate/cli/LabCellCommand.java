package org.permeate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.permeate.io.input.SolutionSpec;
import org.permeate.io.report.Format;
import org.permeate.io.report.LabPage;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Table;
import org.permeate.io.report.Value;
import org.permeate.lab.Cell;
import org.permeate.lab.CellLab;
import org.permeate.lab.CellPresets;
import org.permeate.lab.CellRun;
import org.permeate.lab.CellSnapshot;
import org.permeate.lab.CellWall;
import org.permeate.lab.SaltExcretion;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate lab cell}: a cell put into a medium swells, stays or shrinks. */
@Command(name = "cell", mixinStandardHelpOptions = true,
        description = {"A cell in a hypotonic, isotonic or hypertonic medium swells, stays or shrinks",
            "(Boyle–van 't Hoff); a red cell bursts past its critical volume, a plant cell's wall builds",
            "turgor. Also: what drinking the medium does to the body's water."},
        footer = {"", "Presets (--preset): red-blood-cell (default), plant-cell. Options override the preset.",
            "", "Examples:",
            "  permeate lab cell --medium water",
            "  permeate lab cell --medium \"NaCl 0.9 %%\"",
            "  permeate lab cell --medium \"seawater 35 g/kg\" --temperature \"37 C\"",
            "  permeate lab cell --preset plant-cell --medium \"NaCl 0.5 mol/kg\" --format html --out plant.html"})
final class LabCellCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "red-blood-cell",
            description = "red-blood-cell or plant-cell (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--medium", paramLabel = "SPEC", defaultValue = "water",
            description = "The solution the cell is put into, as for --solution of 'permeate osmotic', or \"water\" "
                    + "(default: ${DEFAULT-VALUE}).")
    String medium;

    @Option(names = "--volume", paramLabel = "V", description = "Cell volume at its own osmolality, e.g. \"94 fL\".")
    String volume;

    @Option(names = "--osmolality", paramLabel = "OSM", description = "Inside osmolality, e.g. \"300 mOsm/kg\".")
    String osmolality;

    @Option(names = "--inactive-fraction", paramLabel = "B", description = "Osmotically inactive fraction b of the volume, e.g. 0.4.")
    Double inactiveFraction;

    @Option(names = "--area", paramLabel = "A", description = "Membrane area, e.g. \"135 um2\".")
    String area;

    @Option(names = "--pf", paramLabel = "PF", description = "Osmotic water permeability, e.g. \"0.02 cm/s\".")
    String pf;

    @Option(names = "--lp", paramLabel = "LP", description = "Hydraulic conductivity instead of --pf, e.g. \"1e-13 m/s/Pa\".")
    String lp;

    @Option(names = "--critical-volume", paramLabel = "V", description = "Volume at which the cell bursts, e.g. \"164 fL\".")
    String criticalVolume;

    @Option(names = "--elastic-modulus", paramLabel = "E", description = "Wall elastic modulus (gives the cell a wall), e.g. \"10 MPa\".")
    String elasticModulus;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "25 C", description = "Temperature (default: ${DEFAULT-VALUE}).")
    String temperature;

    @Option(names = "--drink", paramLabel = "V", defaultValue = "1 L",
            description = "Volume of the medium drunk, for the body's water balance (default: ${DEFAULT-VALUE}).")
    String drink;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "25", description = "Rows of the time series (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (samples < 2 || samples > 1000) {
            throw new PermeateException(Message.OUT_OF_RANGE, "--samples", samples, 2, 1000);
        }
        if (pf != null && lp != null) {
            throw new PermeateException(Message.CONFLICTING, "--pf", "--lp");
        }
        final StateInputs state = StateInputs.parse(temperature, "1 atm");
        Cell cell = CellPresets.get(preset);
        final double v0 = volume != null ? LabSupport.microscopic("--volume", volume, Dimension.VOLUME) : cell.volume();
        final double osm = osmolality != null ? LabSupport.positive("--osmolality", osmolality, Dimension.OSMOLALITY)
                : cell.osmolality();
        final double b = inactiveFraction != null ? inactiveFraction : cell.inactiveFraction();
        final double a = area != null ? LabSupport.microscopic("--area", area, Dimension.AREA) : cell.area();
        final double k = lp != null ? LabSupport.positive("--lp", lp, Dimension.PERMEABILITY)
                : pf != null ? Cell.hydraulicConductivity(LabSupport.positive("--pf", pf, Dimension.VELOCITY), state.temperature())
                : cell.waterPermeability();
        final double vc = criticalVolume != null ? LabSupport.microscopic("--critical-volume", criticalVolume, Dimension.VOLUME)
                : volume != null && Double.isFinite(cell.criticalVolume()) ? cell.criticalVolume() / cell.volume() * v0
                : cell.criticalVolume();
        final CellWall wall = elasticModulus != null
                ? new CellWall(LabSupport.positive("--elastic-modulus", elasticModulus, Dimension.PRESSURE)) : cell.wall();
        cell = new Cell(cell.name(), v0, osm, b, a, k, vc, wall);

        final SolutionSpec ms = LabSupport.solution("--medium", medium);
        final PropertyPackage pkg = PropertyPackages.defaultFor(ms.seawater());
        final Composition mc = new ConcentrationConverter(pkg.density()).toComposition(ms.entries(), state.temperature(),
                state.pressure());
        final Solution med = new Solution(mc, state.temperature(), state.pressure());
        final CellRun run = CellLab.DEFAULT.simulate(cell, med, pkg, Double.NaN, samples, output.policy());
        final Report report = report(run, ms, med, pkg);
        final String text = output.format == Format.HTML
                ? LabPage.render(report, output.units, animation(run, ms))
                : Renderer.render(report, output.format, output.units);
        ReportOutput.emit(spec, out, text);
        return 0;
    }

    private Report report(final CellRun run, final SolutionSpec ms, final Solution med, final PropertyPackage pkg) {
        final Cell c = run.cell();
        final Report.Builder b = Report.builder("lab cell", "Osmosis lab: a " + c.name() + " in " + ms.description())
                .input(Value.text("cell", "cell", c.name()))
                .input(Value.text("medium", "medium", ms.description()))
                .input(Value.of("volume", "cell volume V0", c.volume(), Dimension.VOLUME, 4))
                .input(Value.text("volumeText", "that is", fl(c.volume())))
                .input(Value.of("osmolality", "inside osmolality", c.osmolality(), Dimension.OSMOLALITY, 4))
                .input(Value.of("inactiveFraction", "osmotically inactive fraction b", c.inactiveFraction(),
                        Dimension.DIMENSIONLESS, 3))
                .input(Value.of("area", "membrane area", c.area(), Dimension.AREA, 4))
                .input(Value.of("waterPermeability", "hydraulic conductivity Lp", c.waterPermeability(),
                        Dimension.PERMEABILITY, 4))
                .input(Value.text("criticalVolume", "bursts at", Double.isFinite(c.criticalVolume())
                        ? fl(c.criticalVolume()) + " (" + ratio(c.criticalVolume() / c.volume()) + " V0)" : "never (a wall holds it)"))
                .input(Value.text("wall", "wall", c.wall() == null ? "none"
                        : "elastic modulus " + LabSupport.pressure(c.wall().elasticModulus())))
                .input(Value.of("temperature", "temperature", med.temperature(), Dimension.TEMPERATURE, 4));
        final String kind = run.mediumIs().name().toLowerCase(Locale.ROOT);
        final String verdict = run.lysed() ? "it swells past its critical volume and bursts (lysis)"
                : run.end().volume() > c.volume() * (1 + 1e-6) ? "it swells"
                : run.end().volume() < c.volume() * (1 - 1e-6) ? "it shrinks" : "it keeps its volume";
        final List<Value> result = new ArrayList<>(List.of(
                Value.of("outsideOsmolality", "medium osmolality", run.outsideOsmolality(), Dimension.OSMOLALITY, 4),
                Value.of("outsideOsmoticPressure", "medium osmotic pressure", run.outsidePressure(), Dimension.PRESSURE, 4),
                Value.of("insideOsmoticPressure", "inside osmotic pressure at V0", run.insidePressure(), Dimension.PRESSURE, 4),
                Value.text("mediumIs", "the medium is", kind + " to the cell: " + verdict),
                Value.text("equilibriumVolume", "equilibrium volume", Double.isFinite(run.equilibriumVolume())
                        ? fl(run.equilibriumVolume()) + " (" + ratio(run.equilibriumVolume() / c.volume()) + " V0)"
                        : "none: it would swell without end")));
        result.add(Value.of("endVolume", "volume at the end", run.end().volume(), Dimension.VOLUME, 5));
        result.add(Value.of("relativeEndVolume", "that is, V/V0", run.end().volume() / c.volume(), Dimension.DIMENSIONLESS, 4));
        result.add(Value.of("endTime", "time", run.end().time(), Dimension.TIME, 4));
        result.add(Value.text("endTimeText", "that is", LabSupport.duration(run.end().time())
                + (run.lysed() ? " (bursts)" : run.reachedEquilibrium() ? " (to equilibrium)" : "")));
        if (c.wall() != null) {
            result.add(Value.of("turgor", "turgor at the end", run.end().turgor(), Dimension.PRESSURE, 4));
            result.add(Value.text("plasmolysed", "plasmolysed", run.plasmolysed()
                    ? "yes: the protoplast has left the wall" : "no"));
        }
        b.section("result", "What happens", result);
        final double dv = LabSupport.positive("--drink", drink, Dimension.VOLUME);
        final SaltExcretion e = SaltExcretion.of(dv, run.outsideOsmolality(), pkg.density().massDensity(med),
                med.composition().soluteMassFraction());
        b.section("drinking", "Drinking it (Guyton & Hall 2016: urine at most ~1200 mOsm/L, ~600 of it urea and other solutes)",
                List.of(Value.of("volumeDrunk", "volume drunk", e.volumeDrunk(), Dimension.VOLUME, 4),
                        Value.of("waterDrunk", "water in it", e.waterDrunk(), Dimension.VOLUME, 4),
                        Value.of("osmolesDrunk", "osmoles in it (osmol)", e.osmoles(), Dimension.DIMENSIONLESS, 4),
                        Value.of("urineSaltOnly", "urine if it carried only these, at 1200 mOsm/kg", e.urineSaltOnly(),
                                Dimension.VOLUME, 3),
                        Value.of("urineWithUrea", "urine with urea taking its share (600 mOsm/kg left for salt)",
                                e.urineWithUrea(), Dimension.VOLUME, 3),
                        Value.of("netWater", "net water for the body", e.netWater(), Dimension.VOLUME, 3)));
        final List<List<Value>> rows = new ArrayList<>();
        for (CellSnapshot s : run.samples()) {
            final List<Value> row = new ArrayList<>(List.of(Value.of("time", "time", s.time(), Dimension.TIME, 4),
                    Value.text("elapsed", "elapsed", LabSupport.duration(s.time())),
                    Value.of("relativeVolume", "V/V0", s.volume() / c.volume(), Dimension.DIMENSIONLESS, 5),
                    Value.of("volume", "volume", s.volume(), Dimension.VOLUME, 5),
                    Value.of("insideOsmoticPressure", "inside π", s.osmoticPressure(), Dimension.PRESSURE, 4)));
            if (c.wall() != null) {
                row.add(Value.of("turgor", "turgor", s.turgor(), Dimension.PRESSURE, 4));
            }
            rows.add(row);
        }
        b.table(new Table("timeSeries", "Time series", rows));
        b.note("Boyle–van 't Hoff: V = b·V0 + (1 − b)·V0·π_in/π_out at equilibrium; dV/dt = Lp·A·(π_in − P_wall − π_out).");
        b.note(String.format(Locale.ROOT, "Plasma is about %.0f mOsm/kg; the medium is %.0f mOsm/kg, %.2f times that.",
                SaltExcretion.PLASMA_OSMOLALITY * 1000, run.outsideOsmolality() * 1000,
                run.outsideOsmolality() / SaltExcretion.PLASMA_OSMOLALITY));
        if (e.netWater() < 0) {
            b.note("Drinking " + LabSupport.volume(dv) + " of it costs the body " + LabSupport.volume(-e.netWater())
                    + " of water: the kidneys need more urine to excrete its salt than it brings.");
        }
        if (run.lysed()) {
            b.note("Lysis: the membrane cannot stretch past the sphere its area encloses; haemoglobin leaks out.");
        }
        return b.warnings(run.warnings()).build();
    }

    private static String fl(final double m3) {
        return m3 < 1e-15 ? org.permeate.errors.Numbers.significant(m3 * 1e18, 4) + " fL (µm³)"
                : m3 < 1e-12 ? org.permeate.errors.Numbers.significant(m3 * 1e15, 4) + " pL"
                : org.permeate.errors.Numbers.significant(m3 * 1e12, 4) + " nL";
    }

    private static String ratio(final double r) {
        return org.permeate.errors.Numbers.significant(r, 3) + " ×";
    }

    private static LabPage.Animation animation(final CellRun run, final SolutionSpec ms) {
        final List<LabPage.Frame> frames = new ArrayList<>();
        for (CellSnapshot s : run.samples()) {
            frames.add(new LabPage.Frame(s.time(), LabSupport.duration(s.time()),
                    new double[] {s.volume() / run.cell().volume(), s.turgor()}));
        }
        final double crit = run.cell().criticalVolume();
        return new LabPage.Animation("cell", "The cell", List.of(run.cell().name(), ms.description()), frames,
                Map.of("criticalRelative", Double.isFinite(crit) ? crit / run.cell().volume() : 0.0,
                        "lysed", run.lysed() ? 1.0 : 0.0));
    }
}
