package org.permeate.transport;

/**
 * The flow in one cross-section of a feed channel, and the dimensionless groups the correlations
 * use. Velocities are interstitial (superficial velocity / porosity).
 *
 * @param geometry    the channel
 * @param massFlow    total mass flow (water + solutes), kg/s
 * @param density     mass density, kg/m³
 * @param viscosity   dynamic viscosity, Pa·s
 * @param diffusivity diffusivity of the solute in question, m²/s
 */
public record ChannelFlow(ChannelGeometry geometry, double massFlow, double density, double viscosity,
                          double diffusivity) {

    public ChannelFlow {
        org.permeate.errors.Checks.nonNegative("channel mass flow", massFlow);
        org.permeate.errors.Checks.positive("density", density);
        org.permeate.errors.Checks.positive("viscosity", viscosity);
        org.permeate.errors.Checks.positive("diffusivity", diffusivity);
    }

    /** @return interstitial velocity Q/(hWε), m/s */
    public double velocity() {
        return massFlow / (density * geometry.crossSection());
    }

    /** @return Reynolds number ρ v d_h / μ */
    public double reynolds() {
        return density * velocity() * geometry.hydraulicDiameter() / viscosity;
    }

    /** @return Schmidt number μ / (ρ D) */
    public double schmidt() {
        return viscosity / (density * diffusivity);
    }
}
