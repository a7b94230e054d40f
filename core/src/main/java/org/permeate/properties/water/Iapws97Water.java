package org.permeate.properties.water;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.WaterModel;

/**
 * Pure liquid water from the IAPWS industrial formulations: density, enthalpy and heat capacity
 * from IAPWS-IF97 region 1, viscosity from the IAPWS 2008 viscosity formulation (industrial form),
 * and the saturation line from IAPWS-IF97 region 4.
 *
 * <p>References:
 * <ul>
 * <li>IAPWS R7-97(2012), Revised Release on the IAPWS Industrial Formulation 1997 for the
 *     Thermodynamic Properties of Water and Steam (IAPWS, 2012); W. Wagner, J.R. Cooper, A. Dittmann,
 *     J. Kijima, H.-J. Kretzschmar, A. Kruse, R. Mareš, K. Oguchi, H. Sato, I. Stöcker, O. Šifner,
 *     Y. Takaishi, I. Tanishita, J. Trübenbach, Th. Willkommen (2000), The IAPWS Industrial
 *     Formulation 1997 for the Thermodynamic Properties of Water and Steam, J. Eng. Gas Turbines
 *     Power 122, 150–182, doi:10.1115/1.483186. See {@link Iapws97Region1}, {@link Iapws97Region4}.</li>
 * <li>IAPWS R12-08, Release on the IAPWS Formulation 2008 for the Viscosity of Ordinary Water
 *     Substance; M.L. Huber et al. (2009), J. Phys. Chem. Ref. Data 38, 101–125,
 *     doi:10.1063/1.3088050. See {@link Iapws2008Viscosity}.</li>
 * </ul>
 *
 * <h2>Ranges</h2>
 * <ul>
 * <li><b>Validity</b> (no warning): region 1, 273.15 K ≤ T ≤ 623.15 K and \( p_s(T) \) ≤ p ≤ 100 MPa.</li>
 * <li><b>Extrapolated, with a warning</b> from {@link #warnings}: supercooled liquid down to
 *     {@value #MIN_TEMPERATURE} K, liquid up to the critical temperature, pressures up to
 *     {@value #MAX_PRESSURE} Pa, and metastable (superheated) liquid below its saturation pressure,
 *     e.g. 100 °C at 1 atm. Every state in this range was checked (in the tests) to be a stable
 *     liquid of the equation, with positive compressibility, heat capacity and speed of sound
 *     squared, and finite, positive properties.</li>
 * <li><b>Refused</b> with a {@link PermeateException}: T ≤ 0, p ≤ 0 or non-finite input
 *     (impossible); T above the critical temperature 647.096 K (no liquid exists); and states
 *     where the equation no longer describes a liquid: T below {@value #MIN_TEMPERATURE} K,
 *     p above {@value #MAX_PRESSURE} Pa, and metastable liquid extrapolated too far below its
 *     saturation pressure. The last matters only above 500 K: there the metastable density of
 *     region 1 falls away quickly (at 620 K it is 225 kg/m³ at 5 MPa against 587 kg/m³ at
 *     saturation, and at 0.1 MPa the equation's speed of sound is imaginary), so a metastable
 *     state is computed only while its density stays within {@value #METASTABLE_DENSITY_DEFICIT}
 *     (relative) of the saturated liquid's at the same temperature and region 1 is still a stable
 *     liquid. Below 500 K every metastable state meets that (checked in the tests). Returning a
 *     number beyond these limits would be a silent fabrication.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; the property methods do not allocate. A caller that needs both
 * density and viscosity at one state evaluates region 1 once with {@link #massDensity} and then
 * {@link #dynamicViscosityAtDensity}.
 */
public final class Iapws97Water implements WaterModel {

    /** The shared instance. */
    public static final Iapws97Water INSTANCE = new Iapws97Water();

    /** Stable name used in project files. */
    public static final String NAME = "iapws-if97";

    /** Lower temperature limit of region 1's validity, K. */
    public static final double MIN_FITTED_TEMPERATURE = 273.15;

    /** Upper temperature limit of region 1's validity, K (boundary to region 3). */
    public static final double MAX_FITTED_TEMPERATURE = 623.15;

    /** Upper pressure limit of region 1's validity, Pa (100 MPa). */
    public static final double MAX_FITTED_PRESSURE = 100.0e6;

    /**
     * Lowest temperature evaluated, K. Between 212 K and 215 K region 1 stops describing a stable
     * liquid (at 210 K its speed of sound is imaginary at all pressures up to at least 50 MPa);
     * supercooled water at ambient pressure freezes spontaneously well above that.
     */
    public static final double MIN_TEMPERATURE = 220.0;

    /** Highest temperature evaluated, K: the critical temperature; no liquid exists above it. */
    public static final double MAX_TEMPERATURE = Iapws97Region4.CRITICAL_TEMPERATURE;

    /**
     * Highest pressure evaluated, Pa (150 MPa). Region 1 was fitted to 100 MPa; up to 150 MPa it
     * stays a stable liquid at every temperature evaluated (checked in the tests), while at 200 MPa
     * it fails above about 620 K.
     */
    public static final double MAX_PRESSURE = 150.0e6;

    /** Highest density accepted by {@link #dynamicViscosityAtDensity}, kg/m³. */
    public static final double MAX_VISCOSITY_DENSITY = 1250.0;

    /** Highest temperature accepted by {@link #dynamicViscosityAtDensity}, K (upper limit of IAPWS 2008). */
    public static final double MAX_VISCOSITY_TEMPERATURE = 1173.15;

    /**
     * Largest relative shortfall of a metastable liquid's density below the saturated liquid's at
     * the same temperature for which the state is still computed.
     */
    public static final double METASTABLE_DENSITY_DEFICIT = 0.01;

    /** Above this temperature (K) a metastable state is checked on every call (below it all pass). */
    private static final double METASTABLE_CHECK_TEMPERATURE = 500.0;

    /** Saturation pressure at {@link #MIN_TEMPERATURE}, Pa: lower limit of {@link #saturationTemperature}. */
    private static final double MIN_SATURATION_PRESSURE = Iapws97Region4.saturationPressure(MIN_TEMPERATURE);

    private static final String SOURCE = "IAPWS-IF97";

    private Iapws97Water() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * IAPWS-IF97 region 1, \( \rho = p^{*}/(RT\gamma_\pi) \) (R7-97(2012) eq. (7), Table 3).
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to 647.096 K; valid 273.15–623.15 K)
     * @param pressure    absolute pressure, Pa (up to {@value #MAX_PRESSURE}; valid p_s(T)–100 MPa)
     * @return mass density of liquid water, kg/m³
     * @throws PermeateException outside the evaluated range (see the class documentation)
     */
    @Override
    public double massDensity(final double temperature, final double pressure) {
        checkState(temperature, pressure);
        return Iapws97Region1.massDensity(temperature, pressure);
    }

    /**
     * IAPWS 2008 viscosity with \( \bar\mu_2 = 1 \) at the region-1 density of this state.
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to 647.096 K)
     * @param pressure    absolute pressure, Pa (up to {@value #MAX_PRESSURE})
     * @return dynamic viscosity of liquid water, Pa·s
     * @throws PermeateException outside the evaluated range (see the class documentation)
     */
    @Override
    public double dynamicViscosity(final double temperature, final double pressure) {
        checkState(temperature, pressure);
        return Iapws2008Viscosity.dynamicViscosity(temperature, Iapws97Region1.massDensity(temperature, pressure));
    }

    /**
     * The IAPWS 2008 viscosity correlation itself, \( \mu(T, \rho) \) with \( \bar\mu_2 = 1 \),
     * for a density the caller already has (typically from {@link #massDensity}), which saves a
     * second evaluation of region 1. No fitted-range warnings are attached here: use
     * {@link #warnings} for the state the density came from.
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to {@value #MAX_VISCOSITY_TEMPERATURE} K)
     * @param density     mass density, kg/m³ (above 0, at most {@value #MAX_VISCOSITY_DENSITY})
     * @return dynamic viscosity, Pa·s
     * @throws PermeateException for a temperature or density outside those limits
     */
    public double dynamicViscosityAtDensity(final double temperature, final double density) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_VISCOSITY_TEMPERATURE)) {
            throw temperatureError("temperature for the viscosity", temperature,
                    kelvin(MIN_TEMPERATURE), kelvin(MAX_VISCOSITY_TEMPERATURE) + " (upper limit of IAPWS 2008)");
        }
        if (!(density > 0.0 && density <= MAX_VISCOSITY_DENSITY)) {
            if (!Double.isFinite(density)) {
                throw new PermeateException(Message.NOT_FINITE, "density", density);
            }
            if (density <= 0.0) {
                throw new PermeateException(Message.NOT_ABOVE, "density", "0 kg/m³", Numbers.compact(density) + " kg/m³");
            }
            throw new PermeateException(Message.TOO_LARGE, "density of liquid water (IAPWS 2008 viscosity)",
                    Numbers.compact(MAX_VISCOSITY_DENSITY) + " kg/m³", Numbers.compact(density) + " kg/m³");
        }
        return Iapws2008Viscosity.dynamicViscosity(temperature, density);
    }

    /**
     * IAPWS-IF97 region 1, \( h = RT^*\gamma_\tau \) (R7-97(2012) Table 3). Reference state of
     * IF97: internal energy and entropy zero for the saturated liquid at the triple point.
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to 647.096 K)
     * @param pressure    absolute pressure, Pa (up to {@value #MAX_PRESSURE})
     * @return specific enthalpy of liquid water, J/kg
     * @throws PermeateException outside the evaluated range (see the class documentation)
     */
    public double specificEnthalpy(final double temperature, final double pressure) {
        checkState(temperature, pressure);
        return Iapws97Region1.specificEnthalpy(temperature, pressure);
    }

    /**
     * IAPWS-IF97 region 1, \( c_p = -R\tau^2\gamma_{\tau\tau} \) (R7-97(2012) Table 3).
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to 647.096 K)
     * @param pressure    absolute pressure, Pa (up to {@value #MAX_PRESSURE})
     * @return specific isobaric heat capacity of liquid water, J/(kg·K)
     * @throws PermeateException outside the evaluated range (see the class documentation)
     */
    public double specificIsobaricHeatCapacity(final double temperature, final double pressure) {
        checkState(temperature, pressure);
        return Iapws97Region1.specificIsobaricHeatCapacity(temperature, pressure);
    }

    /**
     * IAPWS-IF97 region 4 saturation-pressure equation, R7-97(2012) eq. (30); valid 273.15 K to
     * 647.096 K, extrapolated below 273.15 K (over supercooled liquid; {@link #warnings} flags such
     * temperatures).
     *
     * @param temperature K ({@value #MIN_TEMPERATURE} to 647.096 K)
     * @return saturation (vapour) pressure of pure water, Pa
     * @throws PermeateException for non-finite or non-positive temperature, below
     *                           {@value #MIN_TEMPERATURE} K, or above the critical temperature
     */
    @Override
    public double vapourPressure(final double temperature) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw temperatureError("temperature for the vapour pressure", temperature, kelvin(MIN_TEMPERATURE),
                    kelvin(MAX_TEMPERATURE) + " (critical point; no saturation above it)");
        }
        return Iapws97Region4.saturationPressure(temperature);
    }

    /**
     * IAPWS-IF97 region 4 backward equation, R7-97(2012) eq. (31), the exact inverse of
     * {@link #vapourPressure}; valid 611.213 Pa to 22.064 MPa, extrapolated below (supercooled
     * liquid) down to the vapour pressure at {@value #MIN_TEMPERATURE} K.
     *
     * @param pressure absolute pressure, Pa (from the vapour pressure at {@value #MIN_TEMPERATURE} K,
     *                 about 2.7 Pa, to the critical pressure 22.064 MPa)
     * @return saturation (boiling) temperature of pure water, K
     * @throws PermeateException for non-finite or non-positive pressure or outside those limits
     */
    @Override
    public double saturationTemperature(final double pressure) {
        if (!(pressure >= MIN_SATURATION_PRESSURE && pressure <= Iapws97Region4.CRITICAL_PRESSURE)) {
            checkPressureSign("pressure for the saturation temperature", pressure);
            throw new PermeateException(Message.OUT_OF_RANGE, "pressure for the saturation temperature",
                    pascal(pressure), pascal(MIN_SATURATION_PRESSURE) + " (vapour pressure at " + kelvin(MIN_TEMPERATURE) + ")",
                    pascal(Iapws97Region4.CRITICAL_PRESSURE) + " (critical point; no boiling above it)");
        }
        return Iapws97Region4.saturationTemperature(pressure);
    }

    /**
     * Warnings for a state that {@link #massDensity} and the other property methods compute but
     * that lies outside the validity of region 1 (273.15–623.15 K, p_s(T)–100 MPa): a
     * temperature or pressure outside the fitted range, and a liquid below its saturation pressure
     * (metastable, superheated liquid), each as a {@link WarningKind#TEMPERATURE_OUTSIDE_FITTED_RANGE}
     * or {@link WarningKind#PRESSURE_OUTSIDE_FITTED_RANGE} warning.
     *
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return the warnings, empty inside the validity range
     * @throws PermeateException for a state that is not computed at all (see the class documentation)
     */
    @Override
    public List<ModelWarning> warnings(final double temperature, final double pressure) {
        checkState(temperature, pressure);
        final List<ModelWarning> out = new ArrayList<>(3);
        if (temperature < MIN_FITTED_TEMPERATURE || temperature > MAX_FITTED_TEMPERATURE) {
            out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, SOURCE + " region 1",
                    "temperature", kelvin(temperature) + " (" + celsius(temperature) + ")",
                    kelvin(MIN_FITTED_TEMPERATURE) + " to " + kelvin(MAX_FITTED_TEMPERATURE)));
        }
        if (pressure > MAX_FITTED_PRESSURE) {
            out.add(ModelWarning.outsideRange(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE, SOURCE + " region 1",
                    "pressure", pascal(pressure), "saturation pressure to " + pascal(MAX_FITTED_PRESSURE)));
        }
        final double saturation = Iapws97Region4.saturationPressure(temperature);
        if (pressure < saturation) {
            out.add(new ModelWarning(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE, SOURCE + " region 1",
                    "pressure " + pascal(pressure) + " is below the saturation pressure " + pascal(saturation)
                    + " at " + kelvin(temperature) + " (" + celsius(temperature) + "): metastable liquid"
                    + " (superheated; it may boil), " + SOURCE + " region 1 is extrapolated below its"
                    + " validity limit p_s(T)"));
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    @Override
    public String toString() {
        return NAME;
    }

    // ---- checks ------------------------------------------------------------------------------

    /** Throws unless (T, p) lies in the evaluated range; cheap on the common path. */
    private static void checkState(final double temperature, final double pressure) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw temperatureError("temperature of liquid water", temperature,
                    kelvin(MIN_TEMPERATURE) + " (below it " + SOURCE + " region 1 describes no stable liquid)",
                    kelvin(MAX_TEMPERATURE) + " (critical point; no liquid above it)");
        }
        if (!(pressure > 0.0 && pressure <= MAX_PRESSURE)) {
            checkPressureSign("pressure", pressure);
            throw new PermeateException(Message.TOO_LARGE, "pressure of liquid water for " + SOURCE + " region 1",
                    pascal(MAX_PRESSURE) + " (region 1 is valid to 100 MPa and no longer a stable liquid far above)",
                    pascal(pressure));
        }
        if (temperature > METASTABLE_CHECK_TEMPERATURE) {
            checkMetastable(temperature, pressure);
        }
    }

    /** Refuses a metastable state (p below p_s(T)) that region 1 extrapolates too far; T above 500 K. */
    private static void checkMetastable(final double temperature, final double pressure) {
        final double saturation = Iapws97Region4.saturationPressure(temperature);
        if (pressure >= saturation) {
            return;
        }
        final double saturatedDensity = Iapws97Region1.massDensity(temperature, saturation);
        if (acceptableMetastable(temperature, pressure, saturatedDensity)) {
            return;
        }
        // bisection for the lowest acceptable pressure, only to word the message
        double low = pressure;
        double high = saturation;
        for (int k = 0; k < 80 && high - low > 1e-9 * high; k++) {
            final double mid = 0.5 * (low + high);
            if (acceptableMetastable(temperature, mid, saturatedDensity)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        throw new PermeateException(Message.TOO_SMALL, "pressure of liquid water at " + kelvin(temperature),
                pascal(high) + " (saturation pressure " + pascal(saturation) + "; further below it "
                + SOURCE + " region 1 no longer describes the metastable liquid: its density would fall more than "
                + Numbers.compact(100 * METASTABLE_DENSITY_DEFICIT) + " % below the saturated liquid's)",
                pascal(pressure));
    }

    private static boolean acceptableMetastable(final double temperature, final double pressure,
                                                final double saturatedDensity) {
        return Iapws97Region1.isStableLiquid(temperature, pressure)
                && Iapws97Region1.massDensity(temperature, pressure)
                >= (1.0 - METASTABLE_DENSITY_DEFICIT) * saturatedDensity;
    }

    /** Exception for a temperature outside the evaluated range: impossible (NaN, ≤ 0 K) or unevaluated. */
    private static PermeateException temperatureError(final String field, final double temperature,
                                                      final String lowerShown, final String upperShown) {
        if (!Double.isFinite(temperature)) {
            return new PermeateException(Message.NOT_FINITE, field, temperature);
        }
        if (temperature <= 0.0) {
            return new PermeateException(Message.NOT_POSITIVE_TEMPERATURE, field, kelvin(temperature));
        }
        return new PermeateException(Message.OUT_OF_RANGE, field, kelvin(temperature) + " (" + celsius(temperature) + ")",
                lowerShown, upperShown);
    }

    /** Throws for a non-finite or non-positive pressure; returns otherwise. */
    private static void checkPressureSign(final String field, final double pressure) {
        if (!Double.isFinite(pressure)) {
            throw new PermeateException(Message.NOT_FINITE, field, pressure);
        }
        if (pressure <= 0.0) {
            throw new PermeateException(Message.NOT_ABOVE, field, "0 Pa", pascal(pressure));
        }
    }

    private static String kelvin(final double temperature) {
        return Numbers.compact(temperature) + " K";
    }

    private static String celsius(final double temperature) {
        return Numbers.compact(temperature - PhysicalConstants.ZERO_CELSIUS) + " °C";
    }

    private static String pascal(final double pressure) {
        return Numbers.compact(pressure) + " Pa";
    }
}
