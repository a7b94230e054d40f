package org.permeate.properties.species;

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

/**
 * The species Permeate knows, found by identifier or by the names users type ("Na", "sodium",
 * "Ca2+", "SO4", "sulfate"), and the salts that split into them ("NaCl", "CaCl2", "(NH4)2SO4").
 * Molar masses come from {@link AtomicWeights}.
 */
public final class SpeciesCatalog {

    // cations
    public static final Species H = ion("H+", "hydrogen ion", "H", 1, "hydrogen", "proton");
    public static final Species LI = ion("Li+", "lithium", "Li", 1);
    public static final Species NA = ion("Na+", "sodium", "Na", 1);
    public static final Species K = ion("K+", "potassium", "K", 1);
    public static final Species NH4 = ion("NH4+", "ammonium", "NH4", 1);
    public static final Species MG = ion("Mg+2", "magnesium", "Mg", 2);
    public static final Species CA = ion("Ca+2", "calcium", "Ca", 2);
    public static final Species SR = ion("Sr+2", "strontium", "Sr", 2);
    public static final Species BA = ion("Ba+2", "barium", "Ba", 2);
    public static final Species FE2 = ion("Fe+2", "iron(II)", "Fe", 2, "ferrous", "iron");
    public static final Species MN = ion("Mn+2", "manganese(II)", "Mn", 2, "manganese");
    public static final Species MGOH = ion("MgOH+", "magnesium hydroxide ion", "MgOH", 1);
    // trace metals of drinking-water concern (household RO); Cr(III) as Cr(OH)2+, its main form at
    // pH 6-8 (the master species of Cr(3) in PHREEQC's minteq.v4.dat)
    public static final Species PB = ion("Pb+2", "lead", "Pb", 2, "lead(II)");
    public static final Species CU = ion("Cu+2", "copper(II)", "Cu", 2, "copper", "cupric");
    public static final Species CROH2 = ion("Cr(OH)2+", "chromium(III) dihydroxide ion", "Cr(OH)2", 1,
            "chromium(III)", "trivalent chromium");
    // anions
    public static final Species CL = ion("Cl-", "chloride", "Cl", -1);
    public static final Species BR = ion("Br-", "bromide", "Br", -1);
    public static final Species F = ion("F-", "fluoride", "F", -1);
    public static final Species NO3 = ion("NO3-", "nitrate", "NO3", -1);
    public static final Species OH = ion("OH-", "hydroxide", "OH", -1);
    public static final Species HCO3 = ion("HCO3-", "bicarbonate", "HCO3", -1, "hydrogen carbonate");
    public static final Species CO3 = ion("CO3-2", "carbonate", "CO3", -2);
    public static final Species SO4 = ion("SO4-2", "sulfate", "SO4", -2, "sulphate");
    public static final Species HSO4 = ion("HSO4-", "bisulfate", "HSO4", -1, "hydrogen sulfate");
    public static final Species BOH4 = ion("B(OH)4-", "borate", "B(OH)4", -1);
    public static final Species PO4 = ion("PO4-3", "phosphate", "PO4", -3);
    public static final Species HPO4 = ion("HPO4-2", "hydrogen phosphate", "HPO4", -2);
    public static final Species H2PO4 = ion("H2PO4-", "dihydrogen phosphate", "H2PO4", -1);
    // drinking-water contaminants: Cr(VI) as chromate, As(V) as its two anions at pH 3-11, As(III)'s
    // anion above pH 9, and two perfluoroalkyl acids as the anions they are at drinking-water pH
    public static final Species CRO4 = ion("CrO4-2", "chromate", "CrO4", -2, "chromium(VI)", "hexavalent chromium");
    public static final Species H2ASO4 = ion("H2AsO4-", "dihydrogen arsenate", "H2AsO4", -1);
    public static final Species HASO4 = ion("HAsO4-2", "hydrogen arsenate", "HAsO4", -2, "arsenate");
    public static final Species H2ASO3 = ion("H2AsO3-", "dihydrogen arsenite", "H2AsO3", -1);
    public static final Species PFOA = ion("PFOA-", "perfluorooctanoate", "C8F15O2", -1, "PFOA",
            "perfluorooctanoic acid");
    public static final Species PFOS = ion("PFOS-", "perfluorooctanesulfonate", "C8F17SO3", -1, "PFOS",
            "perfluorooctane sulfonic acid", "perfluorooctanesulfonic acid");
    // neutral inorganic
    public static final Species CO2 = neutral("CO2", "carbon dioxide", "CO2");
    public static final Species BOH3 = neutral("B(OH)3", "boric acid", "B(OH)3", "H3BO3");
    public static final Species SIO2 = neutral("SiO2", "silica", "SiO2", "H4SiO4", "silicic acid");
    public static final Species H3ASO3 = neutral("H3AsO3", "arsenious acid", "H3AsO3", "As(OH)3", "arsenite");
    // neutral organic
    public static final Species SUCROSE = neutral("sucrose", "sucrose", "C12H22O11", "saccharose");
    public static final Species GLUCOSE = neutral("glucose", "glucose", "C6H12O6", "dextrose");
    public static final Species FRUCTOSE = neutral("fructose", "fructose", "C6H12O6");
    public static final Species LACTOSE = neutral("lactose", "lactose", "C12H22O11");
    public static final Species UREA = neutral("urea", "urea", "CH4N2O", "CO(NH2)2");
    public static final Species ETHANOL = neutral("ethanol", "ethanol", "C2H6O", "C2H5OH", "alcohol");
    // ideal particles given by osmolality
    public static final Species OSMOLYTE = new Species("osmolyte", "osmotically active particles", "",
            0, 0.0, Species.Kind.OSMOLYTE, List.of("osmoles"));

    private static final List<Species> ALL;
    private static final Map<String, Species> BY_NAME;

    static {
        final List<Species> all = new ArrayList<>();
        for (java.lang.reflect.Field f : SpeciesCatalog.class.getDeclaredFields()) {
            if (f.getType() == Species.class) {
                try {
                    all.add((Species) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        ALL = Collections.unmodifiableList(all);
        final Map<String, Species> byName = new LinkedHashMap<>();
        for (Species s : all) {
            byName.put(key(s.id()), s);
        }
        for (Species s : all) {
            // formula and names; ids win over aliases (e.g. "Fe" is Fe+2, the only iron species)
            byName.putIfAbsent(key(s.name()), s);
            if (!s.formula().isEmpty() && !s.formula().equals("C12H22O11") && !s.formula().equals("C6H12O6")) {
                byName.putIfAbsent(key(s.formula()), s);
            }
            for (String alias : s.aliases()) {
                byName.putIfAbsent(key(alias), s);
            }
            if (s.isIon()) {
                // "Ca2+", "SO4^2-", "SO42-" spellings
                final String sign = s.charge() > 0 ? "+" : "-";
                final int z = Math.abs(s.charge());
                byName.putIfAbsent(key(s.formula() + (z == 1 ? "" : String.valueOf(z)) + sign), s);
                byName.putIfAbsent(key(s.formula() + "^" + (z == 1 ? "" : String.valueOf(z)) + sign), s);
                byName.putIfAbsent(key(s.formula() + sign.repeat(z)), s);
            }
        }
        BY_NAME = byName;
    }

    private SpeciesCatalog() {
    }

    private static Species ion(final String id, final String name, final String formula, final int charge,
                               final String... aliases) {
        return new Species(id, name, formula, charge, AtomicWeights.molarMass(formula), Species.Kind.ION,
                List.of(aliases));
    }

    private static Species neutral(final String id, final String name, final String formula, final String... aliases) {
        return new Species(id, name, formula, 0, AtomicWeights.molarMass(formula), Species.Kind.NEUTRAL,
                List.of(aliases));
    }

    private static String key(final String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** @return every species known */
    public static List<Species> all() {
        return ALL;
    }

    /**
     * @param name an identifier, formula or name
     * @return the species, if known
     */
    public static Optional<Species> find(final String name) {
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /**
     * @param name an identifier, formula or name
     * @return the species
     * @throws PermeateException naming the known species if there is none of that name
     */
    public static Species get(final String name) {
        return find(name).orElseThrow(() -> new PermeateException(Message.UNKNOWN_SOLUTE, name,
                ALL.stream().map(Species::id).collect(Collectors.joining(", "))));
    }

    /**
     * Splits a salt formula into its ions, e.g. {@code CaCl2 → {Ca+2: 1, Cl-: 2}}; a neutral solute's
     * name gives that solute alone.
     *
     * @param formula a salt formula ("NaCl", "MgSO4", "(NH4)2SO4", "Ca(NO3)2") or a solute name
     * @return stoichiometric coefficients of each ion (or of the single neutral solute)
     */
    public static Map<Species, Integer> dissociate(final String formula) {
        final Optional<Species> direct = find(formula);
        if (direct.isPresent() && !direct.get().isIon()) {
            return Map.of(direct.get(), 1);
        }
        final String f = formula.strip();
        for (Species cation : cationsLongestFirst()) {
            for (String head : new String[] {"(" + cation.formula() + ")", cation.formula()}) {
                if (!f.startsWith(head)) {
                    continue;
                }
                int i = head.length();
                int j = i;
                while (j < f.length() && Character.isDigit(f.charAt(j))) {
                    j++;
                }
                final int nc = j == i ? 1 : Integer.parseInt(f.substring(i, j));
                final String rest = f.substring(j);
                final Optional<Map<Species, Integer>> salt = anionPart(cation, nc, rest);
                if (salt.isPresent()) {
                    return salt.get();
                }
            }
        }
        throw new PermeateException(Message.UNPARSABLE_SALT, formula,
                "expected a known cation followed by a known anion in neutral proportions (e.g. NaCl, CaCl2, Na2SO4), "
                        + "or one of: " + ALL.stream().filter(s -> !s.isIon()).map(Species::id)
                        .collect(Collectors.joining(", ")));
    }

    private static Optional<Map<Species, Integer>> anionPart(final Species cation, final int nc, final String rest) {
        for (Species anion : ALL) {
            if (!anion.isAnion()) {
                continue;
            }
            for (String head : new String[] {"(" + anion.formula() + ")", anion.formula()}) {
                if (!rest.startsWith(head)) {
                    continue;
                }
                final String tail = rest.substring(head.length());
                if (!tail.isEmpty() && !tail.matches("\\d+")) {
                    continue;
                }
                if (!tail.isEmpty() && !head.startsWith("(") && anion.formula().matches(".*\\d$")) {
                    continue; // "SO42" is ambiguous; write "(SO4)2"
                }
                final int na = tail.isEmpty() ? 1 : Integer.parseInt(tail);
                if (nc * cation.charge() + na * anion.charge() == 0) {
                    final Map<Species, Integer> ions = new LinkedHashMap<>();
                    ions.put(cation, nc);
                    ions.put(anion, na);
                    return Optional.of(ions);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Species> cationsLongestFirst() {
        return ALL.stream().filter(Species::isCation)
                .sorted((a, b) -> Integer.compare(b.formula().length(), a.formula().length()))
                .toList();
    }
}
