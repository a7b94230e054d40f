package org.permeate.element.catalog;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * The element catalog: the elements Permeate ships ({@code catalog.csv}) plus any the user adds
 * from a file of the same format. Elements are calibrated on first use and remembered.
 * Thread-safe.
 */
public final class Catalog {

    private static final String RESOURCE = "/org/permeate/element/catalog.csv";

    /** The shipped catalog. */
    public static final Catalog SHIPPED = shipped();

    private final List<ElementSpec> elements;
    private final List<CatalogReader.IncompleteEntry> incomplete;
    private final ConcurrentHashMap<CalibrationKey, Calibration.Result> calibrated = new ConcurrentHashMap<>();

    /** Calibrations are remembered per model and per (value-equal) options. */
    private record CalibrationKey(String model, ElementOptions options) {
    }

    private Catalog(final List<ElementSpec> elements, final List<CatalogReader.IncompleteEntry> incomplete) {
        this.elements = List.copyOf(elements);
        this.incomplete = List.copyOf(incomplete);
    }

    private static Catalog shipped() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            final CatalogReader.Contents c = CatalogReader.read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "catalog.csv", CatalogReader.Mode.LENIENT);
            return new Catalog(c.elements(), c.incomplete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param reader a user's element file (same columns as the shipped catalog)
     * @param source its name, for messages
     * @return this catalog with the user's elements added (a user's element replaces a shipped one of the same model)
     */
    public Catalog with(final Reader reader, final String source) {
        final CatalogReader.Contents c = CatalogReader.read(reader, source, CatalogReader.Mode.STRICT);
        final List<ElementSpec> all = new ArrayList<>(c.elements());
        for (ElementSpec e : elements) {
            if (c.elements().stream().noneMatch(u -> u.model().equalsIgnoreCase(e.model()))) {
                all.add(e);
            }
        }
        return new Catalog(all, incomplete);
    }

    /** @return every complete element, in file order */
    public List<ElementSpec> elements() {
        return elements;
    }

    /** @return datasheets the catalog records that lack what calibration needs */
    public List<CatalogReader.IncompleteEntry> incomplete() {
        return incomplete;
    }

    /**
     * @param query text every element must contain (maker, model, family or size), or empty for all
     * @return the matching elements
     */
    public List<ElementSpec> filter(final String query) {
        if (query == null || query.isBlank()) {
            return elements;
        }
        final String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        return elements.stream().filter(e -> {
            for (String w : words) {
                if (!e.matches(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /**
     * @param model a model name (case-insensitive; spaces and dashes may be omitted)
     * @return the element with that model name
     */
    public Optional<ElementSpec> find(final String model) {
        final String key = key(model);
        return elements.stream().filter(e -> key(e.model()).equals(key)).findFirst();
    }

    /**
     * @param model a model name
     * @return the element
     * @throws PermeateException naming close matches when there is none
     */
    public ElementSpec get(final String model) {
        return find(model).orElseThrow(() -> {
            final String key = key(model);
            final List<String> close = elements.stream().map(ElementSpec::model)
                    .filter(m -> key(m).contains(key.length() > 3 ? key.substring(0, 4) : key)).limit(8).toList();
            return new PermeateException(Message.UNKNOWN_CHOICE, "element", model,
                    close.isEmpty() ? "see 'permeate catalog' (" + elements.size() + " elements)"
                            : String.join(", ", close) + " (or see 'permeate catalog')");
        });
    }

    /**
     * @param spec    an element of this catalog
     * @param options how to compute it
     * @return the element calibrated to its datasheet (computed once per model and options)
     */
    public Calibration.Result calibrated(final ElementSpec spec, final ElementOptions options) {
        return calibrated.computeIfAbsent(new CalibrationKey(spec.model(), options),
                k -> Calibration.calibrate(spec, options));
    }

    /**
     * @param model a model name
     * @return the element calibrated with the default options
     */
    public Element element(final String model) {
        return calibrated(get(model), DEFAULT_OPTIONS).element();
    }

    /** The options catalog elements are calibrated with by default. */
    public static final ElementOptions DEFAULT_OPTIONS = ElementOptions.defaults();

    private static String key(final String model) {
        return model.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    @Override
    public String toString() {
        return elements.stream().map(ElementSpec::fullName).collect(Collectors.joining(", "));
    }
}
