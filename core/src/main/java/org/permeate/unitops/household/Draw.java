package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

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

    /**
     * @param draws    the draws, in any order
     * @param duration the simulated duration, s
     * @return the draws in time order
     * @throws PermeateException {@link Message#TOO_LARGE} for a draw after the duration
     */
    public static List<Draw> schedule(final List<Draw> draws, final double duration) {
        final List<Draw> schedule = new ArrayList<>(draws);
        schedule.sort(Comparator.comparingDouble(Draw::time));
        for (Draw d : schedule) {
            if (d.time() > duration) {
                throw new PermeateException(Message.TOO_LARGE, "draw time", duration + " s (the duration)",
                        d.time() + " s");
            }
        }
        return schedule;
    }
}
