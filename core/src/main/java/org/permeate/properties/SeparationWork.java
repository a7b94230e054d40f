package org.permeate.properties;

import java.util.List;

import org.permeate.measure.PhysicalConstants;

/**
 * The least work of separating streams: the change of Gibbs energy flow, \( \dot W_{least} =
 * \sum_{out}\dot G - \sum_{in}\dot G \), at constant temperature and pressure (Mistry, Lienhard
 * et al. 2011, "Entropy generation analysis of desalination technologies", Entropy 13,
 * 1829–1864, eq. 7; Elimelech &amp; Phillip 2011, Science 333, 712–717, for its size: 1.06 kWh/m³
 * for 35 g/L seawater at 50 % recovery).
 *
 * <p>The Gibbs energy of a solution per kilogram of water, relative to pure water and to each
 * solute's ideal-dilute standard state (the references cancel between streams, since water and
 * every solute are conserved), is
 * \( g = RT\,[\sum_i m_i(\ln m_i - 1) + M\int_0^1 (\varphi(\lambda m) - 1)\,d\lambda/\lambda] \)
 * with M = Σm_i. The first term is the ideal solution; the second is the excess Gibbs energy,
 * found from the osmotic coefficient alone by integrating the Gibbs–Duhem equation along the
 * ray from infinite dilution to the composition (the multicomponent form of
 * \( \ln\gamma_\pm = \varphi - 1 + \int_0^m (\varphi - 1)\,dm/m \), Robinson &amp; Stokes 1959,
 * eq. 2.41). The integral is taken with λ = t², which removes the square-root singularity of
 * electrolytes at λ → 0, by 16-point Gauss–Legendre quadrature.
 *
 * <p>The osmotic model must reach φ = 1 at infinite dilution (Pitzer, ideal neutral solutes);
 * the salinity correlations of the seawater and WaterTAP NaCl packages do not, so callers use
 * the general package for this whatever package the streams were computed with.
 */
public final class SeparationWork {

    // 16-point Gauss–Legendre nodes and weights on [-1, 1] (Abramowitz & Stegun 1964, table 25.4)
    private static final double[] NODES = {0.0950125098376374, 0.2816035507792589, 0.4580167776572274,
        0.6178762444026438, 0.7554044083550030, 0.8656312023878318, 0.9445750230732326, 0.9894009349916499};
    private static final double[] WEIGHTS = {0.1894506104550685, 0.1826034150449236, 0.1691565193950025,
        0.1495959888165767, 0.1246289712555339, 0.0951585116824928, 0.0622535239386479, 0.0271524594117541};

    private SeparationWork() {
    }

    /**
     * @param solution a solution
     * @param model    an osmotic model with φ → 1 at infinite dilution
     * @return its Gibbs energy per kilogram of water relative to the reference states, J/kg
     */
    public static double gibbsEnergyPerWaterMass(final Solution solution, final OsmoticModel model) {
        final Composition c = solution.composition();
        final double total = c.totalMolality();
        if (!(total > 0)) {
            return 0.0;
        }
        double ideal = 0;
        for (int i = 0; i < c.size(); i++) {
            final double m = c.molality(i);
            if (m > 0) {
                ideal += m * (Math.log(m) - 1.0);
            }
        }
        // ∫_0^1 (φ(λm) − 1) dλ/λ = ∫_0^1 2 (φ(t²m) − 1) dt/t, Gauss–Legendre on t in [0, 1]
        double excess = 0;
        for (int k = 0; k < NODES.length; k++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                final double t = 0.5 * (1.0 + sign * NODES[k]);
                final Solution diluted = solution.withComposition(c.scaled(t * t));
                excess += 0.5 * WEIGHTS[k] * 2.0 * (model.osmoticCoefficient(diluted) - 1.0) / t;
            }
        }
        return PhysicalConstants.GAS_CONSTANT * solution.temperature() * (ideal + total * excess);
    }

    /**
     * @param in    streams entering
     * @param out   streams leaving (the same water and solutes, rearranged)
     * @param model an osmotic model with φ → 1 at infinite dilution
     * @return the least work of the separation, W (≥ 0 for a separation, &lt; 0 for a mixing)
     */
    public static double leastWork(final List<Stream> in, final List<Stream> out, final OsmoticModel model) {
        double g = 0;
        for (Stream s : out) {
            g += s.waterMassFlow() > 0 ? s.waterMassFlow() * gibbsEnergyPerWaterMass(s.solution(), model) : 0.0;
        }
        for (Stream s : in) {
            g -= s.waterMassFlow() > 0 ? s.waterMassFlow() * gibbsEnergyPerWaterMass(s.solution(), model) : 0.0;
        }
        return g;
    }
}
