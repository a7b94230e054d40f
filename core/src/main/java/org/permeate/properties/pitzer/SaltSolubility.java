package org.permeate.properties.pitzer;

import java.util.List;
import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.SolubilityLimit;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.solver.RootFinder;

/**
 * The solubility of the highly soluble chloride salts that bound how concentrated a brine can be:
 * halite (NaCl) and sylvite (KCl). A solution whose ion activity product exceeds the solubility
 * product cannot hold that salt dissolved; {@link #check} refuses it. (Sparingly soluble scalants —
 * calcite, gypsum, barite, silica — are routinely supersaturated in RO concentrates; the
 * water-chemistry layer reports them as saturation indices, not errors.)
 *
 * <p>Solubility products in PHREEQC's analytic form
 * \( \log_{10}K = A_1 + A_2T + A_3/T + A_4\log_{10}T + A_5/T^2 \), from pitzer.dat
 * (github:usgs-coupled/phreeqc3@08a4a9ce, PHASES Halite and Sylvite): halite log K = 1.570 at
 * 25 °C; sylvite log K = 3.984 − 919.55/T (0.900 at 25 °C). Activities from the {@link Pitzer}
 * model, so that, e.g., NaCl saturates at about 6.1 mol/kg at 25 °C.
 */
public final class SaltSolubility implements SolubilityLimit {

    /** Saturation index above which a solution is refused (a tolerance for rounding in inputs). */
    public static final double TOLERANCE = 0.002;

    private record Mineral(String name, Species cation, Species anion, double[] a) {
        double logK(final double t) {
            return a[0] + a[1] * t + a[2] / t + a[3] * Math.log10(t) + a[4] / (t * t);
        }
    }

    private static final Mineral HALITE = new Mineral("NaCl (halite)", SpeciesCatalog.NA, SpeciesCatalog.CL,
            new double[] {-713.4616, -0.1201241, 37302.21, 262.4583, -2106915.0});
    private static final Mineral SYLVITE = new Mineral("KCl (sylvite)", SpeciesCatalog.K, SpeciesCatalog.CL,
            new double[] {3.984, 0.0, -919.55, 0.0, 0.0});

    private final Pitzer pitzer;

    /** @param pitzer the activity model */
    public SaltSolubility(final Pitzer pitzer) {
        this.pitzer = pitzer;
    }

    /**
     * @param solution the state
     * @param mineral  which salt
     * @return log10(IAP/K), or −∞ when one ion is absent
     */
    private double saturationIndex(final Solution solution, final Mineral mineral) {
        final Composition c = solution.composition();
        final int i = c.indexOf(mineral.cation());
        final int j = c.indexOf(mineral.anion());
        if (i < 0 || j < 0 || c.molality(i) <= 0 || c.molality(j) <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        final Composition ions = ionsOnly(c);
        final Solution s = solution.withComposition(ions);
        final double[] lnGamma = new double[ions.size()];
        pitzer.osmoticSum(s, lnGamma);
        final int ii = ions.indexOf(mineral.cation());
        final int jj = ions.indexOf(mineral.anion());
        final double logIap = (lnGamma[ii] + lnGamma[jj]) / Math.log(10)
                + Math.log10(ions.molality(ii)) + Math.log10(ions.molality(jj));
        return logIap - mineral.logK(solution.temperature());
    }

    private Composition ionsOnly(final Composition c) {
        for (int i = 0; i < c.size(); i++) {
            if (!pitzer.supports(c.species(i))) {
                final Composition.Builder b = Composition.builder();
                for (int k = 0; k < c.size(); k++) {
                    if (pitzer.supports(c.species(k))) {
                        b.add(c.species(k), c.molality(k));
                    }
                }
                return b.build();
            }
        }
        return c;
    }

    /**
     * @param solution the state
     * @return the saturation index of halite, log10(IAP/K)
     */
    public double haliteSaturationIndex(final Solution solution) {
        return saturationIndex(solution, HALITE);
    }

    @Override
    public void check(final Solution solution) {
        for (Mineral m : List.of(HALITE, SYLVITE)) {
            final double si = saturationIndex(solution, m);
            if (si > TOLERANCE) {
                final double factor = RootFinder.DEFAULT.solve("saturation of " + m.name(),
                        f -> saturationIndex(solution.withComposition(solution.composition().scaled(f)), m), 1e-3, 1.0);
                final double mNow = solution.composition().molality(m.cation());
                throw new PermeateException(Message.ABOVE_SOLUBILITY, m.name(),
                        Numbers.significant(mNow, 4) + " mol/kg of " + m.cation().id(),
                        Numbers.significant(mNow * factor, 4) + " mol/kg (saturation index "
                                + String.format(Locale.ROOT, "%+.3f", si) + ")",
                        String.format(Locale.ROOT, "%.1f °C", solution.temperature() - PhysicalConstants.ZERO_CELSIUS));
            }
        }
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        return List.of();
    }
}
