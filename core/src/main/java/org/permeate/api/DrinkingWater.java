package org.permeate.api;

import org.permeate.chemistry.TraceSpeciation;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.design.compliance.Compliance;
import org.permeate.design.compliance.ProductCompliance;
import org.permeate.design.compliance.Standard;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.MembraneFamily;
import org.permeate.properties.Composition;

/**
 * Drinking water through a household RO membrane, in three calls: the membrane's feed from a tap
 * water analysis with its contaminants ({@link #membraneFeed}), and the tap water, or feed against
 * product, checked against WHO and US EPA limits ({@link #check}, {@link #compliance}).
 * See docs/drinking-water-compliance.md.
 */
public final class DrinkingWater {

    private DrinkingWater() {
    }

    /**
     * @param tap a tap-water analysis (majors and any of Pb, Cu, Cr(III), Cr(VI), As(III), As(V), PFOA, PFOS)
     * @return the composition the membrane model carries (majors at equilibrium at the analysis' pH, arsenic
     *         split by pH), with the approximations made as warnings
     */
    public static TraceSpeciation.Result membraneFeed(final WaterAnalysis tap) {
        return TraceSpeciation.membraneFeed(tap);
    }

    /**
     * @param water    a water analysis
     * @param standard WHO, EPA or both
     * @return its compliance rows
     */
    public static Compliance.Report check(final WaterAnalysis water, final Standard standard) {
        return Compliance.check(water, standard);
    }

    /**
     * @param feed     the tap-water analysis the element was fed with
     * @param result   the element solved on {@link #membraneFeed}'s composition
     * @param family   the element's membrane family ({@code household} for 1812 elements)
     * @param standard WHO, EPA or both
     * @return feed against permeate, parameter by parameter
     */
    public static ProductCompliance compliance(final WaterAnalysis feed, final ElementResult result,
                                               final MembraneFamily family, final Standard standard) {
        return ProductCompliance.of(feed, result, family, standard);
    }

    /**
     * @param feed        the tap-water analysis
     * @param product     the product water as the membrane model carries it (e.g. what a day of draws
     *                    delivered), mol/kg
     * @param temperature its temperature, K
     * @param family      the membrane family
     * @param standard    WHO, EPA or both
     * @return feed against product, parameter by parameter
     */
    public static ProductCompliance compliance(final WaterAnalysis feed, final Composition product,
                                               final double temperature, final MembraneFamily family,
                                               final Standard standard) {
        return ProductCompliance.of(feed, product, temperature, family, standard);
    }
}
