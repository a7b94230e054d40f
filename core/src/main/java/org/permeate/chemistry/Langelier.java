package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.pitzer.DebyeHuckelSlope;

/**
 * The Langelier Saturation Index, LSI = pH − pHs, in two forms.
 *
 * <p><b>{@link Form#CARRIER}</b> (the default, what design programs and handbooks print): the
 * empirical form
 * \[ pH_s = (9.3 + A + B) - (C + D),\quad A = \frac{\log_{10}\mathrm{TDS} - 1}{10},\quad
 *    B = -13.12\log_{10}(t + 273) + 34.55,\quad C = \log_{10}[\mathrm{Ca}] - 0.4,\quad
 *    D = \log_{10}[\mathrm{Alk}] \]
 * with TDS in mg/L, t in °C (note 273, not 273.15), calcium and total alkalinity in mg/L as CaCO3.
 * Source: "Langelier Index Calculation", corrosion-doctors.org
 * (https://corrosion-doctors.org/Cooling-Water-Towers/Index-Lang-calcul.htm, secondary; the page
 * names no primary source and no validity range), with its worked example (pH 7.5, TDS 320 mg/L,
 * Ca 150 and alkalinity 34 mg/L as CaCO3: LSI −0.7 at 25 °C, +0.3 at 82 °C). It is the algebraic
 * form of pHs = pCa + pAlk + C (pCa in mol/L, pAlk in eq/L; pCa = 5.0004 − log₁₀ Ca(mg/L as
 * CaCO3), pAlk = 4.6994 − log₁₀ Alk) with C = A + B − 0.0002; that C agrees with the textbook
 * table of Davis (2010, Table 7-5) within 0.15 from 0 to 50 °C and 40–600 mg/L TDS (the table
 * rises faster with ionic strength). For RO concentrates ASTM D3739 restricts
 * the LSI to 10–10 000 mg/L TDS (Practice D4582, the S&amp;DSI, above; ASTM scope statements read
 * in secondary copies); outside that range a warning is attached.
 *
 * <p><b>{@link Form#THERMODYNAMIC}</b>: pHs from the equilibria themselves (the derivation of
 * Standard Methods 2330 and Crittenden et al. 2012, eq. 22-30, as implemented in
 * BrownandCaldwell-Public/tidywater {@code corrosion_indices.R}):
 * \[ pH_s = pK_2 - pK_{sp} - \log_{10}(\gamma_{Ca}m_{Ca}) - \log_{10}(\gamma_{HCO_3}m_{HCO_3}) \]
 * with K₂ and K_sp(calcite) of Plummer &amp; Busenberg (1982) ({@link CarbonateConstants}, 0–90 °C),
 * HCO₃⁻ as the analysis gives it, molalities, and activity coefficients by the Davies equation
 * \( \log_{10}\gamma = -A z^2 (\sqrt I/(1+\sqrt I) - 0.3 I) \) (C.W. Davies, Ion Association,
 * Butterworths 1962, p. 41; about I ≤ 0.5 mol/kg) with \( A = 3A_\phi/\ln 10 \) from
 * {@link DebyeHuckelSlope} (0.510 at 25 °C) and I the ionic strength of the analysis. With
 * today's constants this form gives a pHs about 0.1–0.2 lower than the Carrier form and the
 * textbook C tables (older constants): at 25 °C and I → 0, pK₂ − pK_sp = 1.849 where the C table
 * of Davis (2010) gives 1.94.
 *
 * <p>Stateless.
 */
public final class Langelier {

    /** How pHs is computed. */
    public enum Form {
        /** The empirical form with the A, B, C, D terms (default). */
        CARRIER,
        /** pK₂ − pK_sp with Davies activity coefficients. */
        THERMODYNAMIC;

        /** The form used when none is named. */
        public static final Form DEFAULT = CARRIER;
    }

    /** Scope of ASTM D3739 (LSI of RO concentrate), TDS in kg/m³: 10 to 10 000 mg/L. */
    static final double MIN_TDS = 0.010;
    static final double MAX_TDS = 10.0;
    /** Ionic strength up to which the Davies equation is used without warning, mol/kg. */
    static final double DAVIES_MAX_IONIC_STRENGTH = 0.5;

    private Langelier() {
    }

    /**
     * @param analysis a water analysis
     * @return its LSI in the {@link Form#DEFAULT default} form, warnings attached
     */
    public static CalciumCarbonateIndex of(final WaterAnalysis analysis) {
        return of(analysis, Form.DEFAULT, RangePolicy.WARN);
    }

    /**
     * @param analysis a water analysis; the Carrier form uses its measured TDS if it has one,
     *                 otherwise the Standard Methods 1030 E sum ({@link WaterAnalysis#tdsForIndices()}),
     *                 and its total alkalinity
     * @param form     which form
     * @param policy   what to do outside the stated ranges
     * @return the LSI
     */
    public static CalciumCarbonateIndex of(final WaterAnalysis analysis, final Form form, final RangePolicy policy) {
        return switch (form) {
            case CARRIER -> {
                positive("carbonate alkalinity (HCO3 + CO3) for the LSI", analysis.carbonateAlkalinity(), "meq/L");
                yield carrier(analysis.pH(), analysis.temperature(), analysis.tdsForIndices(),
                        analysis.equivalentConcentration(Constituent.CA), analysis.totalAlkalinity(), policy);
            }
            case THERMODYNAMIC -> thermodynamic(analysis, policy);
        };
    }

    /**
     * The Carrier form from its five inputs.
     *
     * @param pH          pH
     * @param temperature K
     * @param tds         total dissolved solids, kg/m³
     * @param calcium     calcium, eq/m³ (= meq/L; 1 meq/L = 50.04 mg/L as CaCO3)
     * @param alkalinity  total alkalinity, eq/m³
     * @param policy      what to do outside the ASTM D3739 TDS range
     * @return the LSI with the terms A, B, C, D
     * @throws PermeateException if TDS, calcium or alkalinity is not positive (their logarithms are needed)
     */
    public static CalciumCarbonateIndex carrier(final double pH, final double temperature, final double tds,
                                                final double calcium, final double alkalinity,
                                                final RangePolicy policy) {
        // the formula is written in mg/L, mg/L as CaCO3 and °C: convert first
        final double tdsMgL = positive("TDS for the LSI", tds, "mg/L") * 1e3;
        final double caMgL = positive("calcium for the LSI", calcium, "meq/L") * WaterAnalysis.CALCIUM_CARBONATE_PER_EQUIVALENT * 1e3;
        final double alkMgL = positive("alkalinity for the LSI", alkalinity, "meq/L") * WaterAnalysis.CALCIUM_CARBONATE_PER_EQUIVALENT * 1e3;
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        final double a = (Math.log10(tdsMgL) - 1) / 10;
        final double b = -13.12 * Math.log10(t + 273) + 34.55;
        final double c = Math.log10(caMgL) - 0.4;
        final double d = Math.log10(alkMgL);
        final double pHs = (9.3 + a + b) - (c + d);
        final Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("A", a);
        terms.put("B", b);
        terms.put("C", c);
        terms.put("D", d);
        final List<ModelWarning> warnings = new ArrayList<>();
        if (tds < MIN_TDS || tds > MAX_TDS) {
            warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, "LSI (ASTM D3739 scope)",
                    "TDS", String.format(Locale.ROOT, "%.4g mg/L", tdsMgL),
                    "10 to 10 000 mg/L; above it use the Stiff & Davis index (ASTM D4582)"));
        }
        return new CalciumCarbonateIndex("LSI", "Carrier form pHs = 9.3 + A + B - C - D (corrosion-doctors.org)",
                pH, pHs, terms, policy.apply(warnings));
    }

    private static CalciumCarbonateIndex thermodynamic(final WaterAnalysis w, final RangePolicy policy) {
        final double t = w.temperature();
        final double mCa = positive("calcium for the LSI", w.molality(Constituent.CA) * 1e3, "mmol/kg") * 1e-3;
        final double mHco3 = positive("HCO3 for the LSI", w.molality(Constituent.HCO3) * 1e3, "mmol/kg") * 1e-3;
        final double ionicStrength = w.ionicStrength();
        final double log10Gamma1 = davies(1, ionicStrength, t);
        final double log10Gamma2 = davies(2, ionicStrength, t);
        final double pK2 = CarbonateConstants.pK2(t);
        final double pKsp = CarbonateConstants.pKspCalcite(t);
        final double pHs = pK2 - pKsp - Math.log10(mCa) - log10Gamma2 - Math.log10(mHco3) - log10Gamma1;
        final Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("pK2", pK2);
        terms.put("pKsp", pKsp);
        terms.put("log10 gamma Ca", log10Gamma2);
        terms.put("log10 gamma HCO3", log10Gamma1);
        terms.put("ionic strength", ionicStrength);
        final List<ModelWarning> warnings = new ArrayList<>();
        if (ionicStrength > DAVIES_MAX_IONIC_STRENGTH) {
            warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, "Davies (1962)",
                    "ionic strength", String.format(Locale.ROOT, "%.3g mol/kg", ionicStrength), "up to 0.5 mol/kg"));
        }
        addTemperatureWarning(warnings, t);
        return new CalciumCarbonateIndex("LSI",
                "thermodynamic pHs = pK2 - pKsp - log(gCa mCa) - log(gHCO3 mHCO3), Plummer & Busenberg (1982), Davies",
                w.pH(), pHs, terms, policy.apply(warnings));
    }

    /** Warns outside 0–90 °C, the range of Plummer &amp; Busenberg's constants. */
    static void addTemperatureWarning(final List<ModelWarning> warnings, final double temperature) {
        if (temperature < CarbonateConstants.MIN_TEMPERATURE || temperature > CarbonateConstants.MAX_TEMPERATURE) {
            warnings.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE,
                    "Plummer & Busenberg (1982)", "temperature",
                    String.format(Locale.ROOT, "%.1f °C", temperature - PhysicalConstants.ZERO_CELSIUS), "0 to 90 °C"));
        }
    }

    /**
     * Davies (1962): \( \log_{10}\gamma = -A z^2 (\sqrt I/(1+\sqrt I) - 0.3I) \), A = 3A_φ/ln 10.
     *
     * @param z             charge number
     * @param ionicStrength mol/kg
     * @param temperature   K
     * @return log₁₀ γ
     */
    static double davies(final int z, final double ionicStrength, final double temperature) {
        final double a = 3 * DebyeHuckelSlope.aPhi(temperature) / Math.log(10);
        final double s = Math.sqrt(ionicStrength);
        return -a * z * z * (s / (1 + s) - 0.3 * ionicStrength);
    }

    static double positive(final String field, final double value, final String unit) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new PermeateException(Message.NOT_ABOVE, field, "0 " + unit, value + " " + unit);
        }
        return value;
    }
}
