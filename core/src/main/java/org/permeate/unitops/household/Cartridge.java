package org.permeate.unitops.household;

import java.util.Locale;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

/**
 * A filter cartridge in a household RO train (sediment, carbon block, granular carbon), seen by
 * the water as a pressure loss that grows with the flow and, for a sediment cartridge, with the
 * dirt it holds.
 *
 * <p><b>Clean cartridge.</b> \( \Delta P_0(Q) = aQ + bQ^2 \): the linear (Darcy, viscous) term
 * of flow through a porous wall plus a quadratic (Forchheimer, inertial) term, the form of the
 * Ergun equation (S. Ergun, "Fluid flow through packed columns", Chem. Eng. Prog. 48 (1952)
 * 89–94, eq. 6). The two coefficients are fitted through a maker's published clean-cartridge
 * ΔP–flow points ({@link #throughPoints}). Makers' curves are for water at room temperature;
 * the viscosity change with temperature is not applied (the linear term scales with viscosity,
 * ±25 % from 10 to 30 °C).
 *
 * <p><b>Loading</b> (sediment). Particles held on and in the medium add a resistance in series
 * with the clean medium's; for a cake of constant specific resistance it grows in proportion to
 * the mass held (B.F. Ruth, "Studies in filtration III. Derivation of general filtration
 * equations", Ind. Eng. Chem. 27 (1935) 708–723; the cake-filtration law
 * \( \Delta P = \mu Q (R_m + \alpha W/A)/A \)). Here the flow term is multiplied by the
 * <i>loading factor</i> \( \lambda = 1 + W/W_2 \ge 1 \), where \( W_2 \) is the mass that doubles
 * the clean pressure loss: \( \Delta P(Q, W) = \lambda\,\Delta P_0(Q) \). Makers publish the
 * shape (a "clogging curve", e.g. fd-filtercartridges.com/sizing.html: the differential
 * "increases exponentially" as the open area clogs) but no W₂ for their cartridges was found,
 * so the loading factor (or W₂) is an input. Compressible cakes rise faster than this linear law.
 *
 * @param name              label for reports, e.g. "sediment 5 µm"
 * @param linearCoefficient a, Pa·s/m³, ≥ 0
 * @param quadraticCoefficient b, Pa·s²/m⁶, ≥ 0 (a + b &gt; 0)
 * @param loadingFactor     λ ≥ 1: the pressure loss over the clean cartridge's at the same flow
 */
public record Cartridge(String name, double linearCoefficient, double quadraticCoefficient, double loadingFactor) {

    /** One psi per gpm, the unit makers' curves use, in Pa·s/m³. */
    private static final double PSI_PER_GPM = Units.PSI / (Units.US_GALLON / 60.0);

    public Cartridge {
        if (name == null || name.isBlank()) {
            throw new PermeateException(Message.MISSING, "cartridge", "a name");
        }
        Checks.nonNegative("cartridge linear pressure-drop coefficient", linearCoefficient);
        Checks.nonNegative("cartridge quadratic pressure-drop coefficient", quadraticCoefficient);
        if (linearCoefficient + quadraticCoefficient <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, "cartridge pressure-drop coefficients (a + b)", "0",
                    linearCoefficient + quadraticCoefficient);
        }
        Checks.finite("cartridge loading factor", loadingFactor);
        if (loadingFactor < 1) {
            throw new PermeateException(Message.TOO_SMALL, "cartridge loading factor", "1 (a clean cartridge)",
                    loadingFactor);
        }
    }

    /**
     * The clean cartridge through two points of a maker's ΔP–flow curve: a and b solved exactly.
     *
     * @param name label
     * @param q1   first flow, m³/s, &gt; 0
     * @param dp1  pressure loss at q1, Pa, &gt; 0
     * @param q2   second flow, m³/s, ≠ q1
     * @param dp2  pressure loss at q2, Pa, &gt; 0
     * @return the clean cartridge
     * @throws PermeateException if the points give a negative coefficient (a curve that bends
     *                           down: not of this form)
     */
    public static Cartridge throughPoints(final String name, final double q1, final double dp1, final double q2,
                                          final double dp2) {
        Checks.positive("first rated flow", q1);
        Checks.positive("first rated pressure drop", dp1);
        Checks.positive("second rated flow", q2);
        Checks.positive("second rated pressure drop", dp2);
        if (q1 == q2) {
            throw new PermeateException(Message.CONFLICTING, "two rated points", "the same flow");
        }
        // dp/q = a + b q, a line through (q1, dp1/q1) and (q2, dp2/q2)
        final double b = (dp2 / q2 - dp1 / q1) / (q2 - q1);
        final double a = dp1 / q1 - b * q1;
        if (a < 0 || b < 0) {
            throw new PermeateException(Message.INFEASIBLE, "a pressure-drop curve a·Q + b·Q²", name,
                    String.format(Locale.ROOT, "the points give a = %.4g Pa·s/m³, b = %.4g Pa·s²/m⁶; "
                            + "both must be ≥ 0", a, b));
        }
        return new Cartridge(name, a, b, 1.0);
    }

    /**
     * A cartridge rated at one point, taken as linear in the flow (Darcy).
     *
     * @param name         label
     * @param ratedFlow    m³/s, &gt; 0
     * @param pressureDrop Pa at that flow, &gt; 0
     * @return the clean cartridge
     */
    public static Cartridge linear(final String name, final double ratedFlow, final double pressureDrop) {
        Checks.positive("rated flow", ratedFlow);
        Checks.positive("rated pressure drop", pressureDrop);
        return new Cartridge(name, pressureDrop / ratedFlow, 0.0, 1.0);
    }

    /**
     * A 10-inch, 10 µm polypropylene depth cartridge, clean, through two points of the maker's
     * curve: 0.73 psi at 6.6 gpm and "about 1 psi" at 8.8 gpm (FD Filter Cartridges, "Sizing",
     * fd-filtercartridges.com/sizing.html, LOFTREX 10 µm, 10-inch, ambient water). The Pentek
     * 10-inch curves the issue suggests were not found. At household feed flows (0.2–0.5 gpm) a
     * clean cartridge loses well under 0.1 psi; only a loaded one matters.
     *
     * @return the clean cartridge
     */
    public static Cartridge sediment10Inch10Micron() {
        return throughPoints("sediment 10 µm, 10-inch", 6.6 * Units.US_GALLON / 60, 0.73 * Units.PSI,
                8.8 * Units.US_GALLON / 60, 1.0 * Units.PSI);
    }

    /**
     * @param q flow through the cartridge, m³/s, ≥ 0
     * @return the pressure loss, Pa
     */
    public double pressureDrop(final double q) {
        Checks.nonNegative("flow through the cartridge", q);
        return loadingFactor * (linearCoefficient * q + quadraticCoefficient * q * q);
    }

    /**
     * @param factor λ ≥ 1, the pressure loss over the clean one's at the same flow
     * @return this cartridge loaded to that factor
     */
    public Cartridge withLoadingFactor(final double factor) {
        return new Cartridge(name, linearCoefficient, quadraticCoefficient, factor);
    }

    /**
     * Ruth's cake law: λ = 1 + W/W₂.
     *
     * @param heldMass     mass of particles held, kg, ≥ 0
     * @param doublingMass W₂, the held mass that doubles the clean pressure loss, kg, &gt; 0
     * @return this cartridge (clean coefficients) holding that mass
     */
    public Cartridge loadedWith(final double heldMass, final double doublingMass) {
        Checks.nonNegative("held particle mass", heldMass);
        Checks.positive("particle mass that doubles the pressure loss", doublingMass);
        return withLoadingFactor(1 + heldMass / doublingMass);
    }

    /** @return a, in psi/gpm (for reports) */
    public double linearCoefficientPsiPerGpm() {
        return linearCoefficient / PSI_PER_GPM;
    }
}
