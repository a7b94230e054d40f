package org.permeate.unitops;

import java.util.ArrayList;
import java.util.List;

import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.errors.Checks;
import org.permeate.properties.Stream;

/**
 * A pressure vessel: one to eight spiral-wound elements in series, the concentrate of each
 * feeding the next, their permeates joined in the central tube. Elements of different models may
 * share a vessel (internally staged designs). The permeate tube may be split: the first
 * {@code frontElements} deliver "front" permeate at one end, the rest "rear" permeate at the other.
 * Stateless.
 */
public final class Vessel {

    /** Most elements a standard pressure vessel holds. */
    public static final int MAX_ELEMENTS = 8;

    private Vessel() {
    }

    /**
     * @param elements         the elements, inlet first (1 to {@value #MAX_ELEMENTS})
     * @param feed             the vessel's feed
     * @param permeatePressure absolute permeate pressure, Pa
     * @param options          how to compute each element
     * @param frontElements    how many elements deliver front permeate (= the element count when not split)
     * @return the vessel's performance
     */
    public static VesselResult solve(final List<Element> elements, final Stream feed, final double permeatePressure,
                                     final ElementOptions options, final int frontElements) {
        Checks.inRange("elements per vessel", elements.size(), 1, MAX_ELEMENTS);
        Checks.inRange("front elements", frontElements, 0, elements.size());
        final List<ElementResult> results = new ArrayList<>(elements.size());
        final List<Stream> front = new ArrayList<>();
        final List<Stream> rear = new ArrayList<>();
        Stream in = feed;
        for (int k = 0; k < elements.size(); k++) {
            final ElementResult r = ElementModel.solve(elements.get(k), in, permeatePressure, options);
            results.add(r);
            (k < frontElements ? front : rear).add(r.permeate());
            in = r.concentrate();
        }
        final Stream empty = new Stream(0.0, feed.solution().withPressure(permeatePressure));
        final Stream f = front.isEmpty() ? empty : Streams.mix(permeatePressure, front);
        final Stream b = rear.isEmpty() ? empty : Streams.mix(permeatePressure, rear);
        final Stream all = Streams.mix(permeatePressure, f, b);
        return new VesselResult(results, feed, in, all, f, b);
    }
}
