package org.permeate.flowsheet;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.unitops.Vessel;

/**
 * A stage: identical pressure vessels in parallel.
 *
 * @param vessels       number of vessels, ≥ 1
 * @param elements      the elements of each vessel, inlet first (1 to 8)
 * @param permeateGauge permeate back-pressure, gauge, Pa (≥ 0)
 * @param boost         interstage boost before this stage (only {@link Boost.None} for a pass's first stage)
 * @param frontElements elements whose permeate leaves as "front" permeate; the rest give "rear"
 *                      permeate (= the element count when the permeate is not split)
 */
public record StageDesign(int vessels, List<InstalledElement> elements, double permeateGauge, Boost boost,
                          int frontElements) {

    public StageDesign {
        Checks.inRange("vessels", vessels, 1, 100_000);
        elements = List.copyOf(elements);
        Checks.inRange("elements per vessel", elements.size(), 1, Vessel.MAX_ELEMENTS);
        Checks.nonNegative("permeate back-pressure", permeateGauge);
        if (boost == null) {
            throw new IllegalArgumentException("boost must not be null (use Boost.None)");
        }
        Checks.inRange("front elements", frontElements, 0, elements.size());
    }

    /**
     * @param vessels  number of vessels
     * @param elements the elements of each vessel
     * @return a stage at atmospheric permeate pressure, no booster, unsplit permeate
     */
    public static StageDesign of(final int vessels, final List<InstalledElement> elements) {
        return new StageDesign(vessels, elements, 0.0, new Boost.None(), elements.size());
    }

    /** @return the same stage with another permeate back-pressure, gauge Pa */
    public StageDesign withPermeateGauge(final double gauge) {
        return new StageDesign(vessels, elements, gauge, boost, frontElements);
    }

    /** @return the same stage with another interstage boost */
    public StageDesign withBoost(final Boost b) {
        return new StageDesign(vessels, elements, permeateGauge, b, frontElements);
    }

    /** @return the same stage with its permeate split after the first {@code front} elements */
    public StageDesign withFrontElements(final int front) {
        return new StageDesign(vessels, elements, permeateGauge, boost, front);
    }

    /** @return whether the permeate is split into front and rear */
    public boolean split() {
        return frontElements < elements.size();
    }

    /** @return membrane area of the stage, m² */
    public double area() {
        double a = 0;
        for (InstalledElement e : elements) {
            a += e.element().geometry().area();
        }
        return a * vessels;
    }
}
