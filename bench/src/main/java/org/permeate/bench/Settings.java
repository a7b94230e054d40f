package org.permeate.bench;

import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.seawater.ReferenceSeawater;

/**
 * The states the benchmarks share, and the run lengths they all use (a single place to change
 * them; JMH annotations need compile-time constants).
 */
final class Settings {

    /** Warm-up iterations. */
    static final int WARMUP_ITERATIONS = 3;

    /** Measurement iterations. */
    static final int MEASUREMENT_ITERATIONS = 5;

    /** Length of each iteration, s. */
    static final int ITERATION_SECONDS = 1;

    /** 25 °C, K. */
    static final double TEMPERATURE = 298.15;

    /** Absolute salinity of the reference seawater, kg/kg (35 g/kg). */
    static final double SALINITY = 0.035;

    /** A typical seawater RO feed pressure, Pa (60 bar). */
    static final double FEED_PRESSURE = 6.0e6;

    /** Concentration factor applied on every call in the "scaled" benchmarks (1.3 = 23 % recovery). */
    static final double CONCENTRATION_FACTOR = 1.3;

    /** NaCl molality of the two-species benchmark, mol/kg (about seawater's ionic strength). */
    static final double NACL_MOLALITY = 0.6;

    private Settings() {
    }

    /** @return reference seawater of 35 g/kg (15 species) at 25 °C and one standard atmosphere */
    static Solution seawater() {
        return new Solution(seawaterComposition(), TEMPERATURE, PhysicalConstants.STANDARD_ATMOSPHERE);
    }

    /** @return the 15-species composition of reference seawater of 35 g/kg, mol/kg */
    static Composition seawaterComposition() {
        return ReferenceSeawater.composition(SALINITY);
    }
}
