package org.permeate.flowsheet;

import java.util.Optional;

import org.permeate.properties.Stream;
import org.permeate.unitops.PumpDuty;
import org.permeate.unitops.VesselResult;

/**
 * One stage at its operating point. Streams are the whole stage's (all vessels); the vessel
 * result is one vessel's, the vessels being identical.
 *
 * @param index            0 for the first stage of its pass
 * @param design           the stage
 * @param vessel           one vessel's result, per element
 * @param feed             the stage's feed, after any booster
 * @param concentrate      its concentrate
 * @param permeate         all its permeate
 * @param frontPermeate    its front permeate (all of it when unsplit)
 * @param rearPermeate     its rear permeate (none when unsplit)
 * @param feedFlow         feed volume flow, m³/s
 * @param permeateFlow     permeate volume flow, m³/s
 * @param concentrateFlow  concentrate volume flow, m³/s
 * @param booster          its booster pump's duty, if any
 */
public record StageResult(int index, StageDesign design, VesselResult vessel, Stream feed, Stream concentrate,
                          Stream permeate, Stream frontPermeate, Stream rearPermeate, double feedFlow,
                          double permeateFlow, double concentrateFlow, Optional<PumpDuty> booster) {

    /** @return average permeate flux over the stage's area, m³/(m²·s) */
    public double averageFlux() {
        return permeateFlow / design.area();
    }

    /** @return permeate volume / feed volume */
    public double recovery() {
        return permeateFlow / feedFlow;
    }

    /** @return feed pressure minus concentrate pressure, Pa */
    public double pressureDrop() {
        return feed.pressure() - concentrate.pressure();
    }
}
