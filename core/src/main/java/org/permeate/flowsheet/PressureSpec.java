package org.permeate.flowsheet;

import org.permeate.errors.Checks;

/**
 * What fixes the feed pressure of a pass: the pressure itself, or a target the pressure is
 * solved for.
 */
public sealed interface PressureSpec {

    /**
     * The membrane feed pressure is given.
     *
     * @param gauge feed pressure at the first element, gauge, Pa (&gt; 0)
     */
    record FeedPressure(double gauge) implements PressureSpec {
        public FeedPressure {
            Checks.positive("feed pressure", gauge);
        }
    }

    /**
     * The pass's recovery is given: its permeate over its feed, by volume (as design tools
     * state it) or by mass of water (as WaterTAP does).
     *
     * @param target recovery, 0 &lt; r &lt; 1
     * @param basis  volume or water mass
     */
    record Recovery(double target, Basis basis) implements PressureSpec {
        public Recovery {
            Checks.inRange("recovery", target, 1e-6, 0.999);
            if (basis == null) {
                throw new IllegalArgumentException("basis must not be null");
            }
        }

        /** @return a volumetric recovery target */
        public static Recovery volumetric(final double target) {
            return new Recovery(target, Basis.VOLUME);
        }
    }

    /**
     * The pass's permeate flow is given.
     *
     * @param target permeate flow, m³/s (&gt; 0)
     */
    record PermeateFlow(double target) implements PressureSpec {
        public PermeateFlow {
            Checks.positive("permeate flow", target);
        }
    }

    /**
     * The whole system's product flow is given (the first pass only): its pressure is solved
     * with every later pass, blend and recycle in the loop. With the feed flow set to product
     * ÷ recovery this is how design tools take "permeate flow and recovery".
     *
     * @param target product flow, m³/s (&gt; 0)
     */
    record ProductFlow(double target) implements PressureSpec {
        public ProductFlow {
            Checks.positive("product flow", target);
        }
    }

    /** How a recovery is measured. */
    enum Basis {
        /** permeate volume / feed volume */
        VOLUME,
        /** permeate water mass / feed water mass */
        WATER_MASS
    }
}
