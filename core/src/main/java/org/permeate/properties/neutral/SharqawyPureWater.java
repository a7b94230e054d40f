package org.permeate.properties.neutral;

import org.permeate.measure.PhysicalConstants;

/**
 * Density of pure liquid water at atmospheric pressure, for the molar volume in the osmotic pressure.
 *
 * <p>Sharqawy, M.H., Lienhard V, J.H. &amp; Zubair, S.M. (2010), Thermophysical properties of
 * seawater: a review of existing correlations and data, Desalination and Water Treatment 16,
 * 354–380, doi:10.5004/dwt.2010.1079, eq. (8), its pure-water part (salinity 0), valid 0–180 °C:
 * \( \rho_w = 999.9 + 2.034\times10^{-2}t - 6.162\times10^{-3}t^2 + 2.261\times10^{-5}t^3
 * - 4.657\times10^{-8}t^4 \) kg/m³, t in °C. Coefficients as implemented in WaterTAP's seawater
 * property package (watertap-org/watertap@4a26103e, {@code seawater_prop_pack.py}; transcribed in
 * /work/shared/refdata/watertap_seawater_props.json). Gives 996.9 kg/m³ at 25 °C, WaterTAP's
 * asserted solvent density. No pressure dependence (about +0.045 % per MPa near 25 °C).
 */
final class SharqawyPureWater {

    /** Lower end of the fit, K. */
    static final double T_MIN = PhysicalConstants.ZERO_CELSIUS;
    /** Upper end of the fit, K. */
    static final double T_MAX = PhysicalConstants.ZERO_CELSIUS + 180.0;

    private SharqawyPureWater() {
    }

    /**
     * @param temperature K
     * @return mass density of pure water, kg/m³
     */
    static double massDensity(final double temperature) {
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS; // the fit is in °C
        return 999.9 + t * (2.034e-2 + t * (-6.162e-3 + t * (2.261e-5 + t * -4.657e-8)));
    }

    /**
     * @param temperature K
     * @return molar volume of pure water M_w/ρ_w, m³/mol
     */
    static double molarVolume(final double temperature) {
        return PhysicalConstants.WATER_MOLAR_MASS / massDensity(temperature);
    }
}
