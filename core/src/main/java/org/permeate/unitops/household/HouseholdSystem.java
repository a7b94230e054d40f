package org.permeate.unitops.household;

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
        RestrictedElement.requireAboveOsmotic(options, feed);
    }

    /** @return the line (feed) pressure, absolute, Pa */
    public double linePressure() {
        return feed.pressure();
    }

    /**
     * The element at one permeate back-pressure, with the feed flow that makes the restrictor's
     * drain flow: for a {@link FlowRestrictor.Fixed} one root search
     * ({@link org.permeate.element.FeedFlow#forConcentrateFlow}); for an {@link FlowRestrictor.Orifice}
     * a fixed-point iteration on the concentrate pressure (the element's pressure drop at household
     * flows is a few hundred pascals, so it converges in two or three passes).
     *
     * @param permeatePressure absolute permeate pressure, Pa (the tank pressure, or the atmosphere
     *                         with the tank bypassed)
     * @return the element's performance
     */
    public ElementResult operate(final double permeatePressure) {
        return RestrictedElement.operate(element, options, restrictor, feed, permeatePressure);
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
