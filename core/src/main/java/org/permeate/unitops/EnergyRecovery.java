package org.permeate.unitops;

import org.permeate.errors.Checks;

/**
 * How the pressure left in a pass's concentrate is put back to work.
 *
 * <ul>
 *   <li>{@link None}: the concentrate is throttled to drain.</li>
 *   <li>{@link PressureExchanger}: an isobaric device (rotary or work exchanger) in which the
 *       concentrate pressurises part of the raw feed directly; a booster pump makes up its
 *       pressure losses. The model follows the quantities the makers specify (Energy Recovery
 *       Inc., "PX Pressure Exchanger" technical documentation; Stover 2007, Desalination 203,
 *       168–175): pressure-transfer efficiency, lubrication (leakage) flow and volumetric
 *       mixing, which raises the salinity of the pressurised feed.</li>
 *   <li>{@link Turbocharger}: a hydraulic turbocharger whose turbine, driven by the concentrate,
 *       boosts the membrane feed after the high-pressure pump (a "turbo booster").</li>
 *   <li>{@link Turbine}: a Pelton wheel or reverse-running pump on the high-pressure pump's
 *       shaft, returning shaft power.</li>
 * </ul>
 */
public sealed interface EnergyRecovery {

    /** No energy recovery. */
    record None() implements EnergyRecovery {
    }

    /**
     * An isobaric pressure exchanger.
     *
     * <p>Flows, with the membrane concentrate Q_b entering the high-pressure inlet and the
     * pressurised feed leaving the high-pressure outlet at Q_h = Q_b (balanced flow, the makers'
     * recommended operation): the low-pressure inlet takes Q_l = Q_h + Q_leak of raw feed,
     * Q_leak = λ Q_h being the lubrication flow that leaves with the discharged brine, so the
     * low-pressure outlet carries Q_b + Q_leak.
     *
     * <p>Mixing: the pressurised feed is the raw feed with a volume fraction x of concentrate,
     * \( c_h = (1 - x) c_l + x c_b \) for every solute (by volume); the discharged brine takes what
     * is left, so every solute balances.
     *
     * <p>Pressures, with the pressure-transfer efficiency η written as WaterTAP's
     * PressureExchanger does (watertap/unit_models/pressure_exchanger.py: the pressure gained by
     * the low-pressure side is η times the pressure lost by the high-pressure side):
     * \( P_h - P_l = \eta\,(P_b - P_{out}) \), with P_out the brine discharge pressure. The
     * booster pump raises P_h to the membrane feed pressure.
     *
     * @param efficiency        pressure-transfer efficiency η, 0 &lt; η ≤ 1
     * @param leakage           lubrication flow as a fraction of the high-pressure flow, 0–0.2
     * @param mixing            volume fraction of concentrate in the pressurised feed, 0–0.5
     * @param dischargeGauge    gauge pressure of the brine leaving the low-pressure outlet, Pa (≥ 0)
     * @param booster           the booster pump after the exchanger
     */
    record PressureExchanger(double efficiency, double leakage, double mixing, double dischargeGauge, Pump booster)
            implements EnergyRecovery {
        public PressureExchanger {
            Checks.inRange("pressure exchanger efficiency", efficiency, 0.01, 1.0);
            Checks.inRange("pressure exchanger leakage", leakage, 0.0, 0.2);
            Checks.inRange("pressure exchanger mixing", mixing, 0.0, 0.5);
            Checks.nonNegative("pressure exchanger discharge pressure", dischargeGauge);
            if (booster == null) {
                throw new IllegalArgumentException("a pressure exchanger needs its booster pump");
            }
        }
    }

    /**
     * A hydraulic turbocharger, as a first-law balance with the maker's overall efficiency (no
     * fitted correlation: the efficiency, of the turbine and pump wheels together, is the
     * designer's input): the boost it gives the feed is
     * \( \Delta P_{boost} = \eta\,Q_b (P_b - P_{out}) / Q_f \), η being the turbocharger's
     * overall (turbine × pump) efficiency.
     *
     * @param efficiency     overall efficiency, 0 &lt; η ≤ 1
     * @param dischargeGauge gauge pressure of the brine leaving the turbine, Pa
     */
    record Turbocharger(double efficiency, double dischargeGauge) implements EnergyRecovery {
        public Turbocharger {
            Checks.inRange("turbocharger efficiency", efficiency, 0.01, 1.0);
            Checks.nonNegative("turbocharger discharge pressure", dischargeGauge);
        }
    }

    /**
     * A turbine on the high-pressure pump's shaft, as a first-law balance with the turbine's
     * efficiency (the designer's input): it returns
     * \( \eta\,Q_b (P_b - P_{out}) \) of shaft power.
     *
     * @param efficiency     turbine efficiency, 0 &lt; η ≤ 1
     * @param dischargeGauge gauge pressure of the brine leaving the turbine, Pa
     */
    record Turbine(double efficiency, double dischargeGauge) implements EnergyRecovery {
        public Turbine {
            Checks.inRange("turbine efficiency", efficiency, 0.01, 1.0);
            Checks.nonNegative("turbine discharge pressure", dischargeGauge);
        }
    }
}
