package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.List;

import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * A tankless (countertop or direct-flow) household RO unit: one element fed at line pressure with
 * a drain restrictor on its concentrate and its permeate running straight to the faucet, at the
 * atmosphere, while the tap is open. There is no tank, so no back-pressure and no shut-off valve:
 * the unit makes water only while it is drawn, at the element's bypassed rate, and a draw of
 * volume V keeps the tap open for V / Q<sub>p</sub>. Immutable and stateless.
 *
 * @param element    the membrane element, calibrated
 * @param options    how to compute it
 * @param restrictor the drain flow restrictor
 * @param feed       the feed water: composition, temperature, and the line pressure (absolute, Pa)
 * @param prefilters the cartridges ahead of the element, in flow order (may be empty): their
 *                   pressure loss at the feed flow comes off the line pressure, as in
 *                   {@link HouseholdSystem#operate}
 */
public record TanklessSystem(Element element, ElementOptions options, FlowRestrictor restrictor, Solution feed,
                             List<Cartridge> prefilters) {

    private static final double DAY = 86_400.0;

    /**
     * @throws PermeateException when the line pressure is at or below the feed's osmotic pressure
     */
    public TanklessSystem {
        if (element == null || options == null || restrictor == null || feed == null || prefilters == null) {
            throw new PermeateException(Message.MISSING, "tankless household system",
                    "element, options, restrictor, feed and prefilter list");
        }
        prefilters = List.copyOf(prefilters);
        if (!(feed.pressure() > BladderTank.ATMOSPHERE)) {
            throw new PermeateException(Message.NOT_ABOVE, "line pressure", "0 psig", BladderTank.psig(feed.pressure()));
        }
        RestrictedElement.requireAboveOsmotic(options, feed);
    }

    /** A tankless unit without prefilter cartridges. */
    public TanklessSystem(final Element element, final ElementOptions options, final FlowRestrictor restrictor,
                          final Solution feed) {
        this(element, options, restrictor, feed, List.of());
    }

    /** @return the line (feed) pressure, absolute, Pa */
    public double linePressure() {
        return feed.pressure();
    }

    /** @return the element with its permeate at the atmosphere: how this unit always runs */
    public ElementResult running() {
        return HouseholdSystem.operateBehind(element, options, restrictor, feed, prefilters, BladderTank.ATMOSPHERE);
    }

    /** @return the same unit with another feed (composition, temperature, line pressure) */
    public TanklessSystem withFeed(final Solution f) {
        return new TanklessSystem(element, options, restrictor, f, prefilters);
    }

    /** @return the same unit with other prefilter cartridges (in flow order) */
    public TanklessSystem withPrefilters(final List<Cartridge> p) {
        return new TanklessSystem(element, options, restrictor, feed, p);
    }

    /**
     * A stretch of use. The tap opens at each draw's time and stays open until the draw's volume
     * has been made; a draw asked for while the tap is still running for an earlier one queues
     * behind it. Water still owed at the end of the duration is the shortfall. Time steps of
     * fixed length report the flows; within a step the tap runs for exactly the time the queued
     * volume needs, so the totals do not depend on the step. The element's operating point is the
     * same whenever it runs (no back-pressure), so it is solved once. Between draws salt creeps into
     * the element's permeate hold-up ({@link PermeateHoldUp}) and the next draw's first water
     * carries it to the tap: the first glass after a standstill is saltier. Water and each solute
     * balance exactly: feed (the crept salt counted as fed) = drain + delivered + change of the
     * hold-up, the tank terms being zero.
     *
     * @param draws    the draws (any order); each within the duration
     * @param duration how long, s, &gt; 0
     * @param step     time step of the report, s, &gt; 0
     * @return every step and the totals
     */
    public DayResult run(final List<Draw> draws, final double duration, final double step) {
        Checks.positive("simulated duration", duration);
        Checks.positive("time step", step);
        final List<Draw> schedule = Draw.schedule(draws, duration);
        final DensityModel density = options.properties().density();
        final ConcentrationConverter converter = new ConcentrationConverter(density);
        final ElementResult r = running();
        final Stream f = r.feed();
        final Stream p = r.permeate();
        final Stream c = r.concentrate();
        final double qf = f.volumetricFlow(density.massDensity(f.solution()));
        final double qp = p.volumetricFlow(density.massDensity(p.solution()));
        final double qc = c.volumetricFlow(density.massDensity(c.solution()));
        if (!(qp > 0)) {
            throw new PermeateException(Message.INFEASIBLE, "permeate production", "this tankless unit",
                    "the element makes no permeate at this line pressure");
        }
        final double tds = converter.totalDissolvedSolids(p.solution());
        final int n = feed.composition().size();

        double running = 0;
        double pending = 0;
        // the element's permeate hold-up (TDS creep: PermeateHoldUp), full of steady permeate at the start
        final PermeateHoldUp holdUp = PermeateHoldUp.of(element);
        final double holdUpWater = holdUp.volume() * DaySimulation.HOLD_UP_WATER_DENSITY;
        final double[] holdUpMoles = new double[n];
        for (int i = 0; i < n; i++) {
            holdUpMoles[i] = holdUpWater * p.solution().composition().molality(i);
        }
        final double[] holdUpStart = holdUpMoles.clone();
        final double[] crept = new double[n];
        final double[] released = new double[n];
        final List<TimeStep> steps = new ArrayList<>();
        int next = 0;
        double t = 0;
        while (t < duration * (1 - 1e-12)) {
            final double dt = Math.min(step, duration - t);
            while (next < schedule.size() && (schedule.get(next).time() < t + dt
                    || t + dt >= duration)) {
                pending += schedule.get(next++).volume();
            }
            final double run = Math.min(dt, pending / qp);
            final double made = Math.min(pending, qp * run);
            pending -= made;
            running += run;
            double stepTds = 0;
            if (run > 0) {
                // the first water after a standstill carries the salt that crept into the hold-up
                final double[] out = holdUp.washOut(p.solution().composition(), qp, holdUpWater, holdUpMoles, run);
                double excess = 0;
                for (int i = 0; i < n; i++) {
                    released[i] += out[i];
                    if (!feed.composition().species(i).equals(SpeciesCatalog.CO2)) {
                        excess += out[i] * feed.composition().species(i).molarMass();
                    }
                }
                stepTds = tds + excess / (qp * run);
            }
            if (dt - run > 0) {
                final double[] in = holdUp.creep(element, feed.composition(), feed.temperature(), holdUpWater,
                        holdUpMoles, dt - run);
                for (int i = 0; i < n; i++) {
                    crept[i] += in[i];
                }
            }
            t += dt;
            steps.add(new TimeStep(t, 0.0, BladderTank.ATMOSPHERE, run > 0, qp * run / dt, qc * run / dt,
                    stepTds, made, 0.0));
        }
        final double[] feedMoles = new double[n];
        final double[] drainMoles = new double[n];
        final double[] drawnMoles = new double[n];
        for (int i = 0; i < n; i++) {
            feedMoles[i] = f.soluteMolarFlow(i) * running + crept[i];
            drainMoles[i] = c.soluteMolarFlow(i) * running;
            drawnMoles[i] = p.soluteMolarFlow(i) * running + released[i];
        }
        return new DayResult(steps, feed.composition(), f.waterMassFlow() * running, c.waterMassFlow() * running,
                p.waterMassFlow() * running, p.waterMassFlow() * running, 0.0, 0.0, feedMoles, drainMoles, drawnMoles,
                new double[n], new double[n], qf * running, qc * running, qp * running, qp * running, pending,
                r.warnings(), holdUpStart, holdUpMoles);
    }

    /**
     * Rates the unit as {@link HouseholdRatings#rate} rates a tank unit (pass
     * {@code withFeed(HouseholdRatings.standardTestWater(..))} for the standard's conditions).
     * With no tank the efficiency over the day equals the recovery: every drop made is drawn.
     *
     * @param pattern one day's draws
     * @param step    time step, s
     * @return the ratings
     */
    public HouseholdRatings.Ratings rate(final List<Draw> pattern, final double step) {
        final DensityModel d = options.properties().density();
        final ConcentrationConverter conv = new ConcentrationConverter(d);
        final ElementResult r = running();
        final double qp = r.permeate().volumetricFlow(d.massDensity(r.permeate().solution()));
        final double qc = r.concentrate().volumetricFlow(d.massDensity(r.concentrate().solution()));
        final double tds = 1 - conv.totalDissolvedSolids(r.permeate().solution()) / conv.totalDissolvedSolids(feed);
        final DayResult day = run(pattern, DAY, step);
        // the water delivered carries the salt that crept into the hold-up between draws
        final double delivered = day.drawnVolume() > 0
                ? 1 - day.deliveredTotalDissolvedSolids(conv, feed.temperature()) / conv.totalDissolvedSolids(feed)
                : Double.NaN;
        return new HouseholdRatings.Ratings(qp, qp / (qp + qc), day.efficiency(), tds, delivered, day);
    }
}
