package org.permeate.properties.diffusion;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The one "salt" diffusivity of a mixture at infinite dilution, from the tracer diffusivities of its
 * species at 25 °C. Shared by the {@code nernst-hartley} and {@code gordon} models.
 *
 * <p><b>Single salt</b> (one cation, one anion): the Nernst–Hartley limiting diffusion coefficient of
 * the neutral electrolyte (Nernst, W. (1888) Z. Phys. Chem. 2, 613–637; Hartley, G.S. (1931) Phil. Mag.
 * 12, 473–488; Robinson &amp; Stokes, Electrolyte Solutions, 2nd ed. 1959, ch. 11; CRC Handbook,
 * "Ionic conductivity and diffusion at infinite dilution", introduction):
 * \[ D_{\pm} = \frac{(z_+ + |z_-|)\,D_+ D_-}{z_+ D_+ + |z_-|\,D_-}, \qquad
 *    \frac{1}{D_{\pm}} = \frac{z_+/D_- + |z_-|/D_+}{z_+ + |z_-|}. \]
 * (NaCl 1.610e-9, KCl 1.994e-9, CaCl₂ 1.335e-9 m²/s at 25 °C.) Exact at infinite dilution only.
 *
 * <p><b>Mixtures</b> — a rule of this project, not a published model. Every cation–anion pair (i, j)
 * present is given the weight \( x_i y_j \), the product of the equivalent fractions of i among the
 * cations and of j among the anions (\( x_i = m_i z_i / \sum_{c} m_c z_c \)), and the pair values are
 * averaged harmonically; the electrolyte and each neutral solute k are then averaged harmonically
 * with weights equal to their osmolal (particle) molalities, \( \nu_{el} = \sum_{ions} m_i \) and
 * \( m_k \):
 * \[ \frac{1}{D_{salt}} = \frac{\nu_{el}\sum_{ij} x_i y_j / D_{ij} + \sum_k m_k / D_k}{\nu_{el} + \sum_k m_k}. \]
 * Why this is what the film model of concentration polarisation should use: in RO the film model
 * matters through the osmotic pressure at the membrane wall, to which each solute contributes in
 * proportion to its particle molality, each enriched by \( \exp(J_v \delta / D_k) \) across a film of
 * thickness δ. Expanding \( \sum_k f_k \exp(J_v\delta/D_k) \) to first order in \( J_v\delta \) gives
 * \( \exp(J_v\delta/D_{eff}) \) with \( 1/D_{eff} = \sum_k f_k / D_k \): the harmonic mean weighted by
 * osmotic fraction f. (With a Sherwood correlation \( k \propto D^{2/3} \) the exact first-order mean
 * is of \( D^{-2/3} \); for NaCl and sucrose in equal osmotic shares it gives 0.83e-9 against 0.79e-9
 * harmonic and 1.07e-9 arithmetic, so the harmonic mean is the better of the simple choices.) For
 * the major ions of seawater the pair values span 0.85–2.0e-9 m²/s and the result, 1.478e-9 m²/s
 * (8 % below NaCl alone, through MgCl₂ and Na₂SO₄), is 2 % below the arithmetic mean of the same
 * pairs.
 *
 * <p>Species the table does not cover are left out (the models warn). A composition whose covered
 * species all have zero molality is averaged with equal weights, so a solute-free permeate still has
 * a finite salt diffusivity; one with no covered species at all is refused. Ions of one sign only
 * (no counter-ion listed) are averaged by their own tracer diffusivities, weighted by equivalents.
 *
 * <p>Allocation-free; a double loop over the composition.
 */
final class SaltDiffusivityAverage {

    private SaltDiffusivityAverage() {
    }

    /**
     * @param c a composition
     * @return salt diffusivity at infinite dilution and 298.15 K, m²/s
     * @throws PermeateException if no species of {@code c} is covered by the table
     */
    static double at25C(final Composition c) {
        final int n = c.size();
        boolean anyCovered = false;
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            if (InfiniteDilutionDiffusivities.indexOf(c.species(i)) >= 0) {
                anyCovered = true;
                anyPositive |= c.molality(i) > 0;
            }
        }
        if (!anyCovered) {
            throw new PermeateException(Message.MISSING, "solutes of the solution",
                    "at least one solute with a tabulated diffusivity, to define a salt diffusivity");
        }
        final boolean unitWeights = !anyPositive;

        double cationEq = 0;
        double anionEq = 0;
        double ionParticles = 0;
        double neutralParticles = 0;
        double neutralSum = 0;
        for (int i = 0; i < n; i++) {
            final Species s = c.species(i);
            final int k = InfiniteDilutionDiffusivities.indexOf(s);
            if (k < 0) {
                continue;
            }
            final double w = unitWeights ? 1.0 : c.molality(i);
            final int z = s.charge();
            if (z > 0) {
                cationEq += w * z;
                ionParticles += w;
            } else if (z < 0) {
                anionEq -= w * z;
                ionParticles += w;
            } else {
                neutralParticles += w;
                neutralSum += w / InfiniteDilutionDiffusivities.at25C(k);
            }
        }

        double electrolyteInverse = 0;
        if (cationEq > 0 && anionEq > 0) {
            for (int i = 0; i < n; i++) {
                final Species cation = c.species(i);
                final int ki = InfiniteDilutionDiffusivities.indexOf(cation);
                if (ki < 0 || cation.charge() <= 0) {
                    continue;
                }
                final double zc = cation.charge();
                final double xi = (unitWeights ? 1.0 : c.molality(i)) * zc / cationEq;
                if (xi == 0) {
                    continue;
                }
                final double dc = InfiniteDilutionDiffusivities.at25C(ki);
                for (int j = 0; j < n; j++) {
                    final Species anion = c.species(j);
                    final int kj = InfiniteDilutionDiffusivities.indexOf(anion);
                    if (kj < 0 || anion.charge() >= 0) {
                        continue;
                    }
                    final double za = -anion.charge();
                    final double yj = (unitWeights ? 1.0 : c.molality(j)) * za / anionEq;
                    final double da = InfiniteDilutionDiffusivities.at25C(kj);
                    electrolyteInverse += xi * yj * (zc / da + za / dc) / (zc + za);
                }
            }
        } else if (ionParticles > 0) {
            final double eq = cationEq + anionEq;
            for (int i = 0; i < n; i++) {
                final Species s = c.species(i);
                final int k = InfiniteDilutionDiffusivities.indexOf(s);
                if (k < 0 || s.charge() == 0) {
                    continue;
                }
                final double w = unitWeights ? 1.0 : c.molality(i);
                electrolyteInverse += w * Math.abs(s.charge()) / eq / InfiniteDilutionDiffusivities.at25C(k);
            }
        }
        final double inverse = (ionParticles * electrolyteInverse + neutralSum) / (ionParticles + neutralParticles);
        return 1.0 / inverse;
    }

    /**
     * @param c a composition
     * @return the first species of {@code c} with a positive molality that the table does not cover, or null
     */
    static Species firstUncovered(final Composition c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.molality(i) > 0 && InfiniteDilutionDiffusivities.indexOf(c.species(i)) < 0) {
                return c.species(i);
            }
        }
        return null;
    }

    /**
     * @param c a composition
     * @return true if the identity-less osmolyte is present with a positive molality
     */
    static boolean hasOsmolyte(final Composition c) {
        return c.contains(SpeciesCatalog.OSMOLYTE);
    }
}
