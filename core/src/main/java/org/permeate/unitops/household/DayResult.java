package org.permeate.unitops.household;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.Solution;

/**
 * A simulated stretch of a household unit's life (usually a day): every time step, and the totals
 * from which water and each solute balance: feed in = drain + drawn + change of the tank's content.
 *
 * @param steps             the time steps, in order
 * @param species           the feed's composition (names and order of the solutes)
 * @param feedWater         water fed to the element, kg
 * @param drainWater        water sent to drain, kg
 * @param permeateWater     water that crossed the membrane into the tank, kg
 * @param drawnWater        water delivered at the faucet, kg
 * @param tankWaterStart    water in the tank at the start, kg
 * @param tankWaterEnd      water in the tank at the end, kg
 * @param feedSolute        moles of each solute fed, mol (index as in {@code species})
 * @param drainSolute       moles of each solute sent to drain, mol
 * @param drawnSolute       moles of each solute delivered at the faucet, mol
 * @param tankSoluteStart   moles of each solute in the tank at the start, mol
 * @param tankSoluteEnd     moles of each solute in the tank at the end, mol
 * @param feedVolume        feed used, m³
 * @param drainVolume       water (solution) sent to drain, m³
 * @param permeateVolume    permeate made, m³
 * @param drawnVolume       product water delivered, m³
 * @param shortfallVolume   water asked for at the faucet but not in the tank, m³
 * @param warnings          the warnings of the models used over the stretch, the first of each kind
 *                          and model (correlations outside their fitted range, for instance)
 * @param holdUpSoluteStart moles of each solute in the element's permeate hold-up at the start, mol
 *                          ({@link PermeateHoldUp}: the salt that creeps in at standstill)
 * @param holdUpSoluteEnd   moles of each solute in it at the end, mol
 */
public record DayResult(List<TimeStep> steps, Composition species, double feedWater, double drainWater,
                        double permeateWater, double drawnWater, double tankWaterStart, double tankWaterEnd,
                        double[] feedSolute, double[] drainSolute, double[] drawnSolute, double[] tankSoluteStart,
                        double[] tankSoluteEnd, double feedVolume, double drainVolume, double permeateVolume,
                        double drawnVolume, double shortfallVolume, List<ModelWarning> warnings,
                        double[] holdUpSoluteStart, double[] holdUpSoluteEnd) {

    public DayResult {
        holdUpSoluteStart = holdUpSoluteStart.clone();
        holdUpSoluteEnd = holdUpSoluteEnd.clone();
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
        feedSolute = feedSolute.clone();
        drainSolute = drainSolute.clone();
        drawnSolute = drawnSolute.clone();
        tankSoluteStart = tankSoluteStart.clone();
        tankSoluteEnd = tankSoluteEnd.clone();
    }

    /** A stretch without a permeate hold-up (its solute terms zero). */
    public DayResult(final List<TimeStep> steps, final Composition species, final double feedWater,
                     final double drainWater, final double permeateWater, final double drawnWater,
                     final double tankWaterStart, final double tankWaterEnd, final double[] feedSolute,
                     final double[] drainSolute, final double[] drawnSolute, final double[] tankSoluteStart,
                     final double[] tankSoluteEnd, final double feedVolume, final double drainVolume,
                     final double permeateVolume, final double drawnVolume, final double shortfallVolume,
                     final List<ModelWarning> warnings) {
        this(steps, species, feedWater, drainWater, permeateWater, drawnWater, tankWaterStart, tankWaterEnd,
                feedSolute, drainSolute, drawnSolute, tankSoluteStart, tankSoluteEnd, feedVolume, drainVolume,
                permeateVolume, drawnVolume, shortfallVolume, warnings, new double[feedSolute.length],
                new double[feedSolute.length]);
    }

    /** @return feed water − drain − drawn − change of the tank's water, kg (rounding error only) */
    public double waterImbalance() {
        return feedWater - drainWater - drawnWater - (tankWaterEnd - tankWaterStart);
    }

    /**
     * @param i index of a solute of {@link #species()}
     * @return solute fed − drained − drawn − change in the tank − change in the permeate hold-up,
     *         mol (rounding error only)
     */
    public double soluteImbalance(final int i) {
        return feedSolute[i] - drainSolute[i] - drawnSolute[i] - (tankSoluteEnd[i] - tankSoluteStart[i])
                - (holdUpSoluteEnd[i] - holdUpSoluteStart[i]);
    }

    /** @return product water delivered / feed used (the efficiency of NSF/ANSI 58 over this stretch) */
    public double efficiency() {
        return feedVolume > 0 ? drawnVolume / feedVolume : 0.0;
    }

    /**
     * The TDS of the water delivered over the stretch (its mean: drawn solute over drawn water),
     * by the one definition the project uses for a solution's TDS,
     * {@link ConcentrationConverter#totalDissolvedSolids} (dissolved mass per volume, dissolved CO2
     * left out): the same as the tap water's and the permeate's TDS it is compared with.
     *
     * @param converter   the concentration converter (its density model)
     * @param temperature the water's temperature, K
     * @return TDS, kg/m³ (0 when nothing was drawn)
     */
    public double deliveredTotalDissolvedSolids(final ConcentrationConverter converter, final double temperature) {
        if (!(drawnWater > 0)) {
            return 0.0;
        }
        final double[] m = new double[drawnSolute.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = drawnSolute[i] / drawnWater;
        }
        return converter.totalDissolvedSolids(new Solution(species.withMolalities(m), temperature,
                BladderTank.ATMOSPHERE));
    }

    /** @return the tank's water volume at the end, m³ */
    public double finalTankVolume() {
        return steps.isEmpty() ? Double.NaN : steps.get(steps.size() - 1).tankWaterVolume();
    }

    @Override
    public double[] feedSolute() {
        return feedSolute.clone();
    }

    @Override
    public double[] drainSolute() {
        return drainSolute.clone();
    }

    @Override
    public double[] drawnSolute() {
        return drawnSolute.clone();
    }

    @Override
    public double[] tankSoluteStart() {
        return tankSoluteStart.clone();
    }

    @Override
    public double[] tankSoluteEnd() {
        return tankSoluteEnd.clone();
    }

    @Override
    public double[] holdUpSoluteStart() {
        return holdUpSoluteStart.clone();
    }

    @Override
    public double[] holdUpSoluteEnd() {
        return holdUpSoluteEnd.clone();
    }
}
