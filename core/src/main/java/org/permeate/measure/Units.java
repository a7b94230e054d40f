package org.permeate.measure;

import static org.permeate.measure.Dimension.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units Permeate understands, metric and US customary, with the spellings users type.
 * Exact conversion factors: US gallon 3.785411784 L, foot 0.3048 m, pound 0.45359237 kg,
 * pound-force 4.4482216152605 N (NIST SP 811, 2008, appendix B).
 *
 * <p>Gauge pressures ({@code psig}, {@code barg}) add one standard atmosphere (101 325 Pa);
 * plain {@code psi} and {@code bar} are taken as written. {@code ppm} and {@code ppb} are mass
 * fractions (mg/kg, µg/kg of solution), not mg/L; the two differ by the solution density.
 * {@code Brix} is a mass percentage of dissolved solids (exact for sucrose solutions).
 */
public final class Units {

    /** One standard atmosphere, Pa. */
    public static final double ATMOSPHERE = 101_325.0;
    /** US liquid gallon, m³ (exact). */
    public static final double US_GALLON = 3.785411784e-3;
    /** International foot, m (exact). */
    public static final double FOOT = 0.3048;
    /** Inch, m (exact). */
    public static final double INCH = 0.0254;
    /** Pound (avoirdupois), kg (exact). */
    public static final double POUND = 0.45359237;
    /** Pound-force per square inch, Pa. */
    public static final double PSI = 4.4482216152605 / (INCH * INCH);
    /** Day, s. */
    public static final double DAY = 86_400.0;
    /** Hour, s. */
    public static final double HOUR = 3_600.0;

    // Units referred to by code (display defaults, conversions)
    public static final Unit KELVIN = u("K", TEMPERATURE, 1, 0, "kelvin");
    public static final Unit CELSIUS = u("°C", TEMPERATURE, 1, 273.15, "C", "degC", "deg C", "celsius", "oC");
    public static final Unit FAHRENHEIT = u("°F", TEMPERATURE, 5.0 / 9.0, 273.15 - 32 * 5.0 / 9.0,
            "F", "degF", "deg F", "fahrenheit", "oF");

    public static final Unit KELVIN_DIFFERENCE = u("K", TEMPERATURE_DIFFERENCE, 1, 0);
    public static final Unit CELSIUS_DIFFERENCE = u("°C", TEMPERATURE_DIFFERENCE, 1, 0, "C", "degC");
    public static final Unit FAHRENHEIT_DIFFERENCE = u("°F", TEMPERATURE_DIFFERENCE, 5.0 / 9.0, 0, "F", "degF");

    public static final Unit PASCAL = u("Pa", PRESSURE, 1, 0, "pascal");
    public static final Unit KILOPASCAL = u("kPa", PRESSURE, 1e3, 0);
    public static final Unit MEGAPASCAL = u("MPa", PRESSURE, 1e6, 0);
    public static final Unit BAR = u("bar", PRESSURE, 1e5, 0);
    public static final Unit BAR_ABSOLUTE = u("bara", PRESSURE, 1e5, 0, "bar(a)");
    public static final Unit BAR_GAUGE = u("barg", PRESSURE, 1e5, ATMOSPHERE, "bar(g)");
    public static final Unit PSI_UNIT = u("psi", PRESSURE, PSI, 0, "lbf/in2");
    public static final Unit PSI_ABSOLUTE = u("psia", PRESSURE, PSI, 0, "psi(a)");
    public static final Unit PSI_GAUGE = u("psig", PRESSURE, PSI, ATMOSPHERE, "psi(g)");
    public static final Unit ATM = u("atm", PRESSURE, ATMOSPHERE, 0);

    public static final Unit METRE = u("m", LENGTH, 1, 0, "meter", "metre");
    public static final Unit MILLIMETRE = u("mm", LENGTH, 1e-3, 0);
    public static final Unit INCH_UNIT = u("in", LENGTH, INCH, 0, "inch", "\"");
    public static final Unit MIL = u("mil", LENGTH, INCH * 1e-3, 0, "mils", "thou");
    public static final Unit FOOT_UNIT = u("ft", LENGTH, FOOT, 0, "feet", "foot");

    public static final Unit SQUARE_METRE = u("m²", AREA, 1, 0, "m2", "m^2", "sqm");
    public static final Unit SQUARE_FOOT = u("ft²", AREA, FOOT * FOOT, 0, "ft2", "ft^2", "sqft", "sq ft");

    public static final Unit CUBIC_METRE = u("m³", VOLUME, 1, 0, "m3", "m^3");
    public static final Unit LITRE = u("L", VOLUME, 1e-3, 0, "l", "liter", "litre", "dm3");
    public static final Unit GALLON = u("gal", VOLUME, US_GALLON, 0, "gallon", "US gal", "gallons");

    public static final Unit SECOND = u("s", TIME, 1, 0, "sec");
    public static final Unit HOUR_UNIT = u("h", TIME, HOUR, 0, "hr", "hour", "hours");
    public static final Unit DAY_UNIT = u("d", TIME, DAY, 0, "day", "days");

    public static final Unit CUBIC_METRE_PER_SECOND = u("m³/s", VOLUME_FLOW, 1, 0, "m3/s");
    public static final Unit CUBIC_METRE_PER_HOUR = u("m³/h", VOLUME_FLOW, 1 / HOUR, 0, "m3/h", "m3/hr", "m^3/h", "cmh");
    public static final Unit CUBIC_METRE_PER_DAY = u("m³/d", VOLUME_FLOW, 1 / DAY, 0, "m3/d", "m3/day", "m^3/d", "cmd");
    public static final Unit GPM = u("gpm", VOLUME_FLOW, US_GALLON / 60, 0, "gal/min", "usgpm");
    public static final Unit GPD = u("gpd", VOLUME_FLOW, US_GALLON / DAY, 0, "gal/d", "gal/day", "usgpd");

    public static final Unit KG_PER_M3 = u("kg/m³", MASS_DENSITY, 1, 0, "kg/m3");
    public static final Unit G_PER_CM3 = u("g/cm³", MASS_DENSITY, 1e3, 0, "g/cm3", "g/mL", "g/ml", "kg/L");
    public static final Unit LB_PER_FT3 = u("lb/ft³", MASS_DENSITY, POUND / (FOOT * FOOT * FOOT), 0, "lb/ft3");

    public static final Unit PASCAL_SECOND = u("Pa·s", DYNAMIC_VISCOSITY, 1, 0, "Pa s", "Pa*s", "Pas", "kg/m/s");
    public static final Unit MILLIPASCAL_SECOND = u("mPa·s", DYNAMIC_VISCOSITY, 1e-3, 0, "mPa s", "mPa*s", "mPas");
    public static final Unit CENTIPOISE = u("cP", DYNAMIC_VISCOSITY, 1e-3, 0, "cp", "centipoise");

    public static final Unit M2_PER_S = u("m²/s", DIFFUSIVITY, 1, 0, "m2/s");
    public static final Unit CM2_PER_S = u("cm²/s", DIFFUSIVITY, 1e-4, 0, "cm2/s");

    public static final Unit KG_PER_M3_CONC = u("kg/m³", MASS_CONCENTRATION, 1, 0, "kg/m3");
    public static final Unit G_PER_L = u("g/L", MASS_CONCENTRATION, 1, 0, "g/l");
    public static final Unit MG_PER_L = u("mg/L", MASS_CONCENTRATION, 1e-3, 0, "mg/l");
    public static final Unit UG_PER_L = u("µg/L", MASS_CONCENTRATION, 1e-6, 0, "ug/L", "ug/l", "µg/l");
    public static final Unit NG_PER_L = u("ng/L", MASS_CONCENTRATION, 1e-9, 0, "ng/l");

    public static final Unit KG_PER_KG = u("kg/kg", MASS_FRACTION, 1, 0, "mass fraction");
    public static final Unit G_PER_KG = u("g/kg", MASS_FRACTION, 1e-3, 0, "‰", "permil", "psu");
    public static final Unit MG_PER_KG = u("mg/kg", MASS_FRACTION, 1e-6, 0);
    public static final Unit PPM = u("ppm", MASS_FRACTION, 1e-6, 0, "ppmw");
    public static final Unit PPB = u("ppb", MASS_FRACTION, 1e-9, 0, "ppbw", "µg/kg", "ug/kg");
    public static final Unit PERCENT = u("%", MASS_FRACTION, 1e-2, 0, "wt%", "% w/w", "%w/w", "mass%", "percent");
    public static final Unit BRIX = u("°Bx", MASS_FRACTION, 1e-2, 0, "Brix", "°Brix", "degBrix", "Bx", "brix");

    public static final Unit MOL_PER_KG = u("mol/kg", MOLALITY, 1, 0, "m", "molal");
    public static final Unit MMOL_PER_KG = u("mmol/kg", MOLALITY, 1e-3, 0);

    public static final Unit MOL_PER_M3 = u("mol/m³", MOLAR_CONCENTRATION, 1, 0, "mol/m3", "mM");
    public static final Unit MOL_PER_L = u("mol/L", MOLAR_CONCENTRATION, 1e3, 0, "mol/l", "M", "molar");
    public static final Unit MMOL_PER_L = u("mmol/L", MOLAR_CONCENTRATION, 1, 0, "mmol/l");

    /** Molar mass of CaCO3 from the IUPAC 2005 atomic weights used by the species catalogue, kg/mol. */
    public static final double CALCIUM_CARBONATE_MOLAR_MASS = (40.078 + 12.0107 + 3 * 15.9994) * 1e-3;

    public static final Unit EQ_PER_M3 = u("eq/m³", EQUIVALENT_CONCENTRATION, 1, 0, "eq/m3");
    public static final Unit EQ_PER_L = u("eq/L", EQUIVALENT_CONCENTRATION, 1e3, 0, "eq/l");
    public static final Unit MEQ_PER_L = u("meq/L", EQUIVALENT_CONCENTRATION, 1, 0, "meq/l", "mval/L", "mval/l");
    /**
     * Milligrams of CaCO3 per litre carrying the same charge: 1 mg/L as CaCO3 is
     * 2/M(CaCO3) = 1/50.04345 meq/L (how alkalinity and hardness are reported).
     */
    public static final Unit MG_PER_L_AS_CACO3 = u("mg/L as CaCO3", EQUIVALENT_CONCENTRATION,
            2e-3 / CALCIUM_CARBONATE_MOLAR_MASS, 0, "mg/l as CaCO3", "mg CaCO3/L", "mg/L CaCO3");

    public static final Unit SIEMENS_PER_METRE = u("S/m", ELECTRICAL_CONDUCTIVITY, 1, 0, "S m-1");
    public static final Unit MICROSIEMENS_PER_CM = u("µS/cm", ELECTRICAL_CONDUCTIVITY, 1e-4, 0, "uS/cm",
            "micromho/cm", "µmho/cm", "umho/cm");
    public static final Unit MILLISIEMENS_PER_CM = u("mS/cm", ELECTRICAL_CONDUCTIVITY, 0.1, 0, "mmho/cm", "dS/m");

    public static final Unit OSMOL_PER_KG = u("Osm/kg", OSMOLALITY, 1, 0, "osmol/kg", "Osmol/kg");
    public static final Unit MOSMOL_PER_KG = u("mOsm/kg", OSMOLALITY, 1e-3, 0, "mosmol/kg", "mOsmol/kg", "mosm/kg");

    public static final Unit M_PER_S_FLUX = u("m/s", FLUX, 1, 0, "m3/m2/s");
    public static final Unit LMH = u("LMH", FLUX, 1e-3 / HOUR, 0, "L/m2/h", "L/(m2 h)", "L/m2h", "lmh", "Lmh");
    public static final Unit GFD = u("gfd", FLUX, US_GALLON / (FOOT * FOOT) / DAY, 0, "gal/ft2/d", "GFD", "gal/ft2/day");

    public static final Unit M_PER_S_PA = u("m/(s·Pa)", PERMEABILITY, 1, 0, "m/s/Pa", "m/(s Pa)");
    public static final Unit LMH_PER_BAR = u("LMH/bar", PERMEABILITY, 1e-3 / HOUR / 1e5, 0, "L/m2/h/bar", "lmh/bar");
    public static final Unit GFD_PER_PSI = u("gfd/psi", PERMEABILITY, US_GALLON / (FOOT * FOOT) / DAY / PSI, 0, "GFD/psi");

    public static final Unit WATT = u("W", POWER, 1, 0, "watt");
    public static final Unit KILOWATT = u("kW", POWER, 1e3, 0);
    public static final Unit HORSEPOWER = u("hp", POWER, 745.69987158227022, 0, "HP", "bhp");

    public static final Unit JOULE = u("J", ENERGY, 1, 0);
    public static final Unit KILOWATT_HOUR = u("kWh", ENERGY, 3.6e6, 0, "kW h");

    public static final Unit J_PER_M3 = u("J/m³", SPECIFIC_ENERGY, 1, 0, "J/m3");
    public static final Unit KWH_PER_M3 = u("kWh/m³", SPECIFIC_ENERGY, 3.6e6, 0, "kWh/m3");
    public static final Unit KWH_PER_KGAL = u("kWh/kgal", SPECIFIC_ENERGY, 3.6e6 / (1000 * US_GALLON), 0);

    public static final Unit J_PER_KG_K = u("J/(kg·K)", SPECIFIC_HEAT_CAPACITY, 1, 0, "J/kg/K", "J/(kg K)");
    public static final Unit KJ_PER_KG_K = u("kJ/(kg·K)", SPECIFIC_HEAT_CAPACITY, 1e3, 0, "kJ/kg/K", "kJ/(kg K)");
    public static final Unit BTU_PER_LB_F = u("Btu/(lb·°F)", SPECIFIC_HEAT_CAPACITY, 4186.8, 0, "Btu/lb/F");

    public static final Unit W_PER_M_K = u("W/(m·K)", THERMAL_CONDUCTIVITY, 1, 0, "W/m/K", "W/(m K)");

    public static final Unit J_PER_KG = u("J/kg", SPECIFIC_ENERGY_MASS, 1, 0);
    public static final Unit KJ_PER_KG = u("kJ/kg", SPECIFIC_ENERGY_MASS, 1e3, 0);
    public static final Unit BTU_PER_LB = u("Btu/lb", SPECIFIC_ENERGY_MASS, 2326.0, 0);

    public static final Unit KG_PER_MOL = u("kg/mol", MOLAR_MASS, 1, 0);
    public static final Unit G_PER_MOL = u("g/mol", MOLAR_MASS, 1e-3, 0, "Da");

    public static final Unit M3_PER_MOL = u("m³/mol", MOLAR_VOLUME, 1, 0, "m3/mol");
    public static final Unit CM3_PER_MOL = u("cm³/mol", MOLAR_VOLUME, 1e-6, 0, "cm3/mol", "mL/mol");

    public static final Unit ONE = u("", DIMENSIONLESS, 1, 0, "-");
    public static final Unit PERCENT_OF = u("%", FRACTION, 0.01, 0, "percent", "pct");
    public static final Unit FRACTION_ONE = u("", FRACTION, 1, 0, "-");

    private static final List<Unit> ALL;
    private static final Map<String, List<Unit>> BY_NAME;

    static {
        final List<Unit> all = new ArrayList<>();
        for (java.lang.reflect.Field f : Units.class.getDeclaredFields()) {
            if (f.getType() == Unit.class) {
                try {
                    all.add((Unit) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // units only reachable by typing them
        all.add(u("mbar", PRESSURE, 100, 0));
        all.add(u("mH2O", PRESSURE, 9806.65, 0, "m H2O", "mWC"));
        all.add(u("cm", LENGTH, 1e-2, 0));
        all.add(u("µm", LENGTH, 1e-6, 0, "um", "micron", "microns"));
        all.add(u("cm²", AREA, 1e-4, 0, "cm2"));
        all.add(u("in²", AREA, INCH * INCH, 0, "in2", "sq in"));
        all.add(u("mL", VOLUME, 1e-6, 0, "ml", "cm3"));
        all.add(u("ft³", VOLUME, FOOT * FOOT * FOOT, 0, "ft3", "cu ft"));
        all.add(u("kgal", VOLUME, 1e3 * US_GALLON, 0));
        all.add(u("g", MASS, 1e-3, 0, "gram"));
        all.add(u("kg", MASS, 1, 0));
        all.add(u("lb", MASS, POUND, 0, "lbs", "pound"));
        all.add(u("min", TIME, 60, 0, "minute", "minutes"));
        all.add(u("yr", TIME, 365.25 * DAY, 0, "year", "years"));
        all.add(u("L/s", VOLUME_FLOW, 1e-3, 0, "l/s"));
        all.add(u("L/min", VOLUME_FLOW, 1e-3 / 60, 0, "l/min", "lpm"));
        all.add(u("mL/min", VOLUME_FLOW, 1e-6 / 60, 0, "ml/min", "cc/min", "cm3/min"));
        all.add(u("L/h", VOLUME_FLOW, 1e-3 / HOUR, 0, "l/h", "lph"));
        all.add(u("L/d", VOLUME_FLOW, 1e-3 / DAY, 0, "l/d", "lpd", "L/day"));
        all.add(u("gph", VOLUME_FLOW, US_GALLON / HOUR, 0, "gal/h"));
        all.add(u("MGD", VOLUME_FLOW, 1e6 * US_GALLON / DAY, 0, "mgd"));
        all.add(u("kg/s", MASS_FLOW, 1, 0));
        all.add(u("kg/h", MASS_FLOW, 1 / HOUR, 0));
        all.add(u("lb/h", MASS_FLOW, POUND / HOUR, 0));
        all.add(u("m/s", VELOCITY, 1, 0));
        all.add(u("cm/s", VELOCITY, 1e-2, 0));
        all.add(u("ft/s", VELOCITY, FOOT, 0));
        all.add(u("µPa·s", DYNAMIC_VISCOSITY, 1e-6, 0, "uPa s", "µPa s"));
        all.add(u("mg/m³", MASS_CONCENTRATION, 1e-6, 0, "mg/m3"));
        all.add(u("MW", POWER, 1e6, 0));
        all.add(u("kJ", ENERGY, 1e3, 0));
        all.add(u("MJ", ENERGY, 1e6, 0));
        all.add(u("Btu", ENERGY, 1055.05585262, 0));
        all.add(u("µmol/kg", MOLALITY, 1e-6, 0, "umol/kg"));
        all.add(u("µmol/L", MOLAR_CONCENTRATION, 1e-3, 0, "umol/L", "µM", "uM"));
        all.add(u("L/(m²·h·bar)", PERMEABILITY, 1e-3 / HOUR / 1e5, 0, "L/(m2 h bar)"));

        ALL = Collections.unmodifiableList(all);
        final Map<String, List<Unit>> byName = new LinkedHashMap<>();
        for (Unit unit : all) {
            register(byName, unit.symbol(), unit);
            for (String alias : unit.aliases()) {
                register(byName, alias, unit);
            }
        }
        BY_NAME = byName;
    }

    private Units() {
    }

    private static Unit u(final String symbol, final Dimension dimension, final double factor, final double offset,
                          final String... aliases) {
        return new Unit(symbol, dimension, factor, offset, List.of(aliases));
    }

    private static void register(final Map<String, List<Unit>> map, final String name, final Unit unit) {
        final List<Unit> list = map.computeIfAbsent(normalize(name), k -> new ArrayList<>());
        if (!list.contains(unit)) {
            list.add(unit);
        }
    }

    /**
     * Brings a unit spelling to a canonical form: Unicode superscripts and the degree sign
     * unified, micro signs to µ, spaces around operators removed, runs of spaces collapsed.
     *
     * @param text the spelling as typed
     * @return the canonical spelling
     */
    public static String normalize(final String text) {
        String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        s = s.replace('μ', 'µ').replace('º', '°').replace('˚', '°')
             .replace("³", "3").replace("²", "2").replace('·', ' ').replace('⋅', ' ').replace('*', ' ');
        s = s.replaceAll("\\s*([/^()])\\s*", "$1").replaceAll("\\s+", " ");
        return s;
    }

    /** @return every unit known, in declaration order */
    public static List<Unit> all() {
        return ALL;
    }

    /**
     * Finds units by spelling: exactly (after {@link #normalize}) first, then ignoring case.
     *
     * @param text the spelling
     * @return matching units (several only for ambiguous spellings such as "kg/m3", which is a
     *         density or a concentration)
     */
    public static List<Unit> lookup(final String text) {
        final String key = normalize(text);
        final List<Unit> exact = BY_NAME.get(key);
        if (exact != null) {
            return exact;
        }
        final List<Unit> folded = new ArrayList<>();
        for (Map.Entry<String, List<Unit>> e : BY_NAME.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                for (Unit unit : e.getValue()) {
                    if (!folded.contains(unit)) {
                        folded.add(unit);
                    }
                }
            }
        }
        return folded;
    }

    /**
     * @param text      the spelling
     * @param dimension the kind of quantity wanted
     * @return the unit of that kind with that spelling, if any
     */
    public static Optional<Unit> lookup(final String text, final Dimension dimension) {
        return lookup(text).stream().filter(unit -> unit.dimension() == dimension).findFirst();
    }

    /**
     * @param dimension a kind of quantity
     * @return the symbols of every unit of that kind, for messages
     */
    public static List<String> symbols(final Dimension dimension) {
        return ALL.stream().filter(unit -> unit.dimension() == dimension).map(Unit::symbol).distinct().toList();
    }
}
