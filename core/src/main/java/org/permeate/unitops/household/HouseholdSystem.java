package org.permeate.unitops.household;

import java.util.List;
import java.util.Locale;

import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Solution;

/**
 * A household (under-sink) RO unit: one element fed at line pressure, a drain restrictor on its
 * concentrate, a bladder tank on its permeate and an automatic shut-off valve between them.
 * Prefilter cartridges ({@link Cartridge}: sediment, carbon) sit between the line and the
 * element: the element's feed pressure is the line pressure less their pressure loss at the feed
 * flow the element takes (solved by fixed-point iteration in {@link #operate}). Post-filters
 * after the tank carry only the drawn water and do not change production. Immutable; the
 * element is solved afresh for each back-pressure, so one system serves many threads.
 *
 * @param element    the membrane element, calibrated (e.g. {@code Permeate.element("TW30-1812-75").element()})
 * @param options    how to compute it
 * @param restrictor the drain flow restrictor
 * @param tank       the storage tank
 * @param shutOff    the automatic shut-off valve
 * @param feed       the feed water: composition, temperature, and the line pressure (absolute, Pa)
 * @param prefilters the cartridges ahead of the element, in flow order (may be empty)
 */
public record HouseholdSystem(Element element, ElementOptions options, FlowRestrictor restrictor, BladderTank tank,
                              ShutOffValve shutOff, Solution feed, List<Cartridge> prefilters) {

    private static final int MAX_PREFILTER_ITERATIONS = 100;
    /** Convergence of the element's feed pressure behind the prefilters, Pa. */
    private static final double PREFILTER_TOLERANCE = 1e-6;

    /**
     * @throws PermeateException when the set-up cannot store water: the tank's pre-charge at or
     *                           above the line pressure or the shut-off pressure, or the line
     *                           pressure at or below the feed's osmotic pressure
     */
    public HouseholdSystem {
        if (element == null || options == null || restrictor == null || tank == null || shutOff == null
                || feed == null || prefilters == null) {
            throw new PermeateException(Message.MISSING, "household system",
                    "element, options, restrictor, tank, shut-off valve, feed and prefilter list");
        }
        prefilters = List.copyOf(prefilters);
        final double line = feed.pressure();
        tank.requireBelow(line, "line pressure");
        tank.requireBelow(shutOff.closePressure(line), String.format(Locale.ROOT,
                "shut-off pressure (%.3g %% of the line pressure)", 100 * shutOff.closeFraction()));
        RestrictedElement.requireAboveOsmotic(options, feed);
    }

    /**
     * A unit without prefilter cartridges (their pressure loss taken as zero).
     */
    public HouseholdSystem(final Element element, final ElementOptions options, final FlowRestrictor restrictor,
                           final BladderTank tank, final ShutOffValve shutOff, final Solution feed) {
        this(element, options, restrictor, tank, shutOff, feed, List.of());
    }

    /**
     * @param q the flow through the prefilters, m³/s
     * @return the summed pressure loss of the prefilter cartridges at that flow, Pa
     */
    public double prefilterPressureDrop(final double q) {
        double dp = 0;
        for (Cartridge c : prefilters) {
            dp += c.pressureDrop(q);
        }
        return dp;
    }

    /** @return the line (feed) pressure, absolute, Pa */
    public double linePressure() {
        return feed.pressure();
    }

    /**
     * The element at one permeate back-pressure, with the feed flow that makes the restrictor's
     * drain flow: for a {@link FlowRestrictor.Fixed} one root search
     * ({@link org.permeate.element.FeedFlow#forConcentrateFlow}); for an {@link FlowRestrictor.Orifice} a fixed-point
     * iteration on the concentrate pressure (the element's pressure drop at household flows is a
     * few hundred pascals, so it converges in two or three passes).
     *
     * @param permeatePressure absolute permeate pressure, Pa (the tank pressure, or the atmosphere
     *                         with the tank bypassed)
     * @return the element's performance
     */
    public ElementResult operate(final double permeatePressure) {
        return operateBehind(element, options, restrictor, feed, prefilters, permeatePressure);
    }

    /**
     * The element behind prefilter cartridges: its inlet pressure is the line pressure less the
     * cartridges' loss at the feed flow it takes, solved by fixed-point iteration to
     * 10<sup>−6</sup> Pa (the loss changes the flow by a fraction of itself, so it contracts fast).
     * Shared by the tank unit and the tankless one ({@link TanklessSystem}).
     *
     * @param element          the element
     * @param options          how to compute it
     * @param restrictor       the drain restrictor
     * @param feed             the tap water at line pressure (absolute, Pa)
     * @param prefilters       the cartridges, in flow order (may be empty)
     * @param permeatePressure absolute permeate pressure, Pa
     * @return the element's performance
     */
    static ElementResult operateBehind(final Element element, final ElementOptions options,
                                       final FlowRestrictor restrictor, final Solution feed,
                                       final List<Cartridge> prefilters, final double permeatePressure) {
        if (prefilters.isEmpty()) {
            return RestrictedElement.operate(element, options, restrictor, feed, permeatePressure);
        }
        double inlet = feed.pressure();
        for (int k = 0; k < MAX_PREFILTER_ITERATIONS; k++) {
            final ElementResult r = RestrictedElement.operate(element, options, restrictor, feed.withPressure(inlet),
                    permeatePressure);
            final double q = r.feed().volumetricFlow(options.properties().density().massDensity(r.feed().solution()));
            double dp = 0;
            for (Cartridge c : prefilters) {
                dp += c.pressureDrop(q);
            }
            final double next = feed.pressure() - dp;
            if (!(next - BladderTank.ATMOSPHERE > options.properties().osmotic().osmoticPressure(feed))) {
                throw new PermeateException(Message.INFEASIBLE, "permeate production", "this unit",
                        "the prefilters' pressure loss leaves the element " + BladderTank.psig(next)
                                + ", at or below the feed's osmotic pressure");
            }
            if (Math.abs(next - inlet) <= PREFILTER_TOLERANCE) {
                return r;
            }
            inlet = next;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, "the element's feed pressure behind the prefilters",
                MAX_PREFILTER_ITERATIONS);
    }

    /** @return the element with the tank bypassed: permeate at the atmosphere */
    public ElementResult bypassed() {
        return operate(BladderTank.ATMOSPHERE);
    }

    /** @return the same unit with another tank */
    public HouseholdSystem withTank(final BladderTank t) {
        return new HouseholdSystem(element, options, restrictor, t, shutOff, feed, prefilters);
    }

    /** @return the same unit with another feed (composition, temperature, line pressure) */
    public HouseholdSystem withFeed(final Solution f) {
        return new HouseholdSystem(element, options, restrictor, tank, shutOff, f, prefilters);
    }

    /** @return the same unit with other prefilter cartridges (in flow order) */
    public HouseholdSystem withPrefilters(final List<Cartridge> p) {
        return new HouseholdSystem(element, options, restrictor, tank, shutOff, feed, p);
    }
}
