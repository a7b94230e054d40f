package org.permeate.transport;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * A friction-factor correlation for the feed channel: the Darcy friction factor f with
 * \( dP/dx = -f\,\rho v^2 / (2 d_h) \). Implementations are named after their source and are
 * stateless.
 */
public interface FrictionCorrelation {

    /** @return the stable name used in files and reports */
    String name();

    /** @return the full citation */
    String source();

    /**
     * @param reynolds Reynolds number on the hydraulic diameter and interstitial velocity
     * @param geometry the channel
     * @return Darcy friction factor
     */
    double darcyFrictionFactor(double reynolds, ChannelGeometry geometry);

    /**
     * @param flow the flow
     * @return pressure gradient dP/dx, Pa/m (negative along the flow)
     */
    default double pressureGradient(final ChannelFlow flow) {
        final double v = flow.velocity();
        if (v == 0) {
            return 0.0;
        }
        return -darcyFrictionFactor(flow.reynolds(), flow.geometry()) * flow.density() * v * v
                / (2.0 * flow.geometry().hydraulicDiameter());
    }

    /**
     * @param reynolds Reynolds number
     * @return warnings when outside the fitted range
     */
    List<ModelWarning> warnings(double reynolds);
}
