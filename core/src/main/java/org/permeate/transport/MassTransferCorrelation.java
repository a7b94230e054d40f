package org.permeate.transport;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * A Sherwood-number correlation for the feed channel, giving the film mass-transfer coefficient
 * \( k = Sh\,D/d_h \) of concentration polarisation. Implementations are named after their source
 * and are stateless.
 */
public interface MassTransferCorrelation {

    /** @return the stable name used in files and reports */
    String name();

    /** @return the full citation */
    String source();

    /**
     * @param reynolds Reynolds number on the hydraulic diameter and interstitial velocity
     * @param schmidt  Schmidt number
     * @param geometry the channel (some correlations use its dimensions)
     * @return Sherwood number k d_h / D
     */
    double sherwood(double reynolds, double schmidt, ChannelGeometry geometry);

    /**
     * @param flow the flow
     * @return mass-transfer coefficient k, m/s
     */
    default double coefficient(final ChannelFlow flow) {
        return sherwood(flow.reynolds(), flow.schmidt(), flow.geometry()) * flow.diffusivity()
                / flow.geometry().hydraulicDiameter();
    }

    /**
     * @param reynolds Reynolds number
     * @param schmidt  Schmidt number
     * @return warnings when outside the range the correlation was fitted on
     */
    List<ModelWarning> warnings(double reynolds, double schmidt);
}
