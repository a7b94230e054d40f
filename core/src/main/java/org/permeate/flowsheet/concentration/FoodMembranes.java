package org.permeate.flowsheet.concentration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.element.Element;
import org.permeate.element.PermeabilityRatios;
import org.permeate.element.SolutePermeabilities;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * How much of each food solute a polyamide RO membrane lets through, as ratios of its solute
 * permeability B to that of NaCl (the solute the element was rated and calibrated with). Ions keep
 * the RO family's ratios ({@code permeability-ratios.csv}); the neutral food solutes, which that
 * table would treat like silica, get their own.
 *
 * <p><b>Sugars.</b> No per-sugar B of a commercial RO element was found. What was found bounds
 * them: skim-milk RO retains more than 98 % of lactose (Braz. J. Food Technol. 2019, "Concentration
 * of skim milk by reverse osmosis: characterization and flow decline modelling"), and maple RO
 * "functions essentially as a concentration process, without significantly altering the
 * proportions of sap constituents" (van den Berg, Perkins &amp; Isselhardt 2019). Assumed here:
 * disaccharides (sucrose, lactose) B = 0.05 B_NaCl, hexoses (glucose, fructose) B = 0.15 B_NaCl —
 * with a 99.5 %-NaCl element at 20 L/m²h that is about 99.97 % and 99.9 % rejection, inside both
 * statements. Sorted by molecular size, as RO rejection of neutral solutes is.
 *
 * <p><b>Ethanol.</b> Ethanol passes polyamide RO membranes partly, which is what dealcoholization
 * by RO uses; rejection rises with pressure (flux) and falls with temperature (Catarino, Mendes,
 * Madeira &amp; Ferreira (2007), "Alcohol removal from beer by reverse osmosis", Sep. Sci. Technol.
 * 42, 3011–3027, abstract). Their rejection values were not read; assumed here B = 240 B_NaCl, which
 * for a 99.5 % element gives about 40–50 % ethanol rejection at 20–25 L/m²h and reproduces the
 * direction of both trends through the solution–diffusion law.
 */
public final class FoodMembranes {

    /** B_i/B_NaCl of the food solutes (assumptions, see the class comment). */
    public static final Map<Species, Double> FOOD_RATIOS = Map.of(
            SpeciesCatalog.SUCROSE, 0.05,
            SpeciesCatalog.LACTOSE, 0.05,
            SpeciesCatalog.GLUCOSE, 0.15,
            SpeciesCatalog.FRUCTOSE, 0.15,
            SpeciesCatalog.ETHANOL, 240.0);

    private FoodMembranes() {
    }

    /**
     * @param element a calibrated RO element
     * @return the same element with the food solutes' permeabilities (its NaCl B kept)
     */
    public static Element forFood(final Element element) {
        final SolutePermeabilities b = element.membrane().solutePermeabilities();
        final double bNaCl = b.of(SpeciesCatalog.CL);
        return element.withMembrane(element.membrane().withSolutePermeabilities(new SolutePermeabilities(bNaCl,
                ratiosRelativeTo(b))));
    }

    /** The food ratios re-based on the element's reference so that B_Cl stays what the calibration gave. */
    private static PermeabilityRatios ratiosRelativeTo(final SolutePermeabilities b) {
        final PermeabilityRatios own = b.ratios();
        final double cl = own.ratio(SpeciesCatalog.CL);
        final Map<Species, Double> all = new LinkedHashMap<>();
        own.ratios().forEach((s, r) -> all.put(s, r / cl));
        all.putAll(FOOD_RATIOS);
        return new PermeabilityRatios(own.family() + "+food", all, own.monovalentDefault() / cl,
                own.multivalentDefault() / cl, own.neutralDefault() / cl, own.source()
                + "; food solutes: FoodMembranes (assumed, bounded by published lactose retention > 98 %)");
    }
}
