package org.permeate.properties.diffusion;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.WaterModel;

/**
 * Test-only pure-water model with the correlations of Sharqawy, M.H., Lienhard, J.H. &amp; Zubair, S.M.
 * (2010) "Thermophysical properties of seawater: a review of existing correlations and data",
 * Desalin. Water Treat. 16, 354–380, doi:10.5004/dwt.2010.1079, as transcribed in
 * /work/shared/refdata/watertap_seawater_props.json (WaterTAP seawater_prop_pack.py @4a26103e):
 * <ul>
 * <li>viscosity, Sharqawy et al. 2010 eqs. 22–23 at zero salinity (0–180 °C):
 *     \( \mu_w = 4.2844\times10^{-5} + [0.157(t + 64.993)^2 - 91.296]^{-1} \) Pa·s, t in °C;</li>
 * <li>vapour pressure of pure water as WaterTAP implements it (Nayar et al. 2016 eqs. 5–6), T in K.</li>
 * </ul>
 * No pressure dependence. Density and saturation temperature are not needed by the diffusivity
 * models and are not implemented.
 */
final class SharqawyPureWater implements WaterModel {

    @Override
    public String name() {
        return "sharqawy-2010-pure-water (test)";
    }

    @Override
    public double massDensity(final double temperature, final double pressure) {
        throw new UnsupportedOperationException("not needed by the diffusivity tests");
    }

    @Override
    public double dynamicViscosity(final double temperature, final double pressure) {
        final double t = temperature - 273.15; // correlation fitted in °C
        return 4.2844e-5 + 1.0 / (0.157 * (t + 64.993) * (t + 64.993) - 91.296);
    }

    @Override
    public double vapourPressure(final double temperature) {
        final double t = temperature;
        return Math.exp(-5.8002206e3 / t + 1.3914993 - 4.8640239e-2 * t + 4.1764768e-5 * t * t
                - 1.4452093e-8 * t * t * t + 6.5459673 * Math.log(t));
    }

    @Override
    public double saturationTemperature(final double pressure) {
        throw new UnsupportedOperationException("not needed by the diffusivity tests");
    }

    @Override
    public List<ModelWarning> warnings(final double temperature, final double pressure) {
        return List.of();
    }
}
