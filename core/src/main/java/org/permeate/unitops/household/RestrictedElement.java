package org.permeate.unitops.household;

import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.FeedFlow;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

/**
 * One household element fed at line pressure with a drain flow restrictor on its concentrate: the
 * operating point shared by the tank unit ({@link HouseholdSystem}) and the tankless one
 * ({@link TanklessSystem}). Stateless.
 */
final class RestrictedElement {

    private static final int MAX_ORIFICE_ITERATIONS = 50;
    private static final double ORIFICE_TOLERANCE = 1e-12;

    private RestrictedElement() {
    }

    /**
     * @param options how the element is computed (its osmotic model)
     * @param feed    the feed at line pressure (absolute, Pa)
     * @throws PermeateException {@link Message#INFEASIBLE} when the line pressure is at or below the
     *                           feed's osmotic pressure
     */
    static void requireAboveOsmotic(final ElementOptions options, final Solution feed) {
        final double line = feed.pressure();
        final double osmotic = options.properties().osmotic().osmoticPressure(feed);
        if (!(line - BladderTank.ATMOSPHERE > osmotic)) {
            throw new PermeateException(Message.INFEASIBLE, "permeate production", "this unit",
                    "the line pressure of " + BladderTank.psig(line) + " is at or below the feed's osmotic pressure of "
                            + BladderTank.psig(osmotic + BladderTank.ATMOSPHERE) + ", so no water crosses the membrane");
        }
    }

    /**
     * The element at one permeate back-pressure, with the feed flow that makes the restrictor's
     * drain flow: for a {@link FlowRestrictor.Fixed} one root search
     * ({@link FeedFlow#forConcentrateFlow}); for an {@link FlowRestrictor.Orifice} a fixed-point
     * iteration on the concentrate pressure (the element's pressure drop at household flows is a
     * few hundred pascals, so it converges in two or three passes).
     *
     * @param element          the element
     * @param options          how to compute it
     * @param restrictor       the drain restrictor
     * @param feed             the feed at line pressure
     * @param permeatePressure absolute permeate pressure, Pa
     * @return the element's performance
     */
    static ElementResult operate(final Element element, final ElementOptions options, final FlowRestrictor restrictor,
                                 final Solution feed, final double permeatePressure) {
        final Stream probe = new Stream(1e-3, feed);
        double drain = restrictor.concentrateFlow(feed.pressure() - BladderTank.ATMOSPHERE);
        for (int k = 0; k < MAX_ORIFICE_ITERATIONS; k++) {
            final double water = FeedFlow.forConcentrateFlow(element, probe, permeatePressure, options, drain);
            final ElementResult r = ElementModel.solve(element, probe.withWaterMassFlow(water), permeatePressure,
                    options);
            if (restrictor instanceof FlowRestrictor.Fixed) {
                return r;
            }
            final double next = restrictor.concentrateFlow(r.concentrate().pressure() - BladderTank.ATMOSPHERE);
            if (Math.abs(next - drain) <= ORIFICE_TOLERANCE * drain) {
                return r;
            }
            drain = next;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, "the orifice restrictor's drain flow",
                MAX_ORIFICE_ITERATIONS);
    }
}
