package org.permeate.io.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.permeate.element.Discretization;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.FeedWater;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.measure.Dimension;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;

/**
 * Reads one case of a project file into a {@link SystemDesign}: its feed, membrane condition,
 * options and passes (the passes by {@link PassReader}).
 */
final class CaseReader {

    static final String[] KEYS = {"name", "based-on", "feed", "bypass", "membrane", "project-years", "options",
        "passes"};
    static final String[] FEED_KEYS = {"water", "temperature", "pH", "flow", "product", "pressure", "source",
        "antiscalant"};
    private static final String[] PRODUCT_KEYS = {"flow", "recovery"};
    private static final String[] MEMBRANE_KEYS = {"fouling-factor", "age", "flux-decline", "salt-passage-increase"};
    private static final String[] OPTION_KEYS = {"properties", "segments", "discretization", "formulation"};

    /** Default flux decline per year (Du et al. 2014, as the element command's default). */
    static final double DEFAULT_FLUX_DECLINE = 0.07;
    /** Default salt-passage increase per year (Du et al. 2014). */
    static final double DEFAULT_SALT_PASSAGE_INCREASE = 0.10;

    private CaseReader() {
    }

    /** The feed as read: the water, and the product target when the feed is given by its product. */
    record Feed(FeedWater water, Optional<PressureSpec.ProductFlow> product, double antiscalant) {
    }

    /**
     * @param at      the case (with what it inherits merged in)
     * @param catalog the elements available
     * @return the case
     */
    static ProjectCase read(final Located at, final Catalog catalog) {
        final Section c = at.section(KEYS);
        final String name = c.required("name", "a name for the case, e.g. design").text("a name for the case");
        final ElementOptions options = c.optional("options").map(CaseReader::options).orElse(ElementOptions.defaults());
        final Feed feed = feed(c.required("feed", "the raw water: water, temperature, flow (or product) and source"),
                options.properties());
        final double bypass = c.optional("bypass").map(v -> v.fraction(0.0, 0.9)).orElse(0.0);
        final MembraneCondition condition = c.optional("membrane").map(CaseReader::membrane)
                .orElse(new MembraneCondition(1.0, 0.0, DEFAULT_FLUX_DECLINE, DEFAULT_SALT_PASSAGE_INCREASE));
        final List<Double> years = new ArrayList<>();
        c.optional("project-years").ifPresent(y -> y.listOrOne().forEach(v -> years.add(v.years())));

        final Located passesAt = c.required("passes", "a list of passes, each with its stages");
        final List<PassDesign> passes = new ArrayList<>();
        final List<Located> items = passesAt.list("pass");
        for (int k = 0; k < items.size(); k++) {
            passes.add(PassReader.read(items.get(k), k, passes, feed, catalog, options));
        }
        try {
            return new ProjectCase(name, new SystemDesign(name, feed.water(), passes, bypass, condition, options),
                    years, feed.antiscalant());
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static Feed feed(final Located at, final PropertyPackage properties) {
        final Section f = at.section(FEED_KEYS);
        final Located waterAt = f.required("water",
                "the composition, e.g. \"Na 420 mg/L, Cl 600 mg/L\" or \"seawater 35 g/kg\"");
        final SolutionSpec spec;
        try {
            spec = SolutionSpecParser.parse(waterAt.name(), waterAt.text("a composition such as "
                    + "\"Na 420 mg/L, Cl 600 mg/L\" or \"seawater 35 g/kg\""));
        } catch (PermeateException e) {
            throw waterAt.relocate(e);
        }
        final Located temperatureAt = f.required("temperature", "the feed temperature, e.g. 25 C or 77 F");
        final double temperature = temperatureAt.quantity(Dimension.TEMPERATURE);
        // with a pH the water is speciated at it (carbonate, borate, ...) before the membranes see it
        final Optional<Located> pHAt = f.optional("pH");
        final double pH = pHAt.map(v -> v.number(0.0, 14.0)).orElse(Double.NaN);
        final double supply = f.optional("pressure").map(Located::absolutePressure)
                .orElse(PhysicalConstants.STANDARD_ATMOSPHERE);
        final Located sourceAt = f.required("source", "where the water comes from: "
                + String.join(", ", Arrays.stream(FeedSource.values()).map(FeedSource::id).toList()));
        final FeedSource source;
        try {
            source = FeedSource.of(sourceAt.name(), sourceAt.text("a feed source"));
        } catch (PermeateException e) {
            throw sourceAt.relocate(e);
        }

        final Composition composition;
        final Solution solution;
        try {
            final Composition given = new ConcentrationConverter(properties.density()).toComposition(spec.entries(),
                    temperature, supply);
            composition = Double.isNaN(pH) ? given : WaterChemistry.equilibrate(given, pH, temperature);
        } catch (PermeateException e) {
            throw waterAt.relocate(e);
        }
        try {
            solution = new Solution(composition, temperature, supply);
            // refuses ice, boiling water, solutes the package cannot describe, salts beyond solubility
            properties.osmotic(solution, RangePolicy.WARN);
        } catch (PermeateException e) {
            throw switch (e.kind()) {
                case BELOW_FREEZING, ABOVE_BOILING, NOT_POSITIVE_TEMPERATURE -> temperatureAt.relocate(e);
                default -> waterAt.relocate(e);
            };
        }

        final String given = f.exactlyOne("the feed flow (flow: 60 m3/h), or the product flow and recovery that "
                + "fix it (product: {flow: 45 m3/h, recovery: 75 %})", "flow", "product");
        final double flow;
        final Optional<PressureSpec.ProductFlow> product;
        if (given.equals("flow")) {
            flow = f.required("flow", "").positive(Dimension.VOLUME_FLOW);
            product = Optional.empty();
        } else {
            final Section p = f.required("product", "").section(PRODUCT_KEYS);
            final double q = p.required("flow", "the product flow, e.g. 45 m3/h").positive(Dimension.VOLUME_FLOW);
            final double r = p.required("recovery", "the system recovery, e.g. 75 %").fraction(1e-6, 0.999);
            flow = q / r;
            product = Optional.of(new PressureSpec.ProductFlow(q));
        }
        try {
            return new Feed(new FeedWater(solution, flow, source), product, f.optional("antiscalant")
                    .map(v -> v.quantity(Dimension.MASS_CONCENTRATION)).orElse(0.0));
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static MembraneCondition membrane(final Located at) {
        final Section m = at.section(MEMBRANE_KEYS);
        final double ff = m.optional("fouling-factor").map(v -> v.fraction(1e-6, 1.0)).orElse(1.0);
        final double age = m.optional("age").map(Located::years).orElse(0.0);
        final double decline = m.optional("flux-decline").map(v -> v.fractionPerYear(0.0, 0.99))
                .orElse(DEFAULT_FLUX_DECLINE);
        final double passage = m.optional("salt-passage-increase")
                .map(v -> v.fractionPerYear(0.0, Double.POSITIVE_INFINITY)).orElse(DEFAULT_SALT_PASSAGE_INCREASE);
        try {
            return new MembraneCondition(ff, age, decline, passage);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static ElementOptions options(final Located at) {
        final Section o = at.section(OPTION_KEYS);
        ElementOptions options = ElementOptions.defaults();
        final Optional<Located> properties = o.optional("properties");
        if (properties.isPresent()) {
            final Located p = properties.get();
            final int i = p.choice("a property package", PropertyPackages.all().keySet().toArray(String[]::new));
            options = options.withProperties(List.copyOf(PropertyPackages.all().values()).get(i));
        }
        final Optional<Located> segments = o.optional("segments");
        if (segments.isPresent()) {
            options = options.withSegments(segments.get().count(1, 10_000));
        }
        final Optional<Located> d = o.optional("discretization");
        if (d.isPresent()) {
            options = options.withDiscretization(d.get().choice(Discretization.class));
        }
        final Optional<Located> f = o.optional("formulation");
        if (f.isPresent()) {
            options = options.withFormulation(f.get().choice(ElementOptions.Formulation.class));
        }
        return options;
    }
}
