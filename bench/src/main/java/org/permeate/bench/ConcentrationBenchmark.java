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
import org.permeate.flowsheet.concentration.ConcentrationPresets;
import org.permeate.flowsheet.concentration.ConcentrationResult;
import org.permeate.flowsheet.concentration.ConcentrationSpec;
import org.permeate.flowsheet.concentration.ConcentrationTarget;
import org.permeate.flowsheet.concentration.Concentrator;
import org.permeate.flowsheet.concentration.PressureLimitAnalysis;

/**
 * Whole concentration runs ({@code permeate concentrate}): the maple preset from 2 to 8 °Brix (about
 * 60 time steps, each a pressure search over a train of 4 elements), the apple-juice preset that
 * stops at its pressure limit, and the direct pressure-limit calculation alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class ConcentrationBenchmark {

    private ConcentrationSpec maple;
    private ConcentrationSpec juice;

    /** Builds the runs (and calibrates their elements) once per trial. */
    @Setup
    public void setUp() {
        maple = ConcentrationPresets.get("maple-sap")
                .withTarget(new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.08));
        juice = ConcentrationPresets.get("apple-juice");
    }

    /** @return the maple run, 2 → 8 °Brix */
    @Benchmark
    public ConcentrationResult mapleToEightBrix() {
        return Concentrator.run(maple);
    }

    /** @return the apple-juice run to its pressure limit */
    @Benchmark
    public ConcentrationResult appleJuiceToItsLimit() {
        return Concentrator.run(juice);
    }

    /** @return the direct calculation of what 600 psi allows for maple sap */
    @Benchmark
    public PressureLimitAnalysis mapleLimitDirect() {
        return Concentrator.pressureLimit(maple);
    }
}
