package org.permeate.properties;

/**
 * An {@link OsmoticModel} that also gives the activity coefficient of every solute, as the
 * water-chemistry models need for pH and saturation indices.
 */
public interface ActivityModel extends OsmoticModel {

    /**
     * @param solution the state
     * @return ln γ_i (molal scale) for each species of {@code solution.composition()}, in its order
     */
    double[] lnActivityCoefficients(Solution solution);

    /**
     * Everything at once, sharing the work.
     *
     * @param solution the state
     * @return φ, ln a_w and ln γ_i
     */
    ActivityState activityState(Solution solution);

    /**
     * @param osmoticCoefficient   molal osmotic coefficient φ
     * @param lnWaterActivity      ln a_w
     * @param lnActivityCoefficient ln γ_i in the order of the composition's species
     */
    record ActivityState(double osmoticCoefficient, double lnWaterActivity, double[] lnActivityCoefficient) {
    }
}
