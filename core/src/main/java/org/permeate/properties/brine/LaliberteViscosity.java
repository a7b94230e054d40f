package org.permeate.properties.brine;

import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;

/**
 * Dynamic viscosity of aqueous solutions of any composition.
 *
 * <p>Source: M. Laliberté, "Model for Calculating the Viscosity of Aqueous Solutions", J. Chem. Eng.
 * Data 52 (2007) 321–335 (doi:10.1021/je0604075, not verified), and J. Chem. Eng. Data 52 (2007)
 * 1507 for multicomponent solutions (title not verified); coefficients from M. Laliberté, J. Chem.
 * Eng. Data 54 (2009) 1725–1760, doi:10.1021/je8008123, as transcribed in CalebBell/chemicals (see
 * {@link LaliberteSolutes}). The papers themselves were not read: the forms were checked against that
 * transcription and its worked examples, and the results against the CRC Handbook and Sharqawy's
 * seawater correlation in this package's tests.
 *
 * <p>Mixture rule (Laliberté 2007; equation number not verified):
 * \( \ln \eta_m = w_w \ln \eta_w(t) + \sum_i w_i \ln \eta_i(1 - w_w, t) \), viscosities in mPa·s,
 * with \(w_i\) the mass fraction of salt or neutral solute i formed from the composition as in
 * {@link LaliberteMixture} and \(\eta_i\) as in {@link LaliberteSolute}. Laliberté's fits are good to
 * a few per cent (secondary statement); measured here against the CRC table at 20 °C: NaCl within
 * 1.2 %, Na2SO4 1.1 %, CaCl2 4.9 %, MgSO4 5.5 %, sucrose 2.3 % to 50 % (4.5 % at one CRC point out
 * of line with its neighbours), ethanol 10.4 %; seawater
 * 35 g/kg at 25 °C within 0.5 % of Sharqawy et al. (2010).
 *
 * <p>Validity: each solute over its own fitted range; {@link #warnings} names what lies outside.
 * Evaluated from −30 to 200 °C and refused outside. Pressure is ignored (water's viscosity changes by
 * well under 1 % up to 10 MPa near room temperature).
 *
 * <p>Stateless and thread-safe; {@link #dynamicViscosity(Solution)} does not allocate.
 */
public final class LaliberteViscosity implements ViscosityModel {

    /** The one instance. */
    public static final LaliberteViscosity INSTANCE = new LaliberteViscosity();

    /** Stable name used in files and reports. */
    public static final String NAME = "laliberte-2007";

    /**
     * Range in which Permeate relies on the pure-water equation, K (0–100 °C). Laliberté's range for it
     * was not seen; it reproduces the CRC's 1.002 mPa·s at 20 °C (tested).
     */
    private static final double WATER_MIN_TEMPERATURE = 273.15;
    private static final double WATER_MAX_TEMPERATURE = 373.15;

    private LaliberteViscosity() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Viscosity of pure water used by Laliberté (2007):
     * \( \eta_w = \dfrac{t + 246}{(0.05594\,t + 5.2842)\,t + 137.37} \) mPa·s, t in °C
     * (as transcribed in CalebBell/chemicals {@code Laliberte_viscosity_w}; range not stated there).
     *
     * @param temperature K
     * @return viscosity of pure water, Pa·s
     */
    public static double pureWaterViscosity(final double temperature) {
        // fitted in °C: convert first
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        return 1e-3 * waterViscosityMilliPascalSeconds(t);
    }

    static double waterViscosityMilliPascalSeconds(final double t) {
        return (t + 246.0) / ((0.05594 * t + 5.2842) * t + 137.37);
    }

    /**
     * @param solution the state (molalities of ions and neutral species, temperature; pressure ignored)
     * @return dynamic viscosity, Pa·s
     * @throws PermeateException if the temperature is outside −30 °C to 200 °C
     */
    @Override
    public double dynamicViscosity(final Solution solution) {
        final double temperature = solution.temperature();
        LaliberteMixture.checkDomain(temperature);
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        final Composition c = solution.composition();
        final double massRatio = LaliberteMixture.soluteMassPerWaterMass(c);
        final double u = massRatio / (1 + massRatio);
        double lnEta = (1 - u) * Math.log(waterViscosityMilliPascalSeconds(t));
        if (u > 0) {
            lnEta += LaliberteMixture.weightedSum(c, t, u, massRatio, true);
        }
        return 1e-3 * Math.exp(lnEta);
    }

    /**
     * Viscosity of a solution given directly as Laliberté solutes and their mass fractions (Laliberté
     * 2007 mixture rule, no pairing). Solutes without usable viscosity coefficients
     * ({@link LaliberteSolute#hasViscosity()} false) are refused.
     *
     * @param solutes       the solutes
     * @param massFractions mass fraction of each in the solution (each ≥ 0, sum &lt; 1)
     * @param temperature   K
     * @return dynamic viscosity, Pa·s
     */
    public double dynamicViscosity(final List<LaliberteSolute> solutes, final double[] massFractions,
                                   final double temperature) {
        LaliberteMixture.checkDomain(temperature);
        final double u = LaliberteDensity.checkedTotal(solutes, massFractions);
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        double lnEta = (1 - u) * Math.log(waterViscosityMilliPascalSeconds(t));
        for (int i = 0; i < massFractions.length; i++) {
            final LaliberteSolute s = solutes.get(i);
            if (!s.hasViscosity()) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, NAME, s.key(),
                        "solutes with usable viscosity coefficients (" + s.key() + ": " + s.viscosityRejection() + ")");
            }
            if (massFractions[i] > 0) {
                lnEta += massFractions[i] * s.lnViscosityMilliPascalSecondsAtCelsius(u, t);
            }
        }
        return 1e-3 * Math.exp(lnEta);
    }

    /**
     * Warnings: solutes used outside the temperature or concentration range of their fit, pairs and
     * neutral solutes described by analogues, a charge imbalance above 5 %, water outside 0–100 °C.
     * Solutes carrying less than 1 % of the dissolved mass or less than 100 mg/kg are not reported.
     *
     * @param solution the state
     * @return the warnings (empty inside every range)
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        LaliberteMixture.checkDomain(solution.temperature());
        final List<ModelWarning> out = LaliberteMixture.warnings(solution.composition(), solution.temperature(),
                true, NAME);
        final double temperature = solution.temperature();
        if (temperature < WATER_MIN_TEMPERATURE || temperature > WATER_MAX_TEMPERATURE) {
            out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE,
                    NAME + " (pure-water viscosity)", "temperature",
                    Numbers.significant(temperature, 5) + " K", "273.15 to 373.15 K, i.e. 0 to 100 °C"));
        }
        return out;
    }

    @Override
    public String toString() {
        return NAME;
    }
}
