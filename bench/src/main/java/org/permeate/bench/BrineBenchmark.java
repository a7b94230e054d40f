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
import org.permeate.properties.Solution;
import org.permeate.properties.brine.LaliberteDensity;
import org.permeate.properties.brine.LaliberteViscosity;

/**
 * Laliberté's mixture rules for electrolyte solutions (density: Laliberté &amp; Cooper 2004;
 * viscosity: Laliberté 2007), with their ion pairing, on 35 g/kg reference seawater at 25 °C.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class BrineBenchmark {

    private LaliberteDensity density;
    private LaliberteViscosity viscosity;
    private Solution seawater;

    /** Builds the state once per trial. */
    @Setup
    public void setUp() {
        density = LaliberteDensity.INSTANCE;
        viscosity = LaliberteViscosity.INSTANCE;
        seawater = Settings.seawater();
    }

    /** @return density of seawater, kg/m³ (at one standard atmosphere) */
    @Benchmark
    public double seawaterMassDensity() {
        return density.massDensity(seawater);
    }

    /** @return dynamic viscosity of seawater, Pa·s */
    @Benchmark
    public double seawaterDynamicViscosity() {
        return viscosity.dynamicViscosity(seawater);
    }
}
