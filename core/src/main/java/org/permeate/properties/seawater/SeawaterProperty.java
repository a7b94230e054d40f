package org.permeate.properties.seawater;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;

/**
 * The properties {@link SharqawySeawater} computes, each with the correlation behind it and the
 * range that correlation was fitted on (as stated in the papers and repeated in WaterTAP's
 * comments), so that {@link SharqawySeawater#warnings(org.permeate.properties.Solution,
 * SeawaterProperty...)} can say which result is extrapolated.
 */
public enum SeawaterProperty {

    /** Density and pure-water density: Sharqawy 2010 eq. 8, 0–180 °C, 0–150 g/kg. */
    DENSITY("Sharqawy et al. (2010) eq. 8, density", 0, 0.150, 0, 180),
    /** Viscosity: Sharqawy 2010 eqs. 22–23, 0–180 °C, 0–150 g/kg. */
    VISCOSITY("Sharqawy et al. (2010) eqs. 22-23, viscosity", 0, 0.150, 0, 180),
    /**
     * Osmotic coefficient, osmotic pressure and water activity: Sharqawy 2010 eq. 49, fitted
     * 10–120 g/kg (the paper's table; WaterTAP's comment says 0–120) and 0–120 °C (the MIT seawater
     * library's limit; WaterTAP's comment says 0–200 °C). Pure water (S = 0, π = 0) is exempt.
     */
    OSMOTIC("Sharqawy et al. (2010) eq. 49, osmotic coefficient", 0.010, 0.120, 0, 120),
    /**
     * Salt diffusivity: Bartholomew &amp; Mauter 2019 eq. 6, fitted for NaCl at 25 °C only, 0–26 wt %;
     * any other temperature gives {@link WarningKind#NO_TEMPERATURE_DEPENDENCE} (±0.5 K allowed).
     */
    DIFFUSIVITY("Bartholomew & Mauter (2019) eq. 6, NaCl diffusivity at 25 °C", 0, 0.26, 24.5, 25.5),
    /** Specific heat capacity: Sharqawy 2010 eq. 9, 0–180 °C, 0–180 g/kg. */
    SPECIFIC_HEAT("Sharqawy et al. (2010) eq. 9, specific heat", 0, 0.180, 0, 180),
    /** Specific enthalpy: Nayar 2016 eqs. 25–26, 10–120 °C, 0–120 g/kg, up to 12 MPa. */
    ENTHALPY("Nayar et al. (2016) eqs. 25-26, specific enthalpy", 0, 0.120, 10, 120),
    /** Vapour pressure: Nayar 2016 eqs. 5–6, 0–180 °C, 0–160 g/kg. */
    VAPOUR_PRESSURE("Nayar et al. (2016) eqs. 5-6, vapour pressure", 0, 0.160, 0, 180),
    /** Thermal conductivity: Sharqawy 2010 eq. 13, 0–180 °C, 0–160 g/kg. */
    THERMAL_CONDUCTIVITY("Sharqawy et al. (2010) eq. 13, thermal conductivity", 0, 0.160, 0, 180),
    /** Latent heat of vaporisation: Sharqawy 2010 eqs. 37 and 54, 0–200 °C, 0–240 g/kg. */
    LATENT_HEAT("Sharqawy et al. (2010) eqs. 37 and 54, latent heat", 0, 0.240, 0, 200),
    /** Boiling-point elevation: Sharqawy 2010 eq. 36, 0–200 °C, 0–120 g/kg. */
    BOILING_POINT_ELEVATION("Sharqawy et al. (2010) eq. 36, boiling-point elevation", 0, 0.120, 0, 200);

    /** Highest pressure of Nayar 2016's enthalpy fit, Pa (12 MPa). */
    static final double ENTHALPY_MAX_PRESSURE = 12e6;

    private final String source;
    private final double minSalinity;
    private final double maxSalinity;
    private final double minCelsius;
    private final double maxCelsius;

    SeawaterProperty(final String source, final double minSalinity, final double maxSalinity,
                     final double minCelsius, final double maxCelsius) {
        this.source = source;
        this.minSalinity = minSalinity;
        this.maxSalinity = maxSalinity;
        this.minCelsius = minCelsius;
        this.maxCelsius = maxCelsius;
    }

    /** @return the correlation, as shown in warnings */
    public String source() {
        return source;
    }

    /** @return lowest fitted salinity, kg/kg */
    public double minSalinity() {
        return minSalinity;
    }

    /** @return highest fitted salinity, kg/kg */
    public double maxSalinity() {
        return maxSalinity;
    }

    /** @return lowest fitted temperature, K */
    public double minTemperature() {
        return minCelsius + PhysicalConstants.ZERO_CELSIUS;
    }

    /** @return highest fitted temperature, K */
    public double maxTemperature() {
        return maxCelsius + PhysicalConstants.ZERO_CELSIUS;
    }

    /**
     * Adds the warnings of this property's fitted range for one state.
     *
     * @param salinity    kg/kg
     * @param temperature K
     * @param pressure    Pa
     * @param out         where warnings are added
     */
    void addWarnings(final double salinity, final double temperature, final double pressure,
                     final List<ModelWarning> out) {
        final boolean exempt = this == OSMOTIC && salinity == 0;
        if (!exempt && (salinity < minSalinity || salinity > maxSalinity)) {
            out.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, source, "salinity",
                    Numbers.significant(1000 * salinity, 4) + " g/kg",
                    Numbers.compact(1000 * minSalinity) + " to " + Numbers.compact(1000 * maxSalinity) + " g/kg"));
        }
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        if (t < minCelsius || t > maxCelsius) {
            if (this == DIFFUSIVITY) {
                out.add(new ModelWarning(WarningKind.NO_TEMPERATURE_DEPENDENCE, source,
                        "temperature " + Numbers.significant(t, 4) + " °C is not the 25 °C at which " + source
                                + " was fitted; the diffusivity is used without temperature correction"));
            } else {
                out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, source, "temperature",
                        Numbers.significant(t, 4) + " °C",
                        Numbers.compact(minCelsius) + " to " + Numbers.compact(maxCelsius) + " °C"));
            }
        }
        if (this == ENTHALPY && pressure > ENTHALPY_MAX_PRESSURE) {
            out.add(ModelWarning.outsideRange(WarningKind.PRESSURE_OUTSIDE_FITTED_RANGE, source, "pressure",
                    Numbers.significant(pressure * 1e-6, 4) + " MPa", "saturation pressure to 12 MPa"));
        }
    }
}
