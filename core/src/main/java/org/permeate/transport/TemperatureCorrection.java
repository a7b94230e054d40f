package org.permeate.transport;

import java.util.List;

import org.permeate.errors.ModelWarning;

/**
 * How a membrane's water and solute permeabilities change with temperature, relative to 25 °C
 * (the makers' "temperature correction factor", TCF: A(T) = A(25 °C)·factor).
 */
public interface TemperatureCorrection {

    /** Reference temperature of membrane permeabilities, K. */
    double REFERENCE_TEMPERATURE = 298.15;

    /** @return the stable name */
    String name();

    /** @return the full citation */
    String source();

    /**
     * @param temperature K
     * @return A(T)/A(25 °C)
     */
    double waterPermeabilityFactor(double temperature);

    /**
     * @param temperature K
     * @return B(T)/B(25 °C)
     */
    double solutePermeabilityFactor(double temperature);

    /**
     * @param temperature K
     * @return warnings outside the stated range
     */
    List<ModelWarning> warnings(double temperature);
}
