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
import org.permeate.element.Discretization;
import org.permeate.element.Element;
import org.permeate.element.ElementGeometry;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.Membrane;
import org.permeate.element.ModuleType;
import org.permeate.element.Polarization;
import org.permeate.element.PressureDrop;
import org.permeate.element.SolutePermeabilities;
import org.permeate.element.catalog.Calibration;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.transport.GuillenHoekFriction;
import org.permeate.transport.GuillenHoekMassTransfer;
import org.permeate.transport.NoTemperatureCorrection;

/**
 * One membrane element solved from its feed: an 8-inch seawater element on 15-species seawater
 * and an 8-inch brackish element on a 10-species well water, both with the default physics
 * (Pitzer properties, film polarisation, friction pressure drop, 8 trapezoidal segments);
 * WaterTAP's own NaCl test cases for comparison with its solve times; and the datasheet
 * calibration of one catalog element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class ElementBenchmark {

    private static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    private Element seawaterElement;
    private Stream seawaterFeed;
    private Element brackishElement;
    private Stream brackishFeed;
    private ElementOptions defaults;
    private ElementOptions seawaterPackage;
    private Element watertapElement;
    private Stream watertapFeed;
    private ElementOptions watertap0D;
    private ElementOptions watertap1D;
    private ElementSpec calibrationSpec;

    /** Builds the elements (calibrating the two catalog ones) and feeds once per trial. */
    @Setup
    public void setUp() {
        defaults = Catalog.DEFAULT_OPTIONS;
        seawaterPackage = defaults.withProperties(PropertyPackages.SEAWATER);
        seawaterElement = Catalog.SHIPPED.element("SW30HRLE-400");
        // 10 m³/h of 35 g/kg seawater at 60 bar (gauge): a lead element's load
        seawaterFeed = new Stream(2.7, new Solution(Settings.seawaterComposition(), Settings.TEMPERATURE,
                Settings.FEED_PRESSURE + ATM));
        brackishElement = Catalog.SHIPPED.element("BW30-400");
        final Composition well = Composition.builder()
                .add(SpeciesCatalog.NA, 0.020).add(SpeciesCatalog.CA, 0.004).add(SpeciesCatalog.MG, 0.002)
                .add(SpeciesCatalog.K, 0.0005).add(SpeciesCatalog.CL, 0.022).add(SpeciesCatalog.SO4, 0.003)
                .add(SpeciesCatalog.HCO3, 0.0045).add(SpeciesCatalog.NO3, 0.0005)
                .add(SpeciesCatalog.SIO2, 0.0004).add(SpeciesCatalog.BOH3, 0.00005).build();
        // about 9 m³/h at 12 bar (gauge)
        brackishFeed = new Stream(2.5, new Solution(well, Settings.TEMPERATURE, 12e5 + ATM));

        // WaterTAP's RO 0D test with calculated mass transfer and pressure drop (flat sheet,
        // 19 m², A = 4.2e-12 m/(s·Pa), B = 3.5e-8 m/s, NaCl at 70 bar)
        watertapElement = new Element("watertap", new ElementGeometry(ModuleType.FLAT_SHEET, 19, 16, 1e-3, 0.97),
                Membrane.solutionDiffusion(4.2e-12, SolutePermeabilities.uniform(3.5e-8),
                        NoTemperatureCorrection.INSTANCE));
        final double water = 0.965 / 3.6;
        final double molality = 0.035 / 0.965 / (SpeciesCatalog.NA.molarMass() + SpeciesCatalog.CL.molarMass());
        watertapFeed = new Stream(water, new Solution(Composition.builder().add(SpeciesCatalog.NA, molality)
                .add(SpeciesCatalog.CL, molality).build(), Settings.TEMPERATURE, 7e6));
        watertap0D = new ElementOptions(PropertyPackages.WATERTAP_NACL,
                new Polarization.Film(GuillenHoekMassTransfer.INSTANCE),
                new PressureDrop.Friction(GuillenHoekFriction.INSTANCE), Discretization.LUMPED_TWO_POINT, 1,
                ElementOptions.Formulation.WATERTAP);
        watertap1D = new ElementOptions(PropertyPackages.WATERTAP_NACL,
                new Polarization.Film(GuillenHoekMassTransfer.INSTANCE),
                new PressureDrop.Friction(GuillenHoekFriction.INSTANCE), Discretization.BACKWARD_DIFFERENCE, 10,
                ElementOptions.Formulation.WATERTAP);
        calibrationSpec = Catalog.SHIPPED.get("SW30HRLE-400");
    }

    /** @return SW30HRLE-400 on 15-species seawater with the default physics */
    @Benchmark
    public ElementResult seawaterElement() {
        return ElementModel.solve(seawaterElement, seawaterFeed, ATM, defaults);
    }

    /** @return the same element with the seawater property package (Sharqawy 2010, by salinity) */
    @Benchmark
    public ElementResult seawaterElementSeawaterPackage() {
        return ElementModel.solve(seawaterElement, seawaterFeed, ATM, seawaterPackage);
    }

    /** @return BW30-400 on a 10-species brackish well water with the default physics */
    @Benchmark
    public ElementResult brackishElement() {
        return ElementModel.solve(brackishElement, brackishFeed, ATM, defaults);
    }

    /** @return WaterTAP's RO 0D case (two-point average, implicit outlet) */
    @Benchmark
    public ElementResult watertapNaCl0D() {
        return ElementModel.solve(watertapElement, watertapFeed, ATM, watertap0D);
    }

    /** @return the same element as WaterTAP's RO 1D scheme with 10 backward-difference segments */
    @Benchmark
    public ElementResult watertapNaCl1D() {
        return ElementModel.solve(watertapElement, watertapFeed, ATM, watertap1D);
    }

    /** @return A and B of SW30HRLE-400 fitted to its datasheet test (no cache) */
    @Benchmark
    public Calibration.Result calibrateFromDatasheet() {
        return Calibration.calibrate(calibrationSpec, defaults);
    }
}
