package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.transport.MassTransferCorrelation;

/** How concentration polarisation at the membrane surface is modelled. */
public sealed interface Polarization {

    /**
     * Film theory with the mass-transfer coefficient from a Sherwood correlation:
     * \( c_m = c_p + (c_b - c_p)\exp(J_v/k) \), k = Sh·D/d_h from the local bulk flow.
     *
     * @param correlation the Sherwood correlation
     */
    record Film(MassTransferCorrelation correlation) implements Polarization {
    }

    /**
     * Film theory with a given mass-transfer coefficient.
     *
     * @param coefficient k, m/s
     */
    record FixedCoefficient(double coefficient) implements Polarization {
        public FixedCoefficient {
            Checks.positive("mass-transfer coefficient", coefficient);
        }
    }

    /**
     * A fixed ratio of membrane-surface to bulk concentration, \( c_m = \beta c_b \) (WaterTAP's
     * "fixed" option).
     *
     * @param modulus β ≥ 1
     */
    record FixedModulus(double modulus) implements Polarization {
        public FixedModulus {
            Checks.inRange("polarisation modulus", modulus, 1.0, 100.0);
        }
    }

    /** No polarisation: the membrane sees the bulk. */
    record None() implements Polarization {
    }
}
