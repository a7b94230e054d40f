package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Unit;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Collects an analysis in the units laboratories use and converts it to molalities.
 *
 * <p>Each constituent's amount may be given as
 * <ul>
 *   <li>a mass per volume ({@code mg/L}, {@code g/L}, {@code µg/L}) or per mass of solution
 *       ({@code ppm}, {@code mg/kg}, {@code ppb}) of the constituent as reported
 *       ({@link Constituent#reportedAs()}: boron as B, silica as SiO₂; {@code Si} and
 *       {@code silicon} name silica given as Si), or of another formula:
 *       {@code "10 mg/L as N"} for nitrate, {@code "4.28 ppm as SiO2"}, {@code "0.5 mg/L as P"}
 *       — one mole of the formula per mole of the constituent;</li>
 *   <li>"as CaCO3" ({@code "150 mg/L as CaCO3"}, also per mass: {@code "150 ppm as CaCO3"}):
 *       the mass of CaCO3 with the same charge, 50.04 mg per meq;</li>
 *   <li>an amount ({@code mmol/L}, {@code mol/L}, {@code mmol/kg}, {@code mol/kg}) or a charge
 *       ({@code meq/L}, {@code eq/L}) per volume.</li>
 * </ul>
 * Alkalinity may replace HCO₃⁻: given in meq/L, mg/L as CaCO3, or as a mass of HCO₃⁻
 * ({@code "141.7 ppm as HCO3"}); then \( m_{HCO_3} = m_{Alk} - 2m_{CO_3} - m_{OH} + m_{H} \)
 * (all of the carbonate alkalinity not given as CO₃²⁻ is taken as HCO₃⁻, right below pH 8.3;
 * above it give CO₃²⁻ too, or let the speciation split it).
 *
 * <p>Not thread-safe; build once and share the immutable analysis.
 */
public final class WaterAnalysisBuilder {

    private static final Set<Dimension> AMOUNTS = EnumSet.of(Dimension.MASS_CONCENTRATION,
            Dimension.MASS_FRACTION, Dimension.MOLAR_CONCENTRATION, Dimension.MOLALITY,
            Dimension.EQUIVALENT_CONCENTRATION);
    private static final Pattern AS = Pattern.compile("(?i)^(.*\\S)\\s+as\\s+([A-Za-z][A-Za-z0-9()]*)\\s*$");
    /** "name amount", "name = amount" or "name: amount". */
    private static final Pattern ITEM = Pattern.compile("^([^\\s=:]+)\\s*[=:]?\\s*(.+)$");
    private static final String CACO3 = "CaCO3";

    private final String field;
    private final Map<Constituent, Amount> amounts = new EnumMap<>(Constituent.class);
    private Amount alkalinity;
    private Double pH;
    private Double temperature;
    private Quantity measuredTds;
    private Double measuredConductivity;
    private DensityModel density = PropertyPackages.GENERAL.density();

    /** An amount as given, with the formula a mass refers to. */
    private record Amount(Quantity quantity, String massBasis, String text) {
    }

    WaterAnalysisBuilder(final String field) {
        this.field = field;
    }

    /**
     * @param value pH, 0 to 14
     * @return this
     */
    public WaterAnalysisBuilder pH(final double value) {
        WaterAnalysis.checkPh(value);
        this.pH = value;
        return this;
    }

    /**
     * @param kelvin temperature, K
     * @return this
     */
    public WaterAnalysisBuilder temperature(final double kelvin) {
        WaterAnalysis.checkTemperature(kelvin);
        this.temperature = kelvin;
        return this;
    }

    /**
     * @param model the density model for per-volume amounts (default: the {@code pitzer}
     *              package's, Laliberté &amp; Cooper 2004 with the compression of water)
     * @return this
     */
    public WaterAnalysisBuilder density(final DensityModel model) {
        this.density = Objects.requireNonNull(model, "density");
        return this;
    }

    /**
     * @param c      a constituent
     * @param amount its amount as reported (see the class comment for the measures)
     * @return this
     */
    public WaterAnalysisBuilder add(final Constituent c, final Quantity amount) {
        return add(c, amount, c.reportedAs());
    }

    /**
     * @param c         a constituent
     * @param amount    its amount
     * @param basis     what a mass refers to: the constituent's formula, one of its elements
     *                  ({@code "N"} for NO₃⁻), or {@code "CaCO3"}
     * @return this
     */
    public WaterAnalysisBuilder add(final Constituent c, final Quantity amount, final String basis) {
        final String massBasis = basis.equalsIgnoreCase(CACO3) ? CACO3 : basis;
        final String text = amount + (massBasis.equals(c.reportedAs()) ? "" : " as " + massBasis);
        checkAmount(c.symbol(), amount, text);
        checkBasis(c, amount, massBasis);
        final Amount previous = amounts.putIfAbsent(c, new Amount(amount, massBasis, text));
        if (previous != null) {
            throw new PermeateException(Message.CONFLICTING, field + ": " + c.symbol() + " " + previous.text(),
                    c.symbol() + " " + text);
        }
        if (c == Constituent.HCO3 && alkalinity != null) {
            throw new PermeateException(Message.CONFLICTING, field + ": HCO3", "alkalinity " + alkalinity.text());
        }
        return this;
    }

    /**
     * Total alkalinity in place of HCO₃⁻.
     *
     * @param amount a charge per volume (meq/L, mg/L as CaCO3) or a mass of HCO₃⁻
     * @return this
     */
    public WaterAnalysisBuilder alkalinity(final Quantity amount) {
        return alkalinity(amount, amount.dimension() == Dimension.EQUIVALENT_CONCENTRATION ? CACO3 : "HCO3");
    }

    /**
     * @param amount    the alkalinity
     * @param massBasis {@code "CaCO3"} or {@code "HCO3"}: what a mass refers to
     * @return this
     */
    public WaterAnalysisBuilder alkalinity(final Quantity amount, final String massBasis) {
        final String text = amount + (amount.dimension() == Dimension.EQUIVALENT_CONCENTRATION ? "" : " as " + massBasis);
        checkAmount("alkalinity", amount, text);
        if (!massBasis.equalsIgnoreCase(CACO3) && !massBasis.equalsIgnoreCase("HCO3")) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, field + ": alkalinity given as", massBasis,
                    "CaCO3, HCO3");
        }
        if (alkalinity != null) {
            throw new PermeateException(Message.CONFLICTING, field + ": alkalinity " + alkalinity.text(),
                    "alkalinity " + text);
        }
        if (amounts.containsKey(Constituent.HCO3)) {
            throw new PermeateException(Message.CONFLICTING, field + ": HCO3 " + amounts.get(Constituent.HCO3).text(),
                    "alkalinity " + text);
        }
        alkalinity = new Amount(amount, massBasis.equalsIgnoreCase(CACO3) ? CACO3 : "HCO3", text);
        return this;
    }

    /**
     * @param amount measured TDS, per volume (mg/L) or per mass (ppm) of solution
     * @return this
     */
    public WaterAnalysisBuilder measuredTds(final Quantity amount) {
        if (amount.dimension() != Dimension.MASS_CONCENTRATION && amount.dimension() != Dimension.MASS_FRACTION) {
            throw new PermeateException(Message.WRONG_DIMENSION, field + ": TDS", amount.toString(),
                    amount.dimension().phrase(), "mass concentration", "35000 mg/L, 500 ppm");
        }
        checkAmount("TDS", amount, amount.toString());
        this.measuredTds = amount;
        return this;
    }

    /**
     * @param siemensPerMetre measured electrical conductivity, S/m
     * @return this
     */
    public WaterAnalysisBuilder measuredConductivity(final double siemensPerMetre) {
        if (!Double.isFinite(siemensPerMetre) || siemensPerMetre < 0) {
            throw new PermeateException(Message.TOO_SMALL, field + ": conductivity", "0 µS/cm",
                    siemensPerMetre * 1e4 + " µS/cm");
        }
        this.measuredConductivity = siemensPerMetre;
        return this;
    }

    /**
     * Reads one line of an analysis as typed: a constituent ({@code "Ca", "412.3 ppm"},
     * {@code "NO3", "10 mg/L as N"}, {@code "HCO3-", "2.3 meq/L"}), or {@code pH},
     * {@code temperature}, {@code alkalinity}, {@code TDS}, {@code conductivity}
     * ({@code "EC"}, {@code "SC"}). A name ending in "as X" ({@code "Alkalinity as CaCO3"})
     * moves "as X" to the amount.
     *
     * @param name   what the line is about
     * @param amount the value with its unit
     * @return this
     * @throws PermeateException for an unknown name ({@link Message#UNKNOWN_CHOICE}), an
     *                           unreadable amount, a negative amount, a pH outside 0–14, a
     *                           temperature outside 0–100 °C
     */
    /**
     * Adds every item of a list such as {@code "Na 420 mg/L, Ca 4 meq/L; HCO3 150 mg/L as CaCO3,
     * pH 7.5, temperature 20 C"}: items separated by commas or semicolons, each a name and an
     * amount (with or without "=" or ":"), as {@link #add(String, String)} reads them.
     *
     * @param list the list
     * @return this builder
     * @throws PermeateException for an item without an amount, and as {@link #add(String, String)}
     */
    public WaterAnalysisBuilder addAll(final String list) {
        for (String item : list.split("[,;]")) {
            final String t = item.strip();
            if (t.isEmpty()) {
                continue;
            }
            final Matcher m = ITEM.matcher(t);
            if (!m.matches()) {
                throw new PermeateException(Message.UNPARSABLE_QUANTITY, field, t, "\"Na 420 mg/L\"");
            }
            add(m.group(1), m.group(2));
        }
        return this;
    }

    /** @return whether a pH has been given */
    public boolean hasPh() {
        return pH != null;
    }

    /** @return whether a temperature has been given */
    public boolean hasTemperature() {
        return temperature != null;
    }

    public WaterAnalysisBuilder add(final String name, final String amount) {
        String key = name.strip();
        String text = amount == null ? "" : amount.strip();
        final Matcher nameAs = AS.matcher(key);
        if (nameAs.matches() && !AS.matcher(text).matches()) {
            key = nameAs.group(1).strip();
            text = text + " as " + nameAs.group(2);
        }
        final String lower = key.toLowerCase(Locale.ROOT);
        final String where = field + ": " + key;
        switch (lower) {
            case "ph" -> {
                return pH(QuantityParser.parse(where, text, Dimension.DIMENSIONLESS).si());
            }
            case "temperature", "temp", "t" -> {
                return temperature(QuantityParser.parse(where, text, Dimension.TEMPERATURE).si());
            }
            case "tds", "total dissolved solids" -> {
                return measuredTds(QuantityParser.parse(where, text,
                        EnumSet.of(Dimension.MASS_CONCENTRATION, Dimension.MASS_FRACTION)));
            }
            case "conductivity", "ec", "sc", "specific conductance", "electrical conductivity" -> {
                return measuredConductivity(QuantityParser.parse(where, text, Dimension.ELECTRICAL_CONDUCTIVITY).si());
            }
            case "alkalinity", "alk", "total alkalinity", "m-alkalinity" -> {
                final Matcher as = AS.matcher(text);
                if (as.matches()) {
                    return alkalinity(QuantityParser.parse(where, as.group(1), AMOUNTS), as.group(2));
                }
                return alkalinity(QuantityParser.parse(where, text, AMOUNTS));
            }
            default -> {
                final Constituent c = Constituent.get(field + ": constituent", key);
                final boolean silicon = lower.equals("si") || lower.equals("silicon");
                final Matcher as = AS.matcher(text);
                if (as.matches()) {
                    return add(c, QuantityParser.parse(where, as.group(1), AMOUNTS), as.group(2));
                }
                return add(c, QuantityParser.parse(where, text, AMOUNTS), silicon ? "Si" : c.reportedAs());
            }
        }
    }

    private void checkAmount(final String what, final Quantity amount, final String text) {
        if (!Double.isFinite(amount.si())) {
            throw new PermeateException(Message.NOT_FINITE, field + ": " + what, text);
        }
        if (amount.si() < 0) {
            throw new PermeateException(Message.NEGATIVE_CONCENTRATION, field + ": " + what, text);
        }
        if (!AMOUNTS.contains(amount.dimension())) {
            throw new PermeateException(Message.WRONG_DIMENSION, field + ": " + what, text,
                    amount.dimension().phrase(), "concentration", "500 mg/L, 35 ppm, 2 mmol/L, 2.5 meq/L");
        }
    }

    private void checkBasis(final Constituent c, final Quantity amount, final String basis) {
        final boolean mass = amount.dimension() == Dimension.MASS_CONCENTRATION
                || amount.dimension() == Dimension.MASS_FRACTION;
        if (amount.dimension() == Dimension.EQUIVALENT_CONCENTRATION && c.charge() == 0) {
            throw new PermeateException(Message.WRONG_DIMENSION, field + ": " + c.symbol(), amount.toString(),
                    amount.dimension().phrase() + " (" + c.symbol() + " has no charge)",
                    "mass or amount concentration", "20 mg/L, 0.3 mmol/L");
        }
        if (basis.equalsIgnoreCase(CACO3)) {
            if (c.charge() == 0) {
                throw new PermeateException(Message.UNKNOWN_CHOICE, field + ": " + c.symbol() + " given as",
                        basis, c.reportedAs() + " (" + c.symbol() + " has no charge to express as CaCO3)");
            }
            if (!mass) {
                throw new PermeateException(Message.WRONG_DIMENSION, field + ": " + c.symbol(), amount + " as CaCO3",
                        amount.dimension().phrase(), "mass concentration", "150 mg/L as CaCO3");
            }
            return;
        }
        if (basis.equals(c.reportedAs()) || basis.equals(c.species().formula())) {
            return;
        }
        if (!singleAtomOf(c.species().formula(), basis)) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, field + ": " + c.symbol() + " given as", basis,
                    c.reportedAs() + ", CaCO3 or an element that occurs once in " + c.species().formula());
        }
    }

    /** @return true if {@code element} is an element symbol occurring exactly once in {@code formula} */
    private static boolean singleAtomOf(final String formula, final String element) {
        if (!element.matches("[A-Z][a-z]?")) {
            return false;
        }
        final Matcher m = Pattern.compile("([A-Z][a-z]?)(\\d*)").matcher(formula.replaceAll("[()]", ""));
        int count = 0;
        while (m.find()) {
            if (m.group(1).equals(element)) {
                count += m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            }
        }
        return count == 1 && !formula.contains("(");
    }

    /**
     * @return the analysis in molalities
     * @throws PermeateException if pH or temperature is missing, or the alkalinity is smaller
     *                           than the CO₃²⁻ and OH⁻ given
     */
    public WaterAnalysis build() {
        if (pH == null) {
            throw new PermeateException(Message.MISSING, field + ": pH", "the pH of the water, 0 to 14");
        }
        if (temperature == null) {
            throw new PermeateException(Message.MISSING, field + ": temperature",
                    "the temperature of the water, such as 25 C");
        }
        final List<ConcentrationConverter.Entry> entries = new ArrayList<>();
        final List<Constituent> order = new ArrayList<>();
        for (Map.Entry<Constituent, Amount> e : amounts.entrySet()) {
            entries.add(entry(e.getKey().species(), e.getKey().charge(), e.getValue()));
            order.add(e.getKey());
        }
        final ConcentrationConverter converter = new ConcentrationConverter(density);
        Composition composition = converter.toComposition(entries, temperature, PhysicalConstants.STANDARD_ATMOSPHERE);
        if (alkalinity != null) {
            composition = withAlkalinity(converter, entries, composition);
            order.add(Constituent.HCO3);
        }
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        for (Constituent c : order) {
            m.put(c, composition.molality(c.species()));
        }
        OptionalDouble tds = OptionalDouble.empty();
        if (measuredTds != null) {
            tds = OptionalDouble.of(measuredTds.dimension() == Dimension.MASS_CONCENTRATION ? measuredTds.si()
                    : measuredTds.si() * density.massDensity(Solution.atAtmosphericPressure(composition, temperature)));
        }
        return new WaterAnalysis(m, pH, temperature, tds,
                measuredConductivity == null ? OptionalDouble.empty() : OptionalDouble.of(measuredConductivity),
                density);
    }

    /**
     * HCO₃⁻ from the alkalinity: \( m_{HCO_3} = m_{Alk} - 2m_{CO_3} - m_{OH} + m_{H} \), where
     * turning the alkalinity into molal terms needs the dissolved mass, which includes the HCO₃⁻
     * sought: a fixed-point iteration (it contracts by about the HCO₃⁻ mass fraction, so a few
     * passes reach rounding).
     */
    private Composition withAlkalinity(final ConcentrationConverter converter,
                                       final List<ConcentrationConverter.Entry> entries, final Composition first) {
        final double h = Math.pow(10.0, -pH);
        final double oh = Math.pow(10.0, CarbonateConstants.log10Kw(temperature) + pH);
        Composition c = first;
        double hco3 = Double.NaN;
        for (int k = 0; k < 50; k++) {
            final double alk = alkalinityMolality(c);
            final double rest = 2 * c.molality(SpeciesCatalog.CO3) + oh - h;
            final double next = alk - rest;
            if (next < 0) {
                throw new PermeateException(Message.TOO_SMALL, field + ": alkalinity " + alkalinity.text(),
                        "2·CO3 + OH − H = " + Numbers.significant(rest * 1e3, 4) + " meq/kg",
                        Numbers.significant(alk * 1e3, 4) + " meq/kg");
            }
            final List<ConcentrationConverter.Entry> all = new ArrayList<>(entries);
            all.add(new ConcentrationConverter.Entry(SpeciesCatalog.HCO3, Quantity.of(next, Units.MOL_PER_KG)));
            c = converter.toComposition(all, temperature, PhysicalConstants.STANDARD_ATMOSPHERE);
            if (Math.abs(next - hco3) <= 1e-14 * next) {
                return c;
            }
            hco3 = next;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, field + ": HCO3 from the alkalinity", 50);
    }

    /** @return the alkalinity given, as eq per kg of water in composition {@code c} */
    private double alkalinityMolality(final Composition c) {
        final Quantity q = alkalinity.quantity();
        final double r = c.soluteMassPerWaterMass();
        final double waterPerVolume = density.massDensity(Solution.atAtmosphericPressure(c, temperature)) / (1 + r);
        final double perEquivalent = alkalinity.massBasis().equals(CACO3) ? WaterAnalysis.CALCIUM_CARBONATE_PER_EQUIVALENT
                : SpeciesCatalog.HCO3.molarMass();
        return switch (q.dimension()) {
            case EQUIVALENT_CONCENTRATION, MOLAR_CONCENTRATION -> q.si() / waterPerVolume;
            case MASS_CONCENTRATION -> q.si() / perEquivalent / waterPerVolume;
            case MASS_FRACTION -> q.si() / perEquivalent * (1 + r);
            default -> q.si(); // MOLALITY
        };
    }

    /** Turns one amount into an amount of the species, in a measure the converter knows. */
    private static ConcentrationConverter.Entry entry(final Species species, final int charge, final Amount a) {
        final Quantity q = a.quantity();
        return switch (q.dimension()) {
            case EQUIVALENT_CONCENTRATION -> new ConcentrationConverter.Entry(species,
                    new Quantity(q.si() / Math.abs(charge), Dimension.MOLAR_CONCENTRATION, Units.MOL_PER_M3));
            case MASS_CONCENTRATION, MASS_FRACTION -> {
                // moles of the species per mass unit of what the mass is reported as
                final double molesPerMass = a.massBasis().equals(CACO3)
                        ? 1.0 / (WaterAnalysis.CALCIUM_CARBONATE_PER_EQUIVALENT * Math.abs(charge))
                        : 1.0 / AtomicWeights.molarMass(a.massBasis());
                final Unit si = q.dimension() == Dimension.MASS_CONCENTRATION ? Units.KG_PER_M3_CONC : Units.KG_PER_KG;
                yield new ConcentrationConverter.Entry(species,
                        new Quantity(q.si() * molesPerMass * species.molarMass(), q.dimension(), si));
            }
            default -> new ConcentrationConverter.Entry(species, q);
        };
    }
}
