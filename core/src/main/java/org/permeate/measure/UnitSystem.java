package org.permeate.measure;

import java.util.EnumMap;
import java.util.Map;

/**
 * The units reports are shown in. {@link #SI} is the metric practice of RO engineers (bar, °C,
 * m³/h, LMH, mg/L), not strict SI; {@link #US} is US customary practice (psi, °F, gpm, gfd). JSON
 * output is always strict SI with the unit named, whatever the display system.
 */
public enum UnitSystem {
    SI, US;

    private static final Map<Dimension, Unit> METRIC = new EnumMap<>(Dimension.class);
    private static final Map<Dimension, Unit> CUSTOMARY = new EnumMap<>(Dimension.class);

    static {
        METRIC.put(Dimension.TEMPERATURE, Units.CELSIUS);
        METRIC.put(Dimension.FRACTION, Units.PERCENT_OF);
        METRIC.put(Dimension.TEMPERATURE_DIFFERENCE, Units.KELVIN_DIFFERENCE);
        METRIC.put(Dimension.PRESSURE, Units.BAR);
        METRIC.put(Dimension.LENGTH, Units.MILLIMETRE);
        METRIC.put(Dimension.AREA, Units.SQUARE_METRE);
        METRIC.put(Dimension.VOLUME, Units.LITRE);
        METRIC.put(Dimension.TIME, Units.HOUR_UNIT);
        METRIC.put(Dimension.VOLUME_FLOW, Units.CUBIC_METRE_PER_HOUR);
        METRIC.put(Dimension.MASS_DENSITY, Units.KG_PER_M3);
        METRIC.put(Dimension.DYNAMIC_VISCOSITY, Units.MILLIPASCAL_SECOND);
        METRIC.put(Dimension.DIFFUSIVITY, Units.M2_PER_S);
        METRIC.put(Dimension.MASS_CONCENTRATION, Units.MG_PER_L);
        METRIC.put(Dimension.MASS_FRACTION, Units.G_PER_KG);
        METRIC.put(Dimension.MOLALITY, Units.MOL_PER_KG);
        METRIC.put(Dimension.MOLAR_CONCENTRATION, Units.MOL_PER_L);
        METRIC.put(Dimension.OSMOLALITY, Units.MOSMOL_PER_KG);
        METRIC.put(Dimension.EQUIVALENT_CONCENTRATION, Units.MEQ_PER_L);
        METRIC.put(Dimension.ELECTRICAL_CONDUCTIVITY, Units.MICROSIEMENS_PER_CM);
        METRIC.put(Dimension.FLUX, Units.LMH);
        METRIC.put(Dimension.PERMEABILITY, Units.LMH_PER_BAR);
        METRIC.put(Dimension.POWER, Units.KILOWATT);
        METRIC.put(Dimension.ENERGY, Units.KILOWATT_HOUR);
        METRIC.put(Dimension.SPECIFIC_ENERGY, Units.KWH_PER_M3);
        METRIC.put(Dimension.SPECIFIC_HEAT_CAPACITY, Units.KJ_PER_KG_K);
        METRIC.put(Dimension.SPECIFIC_ENERGY_MASS, Units.KJ_PER_KG);
        METRIC.put(Dimension.MOLAR_MASS, Units.G_PER_MOL);
        METRIC.put(Dimension.MOLAR_VOLUME, Units.CM3_PER_MOL);

        CUSTOMARY.putAll(METRIC);
        CUSTOMARY.put(Dimension.TEMPERATURE, Units.FAHRENHEIT);
        CUSTOMARY.put(Dimension.TEMPERATURE_DIFFERENCE, Units.FAHRENHEIT_DIFFERENCE);
        CUSTOMARY.put(Dimension.PRESSURE, Units.PSI_UNIT);
        CUSTOMARY.put(Dimension.LENGTH, Units.INCH_UNIT);
        CUSTOMARY.put(Dimension.AREA, Units.SQUARE_FOOT);
        CUSTOMARY.put(Dimension.VOLUME, Units.GALLON);
        CUSTOMARY.put(Dimension.VOLUME_FLOW, Units.GPM);
        CUSTOMARY.put(Dimension.MASS_DENSITY, Units.LB_PER_FT3);
        CUSTOMARY.put(Dimension.DYNAMIC_VISCOSITY, Units.CENTIPOISE);
        CUSTOMARY.put(Dimension.MASS_CONCENTRATION, Units.MG_PER_L);
        CUSTOMARY.put(Dimension.MASS_FRACTION, Units.PPM);
        CUSTOMARY.put(Dimension.FLUX, Units.GFD);
        CUSTOMARY.put(Dimension.PERMEABILITY, Units.GFD_PER_PSI);
        CUSTOMARY.put(Dimension.POWER, Units.HORSEPOWER);
        CUSTOMARY.put(Dimension.SPECIFIC_ENERGY, Units.KWH_PER_KGAL);
        CUSTOMARY.put(Dimension.SPECIFIC_HEAT_CAPACITY, Units.BTU_PER_LB_F);
        CUSTOMARY.put(Dimension.SPECIFIC_ENERGY_MASS, Units.BTU_PER_LB);
    }

    /**
     * @param dimension a kind of quantity
     * @return the unit this system shows it in (the SI unit when the system has no preference)
     */
    public Unit unitFor(final Dimension dimension) {
        final Unit unit = (this == SI ? METRIC : CUSTOMARY).get(dimension);
        if (unit != null) {
            return unit;
        }
        return Units.all().stream()
                .filter(u -> u.dimension() == dimension && u.factor() == 1 && u.offset() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit for " + dimension));
    }
}
