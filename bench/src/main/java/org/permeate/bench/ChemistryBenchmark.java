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
import org.openjdk.jmh.infra.Blackhole;
import org.permeate.chemistry.Dosing;
import org.permeate.chemistry.Minerals;
import org.permeate.chemistry.ScalingLimits;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.properties.Composition;

/**
 * Water chemistry on 35 g/kg reference seawater: speciation at a given pH (alkalinity given,
 * carbon solved), the closed system (pH solved from carbon and alkalinity, as for every stream of
 * a projection), the acid dose for a target pH, and the recovery limits of the RO scalants.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class ChemistryBenchmark {

    private Composition seawater;
    private Composition transported;
    private Speciated speciated;

    /** Speciates the seawater once per trial. */
    @Setup
    public void setUp() {
        seawater = Settings.seawaterComposition();
        speciated = WaterChemistry.atPh(seawater, 8.1, Settings.TEMPERATURE);
        transported = WaterChemistry.forTransport(speciated);
    }

    /** @return seawater speciated at pH 8.1, carbon from its alkalinity */
    @Benchmark
    public Speciated speciateAtPh() {
        return WaterChemistry.atPh(seawater, 8.1, Settings.TEMPERATURE);
    }

    /** @return its pH back from carbon and alkalinity */
    @Benchmark
    public Speciated closedSystemPh() {
        return WaterChemistry.of(transported, Settings.TEMPERATURE);
    }

    /** @return sulfuric acid for pH 7 */
    @Benchmark
    public double acidDoseForPh() {
        return Dosing.doseForPh(speciated, Dosing.Reagent.H2SO4, 7.0);
    }

    /** @param bh sink */
    @Benchmark
    public void recoveryLimits(final Blackhole bh) {
        bh.consume(ScalingLimits.limits(speciated, Minerals.RO_SCALANTS, 0.0));
    }
}
