package org.permeate.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.species.Species;

/**
 * What is dissolved in a kilogram of water: each species and its molality, mol/kg of water.
 * Immutable; species keep the order they were given in. Species with zero molality are kept (a
 * solute that is absent from a permeate is still part of the stream).
 */
public final class Composition {

    private static final Composition EMPTY = new Composition(new Species[0], new double[0]);

    private final Species[] species;
    private final double[] molality;

    private Composition(final Species[] species, final double[] molality) {
        this.species = species;
        this.molality = molality;
    }

    /** @return pure water */
    public static Composition pureWater() {
        return EMPTY;
    }

    /**
     * @param molalities each species and its molality, mol/kg of water (≥ 0)
     * @return the composition
     */
    public static Composition of(final Map<Species, Double> molalities) {
        final Species[] s = new Species[molalities.size()];
        final double[] m = new double[molalities.size()];
        int i = 0;
        for (Map.Entry<Species, Double> e : molalities.entrySet()) {
            s[i] = Objects.requireNonNull(e.getKey(), "species");
            m[i] = check(e.getKey(), e.getValue());
            i++;
        }
        return new Composition(s, m);
    }

    /**
     * @param species  a species
     * @param molality its molality, mol/kg
     * @return a composition of that one species
     */
    public static Composition of(final Species species, final double molality) {
        return new Composition(new Species[] {species}, new double[] {check(species, molality)});
    }

    private static double check(final Species s, final double m) {
        if (!Double.isFinite(m)) {
            throw new PermeateException(Message.NOT_FINITE, "molality of " + s.id(), m);
        }
        if (m < 0) {
            throw new PermeateException(Message.NEGATIVE_CONCENTRATION, s.id(), m + " mol/kg");
        }
        return m;
    }

    /** @return a builder that adds up molalities by species */
    public static Builder builder() {
        return new Builder();
    }

    /** @return number of species */
    public int size() {
        return species.length;
    }

    /** @return the species, in order */
    public List<Species> species() {
        return Collections.unmodifiableList(Arrays.asList(species));
    }

    /**
     * @param i index
     * @return the i-th species
     */
    public Species species(final int i) {
        return species[i];
    }

    /**
     * @param i index
     * @return molality of the i-th species, mol/kg
     */
    public double molality(final int i) {
        return molality[i];
    }

    /**
     * @param s a species
     * @return its molality, mol/kg (0 if absent)
     */
    public double molality(final Species s) {
        final int i = indexOf(s);
        return i < 0 ? 0.0 : molality[i];
    }

    /**
     * @param s a species
     * @return its index, or -1
     */
    public int indexOf(final Species s) {
        for (int i = 0; i < species.length; i++) {
            if (species[i].equals(s)) {
                return i;
            }
        }
        return -1;
    }

    /** @return true if {@code s} is present with a molality above zero */
    public boolean contains(final Species s) {
        return molality(s) > 0;
    }

    /** @return a copy of the molalities, mol/kg, in species order */
    public double[] molalities() {
        return molality.clone();
    }

    /** @return Σ m_i over all species, mol/kg */
    public double totalMolality() {
        double sum = 0;
        for (double m : molality) {
            sum += m;
        }
        return sum;
    }

    /** @return ionic strength I = ½ Σ m_i z_i², mol/kg */
    public double ionicStrength() {
        double sum = 0;
        for (int i = 0; i < species.length; i++) {
            final int z = species[i].charge();
            sum += molality[i] * z * z;
        }
        return 0.5 * sum;
    }

    /** @return net charge Σ m_i z_i, mol/kg (0 for an electroneutral solution) */
    public double netCharge() {
        double sum = 0;
        for (int i = 0; i < species.length; i++) {
            sum += molality[i] * species[i].charge();
        }
        return sum;
    }

    /** @return Σ m_i |z_i| / 2, equivalents of cations (or anions) per kg water when neutral, eq/kg */
    public double equivalents() {
        double sum = 0;
        for (int i = 0; i < species.length; i++) {
            sum += molality[i] * Math.abs(species[i].charge());
        }
        return 0.5 * sum;
    }

    /** @return dissolved mass per mass of water Σ m_i M_i, kg/kg */
    public double soluteMassPerWaterMass() {
        double sum = 0;
        for (int i = 0; i < species.length; i++) {
            sum += molality[i] * species[i].molarMass();
        }
        return sum;
    }

    /** @return dissolved mass per mass of solution, kg/kg (salinity / 1000 for seawater) */
    public double soluteMassFraction() {
        final double r = soluteMassPerWaterMass();
        return r / (1 + r);
    }

    /**
     * @param s a species
     * @return mass of {@code s} per mass of solution, kg/kg
     */
    public double massFraction(final Species s) {
        return molality(s) * s.molarMass() / (1 + soluteMassPerWaterMass());
    }

    /**
     * Concentrates or dilutes: every molality multiplied by {@code factor}.
     *
     * @param factor ≥ 0
     * @return the scaled composition
     */
    public Composition scaled(final double factor) {
        if (!(factor >= 0) || !Double.isFinite(factor)) {
            throw new PermeateException(Message.TOO_SMALL, "concentration factor", "0", factor);
        }
        final double[] m = molality.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] *= factor;
        }
        return new Composition(species, m);
    }

    /**
     * @param s        a species
     * @param newValue its new molality, mol/kg
     * @return a composition with that species' molality set (added if absent)
     */
    public Composition with(final Species s, final double newValue) {
        final int i = indexOf(s);
        if (i < 0) {
            final Species[] sp = Arrays.copyOf(species, species.length + 1);
            final double[] m = Arrays.copyOf(molality, molality.length + 1);
            sp[species.length] = s;
            m[species.length] = check(s, newValue);
            return new Composition(sp, m);
        }
        final double[] m = molality.clone();
        m[i] = check(s, newValue);
        return new Composition(species, m);
    }

    /**
     * The same species with other molalities (the fast way to follow a composition along a
     * channel: no map, one array copy).
     *
     * @param molalities new molalities, mol/kg, one per species in order (each ≥ 0 and finite)
     * @return the composition
     */
    public Composition withMolalities(final double[] molalities) {
        if (molalities.length != species.length) {
            throw new IllegalArgumentException("expected " + species.length + " molalities, got " + molalities.length);
        }
        final double[] m = molalities.clone();
        for (int i = 0; i < m.length; i++) {
            check(species[i], m[i]);
        }
        return new Composition(species, m);
    }

    /** @return the composition as an ordered map species → mol/kg */
    public Map<Species, Double> asMap() {
        final Map<Species, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < species.length; i++) {
            map.put(species[i], molality[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Composition c && Arrays.equals(species, c.species) && Arrays.equals(molality, c.molality);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(species) + Arrays.hashCode(molality);
    }

    @Override
    public String toString() {
        final List<String> parts = new ArrayList<>();
        for (int i = 0; i < species.length; i++) {
            parts.add(species[i].id() + "=" + molality[i]);
        }
        return "Composition" + parts + " mol/kg";
    }

    /** Accumulates molalities species by species. */
    public static final class Builder {
        private final Map<Species, Double> map = new LinkedHashMap<>();

        /**
         * @param s        a species
         * @param molality mol/kg to add
         * @return this
         */
        public Builder add(final Species s, final double molality) {
            check(s, molality);
            map.merge(s, molality, Double::sum);
            return this;
        }

        /**
         * @param other a composition whose molalities are added
         * @return this
         */
        public Builder add(final Composition other) {
            for (int i = 0; i < other.size(); i++) {
                add(other.species(i), other.molality(i));
            }
            return this;
        }

        /** @return the composition */
        public Composition build() {
            return Composition.of(map);
        }
    }
}
