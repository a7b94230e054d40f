package org.permeate.lab;

import java.util.List;

/**
 * Diffusion after the partition is removed.
 *
 * @param setup                the set-up
 * @param cellCentres          position of each cell's centre, m
 * @param profiles             profiles at increasing times, the last at the numerical mixing time
 * @param mixTolerance         the fraction of the uniform value within which the tube counts as mixed
 * @param timeToMix            s until every cell average is within {@code mixTolerance} of the uniform value (series)
 * @param timeToMixNumerical   the same from the finite-volume solution, s
 * @param largestDifference    largest |numerical − series| over all profiles, as a fraction of |left − right|
 * @param conservationError    relative change of the total amount in the numerical solution
 */
public record DiffusionRun(DiffusionSetup setup, double[] cellCentres, List<DiffusionProfile> profiles,
                           double mixTolerance, double timeToMix, double timeToMixNumerical, double largestDifference,
                           double conservationError) {

    public DiffusionRun {
        cellCentres = cellCentres.clone();
        profiles = List.copyOf(profiles);
    }

    @Override
    public double[] cellCentres() {
        return cellCentres.clone();
    }
}
