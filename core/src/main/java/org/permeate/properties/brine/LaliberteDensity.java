package org.permeate.properties.brine;

import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;

/**
 * Density of aqueous solutions of any composition, from the apparent densities of its solutes.
 *
 * <p>Source: M. Laliberté, W. E. Cooper, "Model for Calculating the Density of Aqueous Electrolyte
 * Solutions", J. Chem. Eng. Data 49 (2004) 1141–1151 (doi:10.1021/je0498659, not verified);
 * coefficients from M. Laliberté, "A Model for Calculating the Heat Capacity of Aqueous Solutions,
 * with Updated Density and Viscosity Data", J. Chem. Eng. Data 54 (2009) 1725–1760,
 * doi:10.1021/je8008123, as transcribed in CalebBell/chemicals (see {@link LaliberteSolutes}).
 * The papers themselves were not read: equation forms and numbers were checked against that public
 * transcription and its worked examples, and against the CRC Handbook and Sharqawy's seawater
 * correlation in this package's tests.
 *
 * <p>Mixture rule (Laliberté &amp; Cooper 2004; additive specific volumes, equation number not
 * verified): \( \rho_m = \left( \dfrac{w_w}{\rho_w(t)} + \sum_i \dfrac{w_i}{\rho_{app,i}(1 - w_w, t)}
 * \right)^{-1} \), with \(w_i\) the mass fraction of salt or neutral solute i formed from the
 * composition as described in {@link LaliberteMixture}, and \(\rho_{app,i}\) as in
 * {@link LaliberteSolute}. Laliberté &amp; Cooper report an accuracy of about 0.1 % for most
 * solutions (secondary statement, not verified); measured here: NaCl 0–26 % within 0.05 %, seawater
 * 35 g/kg at 25 °C within 0.05 % of Sharqawy et al. (2010).
 *
 * <p>Validity: each solute over its own fitted range (0–150 °C at most, up to its saturation for many
 * salts); {@link #warnings} names what lies outside. The equations are evaluated from −30 to 200 °C
 * and refused outside. Pressure is not an input: the correlations are for about 0.1 MPa. Property
 * packages wrap this model in {@link org.permeate.properties.PressureCorrectedDensity}, which adds
 * the compression of water.
 *
 * <p>Stateless and thread-safe; {@link #massDensity(Solution)} does not allocate.
 */
public final class LaliberteDensity implements DensityModel {

    /** The one instance. */
    public static final LaliberteDensity INSTANCE = new LaliberteDensity();

    /** Stable name used in files and reports. */
    public static final String NAME = "laliberte-cooper-2004";

    /** Fitted range of Kell's (1975) pure-water equation, K (0–150 °C). */
    private static final double WATER_MIN_TEMPERATURE = 273.15;
    private static final double WATER_MAX_TEMPERATURE = 423.15;

    private LaliberteDensity() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Density of pure liquid water used by Laliberté &amp; Cooper (2004): Kell's equation,
     * G. S. Kell, J. Chem. Eng. Data 20 (1975) 97–105, 0–150 °C at atmospheric pressure:
     * \( \rho_w = \dfrac{999.83952 + 16.945176\,t - 7.9870401\times10^{-3} t^2 - 46.170461\times10^{-6} t^3
     * + 105.56302\times10^{-9} t^4 - 280.54253\times10^{-12} t^5}{1 + 16.879850\times10^{-3} t} \), t in °C.
     * Coefficients as transcribed in CalebBell/chemicals {@code Laliberte_density_w}.
     *
     * @param temperature K
     * @return density of pure water, kg/m³
     */
    public static double pureWaterDensity(final double temperature) {
        // fitted in °C: convert first
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        return waterDensityAtCelsius(t);
    }

    static double waterDensityAtCelsius(final double t) {
        return (((((-2.8054253e-10 * t + 1.0556302e-7) * t - 4.6170461e-5) * t - 0.0079870401) * t + 16.945176) * t
                + 999.83952) / (1.0 + 0.01687985 * t);
    }

    /**
     * @param solution the state (molalities of ions and neutral species, temperature; pressure ignored)
     * @return density, kg/m³
     * @throws PermeateException if the temperature is outside −30 °C to 200 °C
     */
    @Override
    public double massDensity(final Solution solution) {
        final double temperature = solution.temperature();
        LaliberteMixture.checkDomain(temperature);
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        final Composition c = solution.composition();
        final double massRatio = LaliberteMixture.soluteMassPerWaterMass(c);
        final double u = massRatio / (1 + massRatio);
        final double waterVolume = (1 - u) / waterDensityAtCelsius(t);
        if (u == 0) {
            return 1 / waterVolume;
        }
        return 1 / (waterVolume + LaliberteMixture.weightedSum(c, t, u, massRatio, false));
    }

    /**
     * Density of a solution given directly as Laliberté solutes and their mass fractions (Laliberté
     * &amp; Cooper 2004 mixture rule, no pairing).
     *
     * @param solutes       the solutes
     * @param massFractions mass fraction of each in the solution (each ≥ 0, sum &lt; 1)
     * @param temperature   K
     * @return density, kg/m³
     */
    public double massDensity(final List<LaliberteSolute> solutes, final double[] massFractions,
                              final double temperature) {
        LaliberteMixture.checkDomain(temperature);
        final double u = checkedTotal(solutes, massFractions);
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        double volume = (1 - u) / waterDensityAtCelsius(t);
        for (int i = 0; i < massFractions.length; i++) {
            volume += massFractions[i] * solutes.get(i).specificVolumeAtCelsius(u, t);
        }
        return 1 / volume;
    }

    /**
     * @param solutes       the solutes
     * @param massFractions their mass fractions
     * @return the sum of the mass fractions, checked to be in [0, 1)
     */
    static double checkedTotal(final List<LaliberteSolute> solutes, final double[] massFractions) {
        if (solutes.size() != massFractions.length) {
            throw new PermeateException(Message.CONFLICTING, solutes.size() + " solutes",
                    massFractions.length + " mass fractions");
        }
        double u = 0;
        for (int i = 0; i < massFractions.length; i++) {
            if (!(massFractions[i] >= 0) || !Double.isFinite(massFractions[i])) {
                throw new PermeateException(Message.TOO_SMALL, "mass fraction of " + solutes.get(i).key(), "0",
                        massFractions[i]);
            }
            u += massFractions[i];
        }
        if (u >= 1) {
            throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, "solute mass fractions",
                    "a total of " + Numbers.compact(u));
        }
        return u;
    }

    /**
     * Warnings: solutes used outside the temperature or concentration range of their fit, pairs and
     * neutral solutes described by analogues, a charge imbalance above 5 %, water outside 0–150 °C.
     * Solutes carrying less than 1 % of the dissolved
     * mass or less than 100 mg/kg are not reported (see {@link LaliberteMixture}).
     *
     * @param solution the state
     * @return the warnings (empty inside every range)
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        LaliberteMixture.checkDomain(solution.temperature());
        final List<ModelWarning> out = LaliberteMixture.warnings(solution.composition(), solution.temperature(),
                false, NAME);
        final double temperature = solution.temperature();
        if (temperature < WATER_MIN_TEMPERATURE || temperature > WATER_MAX_TEMPERATURE) {
            out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE,
                    NAME + " (Kell 1975 pure-water density)", "temperature",
                    Numbers.significant(temperature, 5) + " K", "273.15 to 423.15 K, i.e. 0 to 150 °C"));
        }
        return out;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
