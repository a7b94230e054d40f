package org.permeate.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.WaterModel;

/**
 * Temperature correction by the fluidity of water: the water permeability scales as the inverse of
 * the viscosity of pure water, the salt permeability as a Stokes–Einstein diffusivity,
 * \[ \frac{A(T)}{A(T_0)} = \frac{\mu_w(T_0)}{\mu_w(T)}, \qquad
 *    \frac{B(T)}{B(T_0)} = \frac{T}{T_0}\,\frac{\mu_w(T_0)}{\mu_w(T)} \]
 * with \( T_0 = 298.15 \) K and both viscosities at 101 325 Pa from the injected {@link WaterModel}.
 *
 * <p>Sources: the classical assumption that a pressure-driven permeate flux is proportional to the
 * fluidity \( 1/\mu \) of the permeating water (Hagen–Poiseuille / Darcy flow); DuPont normalises
 * ultrafiltration permeability with exactly this ratio, using the IAPWS viscosity of water (DuPont UF
 * product manual, Eq. 7-1, as reproduced on newsflash.city "DuPont UF Membrane Ultrafiltration
 * SFP2880 Performance Standard" — secondary). For the salt, B = D·K/δ of the solution-diffusion
 * model is taken to scale like a diffusivity in water, \( D \propto T/\mu \) (Stokes–Einstein:
 * A. Einstein, Ann. Phys. 17 (1905) 549–560), the same scaling as
 * {@link org.permeate.properties.diffusion.StokesEinsteinScaling}; membrane activation energies of B
 * are often higher than this gives, so it is an estimate, not a fit.
 *
 * <p>Compared with {@link FilmTecTemperatureCorrection}, the fluidity rises more slowly with
 * temperature (2.3 %/K at 25 °C against FilmTec's 3.0 %/K above and 3.4 %/K below 25 °C):
 * polyamide RO membranes are more temperature-sensitive than the viscosity of water alone.
 *
 * <p><b>Range.</b> 0–100 °C (liquid water at 1 atm), plus the water model's own warnings.
 *
 * <p>Immutable and thread-safe; the reference viscosity is computed once; the factor methods
 * allocate nothing beyond what the water model does (IAPWS-IF97: nothing).
 */
public final class ViscosityRatioTemperatureCorrection implements TemperatureCorrection {

    /** Stable name used in files and reports. */
    public static final String NAME = "viscosity-ratio";

    /** Pressure at which the viscosities are evaluated, Pa. */
    public static final double PRESSURE = PhysicalConstants.STANDARD_ATMOSPHERE;

    /** Lower end of the stated range, K (0 °C). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS;

    /** Upper end of the stated range, K (100 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 100.0;

    private static final String SOURCE = "viscosity-ratio temperature correction";

    private final WaterModel water;
    private final double referenceViscosity;

    /**
     * @param water pure-water model giving μ_w(T, p)
     */
    public ViscosityRatioTemperatureCorrection(final WaterModel water) {
        this.water = Objects.requireNonNull(water, "water model");
        this.referenceViscosity = Checks.positive("water viscosity at 25 °C from " + water.name(),
                water.dynamicViscosity(REFERENCE_TEMPERATURE, PRESSURE));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "fluidity of water, A ~ 1/mu_w(T) and B ~ T/mu_w(T) (Stokes-Einstein), mu_w from " + water.name();
    }

    /** @return the pure-water model */
    public WaterModel waterModel() {
        return water;
    }

    /**
     * @param temperature K
     * @return \( \mu_w(298.15\ \mathrm{K})/\mu_w(T) \), dimensionless
     */
    @Override
    public double waterPermeabilityFactor(final double temperature) {
        return referenceViscosity / viscosity(temperature);
    }

    /**
     * @param temperature K
     * @return \( (T/298.15)\,\mu_w(298.15\ \mathrm{K})/\mu_w(T) \), dimensionless
     */
    @Override
    public double solutePermeabilityFactor(final double temperature) {
        return temperature / REFERENCE_TEMPERATURE * referenceViscosity / viscosity(temperature);
    }

    private double viscosity(final double temperature) {
        final double mu = water.dynamicViscosity(Inputs.temperature(temperature), PRESSURE);
        if (!(mu > 0) || !Double.isFinite(mu)) {
            throw new IllegalStateException(water.name() + " returned water viscosity " + mu + " Pa s at "
                    + temperature + " K");
        }
        return mu;
    }

    /**
     * @return a {@code TEMPERATURE_OUTSIDE_FITTED_RANGE} warning outside 0–100 °C, plus the water model's
     */
    @Override
    public List<ModelWarning> warnings(final double temperature) {
        final List<ModelWarning> own = RangeWarnings.temperature(SOURCE, temperature, MIN_TEMPERATURE,
                MAX_TEMPERATURE);
        final List<ModelWarning> model = water.warnings(temperature, PRESSURE);
        if (model.isEmpty()) {
            return own;
        }
        final List<ModelWarning> out = new ArrayList<>(model);
        out.addAll(own);
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
