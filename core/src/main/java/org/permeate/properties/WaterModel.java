package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;

/**
 * Properties of pure liquid water as functions of temperature and pressure. Implementations are
 * stateless and thread-safe.
 */
public interface WaterModel {

    /** @return the model's stable name, e.g. {@code "IAPWS-IF97"} */
    String name();

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return mass density of liquid water, kg/m³
     */
    double massDensity(double temperature, double pressure);

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return dynamic viscosity of liquid water, Pa·s
     */
    double dynamicViscosity(double temperature, double pressure);

    /**
     * @param temperature K
     * @return saturation (vapour) pressure of pure water, Pa
     */
    double vapourPressure(double temperature);

    /**
     * @param pressure absolute pressure, Pa
     * @return saturation (boiling) temperature of pure water, K
     */
    double saturationTemperature(double pressure);

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return molar volume of liquid water M_w/ρ_w, m³/mol
     */
    default double molarVolume(final double temperature, final double pressure) {
        return PhysicalConstants.WATER_MOLAR_MASS / massDensity(temperature, pressure);
    }

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return warnings for a state outside the range the model is stated for (empty if inside)
     */
    List<ModelWarning> warnings(double temperature, double pressure);
}
