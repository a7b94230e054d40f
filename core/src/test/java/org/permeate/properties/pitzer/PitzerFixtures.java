package org.permeate.properties.pitzer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/** Small helpers shared by the Pitzer tests. */
final class PitzerFixtures {

    static final Pitzer MODEL = new Pitzer(PitzerDatabase.HMW84, null);

    private PitzerFixtures() {
    }

    /** @return a solution of one salt at molality m and temperature t (K) */
    static Solution salt(final String formula, final double m, final double t) {
        final Map<Species, Double> ions = new LinkedHashMap<>();
        SpeciesCatalog.dissociate(formula).forEach((s, nu) -> ions.put(s, nu * m));
        return Solution.atAtmosphericPressure(Composition.of(ions), t);
    }

    /** @return the mean activity coefficient γ± of the salt in the solution */
    static double meanActivityCoefficient(final String formula, final Solution s) {
        final double[] lnGamma = MODEL.lnActivityCoefficients(s);
        double sum = 0;
        int nu = 0;
        for (Map.Entry<Species, Integer> e : SpeciesCatalog.dissociate(formula).entrySet()) {
            sum += e.getValue() * lnGamma[s.composition().indexOf(e.getKey())];
            nu += e.getValue();
        }
        return Math.exp(sum / nu);
    }
}
