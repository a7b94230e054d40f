package org.permeate.properties.seawater;

import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;

/**
 * The seawater correlations of WaterTAP's seawater property package, as pure functions of
 * salinity (kg/kg), temperature (K) and, for enthalpy, pressure (Pa). Coefficients and forms are
 * those of watertap-org/watertap @ 4a26103e, {@code watertap/property_models/seawater_prop_pack.py},
 * which take them from:
 * <ul>
 *   <li>M. H. Sharqawy, J. H. Lienhard V, S. M. Zubair, "Thermophysical properties of seawater: a
 *       review of existing correlations and data", Desalination and Water Treatment 16 (2010)
 *       354–380, doi:10.5004/dwt.2010.1079 (with the 2017 corrections at web.mit.edu/seawater);</li>
 *   <li>K. G. Nayar, M. H. Sharqawy, L. D. Banchik, J. H. Lienhard V, "Thermophysical properties of
 *       seawater: A review and new correlations that include pressure dependence", Desalination 390
 *       (2016) 1–24, doi:10.1016/j.desal.2016.02.024;</li>
 *   <li>T. V. Bartholomew, M. S. Mauter, "Computational framework for modeling membrane processes
 *       without process and solution property simplifications", J. Membrane Sci. 573 (2019) 682–693,
 *       doi:10.1016/j.memsci.2018.11.067 (NaCl diffusivity, used by WaterTAP for sea salt).</li>
 * </ul>
 * Salinity is the mass of dissolved salt per mass of seawater, kg/kg (Sharqawy and Nayar use
 * Reference-Composition salinity; 35 g/kg is 0.035). The correlations are fitted in °C and g/kg
 * (or kg/kg where stated); each method converts on its first line.
 *
 * <p>Every method refuses (with {@link PermeateException}) a salinity outside [0, 1) and a
 * temperature outside {@value #MIN_TEMPERATURE} K to {@value #MAX_TEMPERATURE} K: from −40 °C,
 * below the freezing point of any sea-salt brine in the fitted ranges and just above the pole of
 * the viscosity of eq. 23 (−40.9 °C), to the critical temperature of water, above which there is
 * no liquid. Inside that domain every method returns a finite number; outside the fitted ranges
 * (at most 0–200 °C, listed per method and reported as warnings by
 * {@link SharqawySeawater#warnings}) the numbers are extrapolations and can lose their meaning
 * (eq. 49 gives a negative φ above about 330 °C at 120 g/kg, eq. 9 a negative heat capacity at
 * high salinity and temperature).
 *
 * <p>No method allocates; all are thread-safe.
 */
public final class SeawaterCorrelations {

    /** Lowest temperature any method accepts, K (−40 °C). */
    public static final double MIN_TEMPERATURE = 233.15;
    /** Highest temperature any method accepts, K: the critical temperature of water (IAPWS-95). */
    public static final double MAX_TEMPERATURE = 647.096;

    /**
     * Mean molar mass of sea salt used by WaterTAP to turn salinity into molality, kg/mol:
     * 31.4038218 g/mol (Millero et al. 2008); equal to {@link ReferenceSeawater#MEAN_MOLAR_MASS}
     * within 1e-9 relative.
     */
    public static final double SEA_SALT_MOLAR_MASS = 0.0314038218;

    // Sharqawy 2010 eq. 8, pure water, kg/m3 with t in °C
    private static final double RW0 = 9.999e2;
    private static final double RW1 = 2.034e-2;
    private static final double RW2 = -6.162e-3;
    private static final double RW3 = 2.261e-5;
    private static final double RW4 = -4.657e-8;
    // Sharqawy 2010 eq. 8, salt terms, kg/m3 with s in kg/kg and t in °C
    private static final double RS1 = 8.020e2;
    private static final double RS2 = -2.001;
    private static final double RS3 = 1.677e-2;
    private static final double RS4 = -3.060e-5;
    private static final double RS5 = -1.613e-5;

    // Sharqawy 2010 eqs. 22-23
    private static final double MUW_A = 4.2844e-5;
    private static final double MUW_B = 0.157;
    private static final double MUW_C = 64.993;
    private static final double MUW_D = 91.296;

    // Bartholomew & Mauter 2019 eq. 6, m2/s with the mass fraction in kg/kg
    private static final double[] DIFFUSIVITY = {1.51e-9, -2.00e-9, 3.01e-8, -1.22e-7, 1.53e-7};

    // Sharqawy 2010 eq. 49 (s in kg/kg, t in °C)
    private static final double PHI1 = 0.89453;
    private static final double PHI2 = 4.1561e-4;
    private static final double PHI3 = -4.6262e-6;
    private static final double PHI4 = 2.2211e-11;
    private static final double PHI5 = -0.11445;
    private static final double PHI6 = -1.4783e-3;
    private static final double PHI7 = -1.3526e-8;
    private static final double PHI8 = 7.0132;
    private static final double PHI9 = 5.696e-2;
    private static final double PHI10 = -2.8624e-4;

    // Nayar 2016 eqs. 25-26 (Table 9) as in WaterTAP @ 4a26103e; B6 and B10 see specificEnthalpy
    private static final double HW1 = 141.355;
    private static final double HW2 = 4202.07;
    private static final double HW3 = -0.535;
    private static final double HW4 = 0.004;
    private static final double HB1 = -2.34825e4;
    private static final double HB2 = 3.15183e5;
    private static final double HB3 = 2.80269e6;
    private static final double HB4 = -1.44606e7;
    private static final double HB5 = 7.82607e3;
    private static final double HB6_WATERTAP = -4.41733;
    private static final double HB6_MIT = -4.41733e1;
    private static final double HB7 = 2.1394e-1;
    private static final double HB8 = -1.99108e4;
    private static final double HB9 = 2.77846e4;
    private static final double HB10_WATERTAP = 9.72801;
    private static final double HB10_MIT = 9.72801e1;
    private static final double HP1 = 996.7767;
    private static final double HP2 = -3.2406;
    private static final double HP3 = 0.0127;
    private static final double HP4 = -4.7723e-5;
    private static final double HP5 = -1.1748;
    private static final double HP6 = 0.01169;
    private static final double HP7 = -2.6185e-5;
    private static final double HP8 = 7.0661e-8;

    // Nayar 2016 eqs. 5-6 (T in K, S in g/kg)
    private static final double PV1 = -5.8002206e3;
    private static final double PV2 = 1.3914993;
    private static final double PV3 = -4.8640239e-2;
    private static final double PV4 = 4.1764768e-5;
    private static final double PV5 = -1.4452093e-8;
    private static final double PV6 = 6.5459673;
    private static final double PVS1 = -4.5818e-4;
    private static final double PVS2 = -2.0443e-6;

    // Sharqawy 2010 eq. 9 (T68 in K, S in g/kg), result in kJ/(kg K)
    private static final double CA1 = 5.328;
    private static final double CA2 = -9.76e-2;
    private static final double CA3 = 4.04e-4;
    private static final double CB1 = -6.913e-3;
    private static final double CB2 = 7.351e-4;
    private static final double CB3 = -3.15e-6;
    private static final double CC1 = 9.6e-6;
    private static final double CC2 = -1.927e-6;
    private static final double CC3 = 8.23e-9;
    private static final double CD1 = 2.5e-9;
    private static final double CD2 = 1.666e-9;
    private static final double CD3 = -7.125e-12;

    // Sharqawy 2010 eq. 54 (pure-water latent heat, J/kg, t in °C)
    private static final double L0 = 2.501e6;
    private static final double L1 = -2.369e3;
    private static final double L2 = 2.678e-1;
    private static final double L3 = -8.103e-3;
    private static final double L4 = -2.079e-5;

    // Sharqawy 2010 eq. 36 (K, s in kg/kg, t in °C)
    private static final double BA0 = 17.95;
    private static final double BA1 = 0.2823;
    private static final double BA2 = -4.584e-4;
    private static final double BB0 = 6.56;
    private static final double BB1 = 5.267e-2;
    private static final double BB2 = 1.536e-4;

    private SeawaterCorrelations() {
    }

    /**
     * Density of pure water at atmospheric pressure. Sharqawy 2010 eq. 8 (pure-water part),
     * \( \rho_w = 999.9 + 2.034\times10^{-2} t - 6.162\times10^{-3} t^2 + 2.261\times10^{-5} t^3
     * - 4.657\times10^{-8} t^4 \), t in °C; fitted 0–180 °C, ±0.01 %.
     *
     * @param temperature K
     * @return kg/m³
     */
    public static double pureWaterDensity(final double temperature) {
        final double t = celsius(temperature);
        return RW0 + t * (RW1 + t * (RW2 + t * (RW3 + t * RW4)));
    }

    /**
     * Seawater density at atmospheric pressure. Sharqawy 2010 eq. 8,
     * \( \rho = \rho_w + s (802.0 - 2.001 t + 1.677\times10^{-2} t^2 - 3.060\times10^{-5} t^3
     * - 1.613\times10^{-5} s t^2) \), s in kg/kg, t in °C; fitted 0–180 °C, 0–150 g/kg, ±0.1 %.
     * No pressure term (as in WaterTAP): compression by 7 MPa would add about 0.3 %.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return kg/m³
     */
    public static double massDensity(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double t = celsius(temperature);
        final double s = salinity;
        return pureWaterDensity(temperature) + s * (RS1 + t * (RS2 + t * (RS3 + t * RS4)) + RS5 * s * t * t);
    }

    /**
     * Viscosity of pure water. Sharqawy 2010 eq. 23,
     * \( \mu_w = 4.2844\times10^{-5} + [0.157 (t + 64.993)^2 - 91.296]^{-1} \), t in °C; fitted
     * 0–180 °C, ±0.05 %.
     *
     * @param temperature K
     * @return Pa·s
     */
    public static double pureWaterViscosity(final double temperature) {
        final double t = celsius(temperature);
        final double u = t + MUW_C;
        return MUW_A + 1.0 / (MUW_B * u * u - MUW_D);
    }

    /**
     * Seawater viscosity. Sharqawy 2010 eq. 22, \( \mu = \mu_w (1 + A s + B s^2) \),
     * \( A = 1.541 + 1.998\times10^{-2} t - 9.52\times10^{-5} t^2 \),
     * \( B = 7.974 - 7.561\times10^{-2} t + 4.724\times10^{-4} t^2 \), s in kg/kg, t in °C;
     * fitted 0–180 °C, 0–150 g/kg, ±1.5 %.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return Pa·s
     */
    public static double dynamicViscosity(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double t = celsius(temperature);
        final double a = 1.541 + t * (1.998e-2 - 9.52e-5 * t);
        final double b = 7.974 + t * (-7.561e-2 + 4.724e-4 * t);
        return pureWaterViscosity(temperature) * (1 + salinity * (a + b * salinity));
    }

    /**
     * Diffusivity of the dissolved salt. Bartholomew &amp; Mauter 2019 eq. 6, fitted for NaCl at
     * 25 °C, 0–26 wt % (WaterTAP applies it to sea salt unchanged and without temperature
     * dependence): \( D = 1.51\times10^{-9} - 2.00\times10^{-9} s + 3.01\times10^{-8} s^2
     * - 1.22\times10^{-7} s^3 + 1.53\times10^{-7} s^4 \), s in kg/kg. Positive (≥ 1.47e-9) on [0, 1).
     *
     * @param salinity kg/kg
     * @return m²/s
     */
    public static double saltDiffusivity(final double salinity) {
        checkSalinity(salinity);
        final double s = salinity;
        return DIFFUSIVITY[0] + s * (DIFFUSIVITY[1] + s * (DIFFUSIVITY[2] + s * (DIFFUSIVITY[3] + s * DIFFUSIVITY[4])));
    }

    /**
     * Molal osmotic coefficient of seawater. Sharqawy 2010 eq. 49 (fitted to Bromley et al. 1974),
     * \( \phi = 0.89453 + 4.1561\times10^{-4} t - 4.6262\times10^{-6} t^2 + 2.2211\times10^{-11} t^4
     * - 0.11445 s - 1.4783\times10^{-3} s t - 1.3526\times10^{-8} s t^3 + 7.0132 s^2
     * + 5.696\times10^{-2} s^2 t - 2.8624\times10^{-4} s^2 t^2 \), s in kg/kg, t in °C; fitted
     * 10–120 g/kg (paper; WaterTAP's comment says 0–120) and 0–200 °C (WaterTAP comment; the MIT
     * seawater library limits it to 0–120 °C), ±1.4 %. Below 10 g/kg it does not tend to 1: at
     * s → 0 it gives 0.902 at 25 °C.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return φ, dimensionless, on the molality basis of {@link #molality}
     */
    public static double osmoticCoefficient(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double t = celsius(temperature);
        final double s = salinity;
        final double t2 = t * t;
        return PHI1 + PHI2 * t + PHI3 * t2 + PHI4 * t2 * t2
                + s * (PHI5 + PHI6 * t + PHI7 * t2 * t)
                + s * s * (PHI8 + PHI9 * t + PHI10 * t2);
    }

    /**
     * Molality of sea salt counted as one solute of mean molar mass 31.4038218 g/mol, as WaterTAP
     * does: \( m = s / ((1 - s) M_S) \). For reference seawater this is the sum of the molalities
     * of the 15 solutes of {@link ReferenceSeawater}.
     *
     * @param salinity kg/kg
     * @return mol/kg of water
     */
    public static double molality(final double salinity) {
        checkSalinity(salinity);
        return salinity / ((1 - salinity) * SEA_SALT_MOLAR_MASS);
    }

    /**
     * Osmotic pressure, in WaterTAP's form of Nayar 2016 eq. 48:
     * \( \pi = \phi\, m\, \rho_w(T)\, R\, T \), with φ from eq. 49, m from {@link #molality} and
     * \( \rho_w \) the pure-water density of eq. 8; fitted 0–120 g/kg per eq. 49 (see
     * {@link #osmoticCoefficient}). Equals \( -R T \rho_w \ln a_w / M_w \).
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return Pa
     */
    public static double osmoticPressure(final double salinity, final double temperature) {
        return osmoticCoefficient(salinity, temperature) * molality(salinity)
                * pureWaterDensity(temperature) * PhysicalConstants.GAS_CONSTANT * temperature;
    }

    /**
     * Natural logarithm of the water activity consistent with {@link #osmoticPressure}:
     * \( \ln a_w = -M_w \phi m \).
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return ln a_w, dimensionless
     */
    public static double lnWaterActivity(final double salinity, final double temperature) {
        return -PhysicalConstants.WATER_MOLAR_MASS * osmoticCoefficient(salinity, temperature) * molality(salinity);
    }

    /**
     * Specific isobaric heat capacity. Sharqawy 2010 eq. 9 (Jamieson et al. 1969),
     * \( c_p = 1000 (A + B T_{68} + C T_{68}^2 + D T_{68}^3) \) with A…D quadratic in S (g/kg) and
     * \( T_{68} = (T - 0.00025 \cdot 273.15)/(1 - 0.00025) \) K (WaterTAP's conversion of ITS-90 to
     * IPTS-68); fitted 0–180 °C, 0–180 g/kg, ±0.28 %.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return J/(kg·K)
     */
    public static double specificHeatCapacity(final double salinity, final double temperature) {
        checkSalinity(salinity);
        checkTemperature(temperature);
        final double sg = 1000 * salinity;
        final double t68 = t68(temperature);
        final double a = CA1 + sg * (CA2 + sg * CA3);
        final double b = CB1 + sg * (CB2 + sg * CB3);
        final double c = CC1 + sg * (CC2 + sg * CC3);
        final double d = CD1 + sg * (CD2 + sg * CD3);
        return 1000 * (a + t68 * (b + t68 * (c + t68 * d)));
    }

    /**
     * Specific enthalpy, exactly as WaterTAP @ 4a26103e codes Nayar 2016 eqs. 25–26 (Table 9):
     * \( h = h_w - s (b_1 + b_2 s + b_3 s^2 + b_4 s^3 + b_5 t + b_6 t^2 + b_7 t^3 + b_8 s t
     * + b_9 s^2 t + b_{10} s t^2) + (P - P_0)[a_1 + a_2 t + a_3 t^2 + a_4 t^3
     * + S (a_5 + a_6 t + a_7 t^2 + a_8 t^3)] \), \( h_w = 141.355 + 4202.07 t - 0.535 t^2
     * + 0.004 t^3 \), s in kg/kg, S in g/kg, t in °C, P − P₀ in MPa with P₀ = 101 325 Pa; fitted
     * 10–120 °C, 0–120 g/kg, 0–12 MPa, ±1.5 %.
     *
     * <p><b>Caution.</b> WaterTAP uses \( b_6 = -4.41733 \) and \( b_{10} = 9.72801 \); the MIT
     * seawater library of the correlations' authors uses −44.1733 and 97.2801 (see
     * {@link #specificEnthalpyMitLibrary}). With WaterTAP's values \( \partial h/\partial T \)
     * departs from {@link #specificHeatCapacity} by 1.5–16 % at 35–120 g/kg and 15–80 °C, with the
     * library's by at most 1.3 %: WaterTAP's pair looks like a factor-10 transcription slip. It is kept so
     * that WaterTAP cases reproduce; the difference is about 0.8 % of h at 35 g/kg and 25 °C.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return J/kg (0 near 0 °C, pure water, 0.1 MPa)
     */
    public static double specificEnthalpy(final double salinity, final double temperature, final double pressure) {
        return enthalpy(salinity, temperature, pressure, HB6_WATERTAP, HB10_WATERTAP);
    }

    /**
     * Specific enthalpy as {@link #specificEnthalpy} but with \( b_6 = -44.1733 \) and
     * \( b_{10} = 97.2801 \), the values of the authors' MIT seawater library (read in a public
     * JavaScript port of it, {@code SW_Enthalpy}; the paper's table itself was not seen). These
     * make \( \partial h/\partial T \) agree with {@link #specificHeatCapacity} within 1.3 % over
     * 10–80 °C, 0–120 g/kg, and reproduce the 9.9765e4 J/kg that older WaterTAP tests asserted at
     * 35 g/kg, 25 °C. Pressure term and reference pressure as in {@link #specificEnthalpy}.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return J/kg
     */
    public static double specificEnthalpyMitLibrary(final double salinity, final double temperature,
                                                    final double pressure) {
        return enthalpy(salinity, temperature, pressure, HB6_MIT, HB10_MIT);
    }

    private static double enthalpy(final double salinity, final double temperature, final double pressure,
                                   final double b6, final double b10) {
        checkSalinity(salinity);
        checkPressure(pressure);
        final double t = celsius(temperature);
        final double s = salinity;
        final double sg = 1000 * salinity;
        final double dpMpa = (pressure - PhysicalConstants.STANDARD_ATMOSPHERE) * 1e-6;
        final double hw = HW1 + t * (HW2 + t * (HW3 + t * HW4));
        final double salt = HB1 + s * (HB2 + s * (HB3 + s * HB4)) + t * (HB5 + t * (b6 + t * HB7))
                + s * t * (HB8 + HB9 * s + b10 * t);
        final double perMpa = HP1 + t * (HP2 + t * (HP3 + t * HP4)) + sg * (HP5 + t * (HP6 + t * (HP7 + t * HP8)));
        return hw - s * salt + dpMpa * perMpa;
    }

    /**
     * Vapour pressure of pure water. Nayar 2016 eq. 5 (Hyland &amp; Wexler 1983 form),
     * \( \ln p_w = -5800.2206/T + 1.3914993 - 4.8640239\times10^{-2} T + 4.1764768\times10^{-5} T^2
     * - 1.4452093\times10^{-8} T^3 + 6.5459673 \ln T \), T in K, p in Pa; fitted 0–200 °C.
     *
     * @param temperature K
     * @return Pa
     */
    public static double pureWaterVapourPressure(final double temperature) {
        checkTemperature(temperature);
        final double tk = temperature;
        return Math.exp(PV1 / tk + PV2 + tk * (PV3 + tk * (PV4 + tk * PV5)) + PV6 * Math.log(tk));
    }

    /**
     * Vapour pressure of seawater. Nayar 2016 eq. 6,
     * \( p = p_w \exp(-4.5818\times10^{-4} S - 2.0443\times10^{-6} S^2) \), S in g/kg; fitted
     * 0–180 °C, 0–160 g/kg, ±0.1 %.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return Pa
     */
    public static double vapourPressure(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double sg = 1000 * salinity;
        return pureWaterVapourPressure(temperature) * Math.exp(sg * (PVS1 + PVS2 * sg));
    }

    /**
     * Thermal conductivity. Sharqawy 2010 eq. 13 (Jamieson &amp; Tudhope 1970),
     * \( \log_{10} k = \log_{10}(240 + 0.0002 S) + 0.434 (2.3 - (343.5 + 0.037 S)/T_{68})
     * (1 - T_{68}/(647 + 0.03 S))^{1/3} \), k in mW/(m·K), S in g/kg, T₆₈ in K as in
     * {@link #specificHeatCapacity}; fitted 0–180 °C, 0–160 g/kg, ±3 %. (The MIT library writes
     * 647.3 and converts S to practical salinity; WaterTAP does not.) The cube root is taken as a
     * real cube root, so the formula stays finite up to {@link #MAX_TEMPERATURE}, where WaterTAP's
     * fractional power would fail.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return W/(m·K)
     */
    public static double thermalConductivity(final double salinity, final double temperature) {
        checkSalinity(salinity);
        checkTemperature(temperature);
        final double sg = 1000 * salinity;
        final double t68 = t68(temperature);
        final double log10k = Math.log10(240 + 0.0002 * sg)
                + 0.434 * (2.3 - (343.5 + 0.037 * sg) / t68) * Math.cbrt(1 - t68 / (647 + 0.03 * sg));
        return Math.pow(10, log10k) * 1e-3;
    }

    /**
     * Latent heat (enthalpy) of vaporisation of water from seawater, per mass of seawater.
     * Sharqawy 2010 eqs. 54 and 37: \( h_{fg} = h_{fg,w}(t) (1 - s) \),
     * \( h_{fg,w} = 2.501\times10^6 - 2369 t + 0.2678 t^2 - 8.103\times10^{-3} t^3
     * - 2.079\times10^{-5} t^4 \), t in °C; fitted 0–200 °C, 0–240 g/kg, ±0.01 %.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return J/kg
     */
    public static double latentHeatOfVaporisation(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double t = celsius(temperature);
        return (L0 + t * (L1 + t * (L2 + t * (L3 + t * L4)))) * (1 - salinity);
    }

    /**
     * Boiling-point elevation. Sharqawy 2010 eq. 36, \( \Delta T_b = A s^2 + B s \),
     * \( A = 17.95 + 0.2823 t - 4.584\times10^{-4} t^2 \), \( B = 6.56 + 5.267\times10^{-2} t
     * + 1.536\times10^{-4} t^2 \), s in kg/kg, t in °C (the boiling temperature of pure water);
     * fitted 0–200 °C, 0–120 g/kg, ±0.018 K.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @return K
     */
    public static double boilingPointElevation(final double salinity, final double temperature) {
        checkSalinity(salinity);
        final double t = celsius(temperature);
        final double a = BA0 + t * (BA1 + t * BA2);
        final double b = BB0 + t * (BB1 + t * BB2);
        return salinity * (a * salinity + b);
    }

    // ---- conversions and checks ----------------------------------------------------------------

    /** @return t in °C after checking the temperature domain */
    private static double celsius(final double temperature) {
        checkTemperature(temperature);
        return temperature - PhysicalConstants.ZERO_CELSIUS;
    }

    /** ITS-90 kelvin to IPTS-68 kelvin as WaterTAP writes Sharqawy 2010 eq. 4. */
    private static double t68(final double temperature) {
        return (temperature - 0.00025 * PhysicalConstants.ZERO_CELSIUS) / (1 - 0.00025);
    }

    static void checkSalinity(final double s) {
        if (!(s >= 0 && s < 1)) {
            ReferenceSeawater.checkSalinity(s);
        }
    }

    static void checkTemperature(final double temperature) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            if (!Double.isFinite(temperature)) {
                throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
            }
            throw new PermeateException(Message.OUT_OF_RANGE, "temperature",
                    Numbers.compact(temperature) + " K", MIN_TEMPERATURE + " K",
                    MAX_TEMPERATURE + " K (−40 °C to the critical point of water)");
        }
    }

    private static void checkPressure(final double pressure) {
        if (!(pressure > 0) || !Double.isFinite(pressure)) {
            if (!Double.isFinite(pressure)) {
                throw new PermeateException(Message.NOT_FINITE, "pressure", pressure);
            }
            throw new PermeateException(Message.NOT_ABOVE, "absolute pressure", "0 Pa",
                    Numbers.compact(pressure) + " Pa");
        }
    }
}
