package org.permeate.lab;

/**
 * The cell at one moment.
 *
 * @param time         s since the start
 * @param left         left side
 * @param right        right side
 * @param waterFlux    volume flux of water from left to right, m/s (negative: right to left)
 * @param drivingPressure (P_left − P_right) + (π_right − π_left) at the membrane, Pa: what drives
 *                     water from left to right
 */
public record OsmosisSnapshot(double time, SideState left, SideState right, double waterFlux,
                              double drivingPressure) {

    /** @return level of the right side minus that of the left, m */
    public double levelDifference() {
        return right.level() - left.level();
    }
}
