package org.permeate.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.permeate.errors.RangePolicy;
import org.permeate.lab.CellLab;
import org.permeate.lab.CellPresets;
import org.permeate.lab.CellRun;
import org.permeate.lab.Compartment;
import org.permeate.lab.DiffusionLab;
import org.permeate.lab.DiffusionRun;
import org.permeate.lab.DiffusionSetup;
import org.permeate.lab.Membrane;
import org.permeate.lab.OsmosisCell;
import org.permeate.lab.OsmosisLab;
import org.permeate.lab.OsmosisRun;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The osmosis lab's three experiments as the command line runs them: the default U-tube (pure
 * water | NaCl 50 mg/L, to equilibrium and its direct solution, Pitzer properties on every
 * step), a red cell bursting in pure water, and CO₂ and air mixing in 100 finite volumes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class LabBenchmark {

    private OsmosisCell uTube;
    private Solution water;
    private DiffusionSetup tube;

    /** Builds the set-ups once per trial. */
    @Setup
    public void setUp() {
        final double arm = Math.PI * 0.005 * 0.005;
        final double m = 8.56e-4;
        uTube = new OsmosisCell(Compartment.arm("left", Composition.pureWater(), 20e-6, arm),
                Compartment.arm("right", Composition.of(Map.of(SpeciesCatalog.NA, m, SpeciesCatalog.CL, m)), 20e-6, arm),
                new Membrane(arm, 3e-3 / 3600 / 1e5, 0), Settings.TEMPERATURE, PropertyPackages.GENERAL);
        water = Solution.atAtmosphericPressure(Composition.pureWater(), Settings.TEMPERATURE);
        tube = new DiffusionSetup(0.1, 0.5, 1, 0, 1.47e-5, 100);
    }

    /** @return the U-tube run to equilibrium */
    @Benchmark
    public OsmosisRun osmosisUTube() {
        return OsmosisLab.DEFAULT.simulate(uTube, Double.NaN, 25, RangePolicy.WARN);
    }

    /** @return the red cell in water */
    @Benchmark
    public CellRun redCellInWater() {
        return CellLab.DEFAULT.simulate(CellPresets.RED_BLOOD_CELL, water, PropertyPackages.GENERAL, Double.NaN, 25,
                RangePolicy.WARN);
    }

    /** @return CO₂ and air mixing */
    @Benchmark
    public DiffusionRun diffusionCo2Air() {
        return DiffusionLab.DEFAULT.simulate(tube, 0.01, 9);
    }
}
