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
import org.permeate.properties.ActivityModel.ActivityState;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.pitzer.Pitzer;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The Pitzer model ({@link PropertyPackages#PITZER}, HMW84 parameters) on 35 g/kg reference
 * seawater (15 species) and on 0.6 mol/kg NaCl, at 25 °C.
 *
 * <p>The "scaled" benchmarks build a new composition on every call
 * ({@code composition.scaled(1.3)}, same species) and a new {@link Solution} around it: what a
 * membrane element does as the brine concentrates along the channel. They show whether the
 * model's per-species-set cache is hit by a new {@link Composition} object with the same species.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class PitzerBenchmark {

    private Pitzer pitzer;
    private Solution seawater;
    private Composition seawaterComposition;
    private double factor;
    private Solution nacl;

    /** Builds the states once per trial. */
    @Setup
    public void setUp() {
        pitzer = PropertyPackages.PITZER;
        seawater = Settings.seawater();
        seawaterComposition = seawater.composition();
        factor = Settings.CONCENTRATION_FACTOR;
        nacl = Solution.atAtmosphericPressure(Composition.builder()
                .add(SpeciesCatalog.NA, Settings.NACL_MOLALITY)
                .add(SpeciesCatalog.CL, Settings.NACL_MOLALITY)
                .build(), Settings.TEMPERATURE);
    }

    /** @return φ of reference seawater */
    @Benchmark
    public double seawaterOsmoticCoefficient() {
        return pitzer.osmoticCoefficient(seawater);
    }

    /** @return φ, ln a_w and ln γ of every species of reference seawater */
    @Benchmark
    public ActivityState seawaterActivityState() {
        return pitzer.activityState(seawater);
    }

    /** @return φ of seawater concentrated 1.3 times, on a composition built in this call */
    @Benchmark
    public double scaledSeawaterOsmoticCoefficient() {
        return pitzer.osmoticCoefficient(seawater.withComposition(seawaterComposition.scaled(factor)));
    }

    /** @return the activity state of seawater concentrated 1.3 times, on a composition built in this call */
    @Benchmark
    public ActivityState scaledSeawaterActivityState() {
        return pitzer.activityState(seawater.withComposition(seawaterComposition.scaled(factor)));
    }

    /** @return φ of 0.6 mol/kg NaCl (two species) */
    @Benchmark
    public double naclOsmoticCoefficient() {
        return pitzer.osmoticCoefficient(nacl);
    }
}
