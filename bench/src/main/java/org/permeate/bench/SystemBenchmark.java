package org.permeate.bench;

import java.util.Collections;
import java.util.List;
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
import org.permeate.element.Discretization;
import org.permeate.element.Element;
import org.permeate.element.ElementGeometry;
import org.permeate.element.ElementOptions;
import org.permeate.element.Membrane;
import org.permeate.element.MembraneCondition;
import org.permeate.element.ModuleType;
import org.permeate.element.Polarization;
import org.permeate.element.PressureDrop;
import org.permeate.element.SolutePermeabilities;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.FeedWater;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.flowsheet.SystemResult;
import org.permeate.flowsheet.SystemSolver;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.transport.GuillenHoekFriction;
import org.permeate.transport.GuillenHoekMassTransfer;
import org.permeate.transport.NoTemperatureCorrection;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/**
 * Whole-system projections, each from the design alone (no state carried between calls): the
 * seawater example (25 vessels of 7 SW30HRLE-400, pressure exchanger with 2 % leakage and 5 %
 * mixing, feed pressure solved for 45 % recovery) with Pitzer chemistry and with the seawater
 * package; the two-stage brackish example (4:2 vessels of 6 BW30-400, pressure solved for 75 %);
 * and WaterTAP's RO-with-pressure-exchanger flowsheet, for comparison with its solve times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class SystemBenchmark {

    private static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    private SystemDesign seawater;
    private SystemDesign seawaterPackage;
    private SystemDesign brackish;
    private SystemDesign brackishFixed;
    private SystemDesign watertap;

    /** Builds the designs (calibrating their elements) once per trial. */
    @Setup
    public void setUp() {
        final FeedWater sea = new FeedWater(new Solution(Settings.seawaterComposition(), Settings.TEMPERATURE,
                ATM + 2e5), 200.0 / 3600, FeedSource.SEAWATER_OPEN_MF);
        final PassDesign px = PassDesign.of(List.of(StageDesign.of(25,
                        Collections.nCopies(7, Permeate.element("SW30HRLE-400")))), new Pump(0.85, 0.96),
                new EnergyRecovery.PressureExchanger(0.96, 0.02, 0.05, 0, new Pump(0.8, 0.95)),
                PressureSpec.Recovery.volumetric(0.45));
        seawater = new SystemDesign("seawater", sea, List.of(px), 0, MembraneCondition.NEW, ElementOptions.defaults());
        seawaterPackage = seawater.withOptions(ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER));

        final Composition well = Composition.builder()
                .add(SpeciesCatalog.NA, 0.020).add(SpeciesCatalog.CA, 0.004).add(SpeciesCatalog.MG, 0.002)
                .add(SpeciesCatalog.K, 0.0005).add(SpeciesCatalog.CL, 0.022).add(SpeciesCatalog.SO4, 0.003)
                .add(SpeciesCatalog.HCO3, 0.0045).add(SpeciesCatalog.NO3, 0.0005)
                .add(SpeciesCatalog.SIO2, 0.0004).add(SpeciesCatalog.BOH3, 0.00005).build();
        final List<InstalledElement> bw = Collections.nCopies(6, Permeate.element("BW30-400"));
        final PassDesign two = PassDesign.of(List.of(StageDesign.of(4, bw), StageDesign.of(2, bw)),
                new Pump(0.8, 0.95), new EnergyRecovery.None(), PressureSpec.Recovery.volumetric(0.75));
        brackish = new SystemDesign("brackish", new FeedWater(new Solution(well, Settings.TEMPERATURE, ATM + 2e5),
                45.0 / 3600, FeedSource.WELL), List.of(two), 0, MembraneCondition.NEW, ElementOptions.defaults());
        brackishFixed = brackish.withPasses(List.of(two.withPressure(new PressureSpec.FeedPressure(12e5))));

        final double m = 0.035 / 0.965 / (SpeciesCatalog.NA.molarMass() + SpeciesCatalog.CL.molarMass());
        final Composition nacl = Composition.builder().add(SpeciesCatalog.NA, m).add(SpeciesCatalog.CL, m).build();
        final Element ro = new Element("watertap-RO0D", new ElementGeometry(ModuleType.FLAT_SHEET, 54.3426,
                54.3426 / 5, 1e-3, 0.85), Membrane.solutionDiffusion(4.2e-12, SolutePermeabilities.uniform(3.5e-8),
                NoTemperatureCorrection.INSTANCE));
        final Pump pump = new Pump(0.8, 1.0);
        watertap = new SystemDesign("watertap-px", new FeedWater(new Solution(nacl, Settings.TEMPERATURE, ATM), 1e-3,
                FeedSource.SEAWATER_WELL), List.of(PassDesign.of(List.of(StageDesign.of(1,
                        List.of(new InstalledElement(ro, InstalledElement.NO_LIMITS, 0)))), pump,
                new EnergyRecovery.PressureExchanger(0.95, 0, 0, 0, pump),
                new PressureSpec.Recovery(0.5, PressureSpec.Basis.WATER_MASS))), 0, MembraneCondition.NEW,
                new ElementOptions(PropertyPackages.WATERTAP_NACL, new Polarization.Film(GuillenHoekMassTransfer.INSTANCE),
                        new PressureDrop.Friction(GuillenHoekFriction.INSTANCE), Discretization.LUMPED_TWO_POINT, 1,
                        ElementOptions.Formulation.WATERTAP));
    }

    /** @return the seawater example, Pitzer chemistry, 45 % recovery solved */
    @Benchmark
    public SystemResult seawaterPressureExchanger45() {
        return SystemSolver.solve(seawater);
    }

    /** @return the same with the seawater (Sharqawy) property package */
    @Benchmark
    public SystemResult seawaterPressureExchanger45SeawaterPackage() {
        return SystemSolver.solve(seawaterPackage);
    }

    /** @return the brackish two-stage example, 75 % recovery solved */
    @Benchmark
    public SystemResult brackishTwoStage75() {
        return SystemSolver.solve(brackish);
    }

    /** @return the brackish two-stage example at a fixed 12 bar feed pressure */
    @Benchmark
    public SystemResult brackishTwoStageFixedPressure() {
        return SystemSolver.solve(brackishFixed);
    }

    /** @return WaterTAP's RO-with-pressure-exchanger flowsheet, 50 % water recovery solved */
    @Benchmark
    public SystemResult watertapPressureExchanger() {
        return SystemSolver.solve(watertap);
    }
}
