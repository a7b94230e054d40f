package org.permeate.chemistry;

import java.util.Map;

import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;

/**
 * A speciated water.
 *
 * @param composition   molality of every species, mol/kg of water
 * @param lnGamma       ln γ of each species, in the composition's order
 * @param lnWaterActivity ln a_w
 * @param pH            −log10 a_H⁺ (unscaled convention)
 * @param temperature   K
 * @param ionicStrength ½ Σ m z², mol/kg
 * @param alkalinity    total alkalinity, eq/kg of water
 * @param totals        the component totals, mol/kg of water (carbon solved where it was)
 */
public record Speciated(Composition composition, double[] lnGamma, double lnWaterActivity, double pH,
                        double temperature, double ionicStrength, double alkalinity, Map<Component, Double> totals) {

    public Speciated {
        lnGamma = lnGamma.clone();
        totals = Map.copyOf(totals);
    }

    /**
     * @param s a species
     * @return its molality, mol/kg (0 if absent)
     */
    public double molality(final Species s) {
        return composition.molality(s);
    }

    /**
     * @param s a species
     * @return log10 of its activity coefficient (0 if absent)
     */
    public double log10Gamma(final Species s) {
        final int i = composition.indexOf(s);
        return i < 0 ? 0.0 : lnGamma[i] / Math.log(10);
    }

    /**
     * @param s a species
     * @return log10 of its activity, or −∞ if absent
     */
    public double log10Activity(final Species s) {
        final int i = composition.indexOf(s);
        if (i < 0 || !(composition.molality(i) > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log10(composition.molality(i)) + lnGamma[i] / Math.log(10);
    }

    /**
     * @param c a component
     * @return its total, mol/kg of water (0 if absent)
     */
    public double total(final Component c) {
        return totals.getOrDefault(c, 0.0);
    }
}
