package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.ActivityModel;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The Stiff &amp; Davis Stability Index for brines, S&amp;DSI = pH − pHs with
 * \( pH_s = pCa + pAlk + K \), pCa = −log₁₀[Ca²⁺] (mol/L), pAlk = −log₁₀[total alkalinity]
 * (eq/L), K a function of ionic strength and temperature. H.A. Stiff and L.E. Davis, "A method
 * for predicting the tendency of oil field water to deposit calcium carbonate", Petroleum
 * Transactions AIME 195 (1952) 213; ASTM D4582, "Standard Practice for Calculation and Adjustment
 * of the Stiff and Davis Stability Index for Reverse Osmosis", for RO concentrates above
 * 10 000 mg/L TDS (neither was read; definition as quoted by secondary sources, see the test
 * resource {@code chemistry/lsi-sdsi.md}).
 *
 * <p><b>The constant K.</b> Stiff &amp; Davis and ASTM D4582 give K as a curve (a figure) of ionic
 * strength and temperature. No table of its numbers was found (searched again for this class:
 * ASTM D4582 copies show the text, not the figure's values; the DuPont FilmTec manual section was
 * not found). So the default, {@link Constant#THERMODYNAMIC}, derives K from the definition of
 * saturation with calcite instead of reading a curve:
 * \[ pH_s = pK_2 - pK_{sp} - \log_{10}(\gamma_{Ca}m_{Ca}) - \log_{10}(\gamma_{HCO_3}m_{Alk}),
 *    \qquad K = pH_s - pCa - pAlk, \]
 * K₂ and K_sp(calcite) of Plummer &amp; Busenberg (1982) ({@link CarbonateConstants}), molal
 * activity coefficients of Ca²⁺ and HCO₃⁻ from the Pitzer model of the {@code pitzer} property
 * package (Harvie, Møller &amp; Weare 1984) for the whole analysis, and the total alkalinity in
 * place of HCO₃⁻ as Stiff &amp; Davis do. K so defined also absorbs the change from molal to molar
 * concentrations. This is <em>not</em> the Stiff–Davis curve: in seawater (I ≈ 0.72 mol/kg, 25 °C)
 * it gives K ≈ 2.9, where the empirical fit below gives 3.5; the S&amp;DSI from it is close to
 * the calcite saturation index a speciation program reports.
 *
 * <p>{@link Constant#USBR_WQEVAL_FIT} is the only numeric form of the curve found: a fit
 * attributed to the U.S. Bureau of Reclamation's WQeval documentation (p. 16, eq. 13–14), "built
 * from the graphs of ASTM D4582-91", known only through a public Python file (secondary; the USBR
 * document was not found):
 * I &lt; 1.2: \( K = 2.022\,e^{(\ln I + 7.544)^2/102.6} - 0.0002\,t^2 + 0.00097\,t + 0.262 \);
 * I ≥ 1.2: \( K = -0.1\,I - 0.0002\,t^2 - 0.00097\,t + 3.887 \), t in °C, I in mol/L. Its two
 * branches do not meet at I = 1.2 (a step of −0.11 to −0.29) and it is said to lie 0.2–0.6 above
 * the curve at 40–70 °C. Offered for comparison with vendor tools, labelled as such.
 *
 * <p>Stateless.
 */
public final class StiffDavis {

    /** How K is obtained. */
    public enum Constant {
        /** From pK₂ − pK_sp and Pitzer activity coefficients (default; not the published curve). */
        THERMODYNAMIC,
        /** The USBR WQeval curve fit of the ASTM D4582 figure (secondary source, flawed; see the class comment). */
        USBR_WQEVAL_FIT;

        /** The constant used when none is named. */
        public static final Constant DEFAULT = THERMODYNAMIC;
    }

    /** ASTM D4582 scope: concentrate above 10 000 mg/L TDS, kg/m³. */
    static final double MIN_TDS = 10.0;
    /** Ionic strength range of the USBR fit, mol/L (said calibrated for 0–4). */
    static final double USBR_MAX_IONIC_STRENGTH = 4.0;

    private StiffDavis() {
    }

    /**
     * @param analysis a water analysis
     * @return its S&amp;DSI with the {@link Constant#DEFAULT default} K, warnings attached
     */
    public static CalciumCarbonateIndex of(final WaterAnalysis analysis) {
        return of(analysis, Constant.DEFAULT, RangePolicy.WARN);
    }

    /**
     * @param analysis a water analysis (its calcium and total alkalinity must be positive)
     * @param constant how K is obtained
     * @param policy   what to do outside stated ranges
     * @return the S&amp;DSI with the terms pCa, pAlk, K and the ionic strength
     */
    public static CalciumCarbonateIndex of(final WaterAnalysis analysis, final Constant constant,
                                           final RangePolicy policy) {
        final double t = analysis.temperature();
        final double calcium = Langelier.positive("calcium for the S&DSI",
                analysis.molarConcentration(Constituent.CA), "mmol/L");
        Langelier.positive("carbonate alkalinity (HCO3 + CO3) for the S&DSI", analysis.carbonateAlkalinity(), "meq/L");
        final double alkalinity = Langelier.positive("alkalinity for the S&DSI", analysis.totalAlkalinity(), "meq/L");
        // mol/m³ → mol/L and eq/m³ → eq/L
        final double pCa = -Math.log10(calcium * 1e-3);
        final double pAlk = -Math.log10(alkalinity * 1e-3);
        final double ionicStrength = analysis.ionicStrength();
        final List<ModelWarning> warnings = new ArrayList<>();
        final double k;
        final String method;
        if (constant == Constant.THERMODYNAMIC) {
            final Composition c = analysis.composition()
                    .with(SpeciesCatalog.CA, analysis.molality(Constituent.CA))
                    .with(SpeciesCatalog.HCO3, analysis.molality(Constituent.HCO3));
            final Solution s = Solution.atAtmosphericPressure(c, t);
            final ActivityModel activity = PropertyPackages.MIXED;
            final double[] lnGamma = activity.lnActivityCoefficients(s);
            final double log10GammaCa = lnGamma[c.indexOf(SpeciesCatalog.CA)] / Math.log(10);
            final double log10GammaHco3 = lnGamma[c.indexOf(SpeciesCatalog.HCO3)] / Math.log(10);
            final double mAlk = alkalinity / analysis.waterPerVolume();
            final double pHs = CarbonateConstants.pK2(t) - CarbonateConstants.pKspCalcite(t)
                    - Math.log10(analysis.molality(Constituent.CA)) - log10GammaCa
                    - Math.log10(mAlk) - log10GammaHco3;
            k = pHs - pCa - pAlk;
            warnings.addAll(activity.warnings(s));
            Langelier.addTemperatureWarning(warnings, t);
            method = "K from pK2 - pKsp (Plummer & Busenberg 1982) and Pitzer activity coefficients (HMW 1984); "
                    + "not the Stiff & Davis curve, which was not found as numbers";
        } else {
            // the fit is written in °C and mol/L: convert first
            final double celsius = t - PhysicalConstants.ZERO_CELSIUS;
            final double iMolar = ionicStrength * analysis.waterPerVolume() * 1e-3;
            k = usbrFit(iMolar, celsius);
            if (iMolar > USBR_MAX_IONIC_STRENGTH || iMolar <= 0) {
                warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE,
                        "USBR WQeval S&DSI fit", "ionic strength", String.format(Locale.ROOT, "%.3g mol/L", iMolar),
                        "0 to 4 mol/L"));
            }
            if (celsius < 0 || celsius > 90) {
                warnings.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE,
                        "USBR WQeval S&DSI fit", "temperature", String.format(Locale.ROOT, "%.1f °C", celsius),
                        "0 to 90 °C"));
            }
            method = "K from the USBR WQeval fit of the ASTM D4582 figure (secondary source; "
                    + "branches do not meet at I = 1.2 mol/L)";
        }
        final double tds = analysis.tdsForIndices();
        if (tds < MIN_TDS) {
            warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE,
                    "S&DSI (ASTM D4582 scope)", "TDS", String.format(Locale.ROOT, "%.4g mg/L", tds * 1e3),
                    "above 10 000 mg/L; below it use the LSI (ASTM D3739)"));
        }
        final Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("pCa", pCa);
        terms.put("pAlk", pAlk);
        terms.put("K", k);
        terms.put("ionic strength", ionicStrength);
        return new CalciumCarbonateIndex("S&DSI", method, analysis.pH(), pCa + pAlk + k, terms, policy.apply(warnings));
    }

    /**
     * The USBR WQeval fit of the Stiff–Davis K (secondary source, see the class comment).
     *
     * @param ionicStrength mol/L
     * @param celsius       temperature, °C
     * @return K
     */
    public static double usbrFit(final double ionicStrength, final double celsius) {
        if (ionicStrength < 1.2) {
            final double x = Math.log(ionicStrength) + 7.544;
            return 2.022 * Math.exp(x * x / 102.6) - 0.0002 * celsius * celsius + 0.00097 * celsius + 0.262;
        }
        return -0.1 * ionicStrength - 0.0002 * celsius * celsius - 0.00097 * celsius + 3.887;
    }
}
