package org.permeate.flowsheet;

import java.util.List;
import java.util.Optional;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/**
 * A pass: stages in series behind one high-pressure pump, the concentrate of each stage feeding
 * the next, their permeates joined.
 *
 * @param stages             the stages, first first
 * @param pump               the high-pressure pump
 * @param energyRecovery     what recovers the concentrate's pressure
 * @param pressure           what fixes the feed pressure
 * @param recirculation      fraction of the pass's concentrate returned to its own pump suction, 0–0.95
 * @param feedFraction       for a later pass: fraction of the previous pass's permeate (or of its
 *                           rear permeate) it takes, above 0 and at most 1; the rest goes to the product. 1 for
 *                           the first pass
 * @param route              for a later pass: which permeate of the previous pass feeds it
 * @param concentrateRecycle for a later pass: fraction of its concentrate returned to the first
 *                           pass's feed, 0–1 (the rest drains)
 * @param maxPressureGauge   highest feed pressure a solve may use, gauge Pa; 0 for the lowest
 *                           maximum pressure of the elements (or 120 bar if none is stated)
 * @param phAdjustment       acid or caustic dosed into the pass's feed, if any
 */
public record PassDesign(List<StageDesign> stages, Pump pump, EnergyRecovery energyRecovery, PressureSpec pressure,
                         double recirculation, double feedFraction, PermeateRoute route, double concentrateRecycle,
                         double maxPressureGauge, Optional<PhAdjustment> phAdjustment) {

    /** A pass without pH adjustment. */
    public PassDesign(final List<StageDesign> stages, final Pump pump, final EnergyRecovery energyRecovery,
                      final PressureSpec pressure, final double recirculation, final double feedFraction,
                      final PermeateRoute route, final double concentrateRecycle, final double maxPressureGauge) {
        this(stages, pump, energyRecovery, pressure, recirculation, feedFraction, route, concentrateRecycle,
                maxPressureGauge, Optional.empty());
    }

    public PassDesign {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new PermeateException(Message.TOO_SMALL, "stages", 1, 0);
        }
        if (pump == null || energyRecovery == null || pressure == null || route == null || phAdjustment == null) {
            throw new IllegalArgumentException("pass fields must not be null");
        }
        if (!(stages.get(0).boost() instanceof Boost.None)) {
            throw new PermeateException(Message.CONFLICTING, "an interstage booster", "the first stage of a pass");
        }
        Checks.inRange("recirculation", recirculation, 0.0, 0.95);
        Checks.inRange("feed fraction", feedFraction, 1e-6, 1.0);
        Checks.inRange("concentrate recycle", concentrateRecycle, 0.0, 1.0);
        Checks.nonNegative("maximum feed pressure", maxPressureGauge);
    }

    /**
     * @param stages   the stages
     * @param pump     the high-pressure pump
     * @param erd      energy recovery
     * @param pressure what fixes the pressure
     * @return a pass with no recirculation that takes all the previous permeate and drains its concentrate
     */
    public static PassDesign of(final List<StageDesign> stages, final Pump pump, final EnergyRecovery erd,
                                final PressureSpec pressure) {
        return new PassDesign(stages, pump, erd, pressure, 0.0, 1.0, PermeateRoute.ALL, 0.0, 0.0);
    }

    /** @return the same pass with another pressure specification */
    public PassDesign withPressure(final PressureSpec p) {
        return new PassDesign(stages, pump, energyRecovery, p, recirculation, feedFraction, route, concentrateRecycle,
                maxPressureGauge, phAdjustment);
    }

    /** @return the same pass with concentrate recirculation */
    public PassDesign withRecirculation(final double fraction) {
        return new PassDesign(stages, pump, energyRecovery, pressure, fraction, feedFraction, route,
                concentrateRecycle, maxPressureGauge, phAdjustment);
    }

    /** @return the same pass fed from the previous pass as given, its concentrate partly recycled */
    public PassDesign fedBy(final PermeateRoute r, final double fraction, final double recycle) {
        return new PassDesign(stages, pump, energyRecovery, pressure, recirculation, fraction, r, recycle,
                maxPressureGauge, phAdjustment);
    }

    /** @return the same pass with a ceiling on the feed pressure, gauge Pa */
    public PassDesign withMaxPressure(final double gauge) {
        return new PassDesign(stages, pump, energyRecovery, pressure, recirculation, feedFraction, route,
                concentrateRecycle, gauge, phAdjustment);
    }

    /** @return the same pass with its feed dosed to a pH */
    public PassDesign withPhAdjustment(final PhAdjustment adjustment) {
        return new PassDesign(stages, pump, energyRecovery, pressure, recirculation, feedFraction, route,
                concentrateRecycle, maxPressureGauge, Optional.of(adjustment));
    }

    /** @return total membrane area, m² */
    public double area() {
        return stages.stream().mapToDouble(StageDesign::area).sum();
    }
}
