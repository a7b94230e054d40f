package org.permeate.unitops.household;

import java.util.Locale;

import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.FeedFlow;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

/**
 * A household (under-sink) RO unit: one element fed at line pressure, a drain restrictor on its
 * concentrate, a bladder tank on its permeate and an automatic shut-off valve between them.
 * Pre- and post-filters are not modelled (their pressure loss is taken as zero). Immutable; the
 * element is solved afresh for each back-pressure, so one system serves many threads.
 *
 * @param element    the membrane element, calibrated (e.g. {@code Permeate.element("TW30-1812-75").element()})
 * @param options    how to compute it
 * @param restrictor the drain flow restrictor
 * @param tank       the storage tank
 * @param shutOff    the automatic shut-off valve
 * @param feed       the feed water: composition, temperature, and the line pressure (absolute, Pa)
 */
public record HouseholdSystem(Element element, ElementOptions options, FlowRestrictor restrictor, BladderTank tank,
                              ShutOffValve shutOff, Solution feed) {

    private static final int MAX_ORIFICE_ITERATIONS = 50;
    private static final double ORIFICE_TOLERANCE = 1e-12;

    /**
     * @throws PermeateException when the set-up cannot store water: the tank's pre-charge at or
     *                           above the line pressure or the shut-off pressure, or the line
     *                           pressure at or below the feed's osmotic pressure
     */
    public HouseholdSystem {
        if (element == null || options == null || restrictor == null || tank == null || shutOff == null
                || feed == null) {
            throw new PermeateException(Message.MISSING, "household system",
                    "element, options, restrictor, tank, shut-off valve and feed");
        }
        final double line = feed.pressure();
        tank.requireBelow(line, "line pressure");
        tank.requireBelow(shutOff.closePressure(line), String.format(Locale.ROOT,
                "shut-off pressure (%.3g %% of the line pressure)", 100 * shutOff.closeFraction()));
        final double osmotic = options.properties().osmotic().osmoticPressure(feed);
        if (!(line - BladderTank.ATMOSPHERE > osmotic)) {
            throw new PermeateException(Message.INFEASIBLE, "permeate production", "this unit",
                    "the line pressure of " + BladderTank.psig(line) + " is at or below the feed's osmotic pressure of "
                            + BladderTank.psig(osmotic + BladderTank.ATMOSPHERE) + ", so no water crosses the membrane");
        }
    }

    /** @return the line (feed) pressure, absolute, Pa */
    public double linePressure() {
        return feed.pressure();
    }

    /**
     * The element at one permeate back-pressure, with the feed flow that makes the restrictor's
     * drain flow: for a {@link FlowRestrictor.Fixed} one root search
     * ({@link FeedFlow#forConcentrateFlow}); for an {@link FlowRestrictor.Orifice} a fixed-point
     * iteration on the concentrate pressure (the element's pressure drop at household flows is a
     * few hundred pascals, so it converges in two or three passes).
     *
     * @param permeatePressure absolute permeate pressure, Pa (the tank pressure, or the atmosphere
     *                         with the tank bypassed)
     * @return the element's performance
     */
    public ElementResult operate(final double permeatePressure) {
        final Stream probe = new Stream(1e-3, feed);
        double drain = restrictor.concentrateFlow(feed.pressure() - BladderTank.ATMOSPHERE);
        for (int k = 0; k < MAX_ORIFICE_ITERATIONS; k++) {
            final double water = FeedFlow.forConcentrateFlow(element, probe, permeatePressure, options, drain);
            final ElementResult r = ElementModel.solve(element, probe.withWaterMassFlow(water), permeatePressure,
                    options);
            if (restrictor instanceof FlowRestrictor.Fixed) {
                return r;
            }
            final double next = restrictor.concentrateFlow(r.concentrate().pressure() - BladderTank.ATMOSPHERE);
            if (Math.abs(next - drain) <= ORIFICE_TOLERANCE * drain) {
                return r;
            }
            drain = next;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, "the orifice restrictor's drain flow",
                MAX_ORIFICE_ITERATIONS);
    }

    /** @return the element with the tank bypassed: permeate at the atmosphere */
    public ElementResult bypassed() {
        return operate(BladderTank.ATMOSPHERE);
    }

    /** @return the same unit with another tank */
    public HouseholdSystem withTank(final BladderTank t) {
        return new HouseholdSystem(element, options, restrictor, t, shutOff, feed);
    }

    /** @return the same unit with another feed (composition, temperature, line pressure) */
    public HouseholdSystem withFeed(final Solution f) {
        return new HouseholdSystem(element, options, restrictor, tank, shutOff, f);
    }
}
