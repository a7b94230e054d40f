package org.permeate.unitops.household;

import org.permeate.errors.Checks;

/**
 * One draw of product water at the faucet, taken from the tank at once (a draw of 1–2 L lasts
 * under a minute at a faucet's 2–4 L/min, shorter than the time steps of a day).
 *
 * @param time   when, s from the start of the simulation, ≥ 0
 * @param volume how much is asked for, m³, &gt; 0
 */
public record Draw(double time, double volume) {

    public Draw {
        Checks.nonNegative("draw time", time);
        Checks.positive("draw volume", volume);
    }

    /**
     * @param hour   hour of the day (fractional), h
     * @param litres volume, L (converted here)
     * @return the draw
     */
    public static Draw atHour(final double hour, final double litres) {
        return new Draw(hour * 3600.0, litres * 1e-3);
    }
}
