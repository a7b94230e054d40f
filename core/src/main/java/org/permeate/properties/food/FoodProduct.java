package org.permeate.properties.food;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.ViscosityModel;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * A liquid food (or other product) to be concentrated: what is dissolved in its water, and what it
 * carries undissolved that a reverse-osmosis membrane retains whole (milk protein, fat, colloidal
 * calcium phosphate).
 *
 * <p>Concentration measures: °Brix is taken as the mass percentage of dissolved non-volatile solids
 * (what a refractometer reads for sugar solutions; exact for pure sucrose); total solids adds the
 * undissolved solids (oven drying). Ethanol counts in neither (it evaporates).
 *
 * @param id             stable name (preset name), e.g. {@code "maple-sap"}
 * @param description    one line for people
 * @param dissolved      the dissolved species, mol/kg of water
 * @param retainedSolids undissolved solids retained by the membrane, kg per kg of water, ≥ 0
 * @param tracer         a dissolved species the undissolved solids are carried with in the viscosity
 *                       model (null when there are none)
 * @param measure        how the product's concentration is usually stated
 * @param milkViscosity  whether the viscosity is that of milk (Fernández-Martín 1972) rather than
 *                       of the dissolved solutes alone (Laliberté 2007)
 * @param source         where the composition comes from
 */
public record FoodProduct(String id, String description, Composition dissolved, double retainedSolids,
                          Species tracer, Measure measure, boolean milkViscosity, String source) {

    /** How a product's concentration is stated. */
    public enum Measure {
        /** Dissolved solids, % w/w (sugar products). */
        BRIX("°Brix"),
        /** Total solids, % w/w (dairy). */
        TOTAL_SOLIDS("% TS");

        private final String symbol;

        Measure(final String symbol) {
            this.symbol = symbol;
        }

        /** @return the unit symbol shown to people */
        public String symbol() {
            return symbol;
        }
    }

    public FoodProduct {
        if (id == null || id.isBlank() || dissolved == null || measure == null) {
            throw new PermeateException(Message.MISSING, "product", "a name, a dissolved composition and a measure");
        }
        Checks.nonNegative("retained solids per kg of water", retainedSolids);
        if (retainedSolids > 0 && (tracer == null || dissolved.molality(tracer) <= 0)) {
            throw new PermeateException(Message.MISSING, "tracer of " + id,
                    "a dissolved species present in the product that carries its undissolved solids");
        }
        description = description == null ? id : description;
        source = source == null ? "" : source;
    }

    /**
     * Builds a product from mass fractions of the whole product.
     *
     * @param id             name
     * @param description    one line
     * @param massFractions  dissolved species → kg per kg of product
     * @param retained       undissolved retained solids, kg per kg of product
     * @param tracer         species carrying the retained solids (or null)
     * @param measure        measure
     * @param milkViscosity  milk viscosity model
     * @param source         sources
     * @return the product
     */
    public static FoodProduct fromMassFractions(final String id, final String description,
                                                final Map<Species, Double> massFractions, final double retained,
                                                final Species tracer, final Measure measure,
                                                final boolean milkViscosity, final String source) {
        double solids = Checks.nonNegative("retained solids fraction", retained);
        for (Map.Entry<Species, Double> e : massFractions.entrySet()) {
            solids += Checks.nonNegative("mass fraction of " + e.getKey().id(), e.getValue());
        }
        if (!(solids < 1.0)) {
            throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, id, "solids of " + solids * 100 + " %");
        }
        final double water = 1.0 - solids;
        final Map<Species, Double> m = new LinkedHashMap<>();
        massFractions.forEach((s, w) -> m.put(s, w / s.molarMass() / water));
        return new FoodProduct(id, description, Composition.of(m), retained / water, tracer, measure,
                milkViscosity, source);
    }

    /**
     * @param c a composition of this product's dissolved part, mol/kg
     * @return kg of dissolved non-volatile solids per kg of water
     */
    public static double dissolvedSolidsPerWater(final Composition c) {
        double sum = 0.0;
        for (int i = 0; i < c.size(); i++) {
            if (c.species(i) != SpeciesCatalog.ETHANOL) {
                sum += c.molality(i) * c.species(i).molarMass();
            }
        }
        return sum;
    }

    /**
     * @param c        dissolved composition, mol/kg
     * @param retained retained solids, kg per kg of water
     * @return total mass per kg of water, kg/kg
     */
    public static double massPerWater(final Composition c, final double retained) {
        return 1.0 + c.soluteMassPerWaterMass() + retained;
    }

    /**
     * @param c        dissolved composition, mol/kg
     * @param retained retained solids, kg per kg of water
     * @return dissolved non-volatile solids, mass fraction of the product (°Brix / 100)
     */
    public static double brix(final Composition c, final double retained) {
        return dissolvedSolidsPerWater(c) / massPerWater(c, retained);
    }

    /**
     * @param c        dissolved composition, mol/kg
     * @param retained retained solids, kg per kg of water
     * @return total solids, mass fraction of the product
     */
    public static double totalSolids(final Composition c, final double retained) {
        return (dissolvedSolidsPerWater(c) + retained) / massPerWater(c, retained);
    }

    /**
     * @param c        dissolved composition, mol/kg
     * @param retained retained solids, kg per kg of water
     * @return this product's measure of concentration, mass fraction
     */
    public double measureOf(final Composition c, final double retained) {
        return measure == Measure.BRIX ? brix(c, retained) : totalSolids(c, retained);
    }

    /** @return the product's own measure, mass fraction */
    public double initialMeasure() {
        return measureOf(dissolved, retainedSolids);
    }

    /**
     * The property package for this product: osmotic pressure, density and diffusivity of the
     * dissolved part from the general package, viscosity from the milk correlation (carrying the
     * undissolved solids with the tracer) or from Laliberté's.
     *
     * @return the package
     */
    public PropertyPackage properties() {
        final PropertyPackage general = PropertyPackages.GENERAL;
        final ViscosityModel viscosity = milkViscosity
                ? new FernandezMartinMilkViscosity(tracer, retainedSolids
                        / (dissolved.molality(tracer) * tracer.molarMass()))
                : general.viscosity();
        return new PropertyPackage("food-" + id, general.description() + "; viscosity " + viscosity.name(),
                general.osmotic(), general.density(), viscosity, general.diffusivity(), general.water(),
                java.util.List.of(general.limits().get(0), SupersaturatedSugars.INSTANCE));
    }

    /** @return the dissolved species */
    public List<Species> species() {
        return dissolved.species();
    }
}
