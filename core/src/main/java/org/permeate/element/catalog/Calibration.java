package org.permeate.element.catalog;

import java.util.List;
import java.util.Locale;

import org.permeate.element.Element;
import org.permeate.element.ElementGeometry;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.FeedFlow;
import org.permeate.element.Membrane;
import org.permeate.element.ModuleType;
import org.permeate.element.SolutePermeabilities;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.transport.FilmTecTemperatureCorrection;
import org.permeate.transport.HydranauticsTemperatureCorrection;
import org.permeate.transport.TemperatureCorrection;

/**
 * Derives an element's water permeability A and solute permeability B from its datasheet: the
 * element model, run at the datasheet test (test solution, pressure, temperature, recovery, with
 * the feed flow solved for the recovery and the permeate at atmospheric pressure), must give the
 * datasheet's permeate flow and rejection. Rejection is 1 − c_p/c_f on the dissolved mass per
 * volume (the ppm the sheets print). The two conditions are met by alternating updates —
 * A ← A·Q<sub>sheet</sub>/Q and B ← B·[(1−R<sub>sheet</sub>)/R<sub>sheet</sub>]/[(1−R)/R], which converge because the flow depends mostly on
 * A and the passage mostly on B — to a relative 1e-7 in flow and 1e-8 in rejection.
 *
 * <p>What the datasheet does not give is set by the family or the maker: the ratios of other
 * solutes' B to the test solute's ({@link FamilyRatios}), the temperature correction (the maker's
 * published form: Hydranautics' for Hydranautics/Nitto, FilmTec's for every other maker, whose
 * own tables were not found), the spacer porosity ({@link #POROSITY}) and the active length
 * ({@link ElementSize#activeLength()}).
 */
public final class Calibration {

    /** Feed-spacer porosity assumed for catalog elements (WaterTAP's example value; typical 0.85–0.9). */
    public static final double POROSITY = 0.85;

    private static final int MAX_ITERATIONS = 60;

    private Calibration() {
    }

    /**
     * The result of a calibration.
     *
     * @param spec       the datasheet
     * @param element    the element with calibrated A and B
     * @param permeateFlow permeate flow the calibrated model gives at the test, m³/s
     * @param rejection  rejection it gives at the test
     * @param testResult the element solved at the test
     */
    public record Result(ElementSpec spec, Element element, double permeateFlow, double rejection,
                         ElementResult testResult) {
    }

    /**
     * @param spec    the datasheet
     * @param options how to compute the element (the default physics, normally)
     * @return the calibrated element
     */
    public static Result calibrate(final ElementSpec spec, final ElementOptions options) {
        final ElementGeometry geometry = new ElementGeometry(ModuleType.SPIRAL_WOUND, spec.area(),
                spec.size().activeLength(), spec.feedSpacer(), POROSITY);
        final TestConditions test = spec.test();
        final Stream feed = testFeed(spec, options);
        final double permeatePressure = PhysicalConstants.STANDARD_ATMOSPHERE;
        final double targetFlow = spec.permeateFlow();
        final double targetPassage = (1 - spec.stabilizedRejection()) / spec.stabilizedRejection();

        // first guesses: flux over (pressure less the mean osmotic pressure); passage ~ B / J_v
        final double jv = targetFlow / spec.area();
        final double pi = options.properties().osmotic().osmoticPressure(feed.solution());
        final double ndp = Math.max(test.pressure() - pi * (1 + 0.5 * test.recovery() / (1 - test.recovery())),
                0.2 * test.pressure());
        double a = jv / ndp;
        double b = jv * targetPassage;
        Result last = null;
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            final Element element = new Element(spec.model(), geometry, new Membrane(a,
                    new SolutePermeabilities(b, FamilyRatios.of(spec.family())), 1.0, temperatureCorrection(spec),
                    org.permeate.element.MembraneCondition.NEW));
            last = atTest(spec, element, feed, permeatePressure, options);
            final double flowError = last.permeateFlow() / targetFlow - 1;
            final double passage = (1 - last.rejection()) / last.rejection();
            final double rejectionError = last.rejection() - spec.stabilizedRejection();
            if (Math.abs(flowError) < 1e-7 && Math.abs(rejectionError) < 1e-8) {
                return last;
            }
            a *= targetFlow / last.permeateFlow();
            b *= targetPassage / passage;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, "calibration of " + spec.fullName(), MAX_ITERATIONS);
    }

    /**
     * Runs an element at its datasheet test, the feed flow solved for the test recovery.
     *
     * @param spec    the datasheet
     * @param element the element
     * @param options how to compute
     * @return flow and rejection at the test
     */
    public static Result atTest(final ElementSpec spec, final Element element, final ElementOptions options) {
        return atTest(spec, element, testFeed(spec, options), PhysicalConstants.STANDARD_ATMOSPHERE, options);
    }

    private static Result atTest(final ElementSpec spec, final Element element, final Stream feed,
                                 final double permeatePressure, final ElementOptions options) {
        final double recovery = spec.test().recovery();
        // first guess: the water flow that, at the datasheet's permeate flow, gives the test recovery
        final double water = FeedFlow.forRecovery(element, feed, permeatePressure, options, recovery,
                spec.permeateFlow() * 1000.0 / recovery);
        final ElementResult r = ElementModel.solve(element, feed.withWaterMassFlow(water), permeatePressure, options);
        final double rhoP = options.properties().density().massDensity(r.permeate().solution());
        final double rhoF = options.properties().density().massDensity(r.feed().solution());
        final double cp = r.permeate().composition().soluteMassPerWaterMass() * rhoP
                / (1 + r.permeate().composition().soluteMassPerWaterMass());
        final double cf = r.feed().composition().soluteMassPerWaterMass() * rhoF
                / (1 + r.feed().composition().soluteMassPerWaterMass());
        return new Result(spec, element, r.permeate().volumetricFlow(rhoP), 1 - cp / cf, r);
    }

    /**
     * @param spec    a datasheet
     * @param options computation options (their density model converts the test concentration)
     * @return the datasheet's test solution as a stream of unit water flow at the test pressure
     */
    public static Stream testFeed(final ElementSpec spec, final ElementOptions options) {
        final TestConditions test = spec.test();
        final double pressure = test.pressure() + PhysicalConstants.STANDARD_ATMOSPHERE;
        final var ions = SpeciesCatalog.dissociate(test.solute());
        double formulaMass = 0;
        for (var e : ions.entrySet()) {
            formulaMass += e.getValue() * e.getKey().molarMass();
        }
        final List<ConcentrationConverter.Entry> entries = new java.util.ArrayList<>();
        for (var e : ions.entrySet()) {
            entries.add(new ConcentrationConverter.Entry(e.getKey(), org.permeate.measure.Quantity.of(
                    test.concentration() * e.getValue() * e.getKey().molarMass() / formulaMass,
                    org.permeate.measure.Units.KG_PER_M3_CONC)));
        }
        final Composition c = new ConcentrationConverter(options.properties().density())
                .toComposition(entries, test.temperature(), pressure);
        return new Stream(1.0, new Solution(c, test.temperature(), pressure));
    }

    /**
     * @param spec a datasheet
     * @return the maker's published temperature correction
     */
    public static TemperatureCorrection temperatureCorrection(final ElementSpec spec) {
        final String maker = spec.maker().toLowerCase(Locale.ROOT);
        if (maker.contains("hydranautics") || maker.contains("nitto")) {
            return HydranauticsTemperatureCorrection.INSTANCE;
        }
        return FilmTecTemperatureCorrection.INSTANCE;
    }
}
