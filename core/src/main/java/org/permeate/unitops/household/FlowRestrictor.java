package org.permeate.unitops.household;

import org.permeate.errors.Checks;

/**
 * The drain (concentrate) flow restrictor of a household RO unit: a capillary or orifice that
 * holds the feed side at line pressure and sets how much water goes to drain, hence the unit's
 * recovery. Household units are sold with a restrictor matched to the membrane, rated as a drain
 * flow in mL/min at the operating pressure (about 300 mL/min for a 75 gpd membrane, so roughly
 * three parts drain to one of permeate; the Rayne manual quotes a drain flow of 3–4 times the
 * product flow).
 */
public sealed interface FlowRestrictor {

    /**
     * @param pressureDifference concentrate pressure less the drain (atmospheric) pressure, Pa
     * @return the drain flow the restrictor passes at that pressure difference, m³/s
     */
    double concentrateFlow(double pressureDifference);

    /**
     * A restrictor rated as a fixed drain flow, whatever the pressure: how they are sold and
     * specified. Exact at the rated pressure; at other line pressures see {@link Orifice}.
     *
     * @param flow the drain flow, m³/s, &gt; 0
     */
    record Fixed(double flow) implements FlowRestrictor {

        public Fixed {
            Checks.positive("restrictor drain flow", flow);
        }

        /**
         * @param millilitresPerMinute rated drain flow, mL/min (converted here, where the datum enters)
         * @return the restrictor
         */
        public static Fixed ofMillilitresPerMinute(final double millilitresPerMinute) {
            return new Fixed(millilitresPerMinute * 1e-6 / 60.0);
        }

        @Override
        public double concentrateFlow(final double pressureDifference) {
            return flow;
        }
    }

    /**
     * A sharp-edged orifice (or a short capillary in turbulent flow): \( Q = K \sqrt{\Delta P} \)
     * (the orifice equation \( Q = C_d A \sqrt{2\Delta P/\rho} \), e.g. White, <i>Fluid
     * Mechanics</i>, 7th ed., 2011, eq. 6.104, with \( C_d A \sqrt{2/\rho} \) lumped into K and
     * fixed from one rated flow at one rated pressure difference; density changes of the
     * concentrate, a few parts in 10⁴, are neglected).
     *
     * @param coefficient K, m³/(s·Pa^½), &gt; 0
     */
    record Orifice(double coefficient) implements FlowRestrictor {

        public Orifice {
            Checks.positive("orifice coefficient", coefficient);
        }

        /**
         * @param ratedFlow               drain flow at the rated pressure difference, m³/s
         * @param ratedPressureDifference the rated pressure difference across it, Pa
         * @return the orifice with \( K = Q_{rated}/\sqrt{\Delta P_{rated}} \)
         */
        public static Orifice rated(final double ratedFlow, final double ratedPressureDifference) {
            Checks.positive("rated drain flow", ratedFlow);
            Checks.positive("rated pressure difference", ratedPressureDifference);
            return new Orifice(ratedFlow / Math.sqrt(ratedPressureDifference));
        }

        @Override
        public double concentrateFlow(final double pressureDifference) {
            return coefficient * Math.sqrt(Math.max(pressureDifference, 0.0));
        }
    }
}
