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
import org.permeate.api.Permeate;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.Catalog;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.household.BladderTank;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.DaySimulation;
import org.permeate.unitops.household.FlowRestrictor;
import org.permeate.unitops.household.HouseholdRatings;
import org.permeate.unitops.household.HouseholdSystem;
import org.permeate.unitops.household.ShutOffValve;

/**
 * A household unit like the under-sink-75 preset of {@code permeate household} (TW30-1812-75,
 * 525 mL/min restrictor, 3.2 gal tank at 7 psig, 2/3 shut-off, about 250 mg/L of Na, Ca, Cl and
 * HCO3 at 60 psi and 20 °C): one operating point against a back-pressure,
 * and a whole day of Permeate's typical use at 60 s steps (what {@code permeate household} runs,
 * three times over with the rating's two days).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class HouseholdBenchmark {

    private HouseholdSystem unit;

    /** Builds the unit once per trial. */
    @Setup
    public void setUp() {
        final Composition tap = Composition.builder().add(SpeciesCatalog.NA, 0.002).add(SpeciesCatalog.CA, 0.001)
                .add(SpeciesCatalog.CL, 0.003).add(SpeciesCatalog.HCO3, 0.001).build();
        unit = new HouseholdSystem(Permeate.element("TW30-1812-75").element(), Catalog.DEFAULT_OPTIONS,
                FlowRestrictor.Fixed.ofMillilitresPerMinute(525), BladderTank.typical(), ShutOffValve.TYPICAL,
                new Solution(tap, 293.15, PhysicalConstants.STANDARD_ATMOSPHERE + 60 * Units.PSI));
    }

    /** @return the element against a tank at 30 psig (the restrictor's feed flow found by a root search) */
    @Benchmark
    public ElementResult operatingPoint() {
        return unit.operate(PhysicalConstants.STANDARD_ATMOSPHERE + 30 * Units.PSI);
    }

    /** @return a typical day from an empty tank, 1440 steps of 60 s */
    @Benchmark
    public DayResult day() {
        return DaySimulation.run(unit, HouseholdRatings.TYPICAL_DAY, 86_400, 60, 0.0);
    }
}
