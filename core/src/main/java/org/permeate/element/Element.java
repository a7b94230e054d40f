package org.permeate.element;

/**
 * A membrane element: a name, the geometry of its feed channel and the membrane in it.
 *
 * @param name     model name (e.g. "BW30-400")
 * @param geometry feed-side geometry
 * @param membrane membrane permeabilities
 */
public record Element(String name, ElementGeometry geometry, Membrane membrane) {

    public Element {
        if (name == null || geometry == null || membrane == null) {
            throw new IllegalArgumentException("element fields must not be null");
        }
    }

    /** @return the same element with another membrane (e.g. aged) */
    public Element withMembrane(final Membrane m) {
        return new Element(name, geometry, m);
    }
}
