package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.transport.SchockMiquelFriction;
import org.permeate.transport.SchockMiquelMassTransfer;

/**
 * How an element is computed: the property package, concentration polarisation, pressure drop,
 * discretization, and the formulation of the local transport equations.
 *
 * @param properties     property package for the solutions in the channel and the permeate
 * @param polarization   concentration-polarisation model
 * @param pressureDrop   feed-channel pressure-drop model
 * @param discretization integration scheme along the channel
 * @param segments       number of segments (the lumped scheme uses 1)
 * @param formulation    the local transport equations' conventions
 */
public record ElementOptions(PropertyPackage properties, Polarization polarization, PressureDrop pressureDrop,
                             Discretization discretization, int segments, Formulation formulation) {

    /** Conventions of the local transport equations. */
    public enum Formulation {
        /**
         * The default: J_w = Aρ_w(ΔP − σΔπ) with ρ_w the density of pure water at the local state,
         * and film theory written with the permeate's own volumetric flux
         * J_v = (J_w + ΣJ_s)/ρ_p, so that \( c_m - c_p = (c_b - c_p)\exp(J_v/k) \) holds exactly
         * with c_p = J_s/J_v (every solute's β ≥ 1).
         */
        CONSISTENT,
        /**
         * WaterTAP's RO models, for reproducing their cases: ρ_w fixed at 1000 kg/m³, J_v = J_w/1000
         * in the film term, written \( c_m = c_b e^{J_v/k} - (J_s/J_v)(e^{J_v/k} - 1) \), and the
         * permeate concentration from its own density.
         */
        WATERTAP
    }

    public ElementOptions {
        if (properties == null || polarization == null || pressureDrop == null || discretization == null
                || formulation == null) {
            throw new IllegalArgumentException("element options must not be null");
        }
        Checks.inRange("number of segments", segments, 1, 10_000);
    }

    /**
     * @param properties property package
     * @param polarization CP model
     * @param pressureDrop pressure-drop model
     * @return options with the default discretization
     */
    public static ElementOptions of(final PropertyPackage properties, final Polarization polarization,
                                    final PressureDrop pressureDrop) {
        return new ElementOptions(properties, polarization, pressureDrop, Discretization.TRAPEZOIDAL,
                DEFAULT_SEGMENTS, Formulation.CONSISTENT);
    }

    /** Default number of segments (see the convergence study in the tests). */
    public static final int DEFAULT_SEGMENTS = 8;

    /**
     * The default physics for spiral-wound elements: the general property package (Pitzer,
     * Laliberté, Gordon, IAPWS), film polarisation with Schock &amp; Miquel's (1987) Sherwood
     * correlation and pressure drop with their spiral-wound friction factor, the trapezoidal
     * scheme with {@link #DEFAULT_SEGMENTS} segments, and the consistent formulation.
     *
     * @return the default options
     */
    public static ElementOptions defaults() {
        return of(PropertyPackages.GENERAL, new Polarization.Film(SchockMiquelMassTransfer.INSTANCE),
                new PressureDrop.Friction(SchockMiquelFriction.INSTANCE));
    }

    /** @return the same options with another property package */
    public ElementOptions withProperties(final PropertyPackage p) {
        return new ElementOptions(p, polarization, pressureDrop, discretization, segments, formulation);
    }

    /** @return the same options with another number of segments */
    public ElementOptions withSegments(final int n) {
        return new ElementOptions(properties, polarization, pressureDrop, discretization, n, formulation);
    }

    /** @return the same options with another discretization */
    public ElementOptions withDiscretization(final Discretization d) {
        return new ElementOptions(properties, polarization, pressureDrop, d, segments, formulation);
    }

    /** @return the same options with another pressure-drop model */
    public ElementOptions withPressureDrop(final PressureDrop d) {
        return new ElementOptions(properties, polarization, d, discretization, segments, formulation);
    }

    /** @return the same options with another polarisation model */
    public ElementOptions withPolarization(final Polarization p) {
        return new ElementOptions(properties, p, pressureDrop, discretization, segments, formulation);
    }

    /** @return the same options with another formulation */
    public ElementOptions withFormulation(final Formulation f) {
        return new ElementOptions(properties, polarization, pressureDrop, discretization, segments, f);
    }
}
