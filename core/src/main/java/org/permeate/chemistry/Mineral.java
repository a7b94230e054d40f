package org.permeate.chemistry;

import java.util.Map;
import java.util.OptionalDouble;

import org.permeate.properties.species.Species;

/**
 * A mineral and its dissolution reaction: \( \text{mineral} = \sum \nu_i\,\text{species}_i +
 * n_w\,\text{H}_2\text{O} \), so that its saturation index is
 * \( SI = \log_{10}(\prod a_i^{\nu_i}\,a_w^{n_w}) - \log_{10} K(T) \): 0 at saturation, above 0
 * supersaturated (it may precipitate: scale), below 0 undersaturated.
 *
 * @param name    name (e.g. "calcite")
 * @param formula formula (e.g. "CaCO3")
 * @param species each dissolved species and its coefficient ν (negative for H⁺ consumed)
 * @param water   coefficient of water n_w
 * @param k       the dissolution constant
 */
public record Mineral(String name, String formula, Map<Species, Integer> species, int water, EquilibriumConstant k) {

    public Mineral {
        species = Map.copyOf(species);
    }

    /**
     * @param w a speciated water
     * @return its saturation index with respect to this mineral, or empty if the water lacks
     *         one of the mineral's ions
     */
    public OptionalDouble saturationIndex(final Speciated w) {
        double logIap = water * w.lnWaterActivity() / Math.log(10);
        for (Map.Entry<Species, Integer> e : species.entrySet()) {
            final double la = e.getKey().equals(org.permeate.properties.species.SpeciesCatalog.H) ? -w.pH()
                    : w.log10Activity(e.getKey());
            if (Double.isInfinite(la)) {
                return OptionalDouble.empty();
            }
            logIap += e.getValue() * la;
        }
        return OptionalDouble.of(logIap - k.log10(w.temperature()));
    }
}
