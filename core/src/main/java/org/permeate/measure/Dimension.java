package org.permeate.measure;

/**
 * The kinds of quantity Permeate reads and writes. Each has one SI unit, used inside the library,
 * and a phrase for messages ("a pressure").
 */
public enum Dimension {
    DIMENSIONLESS("dimensionless number", "1", "0.5"),
    /** A part of a whole (recovery, rejection), shown in per cent. */
    FRACTION("fraction", "1", "45 %, 0.45"),
    TEMPERATURE("temperature", "K", "25 C, 77 F, 298.15 K"),
    /** A difference of temperatures (a rise, a depression), without the scale's offset. */
    TEMPERATURE_DIFFERENCE("temperature difference", "K", "0.5 K, 1 °F"),
    /** Absolute pressure, or a pressure difference (osmotic pressure, pressure drop). */
    PRESSURE("pressure", "Pa", "55 bar, 800 psi, 5.5 MPa"),
    LENGTH("length", "m", "1 m, 28 mil, 40 in"),
    AREA("area", "m2", "37 m2, 400 ft2"),
    VOLUME("volume", "m3", "1 L, 3.2 gal, 1 m3"),
    MASS("mass", "kg", "1 kg, 2 lb"),
    TIME("time", "s", "30 s, 2 h, 1 d"),
    VOLUME_FLOW("volumetric flow", "m3/s", "1.2 m3/h, 5 gpm, 50 gpd"),
    MASS_FLOW("mass flow", "kg/s", "1 kg/s, 100 kg/h"),
    VELOCITY("velocity", "m/s", "0.2 m/s"),
    MASS_DENSITY("mass density", "kg/m3", "1025 kg/m3, 1.025 g/cm3"),
    DYNAMIC_VISCOSITY("dynamic viscosity", "Pa s", "1 mPa s, 1 cP"),
    DIFFUSIVITY("diffusivity", "m2/s", "1.5e-9 m2/s"),
    /** Mass of solute per volume of solution. */
    MASS_CONCENTRATION("mass concentration", "kg/m3", "500 mg/L, 35 g/L"),
    /** Mass of solute per mass of solution: salinity, ppm, °Brix, wt%. */
    MASS_FRACTION("mass fraction", "kg/kg", "35 g/kg, 500 ppm, 8 Brix, 3.5 %"),
    /** Amount of solute per mass of water. */
    MOLALITY("molality", "mol/kg", "2 mol/kg, 150 mmol/kg"),
    /** Amount of solute per volume of solution. */
    MOLAR_CONCENTRATION("molar concentration", "mol/m3", "0.5 mol/L, 10 mmol/L"),
    /**
     * Amount of charge per volume of solution: equivalents (mol of charge) per m³. Water
     * analyses give alkalinity, hardness and ions in meq/L or in mg/L as CaCO3 (one equivalent
     * of CaCO3 is 50.04345 g).
     */
    EQUIVALENT_CONCENTRATION("equivalent concentration", "eq/m3", "2.5 meq/L, 125 mg/L as CaCO3"),
    /** Osmotically active particles per mass of water (φ·Σm). */
    OSMOLALITY("osmolality", "osmol/kg", "290 mOsm/kg, 1.1 Osm/kg"),
    /** Volumetric flux through a membrane (volume per area per time). */
    FLUX("volumetric flux", "m/s", "15 LMH, 9 gfd"),
    /** Water permeability of a membrane (flux per pressure). */
    PERMEABILITY("water permeability", "m/(s Pa)", "1.5 LMH/bar, 0.06 gfd/psi"),
    POWER("power", "W", "75 kW, 100 hp"),
    ENERGY("energy", "J", "1 kWh, 3.6 MJ"),
    /** Energy per volume of product, e.g. kWh/m³. */
    SPECIFIC_ENERGY("energy per volume", "J/m3", "3 kWh/m3, 11 kWh/kgal"),
    SPECIFIC_HEAT_CAPACITY("specific heat capacity", "J/(kg K)", "4180 J/(kg K)"),
    THERMAL_CONDUCTIVITY("thermal conductivity", "W/(m K)", "0.6 W/(m K)"),
    /** Energy per mass, e.g. enthalpy or latent heat. */
    SPECIFIC_ENERGY_MASS("energy per mass", "J/kg", "2257 kJ/kg"),
    MOLAR_MASS("molar mass", "kg/mol", "58.44 g/mol"),
    MOLAR_VOLUME("molar volume", "m3/mol", "18.07 cm3/mol"),
    /** Electrical conductivity of a solution (specific conductance). */
    ELECTRICAL_CONDUCTIVITY("electrical conductivity", "S/m", "1500 µS/cm, 53 mS/cm");

    private final String phrase;
    private final String siSymbol;
    private final String examples;

    Dimension(final String phrase, final String siSymbol, final String examples) {
        this.phrase = phrase;
        this.siSymbol = siSymbol;
        this.examples = examples;
    }

    /** @return the kind of quantity in words, e.g. "pressure" */
    public String phrase() {
        return phrase;
    }

    /** @return the symbol of the SI unit used inside Permeate */
    public String siSymbol() {
        return siSymbol;
    }

    /** @return examples of values users can type */
    public String examples() {
        return examples;
    }
}
