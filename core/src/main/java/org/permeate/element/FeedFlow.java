package org.permeate.element;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Stream;
import org.permeate.solver.RootFinder;

/**
 * The feed flow at which an element gives a target recovery or concentrate flow, at a given
 * feed composition, temperature and pressure: how a datasheet test is run ("15 % recovery") and
 * how a designer sizes the feed of one element.
 *
 * <p>Recovery falls and concentrate flow rises monotonically with the feed flow. The search
 * walks from a first guess in factors of 2 until the target is passed, then refines with
 * Brent's method. A feed too small for the element (all of it would permeate) counts as
 * recovery 1 and concentrate 0; a feed so large that the pressure drop exceeds the feed pressure
 * counts as recovery 0 and as a concentrate above any target; a target that lies beyond that
 * jump is refused with the reason. Stateless.
 */
public final class FeedFlow {

    /** How far from the first guess the walk may go, as a factor either way. */
    private static final double SEARCH_SPAN = 1e6;

    /** Stands for the concentrate of a feed the element cannot pass: finite, above any real flow, m³/s. */
    private static final double PAST_EVERY_TARGET = 1e30;

    private FeedFlow() {
    }

    /**
     * @param element          the element
     * @param feed             the feed (its water flow is ignored)
     * @param permeatePressure absolute permeate pressure, Pa
     * @param options          how to compute the element
     * @param recovery         target water recovery, 0 &lt; r &lt; 1
     * @param guess            a first guess of the feed water flow, kg/s, or NaN to estimate one
     * @return the feed water flow, kg/s
     * @throws PermeateException {@link Message#OUT_OF_RANGE} for a recovery outside (0, 1),
     *                           {@link Message#INFEASIBLE} when no feed flow gives it
     */
    public static double forRecovery(final Element element, final Stream feed, final double permeatePressure,
                                     final ElementOptions options, final double recovery, final double guess) {
        if (!(recovery > 0 && recovery < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "recovery", Numbers.compact(recovery), "0", "1");
        }
        final double start = Double.isNaN(guess) ? permeateEstimate(element, feed, permeatePressure, options) / recovery
                : guess;
        final DoubleUnaryOperator excess = w -> recoveryAt(element, feed, w, permeatePressure, options) - recovery;
        return search(String.format(Locale.ROOT, "a recovery of %.4g %%", 100 * recovery), excess, recovery, start,
                false);
    }

    /**
     * @param element           the element
     * @param feed              the feed (its water flow is ignored)
     * @param permeatePressure  absolute permeate pressure, Pa
     * @param options           how to compute the element
     * @param concentrateFlow   target concentrate volume flow, m³/s, &gt; 0
     * @return the feed water flow, kg/s
     * @throws PermeateException {@link Message#NOT_ABOVE} for a flow ≤ 0, {@link Message#INFEASIBLE}
     *                           when no feed flow gives it, {@link Message#PRESSURE_EXHAUSTED} when
     *                           the pressure drop at that flow would exceed the feed pressure
     */
    public static double forConcentrateFlow(final Element element, final Stream feed, final double permeatePressure,
                                            final ElementOptions options, final double concentrateFlow) {
        if (!(concentrateFlow > 0) || Double.isInfinite(concentrateFlow)) {
            throw new PermeateException(Message.NOT_ABOVE, "concentrate flow", "0", Numbers.compact(concentrateFlow));
        }
        final double density = options.properties().density().massDensity(feed.solution());
        final double waterPerVolume = density / (1 + feed.composition().soluteMassPerWaterMass());
        final double start = concentrateFlow * waterPerVolume + permeateEstimate(element, feed, permeatePressure, options);
        final DoubleUnaryOperator excess = w -> concentrateAt(element, feed, w, permeatePressure, options)
                - concentrateFlow;
        return search("a concentrate flow of " + Numbers.significant(concentrateFlow * 3600, 4) + " m³/h", excess,
                concentrateFlow, start, true);
    }

    /**
     * A rough permeate water flow for a first guess: A ρ area (ΔP − π_feed), or a tenth of
     * A ρ area ΔP when the feed's osmotic pressure is above the pressure.
     */
    private static double permeateEstimate(final Element element, final Stream feed, final double permeatePressure,
                                           final ElementOptions options) {
        final double a = element.membrane().waterPermeabilityAt(feed.temperature()) * 1000.0;
        final double deltaP = Math.max(feed.pressure() - permeatePressure, 1.0);
        final double pi = options.properties().osmotic().osmoticPressure(feed.solution());
        return a * element.geometry().area() * Math.max(deltaP - pi, 0.1 * deltaP);
    }

    /**
     * Walks from {@code start} by factors of 2 until {@code excess} changes sign, then Brent; a
     * root whose excess is not within 1e-6 of the target is a jump, not a solution.
     */
    private static double search(final String what, final DoubleUnaryOperator excess, final double target,
                                 final double start, final boolean increasing) {
        double low = start;
        double high = start;
        final double first = excess.applyAsDouble(start);
        if (first == 0) {
            return start;
        }
        // below the root, excess < 0 for an increasing function and > 0 for a decreasing one
        final boolean belowRoot = increasing ? first < 0 : first > 0;
        if (belowRoot) {
            double f;
            do {
                low = high;
                high *= 2;
                if (high > start * SEARCH_SPAN) {
                    throw infeasible(what, "even " + Numbers.significant(high, 3) + " kg/s of feed water falls short");
                }
                f = excess.applyAsDouble(high);
            } while (increasing ? f < 0 : f > 0);
        } else {
            double f;
            do {
                high = low;
                low /= 2;
                if (low < start / SEARCH_SPAN) {
                    throw infeasible(what, "even " + Numbers.significant(low, 3) + " kg/s of feed water overshoots");
                }
                f = excess.applyAsDouble(low);
            } while (increasing ? f > 0 : f < 0);
        }
        final double root = RootFinder.DEFAULT.solve("feed flow for " + what, excess, low, high);
        // a sign change at a jump (the feed flow where the pressure drop uses up the feed pressure) is no root
        if (!(Math.abs(excess.applyAsDouble(root)) <= 1e-6 * target)) {
            throw infeasible(what, "the pressure drop along the element would use up the feed pressure at about "
                    + Numbers.significant(root, 3) + " kg/s of feed water, before the target is reached");
        }
        return root;
    }

    private static PermeateException infeasible(final String what, final String why) {
        return new PermeateException(Message.INFEASIBLE, what, "this element at this feed pressure", why);
    }

    private static double recoveryAt(final Element element, final Stream feed, final double water,
                                     final double permeatePressure, final ElementOptions options) {
        try {
            return ElementModel.solve(element, feed.withWaterMassFlow(water), permeatePressure, options).recovery();
        } catch (PermeateException e) {
            if (e.kind() == Message.FEED_EXHAUSTED) {
                return 1.0;
            }
            if (e.kind() == Message.PRESSURE_EXHAUSTED) {
                return 0.0;
            }
            throw e;
        }
    }

    private static double concentrateAt(final Element element, final Stream feed, final double water,
                                        final double permeatePressure, final ElementOptions options) {
        try {
            final ElementResult r = ElementModel.solve(element, feed.withWaterMassFlow(water), permeatePressure, options);
            return r.concentrate().volumetricFlow(options.properties().density().massDensity(r.concentrate().solution()));
        } catch (PermeateException e) {
            if (e.kind() == Message.FEED_EXHAUSTED) {
                return 0.0;
            }
            if (e.kind() == Message.PRESSURE_EXHAUSTED) {
                // above any target, so the walk stops here; the check after Brent refuses the jump
                return PAST_EVERY_TARGET;
            }
            throw e;
        }
    }
}
