package org.permeate.unitops.household;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * The automatic shut-off valve (ASO) of a household RO unit, with the check valve on its permeate
 * side. A diaphragm compares the feed (line) pressure with the permeate (tank) pressure: it closes
 * the feed when the tank's gauge pressure reaches a fraction of the line's gauge pressure, about
 * two thirds (aqua.pk "Water Tanks" and 123filter.com FAQ Q03: "approximately 2/3 of the pressure
 * of the tap water"; best-osmosis-systems.com "How does an RO ASO valve work": "two-thirds the
 * inlet water pressure"; a Hungarian maker's 4-way valve sheet (mzsmviz.hu): about 65 %), and
 * reopens when draws have lowered the tank pressure below a smaller fraction. No source for the
 * reopening fraction was found; 45 % is an assumption of this model (the hysteresis of the
 * diaphragm), to be replaced by a maker's figure. The check valve stops stored water flowing back
 * into the membrane: permeate only ever flows into the tank. NSF/ANSI 58 itself was not read (only
 * the cover of the 2009 and 2013 editions is in reach).
 *
 * <p>Fractions apply to gauge pressures: at 60 psig line pressure a 2/3 valve closes at 40 psig.
 *
 * @param closeFraction  tank gauge pressure / line gauge pressure at which the feed is shut off, (0, 1)
 * @param reopenFraction tank gauge pressure / line gauge pressure below which it reopens, (0, close)
 */
public record ShutOffValve(double closeFraction, double reopenFraction) {

    /** Closes at 2/3 of the line pressure, reopens at 45 % (assumed, see the class comment). */
    public static final ShutOffValve TYPICAL = new ShutOffValve(2.0 / 3.0, 0.45);

    public ShutOffValve {
        if (!(closeFraction > 0 && closeFraction < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "shut-off close fraction", closeFraction, 0, 1);
        }
        if (!(reopenFraction > 0 && reopenFraction < closeFraction)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "shut-off reopen fraction", reopenFraction, 0,
                    closeFraction);
        }
    }

    /**
     * @param linePressure absolute line pressure, Pa
     * @return the absolute tank pressure at which the valve closes, Pa
     */
    public double closePressure(final double linePressure) {
        return BladderTank.ATMOSPHERE + closeFraction * (linePressure - BladderTank.ATMOSPHERE);
    }

    /**
     * @param linePressure absolute line pressure, Pa
     * @return the absolute tank pressure below which the valve reopens, Pa
     */
    public double reopenPressure(final double linePressure) {
        return BladderTank.ATMOSPHERE + reopenFraction * (linePressure - BladderTank.ATMOSPHERE);
    }

    /**
     * The valve's hysteresis.
     *
     * @param wasOpen      whether the feed was open
     * @param tankPressure absolute tank pressure now, Pa
     * @param linePressure absolute line pressure, Pa
     * @return whether the feed is open now
     */
    public boolean isOpen(final boolean wasOpen, final double tankPressure, final double linePressure) {
        return wasOpen ? tankPressure < closePressure(linePressure) : tankPressure <= reopenPressure(linePressure);
    }
}
