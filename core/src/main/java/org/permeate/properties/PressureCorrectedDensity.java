package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;

/**
 * Adds compression to a density model fitted at atmospheric pressure:
 * \( \rho(T,p) = \rho_{base}(T)\,\rho_w(T,p)/\rho_w(T,p_0) \), i.e. the solution is taken to be as
 * compressible as pure water. For seawater the isothermal compressibility is about 4 % below pure
 * water's at 35 g/kg and 25 °C (Millero et al. 1980 / UNESCO EOS-80), so at 8 MPa the density error
 * of this approximation is below 0.02 %.
 */
public final class PressureCorrectedDensity implements DensityModel {

    private final DensityModel base;
    private final WaterModel water;

    /**
     * @param base  density model fitted at one standard atmosphere
     * @param water pure-water model giving the compression
     */
    public PressureCorrectedDensity(final DensityModel base, final WaterModel water) {
        this.base = base;
        this.water = water;
    }

    @Override
    public String name() {
        return base.name() + "+compression";
    }

    @Override
    public double massDensity(final Solution solution) {
        final double p0 = PhysicalConstants.STANDARD_ATMOSPHERE;
        final double p = solution.pressure();
        final double rho = base.massDensity(solution);
        if (p == p0) {
            return rho;
        }
        final double t = solution.temperature();
        return rho * water.massDensity(t, p) / water.massDensity(t, p0);
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        return base.warnings(solution);
    }
}
