package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * What a water laboratory reports, one line of an analysis: the ions, silica, boron and carbon
 * dioxide, each with the formula its mass is reported as and the charge it carries in a charge
 * balance.
 *
 * <p>Conventions, as the membrane makers' design programs use them (FilmTec ROSA/WAVE and
 * Hydranautics IMSDesign list the same ions):
 * <ul>
 *   <li>boron is total boron <em>as B</em>; in solution it is carried as boric acid
 *       {@code B(OH)3} (same amount), uncharged — the borate share depends on pH and is left to
 *       the speciation;</li>
 *   <li>silica is reported <em>as SiO2</em> and uncharged;</li>
 *   <li>iron and manganese are taken as Fe²⁺ and Mn²⁺, phosphate as PO₄³⁻ (charge −3), as the
 *       analysis gives them (phosphate is mostly HPO₄²⁻/H₂PO₄⁻ at pH 6–8; its effect on a
 *       charge balance is at most a few µeq/L in RO feeds);</li>
 *   <li>HCO₃⁻, CO₃²⁻ and CO₂ are taken as reported, not re-speciated.</li>
 * </ul>
 * The amounts are molalities inside (mol per kg of water), of the species
 * ({@link #species()}): one mole of B is one mole of {@code B(OH)3}.
 */
public enum Constituent {

    NA("Na", SpeciesCatalog.NA, "Na", "sodium"),
    K("K", SpeciesCatalog.K, "K", "potassium"),
    NH4("NH4", SpeciesCatalog.NH4, "NH4", "ammonium", "N(-3)"),
    CA("Ca", SpeciesCatalog.CA, "Ca", "calcium"),
    MG("Mg", SpeciesCatalog.MG, "Mg", "magnesium"),
    SR("Sr", SpeciesCatalog.SR, "Sr", "strontium"),
    BA("Ba", SpeciesCatalog.BA, "Ba", "barium"),
    FE("Fe", SpeciesCatalog.FE2, "Fe", "iron", "ferrous iron"),
    MN("Mn", SpeciesCatalog.MN, "Mn", "manganese"),
    CL("Cl", SpeciesCatalog.CL, "Cl", "chloride"),
    SO4("SO4", SpeciesCatalog.SO4, "SO4", "sulfate", "sulphate", "S(6)"),
    HCO3("HCO3", SpeciesCatalog.HCO3, "HCO3", "bicarbonate", "hydrogen carbonate"),
    CO3("CO3", SpeciesCatalog.CO3, "CO3", "carbonate"),
    NO3("NO3", SpeciesCatalog.NO3, "NO3", "nitrate", "N(5)"),
    F("F", SpeciesCatalog.F, "F", "fluoride"),
    BR("Br", SpeciesCatalog.BR, "Br", "bromide"),
    PO4("PO4", SpeciesCatalog.PO4, "PO4", "phosphate", "orthophosphate"),
    SIO2("SiO2", SpeciesCatalog.SIO2, "SiO2", "silica", "H4SiO4", "Si", "silicon"),
    B("B", SpeciesCatalog.BOH3, "B", "boron", "total boron"),
    CO2("CO2", SpeciesCatalog.CO2, "CO2", "carbon dioxide", "free CO2"),
    // trace contaminants of drinking water (reported as the element, PFAS as the anion)
    PB("Pb", SpeciesCatalog.PB, "Pb", "lead"),
    CU("Cu", SpeciesCatalog.CU, "Cu", "copper"),
    /** trivalent chromium, carried as Cr(OH)₂⁺ (its form at pH 6–8), reported as Cr */
    CR3("Cr(III)", SpeciesCatalog.CROH2, "Cr", "chromium(III)", "trivalent chromium", "Cr3"),
    /** hexavalent chromium, carried as chromate CrO₄²⁻, reported as Cr */
    CR6("Cr(VI)", SpeciesCatalog.CRO4, "Cr", "chromium(VI)", "hexavalent chromium", "chromate", "Cr6"),
    /** arsenite, carried as H₃AsO₃ (uncharged below pH 9), reported as As */
    AS3("As(III)", SpeciesCatalog.H3ASO3, "As", "arsenic(III)", "arsenite", "As3"),
    /**
     * arsenate, counted in a charge balance as HAsO₄²⁻ (its main form at pH 7.2–11.6), reported as As;
     * {@link TraceSpeciation} splits it into H₂AsO₄⁻ and HAsO₄²⁻ by pH for the membrane
     */
    AS5("As(V)", SpeciesCatalog.HASO4, "As", "arsenic(V)", "arsenate", "As5"),
    /** perfluorooctanoic acid, carried and reported as the anion C₇F₁₅COO⁻ */
    PFOA("PFOA", SpeciesCatalog.PFOA, "C8F15O2", "perfluorooctanoic acid", "perfluorooctanoate"),
    /** perfluorooctane sulfonic acid, carried and reported as the anion C₈F₁₇SO₃⁻ */
    PFOS("PFOS", SpeciesCatalog.PFOS, "C8F17SO3", "perfluorooctane sulfonic acid", "perfluorooctanesulfonate");

    private static final Map<String, Constituent> BY_NAME;

    static {
        final Map<String, Constituent> byName = new LinkedHashMap<>();
        for (Constituent c : values()) {
            byName.put(key(c.symbol), c);
            byName.putIfAbsent(key(c.species.id()), c);
            for (String alias : c.aliases) {
                byName.putIfAbsent(key(alias), c);
            }
            final int z = Math.abs(c.charge());
            if (z > 0) {
                // "Ca2+", "Ca++", "Ca^2+", "SO4--", "SO4^2-" as well as PHREEQC's "Ca+2"
                final String sign = c.charge() > 0 ? "+" : "-";
                final String f = c.species.formula();
                byName.putIfAbsent(key(f + (z == 1 ? "" : String.valueOf(z)) + sign), c);
                byName.putIfAbsent(key(f + "^" + (z == 1 ? "" : String.valueOf(z)) + sign), c);
                byName.putIfAbsent(key(f + sign.repeat(z)), c);
            }
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private final String symbol;
    private final Species species;
    private final String reportedAs;
    private final List<String> aliases;

    Constituent(final String symbol, final Species species, final String reportedAs, final String... aliases) {
        this.symbol = symbol;
        this.species = species;
        this.reportedAs = reportedAs;
        this.aliases = List.of(aliases);
    }

    private static String key(final String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** @return the symbol analyses use, e.g. {@code "Ca"}, {@code "SO4"}, {@code "SiO2"} */
    public String symbol() {
        return symbol;
    }

    /** @return the dissolved species that carries it ({@code B(OH)3} for boron) */
    public Species species() {
        return species;
    }

    /** @return the formula its mass is reported as: {@code "B"} for boron, else the species' formula */
    public String reportedAs() {
        return reportedAs;
    }

    /** @return molar mass of what a mass of it is reported as, kg/mol (10.811 g/mol for B) */
    public double reportedMolarMass() {
        return AtomicWeights.molarMass(reportedAs);
    }

    /** @return charge number in a charge balance (0 for SiO2, B and CO2) */
    public int charge() {
        return species.charge();
    }

    /** @return true for a cation */
    public boolean isCation() {
        return charge() > 0;
    }

    /** @return true for an anion */
    public boolean isAnion() {
        return charge() < 0;
    }

    /** @return other names accepted by {@link #find} */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * @param name a symbol, ion spelling ({@code "Ca2+"}, {@code "SO4-2"}) or name ({@code "sulfate"})
     * @return the constituent, if any
     */
    public static Optional<Constituent> find(final String name) {
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /**
     * @param field where the name came from, for messages
     * @param name  a symbol, ion spelling or name
     * @return the constituent
     * @throws PermeateException ({@link Message#UNKNOWN_CHOICE}) naming the known constituents
     */
    public static Constituent get(final String field, final String name) {
        return find(name).orElseThrow(() -> new PermeateException(Message.UNKNOWN_CHOICE, field, name, known()));
    }

    /** @return the symbols of all constituents, for messages */
    public static String known() {
        final List<String> names = new ArrayList<>();
        for (Constituent c : values()) {
            names.add(c.symbol);
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
