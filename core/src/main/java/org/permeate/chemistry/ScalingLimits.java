package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.permeate.errors.Checks;
import org.permeate.solver.Brent;

/**
 * How far recovery can go before a mineral saturates in the concentrate. The concentrate at
 * recovery r is the feed with every solute but CO2 concentrated 1/(1 − r), CO2 passing the
 * membrane freely and so staying at the feed's molality (the makers' projection convention;
 * the element model computes the real permeate), its pH from the carried carbon and alkalinity
 * ({@link Speciation#closed}). The limit is the recovery where the mineral's saturation index
 * reaches the allowed value: 0, or what an antiscalant lets the designer go to (e.g. LSI up to
 * 1.8 or gypsum to 230 % of saturation, as antiscalant makers state). Stateless.
 */
public final class ScalingLimits {

    /** Highest recovery searched. */
    public static final double MAX_RECOVERY = 0.98;

    private ScalingLimits() {
    }

    /**
     * One mineral's limit.
     *
     * @param mineral       the mineral
     * @param feedIndex     its saturation index in the feed
     * @param limitRecovery recovery at which the index reaches the allowed value: 0 when the feed
     *                      is already at or above it ({@link #exceededInFeed}), {@link #MAX_RECOVERY}
     *                      when it is not reached below that
     * @param allowed       the allowed saturation index
     */
    public record Limit(Mineral mineral, double feedIndex, double limitRecovery, double allowed) {

        /** @return whether the feed itself is already at or above the allowed index */
        public boolean exceededInFeed() {
            return feedIndex >= allowed;
        }
    }

    /**
     * @param feed     a speciated feed water
     * @param recovery a recovery, 0 ≤ r &lt; 1
     * @return its concentrate as described above
     */
    public static Speciated concentrate(final Speciated feed, final double recovery) {
        Checks.inRange("recovery", recovery, 0.0, 0.999);
        final double cf = 1.0 / (1.0 - recovery);
        final double co2 = feed.molality(org.permeate.properties.species.SpeciesCatalog.CO2);
        final Map<Component, Double> t = new EnumMap<>(Component.class);
        for (Map.Entry<Component, Double> e : feed.totals().entrySet()) {
            t.put(e.getKey(), e.getKey() == Component.CARBON ? (e.getValue() - co2) * cf + co2 : e.getValue() * cf);
        }
        return Speciation.closed(t, feed.alkalinity() * cf, feed.temperature());
    }

    /**
     * @param feed    a speciated feed water
     * @param minerals the minerals to check
     * @param allowed the allowed saturation index (0 for saturation)
     * @return each mineral the water has the ions of, with its limit
     */
    public static List<Limit> limits(final Speciated feed, final List<Mineral> minerals, final double allowed) {
        final List<Limit> out = new ArrayList<>();
        for (Mineral m : minerals) {
            final OptionalDouble si0 = m.saturationIndex(feed);
            if (si0.isEmpty()) {
                continue;
            }
            final double f0 = si0.getAsDouble() - allowed;
            if (f0 >= 0) {
                out.add(new Limit(m, si0.getAsDouble(), 0.0, allowed));
                continue;
            }
            final java.util.function.DoubleUnaryOperator f =
                    r -> m.saturationIndex(concentrate(feed, r)).orElseThrow() - allowed;
            final double fMax = f.applyAsDouble(MAX_RECOVERY);
            final double r = fMax < 0 ? MAX_RECOVERY
                    : Brent.solve("recovery at " + m.name() + " saturation", f, 0, f0, MAX_RECOVERY, fMax, 1e-6, 100);
            out.add(new Limit(m, si0.getAsDouble(), r, allowed));
        }
        return out;
    }
}
