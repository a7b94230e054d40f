package org.permeate.bench;

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
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.OsmoticProperties;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.SolutionProperties;

/**
 * Whole property packages on 35 g/kg reference seawater at 25 °C: the general ({@code pitzer})
 * package's colligative properties and full report, each with its physical-possibility checks and
 * fitted-range warnings, and the {@code seawater} package's osmotic pressure (Sharqawy et al.
 * 2010) for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class PropertyPackageBenchmark {

    private PropertyPackage general;
    private OsmoticModel sharqawy;
    private RangePolicy policy;
    private Solution seawater;

    /** Builds the state once per trial. */
    @Setup
    public void setUp() {
        general = PropertyPackages.GENERAL;
        sharqawy = PropertyPackages.SEAWATER.osmotic();
        policy = RangePolicy.WARN;
        seawater = Settings.seawater();
    }

    /** @return φ, a_w, osmolality and π (model and van 't Hoff) with their warnings */
    @Benchmark
    public PropertyPackage.Result<OsmoticProperties> generalOsmotic() {
        return general.osmotic(seawater, policy);
    }

    /** @return the full property report (density, viscosity, diffusivities, freezing and boiling points...) */
    @Benchmark
    public SolutionProperties generalEvaluate() {
        return general.evaluate(seawater, policy);
    }

    /** @return π of the seawater package (Sharqawy 2010 by salinity), Pa */
    @Benchmark
    public double seawaterOsmoticPressure() {
        return sharqawy.osmoticPressure(seawater);
    }
}
