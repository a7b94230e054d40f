package org.permeate.flowsheet;

import java.util.List;

import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * A whole RO system: the feed, one or more passes, the feed bypassed around them into the
 * product, the membranes' condition and how elements are computed.
 *
 * @param name       a name for reports
 * @param feed       the raw feed
 * @param passes     the passes; pass k + 1 is fed with permeate of pass k
 * @param feedBypass fraction of the raw feed blended into the product without treatment, 0–0.9
 * @param condition  the membranes' condition (fouling, age) applied to every element
 * @param options    how every element is computed
 */
public record SystemDesign(String name, FeedWater feed, List<PassDesign> passes, double feedBypass,
                           MembraneCondition condition, ElementOptions options) {

    public SystemDesign {
        if (name == null || feed == null || condition == null || options == null) {
            throw new IllegalArgumentException("system fields must not be null");
        }
        passes = List.copyOf(passes);
        if (passes.isEmpty()) {
            throw new PermeateException(Message.TOO_SMALL, "passes", 1, 0);
        }
        Checks.inRange("feed bypass", feedBypass, 0.0, 0.9);
        for (int k = 1; k < passes.size(); k++) {
            if (passes.get(k).route() == PermeateRoute.REAR && !passes.get(k - 1).stages().get(0).split()) {
                throw new PermeateException(Message.CONFLICTING, "passes[" + k + "] fed by rear permeate",
                        "passes[" + (k - 1) + "] without a split permeate (front elements)");
            }
            if (passes.get(k).pressure() instanceof PressureSpec.ProductFlow) {
                throw new PermeateException(Message.CONFLICTING, "passes[" + k + "].pressure as a product flow",
                        "a pass other than the first (only the first pass's pressure may be solved for the product)");
            }
        }
    }

    /** @return the same system with another feed */
    public SystemDesign withFeed(final FeedWater f) {
        return new SystemDesign(name, f, passes, feedBypass, condition, options);
    }

    /** @return the same system with its membranes in another condition */
    public SystemDesign withCondition(final MembraneCondition c) {
        return new SystemDesign(name, feed, passes, feedBypass, c, options);
    }

    /** @return the same system with other passes */
    public SystemDesign withPasses(final List<PassDesign> p) {
        return new SystemDesign(name, feed, p, feedBypass, condition, options);
    }

    /** @return the same system with another element computation */
    public SystemDesign withOptions(final ElementOptions o) {
        return new SystemDesign(name, feed, passes, feedBypass, condition, o);
    }

    /** @return the same system with a feed bypass blended into the product */
    public SystemDesign withFeedBypass(final double fraction) {
        return new SystemDesign(name, feed, passes, fraction, condition, options);
    }
}
