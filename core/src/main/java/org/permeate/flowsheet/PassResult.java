package org.permeate.flowsheet;

import java.util.List;
import java.util.Optional;

import org.permeate.properties.Stream;
import org.permeate.unitops.PumpDuty;

/**
 * One pass at its operating point.
 *
 * @param index          0 for the first pass
 * @param design         the pass
 * @param feed           what enters the pass, before its pump (and before its own recirculation)
 * @param membraneFeed   what enters the first stage
 * @param stages         each stage
 * @param permeate       all permeate of the pass
 * @param frontPermeate  front permeate of split vessels (all permeate when unsplit)
 * @param rearPermeate   rear permeate (none when unsplit)
 * @param concentrate    the pass's concentrate leaving the last stage, before recirculation and energy recovery
 * @param discharge      what the pass sends to drain or onward: concentrate not recirculated,
 *                       after the energy-recovery device (with a pressure exchanger's mixing and leakage)
 * @param recirculated   concentrate returned to the pass's pump suction (none when not recirculated)
 * @param feedFlow       feed volume flow (pass feed, before recirculation), m³/s
 * @param permeateFlow   permeate volume flow, m³/s
 * @param dischargeFlow  discharge volume flow, m³/s
 * @param pumps          the pass's pumps: high-pressure pump, pressure-exchanger booster, interstage boosters
 * @param energyRecovery the energy-recovery device
 * @param tearIterations how many passes through the stages the converged recycles took at the final pressure
 * @param dosing         what the pH adjustment of the feed took, if the pass has one (the feed is then the dosed feed)
 */
public record PassResult(int index, PassDesign design, Stream feed, Stream membraneFeed, List<StageResult> stages,
                         Stream permeate, Stream frontPermeate, Stream rearPermeate, Stream concentrate,
                         Stream discharge, Stream recirculated, double feedFlow, double permeateFlow,
                         double dischargeFlow, List<PumpDuty> pumps, EnergyRecoveryResult energyRecovery,
                         int tearIterations, Optional<DosingResult> dosing) {

    public PassResult {
        stages = List.copyOf(stages);
        pumps = List.copyOf(pumps);
    }

    /** @return the same result with its feed's dosing recorded */
    public PassResult withDosing(final Optional<DosingResult> d) {
        return new PassResult(index, design, feed, membraneFeed, stages, permeate, frontPermeate, rearPermeate,
                concentrate, discharge, recirculated, feedFlow, permeateFlow, dischargeFlow, pumps, energyRecovery,
                tearIterations, d);
    }

    /** @return permeate volume / feed volume */
    public double recovery() {
        return permeateFlow / feedFlow;
    }

    /** @return permeate water mass / feed water mass */
    public double waterRecovery() {
        return permeate.waterMassFlow() / feed.waterMassFlow();
    }

    /** @return membrane feed pressure (absolute), Pa */
    public double feedPressure() {
        return membraneFeed.pressure();
    }

    /** @return average flux over the pass's membrane area, m³/(m²·s) */
    public double averageFlux() {
        return permeateFlow / design.area();
    }
}
