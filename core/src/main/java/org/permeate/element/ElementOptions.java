package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.properties.PropertyPackage;

/**
 * How an element is computed: the property package, concentration polarisation, pressure drop,
 * discretization, and the density of water in the water-flux law.
 *
 * @param properties     property package for the solutions in the channel and the permeate
 * @param polarization   concentration-polarisation model
 * @param pressureDrop   feed-channel pressure-drop model
 * @param discretization integration scheme along the channel
 * @param segments       number of segments (the lumped scheme uses 1)
 * @param solventDensity density of water in J_w = Aρ(ΔP − σΔπ)
 */
public record ElementOptions(PropertyPackage properties, Polarization polarization, PressureDrop pressureDrop,
                             Discretization discretization, int segments, SolventDensity solventDensity) {

    /** Which density of water converts A·ΔP (m/s) into a mass flux. */
    public enum SolventDensity {
        /** Pure water at the local temperature and pressure (IAPWS). */
        PURE_WATER,
        /** 1000 kg/m³, as WaterTAP's RO models fix it. */
        FIXED_1000
    }

    public ElementOptions {
        if (properties == null || polarization == null || pressureDrop == null || discretization == null
                || solventDensity == null) {
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
                DEFAULT_SEGMENTS, SolventDensity.PURE_WATER);
    }

    /** Default number of segments (see the convergence study in the tests). */
    public static final int DEFAULT_SEGMENTS = 12;

    /** @return the same options with another property package */
    public ElementOptions withProperties(final PropertyPackage p) {
        return new ElementOptions(p, polarization, pressureDrop, discretization, segments, solventDensity);
    }

    /** @return the same options with another number of segments */
    public ElementOptions withSegments(final int n) {
        return new ElementOptions(properties, polarization, pressureDrop, discretization, n, solventDensity);
    }

    /** @return the same options with another discretization */
    public ElementOptions withDiscretization(final Discretization d) {
        return new ElementOptions(properties, polarization, pressureDrop, d, segments, solventDensity);
    }

    /** @return the same options with another pressure-drop model */
    public ElementOptions withPressureDrop(final PressureDrop d) {
        return new ElementOptions(properties, polarization, d, discretization, segments, solventDensity);
    }

    /** @return the same options with another polarisation model */
    public ElementOptions withPolarization(final Polarization p) {
        return new ElementOptions(properties, p, pressureDrop, discretization, segments, solventDensity);
    }

    /** @return the same options with another solvent density convention */
    public ElementOptions withSolventDensity(final SolventDensity s) {
        return new ElementOptions(properties, polarization, pressureDrop, discretization, segments, s);
    }
}
