package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.transport.FrictionCorrelation;

/** How the feed-channel pressure drop is modelled. */
public sealed interface PressureDrop {

    /**
     * From a friction correlation, evaluated along the channel with the local flow:
     * \( dP/dx = -f\rho v^2/(2d_h) \).
     *
     * @param correlation Darcy friction factor correlation
     */
    record Friction(FrictionCorrelation correlation) implements PressureDrop {
    }

    /**
     * A given drop over the element, spread evenly along it.
     *
     * @param drop pressure drop over the element, Pa (≥ 0)
     */
    record Fixed(double drop) implements PressureDrop {
        public Fixed {
            Checks.nonNegative("pressure drop", drop);
        }
    }

    /**
     * A maker's empirical law for one element, \( \Delta P = a\,\bar q^{\,b} \), with q̄ the mean of
     * feed and concentrate volumetric flow, spread evenly along the element (e.g. DuPont FilmTec:
     * 0.01 psi per gpm^1.7).
     *
     * @param coefficient a, Pa per (m³/s)^b
     * @param exponent    b
     */
    record Empirical(double coefficient, double exponent) implements PressureDrop {
        public Empirical {
            Checks.nonNegative("pressure-drop coefficient", coefficient);
            Checks.inRange("pressure-drop exponent", exponent, 0.5, 3.0);
        }
    }

    /** No pressure drop. */
    record None() implements PressureDrop {
    }
}
