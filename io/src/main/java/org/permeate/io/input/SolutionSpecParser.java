package org.permeate.io.input;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter.Entry;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Reads a solution typed as one string:
 * <ul>
 *   <li>{@code seawater 35 g/kg} — seawater of reference composition (Millero et al. 2008) by
 *       salinity (or {@code seawater 36 g/L});</li>
 *   <li>{@code NaCl 2000 mg/L}, {@code CaCl2 1 mol/kg}, {@code sucrose 8 Brix} — a salt (split into
 *       its ions) or a neutral solute and its amount;</li>
 *   <li>{@code Na 500 mg/L, Cl 800 mg/L, Ca=40 mg/L} — a list of solutes, separated by commas or
 *       semicolons, a name and an amount each (with or without {@code =});</li>
 *   <li>{@code 290 mOsm/kg} — an osmolality alone (ideal osmotically active particles).</li>
 *   <li>{@code B 1 mg/L} or {@code boron 1 mg/L} — total boron as B, taken as boric acid
 *       (see {@link #totalBoron}).</li>
 * </ul>
 * Amounts of a salt refer to the salt: {@code NaCl 58.44 g/L} is 1 mol/L of Na⁺ and of Cl⁻.
 */
public final class SolutionSpecParser {

    /** The measures an amount may be given in. */
    public static final Set<Dimension> AMOUNT = EnumSet.of(Dimension.MASS_CONCENTRATION, Dimension.MASS_FRACTION,
            Dimension.MOLALITY, Dimension.MOLAR_CONCENTRATION, Dimension.OSMOLALITY);

    private static final Pattern TERM = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9()+\\-^]*?)\\s*(?:=|:|\\s)\\s*([+\\-.\\d].*)$");

    private SolutionSpecParser() {
    }

    /**
     * @param field where the text came from (an option name), for messages
     * @param text  the text
     * @return the solution spec
     */
    public static SolutionSpec parse(final String field, final String text) {
        if (text == null || text.isBlank()) {
            throw new PermeateException(Message.MISSING, field,
                    "a solution such as \"seawater 35 g/kg\", \"NaCl 2000 mg/L\", \"sucrose 8 Brix\" or \"290 mOsm/kg\"");
        }
        final String t = text.strip();
        if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
            final Quantity q = QuantityParser.parse(field, t, Dimension.OSMOLALITY);
            return new SolutionSpec(List.of(new Entry(SpeciesCatalog.OSMOLYTE, q)), false, t);
        }
        final List<Entry> entries = new ArrayList<>();
        boolean seawater = false;
        for (String part : t.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            final Matcher m = TERM.matcher(part);
            if (!m.matches()) {
                throw new PermeateException(Message.UNPARSABLE_QUANTITY, field, part.strip(),
                        "\"NaCl 2000 mg/L\", \"Na 500 mg/L, Cl 800 mg/L\", \"seawater 35 g/kg\"");
            }
            final String name = m.group(1);
            final Quantity amount = QuantityParser.parse(field + " (" + name + ")", m.group(2), AMOUNT);
            if (name.equalsIgnoreCase("seawater") || name.equalsIgnoreCase("sea")) {
                entries.addAll(seawater(field, amount));
                seawater = true;
            } else {
                entries.addAll(solute(field, name, amount));
            }
        }
        return new SolutionSpec(entries, seawater && entries.size() == ReferenceSeawater.composition(0.035).size(), t);
    }

    /**
     * @param field  option name for messages
     * @param amount salinity (mass fraction) or sea-salt concentration (mass per volume)
     * @return one entry per species of reference seawater
     */
    public static List<Entry> seawater(final String field, final Quantity amount) {
        if (amount.si() < 0) {
            throw new PermeateException(Message.NEGATIVE_CONCENTRATION, "seawater salinity", amount.toString())
                    .at(InputLocation.field(field));
        }
        if (amount.dimension() != Dimension.MASS_FRACTION && amount.dimension() != Dimension.MASS_CONCENTRATION) {
            throw new PermeateException(Message.WRONG_DIMENSION, field, amount.toString(), amount.dimension().phrase(),
                    "salinity", "35 g/kg or 36 g/L");
        }
        final Composition reference = ReferenceSeawater.composition(0.035);
        final double salt = reference.soluteMassPerWaterMass();
        final List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            final Species s = reference.species(i);
            final double share = reference.molality(i) * s.molarMass() / salt;
            final var unit = amount.dimension() == Dimension.MASS_FRACTION ? Units.KG_PER_KG : Units.KG_PER_M3_CONC;
            entries.add(new Entry(s, Quantity.of(amount.si() * share, unit)));
        }
        return entries;
    }

    /**
     * Boron as water analyses report it, total boron as B, taken as undissociated boric acid: its
     * pK<sub>a</sub> is 9.24 at 25 °C in fresh water (about 8.6 in seawater), so below pH 8.2 at
     * least 90 % of fresh-water boron is B(OH)₃. The element model rejects boric acid far less than
     * borate, so this default is the conservative one; give {@code B(OH)3} and {@code B(OH)4}
     * separately for a speciation of your own (the water-chemistry model will compute it).
     *
     * @param amount total boron, as B
     * @return the same boron as boric acid
     */
    static Entry totalBoron(final Quantity amount) {
        final double factor = switch (amount.dimension()) {
            case MASS_CONCENTRATION, MASS_FRACTION -> SpeciesCatalog.BOH3.molarMass() / AtomicWeights.of("B");
            default -> 1.0;
        };
        return new Entry(SpeciesCatalog.BOH3, new Quantity(amount.si() * factor, amount.dimension(), amount.unit()));
    }

    /**
     * @param field  option name for messages
     * @param name   a salt formula, ion or neutral solute
     * @param amount its amount
     * @return entries for the ions of the salt (or the solute itself)
     */
    public static List<Entry> solute(final String field, final String name, final Quantity amount) {
        if (amount.si() < 0) {
            throw new PermeateException(Message.NEGATIVE_CONCENTRATION, name, amount.toString()).at(InputLocation.field(field));
        }
        final Species direct = SpeciesCatalog.find(name).orElse(null);
        if (amount.dimension() == Dimension.OSMOLALITY) {
            if (direct != null && direct != SpeciesCatalog.OSMOLYTE) {
                throw new PermeateException(Message.WRONG_DIMENSION, field, name + " " + amount, "osmolality",
                        "concentration", "500 mg/L, 0.6 mol/kg");
            }
            return List.of(new Entry(SpeciesCatalog.OSMOLYTE, amount));
        }
        if (direct != null) {
            return List.of(new Entry(direct, amount));
        }
        if (name.equalsIgnoreCase("B") || name.equalsIgnoreCase("boron")) {
            return List.of(totalBoron(amount));
        }
        final Map<Species, Integer> ions;
        try {
            ions = SpeciesCatalog.dissociate(name);
        } catch (PermeateException e) {
            throw e.at(InputLocation.field(field));
        }
        double formulaMass = 0;
        for (Map.Entry<Species, Integer> e : ions.entrySet()) {
            formulaMass += e.getValue() * e.getKey().molarMass();
        }
        final List<Entry> entries = new ArrayList<>();
        for (Map.Entry<Species, Integer> e : ions.entrySet()) {
            final double factor = switch (amount.dimension()) {
                case MASS_CONCENTRATION, MASS_FRACTION -> e.getValue() * e.getKey().molarMass() / formulaMass;
                default -> e.getValue();
            };
            entries.add(new Entry(e.getKey(), new Quantity(amount.si() * factor, amount.dimension(), amount.unit())));
        }
        return entries;
    }
}
