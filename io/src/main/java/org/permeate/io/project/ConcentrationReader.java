package org.permeate.io.project;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permeate.element.Element;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.flowsheet.concentration.ConcentrationMode;
import org.permeate.flowsheet.concentration.ConcentrationPresets;
import org.permeate.flowsheet.concentration.ConcentrationSpec;
import org.permeate.flowsheet.concentration.ConcentrationTarget;
import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;
import org.permeate.properties.food.FoodProduct;
import org.permeate.properties.food.FoodProducts;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.Pump;

/**
 * Reads a concentration run (YAML or JSON; docs/food-concentration.md) into a {@link ConcentrationSpec}.
 * A file starts from a preset and overrides what it names, or describes its own product:
 *
 * <pre>
 * preset: maple-sap          # or product: {...} with element, target and the rest
 * target: 16 Brix            # 25 % TS, 3x, 75 % volume reduction
 * pressure-limit: 650 psi
 * </pre>
 *
 * Every mistake is a {@link PermeateException} located at its file, path, line and column.
 */
public final class ConcentrationReader {

    static final String[] KEYS = {"preset", "product", "mode", "volume", "loop-volume", "element",
        "elements-in-series", "trains", "temperature", "pressure-limit", "crossflow", "flux", "target",
        "pump-efficiency", "motor-efficiency", "evaporator-efficiency"};
    static final String[] PRODUCT_KEYS = {"name", "description", "measure", "dissolved", "undissolved-solids",
        "tracer", "milk-viscosity", "source"};

    private static final Pattern FACTOR = Pattern.compile("(?i)^\\s*(?:factor|cf)?\\s*([0-9.eE+\\-]+)\\s*(?:x|×|times)?\\s*$");
    private static final Pattern FACTOR_WORD = Pattern.compile("(?i)(x|×|times|factor|cf)");

    private ConcentrationReader() {
    }

    /**
     * @param file a .yaml, .yml or .json file
     * @return the run
     */
    public static ConcentrationSpec read(final Path file) {
        return parse(ProjectReader.text(file), file.toString(), ProjectReader.isJson(file));
    }

    /**
     * @param text     the file's text
     * @param fileName its name, for messages (its extension says JSON or YAML)
     * @param json     whether it is JSON
     * @return the run
     */
    public static ConcentrationSpec parse(final String text, final String fileName, final boolean json) {
        final Located root = Located.root(fileName, TreeParser.parse(text, fileName, json));
        final Section top = root.section(KEYS);
        top.atMostOne("preset", "product");
        ConcentrationSpec base;
        final var presetAt = top.optional("preset");
        if (presetAt.isPresent()) {
            try {
                base = ConcentrationPresets.get(presetAt.get().text("a preset name: " + ConcentrationPresets.list()));
            } catch (PermeateException e) {
                throw presetAt.get().relocate(e);
            }
        } else {
            final Located productAt = top.required("product", "a preset (preset: maple-sap) or a product description");
            final FoodProduct product = product(productAt);
            final Located elementAt = top.required("element", "an element model of the catalog, e.g. HSRO-4040-FF");
            final Located targetAt = top.required("target", "where to stop, e.g. 25 Brix, 25 % TS, 3x");
            base = new ConcentrationSpec(product, ConcentrationMode.BATCH, 1.0, 0.0, element(elementAt), 4, 1, 293.15,
                    600 * 6894.757, 3.0 / 3600, 15 / 3.6e6, target(targetAt, product), new Pump(0.75, 0.92), 0.6,
                    ConcentrationPresets.OPTIONS);
        }
        return overrides(top, base);
    }

    private static ConcentrationSpec overrides(final Section top, final ConcentrationSpec b) {
        try {
            final ConcentrationMode mode = top.optional("mode").map(m -> mode(m)).orElse(b.mode());
            final double volume = top.optional("volume").map(v -> v.positive(Dimension.VOLUME)).orElse(b.volume());
            final double loop = top.optional("loop-volume").map(v -> v.positive(Dimension.VOLUME))
                    .orElse(mode == ConcentrationMode.FEED_AND_BLEED && b.loopVolume() <= 0 ? volume / 10 : b.loopVolume());
            final Element element = top.optional("element").map(ConcentrationReader::element).orElse(b.element());
            final int series = top.optional("elements-in-series").map(v -> integer(v, 1, 20)).orElse(b.elementsInSeries());
            final int trains = top.optional("trains").map(v -> integer(v, 1, 1000)).orElse(b.trains());
            final double t = top.optional("temperature").map(v -> v.quantity(Dimension.TEMPERATURE)).orElse(b.temperature());
            final double limit = top.optional("pressure-limit").map(v -> v.gaugePressure(true)).orElse(b.pressureLimit());
            final double crossflow = top.optional("crossflow").map(v -> v.positive(Dimension.VOLUME_FLOW))
                    .orElse(b.crossflow());
            final double flux = top.optional("flux").map(v -> v.positive(Dimension.FLUX)).orElse(b.flux());
            final ConcentrationTarget target = top.optional("target").map(v -> target(v, b.product())).orElse(b.target());
            final double pumpEff = top.optional("pump-efficiency").map(v -> v.fraction(0.01, 1)).orElse(b.pump().efficiency());
            final double motorEff = top.optional("motor-efficiency").map(v -> v.fraction(0.01, 1))
                    .orElse(b.pump().motorEfficiency());
            final double evap = top.optional("evaporator-efficiency").map(v -> v.fraction(0.05, 1))
                    .orElse(b.evaporatorEfficiency());
            return new ConcentrationSpec(b.product(), mode, volume, mode == ConcentrationMode.BATCH ? 0.0 : loop, element,
                    series, trains, t, limit, crossflow, flux, target, new Pump(pumpEff, motorEff), evap, b.options());
        } catch (PermeateException e) {
            throw e.location() != null ? e : top.located().relocate(e);
        }
    }

    private static ConcentrationMode mode(final Located at) {
        final String m = at.text("batch or feed-and-bleed").toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (m) {
            case "batch" -> ConcentrationMode.BATCH;
            case "feed-and-bleed", "semi-batch" -> ConcentrationMode.FEED_AND_BLEED;
            default -> throw at.error(Message.UNKNOWN_CHOICE, at.path(), m, "batch, feed-and-bleed");
        };
    }

    private static int integer(final Located at, final int lower, final int upper) {
        final String t = at.text("a whole number");
        final int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw at.error(Message.NOT_A_NUMBER, at.path(), t, "a whole number");
        }
        if (n < lower || n > upper) {
            throw at.error(Message.OUT_OF_RANGE, at.path(), n, lower, upper);
        }
        return n;
    }

    private static Element element(final Located at) {
        final String model = at.text("an element model of the catalog");
        try {
            return Catalog.SHIPPED.element(model);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static ConcentrationTarget target(final Located at, final FoodProduct product) {
        try {
            return parseTarget(at.path(), at.text("a target such as 12 Brix, 25 % TS, 3x or 75 % volume reduction"),
                    product);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    /**
     * Reads a target as people write it: {@code 12 Brix}, {@code 25 % TS} (or {@code 25 % total solids}),
     * {@code 3x} (or {@code factor 3}), {@code 75 % volume reduction}; a bare {@code 20 %} is in the
     * product's own measure.
     *
     * @param field   the field's name, for messages
     * @param text    the text
     * @param product the product (for a bare percentage)
     * @return the target
     */
    public static ConcentrationTarget parseTarget(final String field, final String text, final FoodProduct product) {
        final String t = text.strip();
        final String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("reduction") || lower.startsWith("vr")) {
            final String v = lower.replace("volume", "").replace("reduction", "").replace("vr", "").strip();
            return new ConcentrationTarget(ConcentrationTarget.Kind.VOLUME_REDUCTION,
                    QuantityParser.parse(field, v, Dimension.FRACTION).si());
        }
        final Matcher f = FACTOR.matcher(t);
        if (f.matches() && FACTOR_WORD.matcher(t).find()) {
            return new ConcentrationTarget(ConcentrationTarget.Kind.CONCENTRATION_FACTOR, number(field, f.group(1), t));
        }
        if (lower.contains("ts") || lower.contains("solids")) {
            final String v = lower.replace("total", "").replace("solids", "").replace("ts", "").strip();
            return new ConcentrationTarget(ConcentrationTarget.Kind.TOTAL_SOLIDS,
                    QuantityParser.parse(field, v, Dimension.MASS_FRACTION).si());
        }
        if (lower.contains("brix") || lower.contains("bx")) {
            return new ConcentrationTarget(ConcentrationTarget.Kind.BRIX,
                    QuantityParser.parse(field, t, Dimension.MASS_FRACTION).si());
        }
        final double v;
        try {
            v = QuantityParser.parse(field, t, Dimension.MASS_FRACTION).si();
        } catch (PermeateException e) {
            throw new PermeateException(Message.UNPARSABLE_QUANTITY, field, t, "12 Brix, 25 % TS, 3x, 75 % volume reduction");
        }
        return new ConcentrationTarget(product.measure() == FoodProduct.Measure.BRIX ? ConcentrationTarget.Kind.BRIX
                : ConcentrationTarget.Kind.TOTAL_SOLIDS, v);
    }

    private static double number(final String field, final String n, final String text) {
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            throw new PermeateException(Message.NOT_A_NUMBER, field, text, "a concentration factor such as 3x");
        }
    }

    private static FoodProduct product(final Located at) {
        final Section p = at.section(PRODUCT_KEYS);
        final String name = p.required("name", "a name for the product").text("a name");
        final String measureText = p.optional("measure").map(m -> m.text("brix or total-solids"))
                .orElse("brix").toLowerCase(Locale.ROOT);
        final FoodProduct.Measure measure = switch (measureText) {
            case "brix" -> FoodProduct.Measure.BRIX;
            case "total-solids", "ts" -> FoodProduct.Measure.TOTAL_SOLIDS;
            default -> throw p.required("measure", "").error(Message.UNKNOWN_CHOICE, "measure", measureText,
                    "brix, total-solids");
        };
        final Located dissolvedAt = p.required("dissolved", "the dissolved solutes as mass fractions of the product, "
                + "e.g. {sucrose: 10 %, ethanol: 5 %}");
        if (!(dissolvedAt.node() instanceof Node.MapNode map) || map.entries().isEmpty()) {
            throw dissolvedAt.error(Message.WRONG_TYPE, "a mapping of solutes to mass fractions, e.g. {sucrose: 10 %}",
                    dissolvedAt.node().describe());
        }
        final Map<Species, Double> w = new LinkedHashMap<>();
        for (Node.Entry e : map.entries().values()) {
            final Located v = dissolvedAt.child(e);
            final Species s;
            try {
                s = SpeciesCatalog.get(e.key());
            } catch (PermeateException x) {
                throw v.relocate(x);
            }
            w.put(s, v.fraction(0.0, 0.95));
        }
        final double undissolved = p.optional("undissolved-solids").map(v -> v.fraction(0.0, 0.9)).orElse(0.0);
        final Species tracer = p.optional("tracer").map(v -> {
            final String id = v.text("a dissolved species");
            try {
                return SpeciesCatalog.get(id);
            } catch (PermeateException e) {
                throw v.relocate(e);
            }
        }).orElse(undissolved > 0 ? w.keySet().iterator().next() : null);
        final boolean milk = p.optional("milk-viscosity").map(v -> Boolean.parseBoolean(v.text("true or false")))
                .orElse(false);
        final String description = p.optional("description").map(v -> v.text("a description")).orElse(name);
        final String source = p.optional("source").map(v -> v.text("a source")).orElse("user file");
        try {
            return FoodProduct.fromMassFractions(name, description, w, undissolved, tracer, measure, milk, source);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    /** @return the preset products' names, for help texts */
    public static String presets() {
        return String.join(", ", FoodProducts.all().keySet());
    }
}
