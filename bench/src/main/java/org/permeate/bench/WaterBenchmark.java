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
import org.permeate.properties.water.Iapws97Water;

/**
 * Pure water from IAPWS-IF97 region 1 and IAPWS 2008 viscosity ({@link Iapws97Water}) at 25 °C
 * and 6 MPa, a seawater RO feed state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class WaterBenchmark {

    private Iapws97Water water;
    private double temperature;
    private double pressure;

    /** Sets the state once per trial (fields, not constants, so the JIT cannot fold the call). */
    @Setup
    public void setUp() {
        water = Iapws97Water.INSTANCE;
        temperature = Settings.TEMPERATURE;
        pressure = Settings.FEED_PRESSURE;
    }

    /** @return density of water, kg/m³ */
    @Benchmark
    public double massDensity() {
        return water.massDensity(temperature, pressure);
    }

    /** @return dynamic viscosity of water, Pa·s (includes a region-1 density evaluation) */
    @Benchmark
    public double dynamicViscosity() {
        return water.dynamicViscosity(temperature, pressure);
    }
}
