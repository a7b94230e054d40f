package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.permeate.element.ElementResult;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * A household unit over time: the membrane fills the tank until the shut-off valve closes, draws
 * empty it, the valve reopens, and so on.
 *
 * <p>Numerics: explicit (forward Euler) time steps of fixed length. At the start of each step the
 * draws falling in it are taken from the tank, the valve's state is updated from the tank pressure,
 * and, if the feed is open, the element is solved at that step's back-pressure (the tank pressure)
 * and its flows are held over the step. A step in which the tank would pass the shut-off volume is
 * cut where it reaches it, so the tank never overfills whatever the step. The tank's content is
 * carried as water mass and moles of each solute, well mixed; a draw removes the same fraction of
 * each. Every quantity added to or taken from the tank is added to or taken from a running total,
 * so water and each solute balance to rounding error whatever the step: the step only sets how
 * closely the filling curve is followed (the error is first order in the step). Stateless.
 *
 * <p>The tank's volume is its content's mass over its density at the standard atmosphere (water's
 * compressibility, 4.6e-10 1/Pa, changes it by 1e-4 at 3 bar and is neglected).
 *
 * <p><b>TDS creep.</b> The element's permeate hold-up ({@link PermeateHoldUp}) is carried as
 * moles of each solute: while the feed is shut (or the tank full) salt diffuses into it from the
 * feed side; when permeate flows again it washes the hold-up into the tank, so the permeate of the
 * first step after a standstill is saltier (the step's {@link TimeStep#permeateTds()}), and the
 * salt counts in the balances (the hold-up's change is a term of {@link DayResult#soluteImbalance}).
 */
public final class DaySimulation {

    /** Density of the hold-up's water, kg/m³ (pure water at 25 °C; within 0.3 % over 5–35 °C). */
    static final double HOLD_UP_WATER_DENSITY = 997.05;

    private DaySimulation() {
    }

    /**
     * @param system        the unit
     * @param draws         the draws (any order); each within the duration
     * @param duration      how long to simulate, s, &gt; 0
     * @param step          time step, s, &gt; 0 (a few seconds to a minute)
     * @param initialVolume water in the tank at the start, m³ (its composition is the permeate the
     *                      element makes at that tank pressure); the valve starts open if the tank
     *                      is below the shut-off pressure
     * @return every step and the totals
     */
    public static DayResult run(final HouseholdSystem system, final List<Draw> draws, final double duration,
                                final double step, final double initialVolume) {
        Checks.positive("simulated duration", duration);
        Checks.positive("time step", step);
        Checks.nonNegative("initial tank water volume", initialVolume);
        final BladderTank tank = system.tank();
        final double line = system.linePressure();
        final double closePressure = system.shutOff().closePressure(line);
        final double closeVolume = tank.waterVolume(closePressure);
        if (initialVolume > closeVolume * (1 + 1e-12)) {
            throw new PermeateException(Message.TOO_LARGE, "initial tank water volume",
                    closeVolume + " m³ (the volume at the shut-off pressure)", initialVolume + " m³");
        }
        final List<Draw> schedule = Draw.schedule(draws, duration);
        final DensityModel density = system.options().properties().density();
        final ConcentrationConverter converter = new ConcentrationConverter(density);
        final Composition species = system.feed().composition();
        final int n = species.size();
        final double temperature = system.feed().temperature();

        // the tank's content
        double tankWater = 0;
        final double[] tankMoles = new double[n];
        if (initialVolume > 0) {
            final Solution first = system.operate(tank.pressure(initialVolume)).permeate().solution();
            final double totalMassPerWater = 1 + first.composition().soluteMassPerWaterMass();
            tankWater = initialVolume * density.massDensity(first.withPressure(BladderTank.ATMOSPHERE))
                    / totalMassPerWater;
            for (int i = 0; i < n; i++) {
                tankMoles[i] = tankWater * first.composition().molality(i);
            }
        }
        final double tankWaterStart = tankWater;
        final double[] tankStart = tankMoles.clone();

        // the element's permeate hold-up, full of the permeate made at the start's tank pressure
        final PermeateHoldUp holdUp = PermeateHoldUp.of(system.element());
        final double holdUpWater = holdUp.volume() * HOLD_UP_WATER_DENSITY;
        final Composition startPermeate = system.operate(tank.pressure(initialVolume)).permeate().solution()
                .composition();
        final double[] holdUpMoles = new double[n];
        for (int i = 0; i < n; i++) {
            holdUpMoles[i] = holdUpWater * startPermeate.molality(i);
        }
        final double[] holdUpStart = holdUpMoles.clone();

        double feedWater = 0;
        double drainWater = 0;
        double permeateWater = 0;
        double drawnWater = 0;
        final double[] feedMoles = new double[n];
        final double[] drainMoles = new double[n];
        final double[] drawnMoles = new double[n];
        double feedVolume = 0;
        double drainVolume = 0;
        double permeateVolume = 0;
        double drawnVolume = 0;
        double shortfall = 0;

        final List<TimeStep> steps = new ArrayList<>();
        // one warning per kind and model (the first met): each step would repeat it with another value
        final LinkedHashMap<String, ModelWarning> warnings = new LinkedHashMap<>();
        double volume = volume(density, species, temperature, tankWater, tankMoles);
        boolean open = tank.pressure(volume) < closePressure;
        int next = 0;
        double t = 0;
        while (t < duration * (1 - 1e-12)) {
            final double dt = Math.min(step, duration - t);
            // draws in [t, t + dt), at once
            double drawnNow = 0;
            while (next < schedule.size() && (schedule.get(next).time() < t + dt
                    || (schedule.get(next).time() <= duration && t + dt >= duration))) {
                final double want = schedule.get(next++).volume();
                final double give = Math.min(want, volume);
                shortfall += want - give;
                if (give > 0) {
                    final double f = give / volume;
                    final double w = f * tankWater;
                    tankWater -= w;
                    drawnWater += w;
                    for (int i = 0; i < n; i++) {
                        final double m = f * tankMoles[i];
                        tankMoles[i] -= m;
                        drawnMoles[i] += m;
                    }
                    drawnVolume += give;
                    drawnNow += give;
                    volume = volume(density, species, temperature, tankWater, tankMoles);
                }
            }
            open = system.shutOff().isOpen(open, tank.pressure(volume), line);
            double permeateFlow = 0;
            double drainFlow = 0;
            double tds = 0;
            double idle = dt;
            if (open) {
                final ElementResult r = system.operate(tank.pressure(volume));
                for (ModelWarning w : r.warnings()) {
                    warnings.putIfAbsent(w.kind() + "|" + w.source(), w);
                }
                final Stream p = r.permeate();
                final Stream c = r.concentrate();
                final double qp = p.volumetricFlow(density.massDensity(p.solution()));
                final double qc = c.volumetricFlow(density.massDensity(c.solution()));
                // the check valve: nothing flows back from the tank
                double run = qp > 0 ? dt : 0;
                if (qp > 0 && filled(density, species, temperature, tankWater, tankMoles, p, dt) >= closeVolume) {
                    run = untilFull(density, species, temperature, tankWater, tankMoles, p, volume, closeVolume, dt);
                    open = false;
                }
                if (run > 0) {
                    feedWater += r.feed().waterMassFlow() * run;
                    drainWater += c.waterMassFlow() * run;
                    permeateWater += p.waterMassFlow() * run;
                    tankWater += p.waterMassFlow() * run;
                    final double[] released = holdUp.washOut(p.solution().composition(), qp, holdUpWater,
                            holdUpMoles, run);
                    double excess = 0;
                    for (int i = 0; i < n; i++) {
                        feedMoles[i] += r.feed().soluteMolarFlow(i) * run;
                        drainMoles[i] += c.soluteMolarFlow(i) * run;
                        tankMoles[i] += p.soluteMolarFlow(i) * run + released[i];
                        if (!species.species(i).equals(SpeciesCatalog.CO2)) {
                            excess += released[i] * species.species(i).molarMass();
                        }
                    }
                    final Stream f = r.feed();
                    feedVolume += f.volumetricFlow(density.massDensity(f.solution())) * run;
                    drainVolume += qc * run;
                    permeateVolume += qp * run;
                    permeateFlow = qp * run / dt;
                    drainFlow = qc * run / dt;
                    // what reached the tank over the step: steady permeate plus the hold-up's excess
                    tds = converter.totalDissolvedSolids(p.solution()) + excess / (qp * run);
                    volume = volume(density, species, temperature, tankWater, tankMoles);
                }
                idle = dt - run;
            }
            if (idle > 0) {
                final double[] crossed = holdUp.creep(system.element(), species, temperature, holdUpWater,
                        holdUpMoles, idle);
                for (int i = 0; i < n; i++) {
                    feedMoles[i] += crossed[i];
                }
            }
            t += dt;
            steps.add(new TimeStep(t, volume, tank.pressure(volume), open, permeateFlow,
                    drainFlow, tds, drawnNow, tankTds(converter, species, temperature, tankWater, tankMoles)));
        }
        return new DayResult(steps, species, feedWater, drainWater, permeateWater, drawnWater, tankWaterStart,
                tankWater, feedMoles, drainMoles, drawnMoles, tankStart, tankMoles, feedVolume, drainVolume,
                permeateVolume, drawnVolume, shortfall, new ArrayList<>(warnings.values()), holdUpStart, holdUpMoles);
    }

    /** @return the tank's volume after {@code run} seconds of permeate {@code p}, m³ */
    private static double filled(final DensityModel density, final Composition species, final double temperature,
                                 final double water, final double[] moles, final Stream p, final double run) {
        final double[] m = moles.clone();
        for (int i = 0; i < m.length; i++) {
            m[i] += p.soluteMolarFlow(i) * run;
        }
        return volume(density, species, temperature, water + p.waterMassFlow() * run, m);
    }

    /**
     * The time at which permeate {@code p} fills the tank from {@code volume} to the shut-off
     * volume, s: the secant method on the tank's volume, which is linear in time but for the
     * density's small change with the content (three corrections reach rounding error).
     */
    private static double untilFull(final DensityModel density, final Composition species, final double temperature,
                                    final double water, final double[] moles, final Stream p, final double volume,
                                    final double closeVolume, final double dt) {
        double t0 = 0;
        double v0 = volume;
        double t1 = dt;
        double v1 = filled(density, species, temperature, water, moles, p, dt);
        for (int k = 0; k < 8 && v1 != v0; k++) {
            final double t2 = t1 + (closeVolume - v1) * (t1 - t0) / (v1 - v0);
            t0 = t1;
            v0 = v1;
            t1 = Math.min(Math.max(t2, 0.0), dt);
            v1 = filled(density, species, temperature, water, moles, p, t1);
            if (Math.abs(v1 - closeVolume) <= 1e-14 * closeVolume) {
                break;
            }
        }
        return t1;
    }

    /** The dissolved solids of the tank's content per volume of it, kg/m³ (0 when empty). */
    private static double tankTds(final ConcentrationConverter converter, final Composition species,
                                  final double temperature, final double water, final double[] moles) {
        if (!(water > 0)) {
            return 0.0;
        }
        final double[] m = new double[moles.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = moles[i] / water;
        }
        return converter.totalDissolvedSolids(new Solution(species.withMolalities(m), temperature,
                BladderTank.ATMOSPHERE));
    }

    /** The volume of the tank's content, m³: its total mass over its density at one atmosphere. */
    private static double volume(final DensityModel density, final Composition species, final double temperature,
                                 final double water, final double[] moles) {
        if (!(water > 0)) {
            return 0.0;
        }
        final double[] m = new double[moles.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = moles[i] / water;
        }
        final Solution s = new Solution(species.withMolalities(m), temperature, BladderTank.ATMOSPHERE);
        return water * (1 + s.composition().soluteMassPerWaterMass()) / density.massDensity(s);
    }
}
