package org.permeate.transport;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * Permeabilities that do not change with temperature: for reproducing models that have no
 * temperature correction (WaterTAP's RO models take A and B as given at the operating
 * temperature) and for tests.
 */
public final class NoTemperatureCorrection implements TemperatureCorrection {

    /** The one instance. */
    public static final NoTemperatureCorrection INSTANCE = new NoTemperatureCorrection();

    private NoTemperatureCorrection() {
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public String source() {
        return "no temperature correction: A and B are taken as given at the operating temperature";
    }

    @Override
    public double waterPermeabilityFactor(final double temperature) {
        return 1.0;
    }

    @Override
    public double solutePermeabilityFactor(final double temperature) {
        return 1.0;
    }

    @Override
    public List<ModelWarning> warnings(final double temperature) {
        return List.of();
    }
}
