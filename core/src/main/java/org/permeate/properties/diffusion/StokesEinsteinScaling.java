package org.permeate.properties.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.WaterModel;

/**
 * Temperature dependence of a diffusion coefficient in water by Stokes–Einstein scaling:
 * \[ D(T, P) = D(T_0, P_0)\,\frac{T}{T_0}\,\frac{\eta_w(T_0, P_0)}{\eta_w(T, P)} \]
 * with \( T_0 = 298.15 \) K, \( P_0 = 0.101325 \) MPa and \( \eta_w \) the dynamic viscosity of pure
 * water from the injected {@link WaterModel}.
 *
 * <p>Source: the scaling follows from the Stokes–Einstein relation \( D = k_B T / (6\pi\eta r) \)
 * with a temperature-independent hydrodynamic radius (Einstein, A. (1905) "Über die von der
 * molekularkinetischen Theorie der Wärme geforderte Bewegung von in ruhenden Flüssigkeiten suspendierten
 * Teilchen", Ann. Phys. 17, 549–560, doi:10.1002/andp.19053220806). It is the form PHREEQC applies
 * to its 25 °C {@code -dw} tracer diffusion coefficients: usgs-coupled/phreeqc3,
 * {@code src/transport.cpp}, comment "D_T = D_298 * Tk * viscos_298 / (298 * viscos)" and factor
 * {@code tk_x * viscos_0_25 / (298.15 * viscos)} (read for this class). The CRC Handbook table of ionic
 * conductivities notes that λ and D of typical ions rise by 2–3 % per kelvin near 25 °C, which this
 * scaling reproduces (2.6 %/K). Stated here for 0–100 °C: the water viscosity changes by a factor of
 * six over that range and the hydrodynamic radius of hydrated ions and sugars is not exactly constant
 * (for sucrose the measured rise from 25 to 45 °C exceeds the scaling by about 9 %, see the tests).
 *
 * <p>Immutable and thread-safe; the reference viscosity is computed once in the constructor.
 */
public final class StokesEinsteinScaling {

    /** Lower end of the stated range, K (0 °C). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS;

    /** Upper end of the stated range, K (100 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 100.0;

    private static final String SOURCE = "Stokes-Einstein temperature scaling of tracer diffusivities";

    private final WaterModel water;
    private final double referenceViscosity;

    /**
     * @param water pure-water model giving η_w(T, P)
     */
    public StokesEinsteinScaling(final WaterModel water) {
        this.water = Objects.requireNonNull(water, "water model");
        this.referenceViscosity = Checks.positive("water viscosity at 25 °C from " + water.name(),
                water.dynamicViscosity(InfiniteDilutionDiffusivities.REFERENCE_TEMPERATURE,
                        InfiniteDilutionDiffusivities.REFERENCE_PRESSURE));
    }

    /** @return the pure-water model */
    public WaterModel waterModel() {
        return water;
    }

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return \( (T/T_0)\,\eta_w(T_0,P_0)/\eta_w(T,P) \), dimensionless; exactly 1 at 298.15 K, 101 325 Pa
     */
    public double factor(final double temperature, final double pressure) {
        final double viscosity = water.dynamicViscosity(temperature, pressure);
        if (!(viscosity > 0) || !Double.isFinite(viscosity)) {
            throw new IllegalStateException(water.name() + " returned water viscosity " + viscosity
                    + " Pa s at " + temperature + " K");
        }
        return temperature / InfiniteDilutionDiffusivities.REFERENCE_TEMPERATURE * referenceViscosity / viscosity;
    }

    /**
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return a warning if the temperature lies outside 0–100 °C, plus the water model's own warnings
     */
    public List<ModelWarning> warnings(final double temperature, final double pressure) {
        final List<ModelWarning> out = new ArrayList<>(water.warnings(temperature, pressure));
        if (temperature < MIN_TEMPERATURE || temperature > MAX_TEMPERATURE) {
            out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, SOURCE,
                    "temperature", Numbers.significant(temperature - PhysicalConstants.ZERO_CELSIUS, 4) + " °C",
                    "0 to 100 °C"));
        }
        return out;
    }
}
