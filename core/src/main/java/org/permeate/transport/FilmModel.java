package org.permeate.transport;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Film-theory concentration polarisation and the membrane rejection laws it is combined with, as
 * static, allocation-free functions of SI quantities.
 *
 * <h2>Film theory</h2>
 * A steady one-dimensional solute balance across a stagnant film of thickness δ next to the
 * membrane, with volume flux \( J_v \) towards the membrane and solute flux \( J_s = J_v c_p \)
 * through it, integrates to
 * \[ \frac{c_m - c_p}{c_b - c_p} = E, \qquad E = \exp(J_v/k), \quad k = D/\delta \]
 * (\( c_b \) bulk, \( c_m \) membrane-surface, \( c_p \) permeate concentration). WaterTAP writes the
 * same equation with the solute flux, \( c_m = c_b E - (J_s/J_v)(E - 1) \)
 * ({@code watertap/core/membrane_channel_base.py}, constraint of the calculated CP modulus; see
 * /work/shared/refdata/watertap_ro0d_cases.json, "cp_calculated"). The film Péclet number
 * \( J_v/k \) must stay below {@link #MAX_FILM_PECLET} where E itself is returned.
 *
 * <h2>Combined with a real rejection</h2>
 * With the membrane's real (intrinsic) rejection \( R = 1 - c_p/c_m \), film theory gives in closed form
 * \[ c_m = \frac{c_b}{R\,e^{-J_v/k} + 1 - R}, \qquad c_p = \frac{(1 - R)\,c_b}{R\,e^{-J_v/k} + 1 - R} \]
 * (written with \( e^{-J_v/k} \) so that nothing overflows).
 *
 * <h2>Solution–diffusion</h2>
 * \( J_s = B(c_m - c_p) \) with \( J_s = J_v c_p \) gives the real rejection \( R = J_v/(J_v + B) \)
 * and, with film theory, the solute flux at given \( J_v \):
 * \[ J_s = \frac{B\,c_b\,E}{1 + B E/J_v} = \frac{B\,c_b\,J_v}{J_v\,e^{-J_v/k} + B} \]
 * which tends to 0 (with \( c_p \to c_b \)) as \( J_v \to 0 \) and to \( B c_b \) (no polarisation) as
 * \( k \to \infty \) and \( J_v \gg B \).
 *
 * <h2>Spiegler–Kedem–Katchalsky</h2>
 * Integrating \( J_s = -P'\,dc/dx + (1 - \sigma) c J_v \) across the active layer with
 * \( J_s = J_v c_p \) gives the real rejection (Spiegler &amp; Kedem 1966)
 * \[ R = \frac{\sigma (1 - F)}{1 - \sigma F}, \qquad F = \exp\!\left[-\frac{(1 - \sigma) J_v}{P_s}\right] \]
 * with \( P_s = P'/\Delta x \) the local solute permeability (m/s) and σ the reflection coefficient.
 * Limits: σ → 1 gives the solution–diffusion result \( R = J_v/(J_v + P_s) \); \( J_v \to \infty \)
 * gives \( R \to \sigma \). Source: K.S. Spiegler, O. Kedem, "Thermodynamics of hyperfiltration
 * (reverse osmosis): criteria for efficient membranes", Desalination 1 (1966) 311–326 (citation as in
 * WaterTAP's RO documentation; the paper was not read). The closed form is the integral of the
 * differential equation above (derivation in /work/shared/PHYSICS.md §1.2, [D]) and is checked in
 * {@code FilmModelTest} against a numerical integration of that equation. It is evaluated as
 * \( R = \sigma u/(1 + \sigma u) \) with \( u = (1 - F)/(1 - \sigma) \) computed by {@code expm1},
 * exact at σ = 1 and free of cancellation near it.
 *
 * <p>Units: concentrations in any one unit (returned in the same), fluxes and coefficients in m/s
 * (volume flux \( J_v \), mass-transfer coefficient k, solute permeabilities B and \( P_s \)); solute
 * fluxes in concentration unit × m/s. Impossible input (negative concentration, k ≤ 0, σ outside
 * [0, 1], non-finite values) throws {@link PermeateException}; nothing returns NaN.
 */
public final class FilmModel {

    /**
     * Largest film Péclet number \( J_v/k \) accepted where \( e^{J_v/k} \) is returned: beyond 700 the
     * exponential overflows a double (and a polarisation of \( e^{50} \) is already meaningless).
     */
    public static final double MAX_FILM_PECLET = 700.0;

    private FilmModel() {
    }

    // ---- film theory ------------------------------------------------------------------------------

    /**
     * @param volumeFlux             \( J_v \), m/s (negative for flow away from the membrane)
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return the polarisation factor \( E = e^{J_v/k} \), dimensionless
     */
    public static double polarisationFactor(final double volumeFlux, final double massTransferCoefficient) {
        return Math.exp(peclet(volumeFlux, massTransferCoefficient));
    }

    /**
     * Film theory with solute passage: \( c_m = c_p + (c_b - c_p)\,e^{J_v/k} \).
     *
     * @param bulk                    \( c_b \), ≥ 0
     * @param permeate                \( c_p \), ≥ 0
     * @param volumeFlux              \( J_v \), m/s
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( c_m \), same unit as the concentrations
     */
    public static double membraneConcentration(final double bulk, final double permeate, final double volumeFlux,
                                               final double massTransferCoefficient) {
        Checks.nonNegative("bulk concentration", bulk);
        Checks.nonNegative("permeate concentration", permeate);
        return permeate + (bulk - permeate) * Math.exp(peclet(volumeFlux, massTransferCoefficient));
    }

    /**
     * WaterTAP's form: \( c_m = c_b E - (J_s/J_v)(E - 1) \), evaluated as
     * \( c_b E - J_s\,(E - 1)/J_v \) with \( (E - 1)/J_v \to 1/k \) as \( J_v \to 0 \).
     *
     * @param bulk                    \( c_b \), ≥ 0
     * @param soluteFlux              \( J_s \), concentration unit × m/s
     * @param volumeFlux              \( J_v \), m/s
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( c_m \), same unit as the bulk concentration
     */
    public static double membraneConcentrationFromSoluteFlux(final double bulk, final double soluteFlux,
                                                             final double volumeFlux,
                                                             final double massTransferCoefficient) {
        Checks.nonNegative("bulk concentration", bulk);
        Checks.finite("solute flux", soluteFlux);
        final double x = peclet(volumeFlux, massTransferCoefficient);
        final double growthOverFlux = expm1OverX(x) / massTransferCoefficient; // (E - 1)/J_v
        return bulk * Math.exp(x) - soluteFlux * growthOverFlux;
    }

    // ---- film theory with a real rejection --------------------------------------------------------

    /**
     * @param realRejection           \( R = 1 - c_p/c_m \), in [0, 1]
     * @param bulk                    \( c_b \), ≥ 0
     * @param volumeFlux              \( J_v \), m/s, ≥ 0
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( c_m = c_b/(R e^{-J_v/k} + 1 - R) \), same unit as \( c_b \)
     */
    public static double membraneConcentrationAtRejection(final double realRejection, final double bulk,
                                                          final double volumeFlux,
                                                          final double massTransferCoefficient) {
        Checks.inRange("real rejection", realRejection, 0.0, 1.0);
        Checks.nonNegative("bulk concentration", bulk);
        Checks.nonNegative("volume flux", volumeFlux);
        final double decay = Math.exp(-peclet(volumeFlux, massTransferCoefficient));
        return bulk / (realRejection * decay + (1.0 - realRejection));
    }

    /**
     * @param realRejection           \( R = 1 - c_p/c_m \), in [0, 1]
     * @param bulk                    \( c_b \), ≥ 0
     * @param volumeFlux              \( J_v \), m/s, ≥ 0
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( c_p = (1 - R)\,c_b/(R e^{-J_v/k} + 1 - R) \), same unit as \( c_b \); 0 at R = 1
     */
    public static double permeateConcentrationAtRejection(final double realRejection, final double bulk,
                                                          final double volumeFlux,
                                                          final double massTransferCoefficient) {
        Checks.inRange("real rejection", realRejection, 0.0, 1.0);
        Checks.nonNegative("bulk concentration", bulk);
        Checks.nonNegative("volume flux", volumeFlux);
        final double decay = Math.exp(-decayExponent(volumeFlux, massTransferCoefficient));
        final double passage = 1.0 - realRejection;
        return passage == 0.0 ? 0.0 : passage * bulk / (realRejection * decay + passage);
    }

    // ---- solution-diffusion -----------------------------------------------------------------------

    /**
     * @param permeabilityB B, m/s, ≥ 0
     * @param volumeFlux    \( J_v \), m/s, ≥ 0
     * @return the real rejection of solution–diffusion, \( J_v/(J_v + B) \); 1 when B = 0
     */
    public static double solutionDiffusionRejection(final double permeabilityB, final double volumeFlux) {
        Checks.nonNegative("solute permeability B", permeabilityB);
        Checks.nonNegative("volume flux", volumeFlux);
        if (permeabilityB == 0.0) {
            return 1.0;
        }
        return volumeFlux / (volumeFlux + permeabilityB);
    }

    /**
     * Solution–diffusion solute flux with film-theory polarisation at a given volume flux:
     * \( J_s = B c_b J_v/(J_v e^{-J_v/k} + B) \).
     *
     * @param permeabilityB           B, m/s, ≥ 0
     * @param bulk                    \( c_b \), ≥ 0
     * @param volumeFlux              \( J_v \), m/s, ≥ 0
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( J_s \), concentration unit × m/s; 0 at \( J_v = 0 \) or B = 0
     */
    public static double solutionDiffusionSoluteFlux(final double permeabilityB, final double bulk,
                                                     final double volumeFlux, final double massTransferCoefficient) {
        Checks.nonNegative("solute permeability B", permeabilityB);
        Checks.nonNegative("bulk concentration", bulk);
        Checks.nonNegative("volume flux", volumeFlux);
        final double decay = Math.exp(-decayExponent(volumeFlux, massTransferCoefficient));
        final double denominator = volumeFlux * decay + permeabilityB;
        return denominator == 0.0 ? 0.0 : permeabilityB * bulk * volumeFlux / denominator;
    }

    /**
     * @param permeabilityB           B, m/s, ≥ 0
     * @param bulk                    \( c_b \), ≥ 0
     * @param volumeFlux              \( J_v \), m/s, ≥ 0
     * @param massTransferCoefficient k, m/s, &gt; 0
     * @return \( c_p = B c_b/(J_v e^{-J_v/k} + B) \); \( c_b \) at \( J_v = 0 \) (B &gt; 0), 0 when B = 0
     */
    public static double solutionDiffusionPermeateConcentration(final double permeabilityB, final double bulk,
                                                                final double volumeFlux,
                                                                final double massTransferCoefficient) {
        Checks.nonNegative("solute permeability B", permeabilityB);
        Checks.nonNegative("bulk concentration", bulk);
        Checks.nonNegative("volume flux", volumeFlux);
        final double decay = Math.exp(-decayExponent(volumeFlux, massTransferCoefficient));
        return permeabilityB == 0.0 ? 0.0 : permeabilityB * bulk / (volumeFlux * decay + permeabilityB);
    }

    // ---- Spiegler-Kedem-Katchalsky ----------------------------------------------------------------

    /**
     * @param reflection         σ, in [0, 1]
     * @param volumeFlux         \( J_v \), m/s, ≥ 0
     * @param permeabilityPs     local solute permeability \( P_s \), m/s, ≥ 0
     * @return real rejection \( \sigma(1 - F)/(1 - \sigma F) \); 0 at \( J_v = 0 \) when \( P_s &gt; 0 \),
     *         σ when \( P_s = 0 \)
     */
    public static double spieglerKedemRejection(final double reflection, final double volumeFlux,
                                                final double permeabilityPs) {
        Checks.inRange("reflection coefficient", reflection, 0.0, 1.0);
        Checks.nonNegative("volume flux", volumeFlux);
        Checks.nonNegative("solute permeability Ps", permeabilityPs);
        if (permeabilityPs == 0.0) {
            return reflection; // F = 0: only convective passage, (1 - sigma) c_m J_v
        }
        final double peclet = volumeFlux / permeabilityPs;
        if (peclet == Double.POSITIVE_INFINITY) {
            return reflection; // F = 0 as for Ps = 0 (Jv/Ps beyond the double range)
        }
        final double leak = 1.0 - reflection;
        // u = (1 - F)/(1 - sigma) = (Jv/Ps) (1 - e^-a)/a with a = (1 - sigma) Jv/Ps; u = Jv/Ps at sigma = 1
        final double u = peclet * negExpm1OverX(leak * peclet);
        return reflection * u / (1.0 + reflection * u);
    }

    /**
     * @param reflection           σ, in [0, 1]
     * @param volumeFlux           \( J_v \), m/s, ≥ 0
     * @param permeabilityPs        \( P_s \), m/s, ≥ 0
     * @param membraneConcentration \( c_m \), ≥ 0
     * @return \( c_p = c_m (1 - R) \), same unit as \( c_m \)
     */
    public static double spieglerKedemPermeateConcentration(final double reflection, final double volumeFlux,
                                                            final double permeabilityPs,
                                                            final double membraneConcentration) {
        Checks.nonNegative("membrane-surface concentration", membraneConcentration);
        return membraneConcentration * (1.0 - spieglerKedemRejection(reflection, volumeFlux, permeabilityPs));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** @return J_v/k after checking k &gt; 0, both finite, and J_v/k ≤ {@link #MAX_FILM_PECLET} */
    private static double peclet(final double volumeFlux, final double massTransferCoefficient) {
        Checks.finite("volume flux", volumeFlux);
        Checks.positive("mass-transfer coefficient", massTransferCoefficient);
        final double x = volumeFlux / massTransferCoefficient;
        if (x > MAX_FILM_PECLET) {
            throw new PermeateException(Message.TOO_LARGE, "film Péclet number J_v/k", MAX_FILM_PECLET, x);
        }
        return x;
    }

    /** @return J_v/k after checking k &gt; 0 and both finite, for use in \( e^{-J_v/k} \) only (no upper cap) */
    private static double decayExponent(final double volumeFlux, final double massTransferCoefficient) {
        Checks.finite("volume flux", volumeFlux);
        Checks.positive("mass-transfer coefficient", massTransferCoefficient);
        return volumeFlux / massTransferCoefficient;
    }

    /** @return \( (e^x - 1)/x \), 1 at x = 0 */
    private static double expm1OverX(final double x) {
        return x == 0.0 ? 1.0 : Math.expm1(x) / x;
    }

    /** @return \( (1 - e^{-x})/x \) for x ≥ 0, 1 at x = 0 */
    private static double negExpm1OverX(final double x) {
        return x == 0.0 ? 1.0 : -Math.expm1(-x) / x;
    }
}
