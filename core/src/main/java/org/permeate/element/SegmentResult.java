package org.permeate.element;

/**
 * One segment of the feed channel: the local states at its two ends and what permeated through
 * it. The feed water and each solute lost by the segment are exactly its permeate.
 *
 * @param index              segment number, from 0 at the inlet
 * @param inlet              state at the segment's inlet
 * @param outlet             state at the segment's outlet
 * @param area               membrane area of the segment, m²
 * @param permeateWaterFlow  water that permeated, kg/s
 * @param permeateMolarFlows solute that permeated, mol/s per species
 */
public record SegmentResult(int index, LocalState inlet, LocalState outlet, double area, double permeateWaterFlow,
                            double[] permeateMolarFlows) {

    public SegmentResult {
        permeateMolarFlows = permeateMolarFlows.clone();
    }

    @Override
    public double[] permeateMolarFlows() {
        return permeateMolarFlows.clone();
    }

    /** @return mean water flux over the segment, kg/(m²·s) */
    public double meanWaterFlux() {
        return permeateWaterFlow / area;
    }

    /** @return water recovery of the segment (permeate water / feed water) */
    public double recovery() {
        return permeateWaterFlow / inlet.waterMassFlow();
    }

    /** @return feed pressure lost across the segment, Pa */
    public double pressureDrop() {
        return inlet.bulk().pressure() - outlet.bulk().pressure();
    }

    /** @return the larger β at the two ends */
    public double maxPolarization() {
        return Math.max(inlet.maxPolarization(), outlet.maxPolarization());
    }

    /** @return mean net driving pressure of the two ends, Pa */
    public double meanNetDrivingPressure() {
        return 0.5 * (inlet.netDrivingPressure() + outlet.netDrivingPressure());
    }
}
