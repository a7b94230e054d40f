package org.permeate.element.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.CsvLine;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Where each solute's permeability ratio in {@code permeability-ratios.csv} comes from: a
 * published rejection (sources PWG, V, FT-B, LF, CO2, AS3, PFAS: see the file's header), or a class
 * estimate — taken as a chemically similar ion (source ASM), or not in the table at all and given
 * the default of its kind (monovalent ion as chloride, multivalent as sulfate, neutral as silica).
 * Stateless; the table is read once.
 */
public final class PassageProvenance {

    private static final String RESOURCE = "/org/permeate/element/permeability-ratios.csv";
    /** Source key of a class estimate in the table. */
    private static final String CLASS_KEY = "ASM";
    /** table name -> species -> {source, note} */
    private static final Map<String, Map<Species, String[]>> ROWS = load();

    private PassageProvenance() {
    }

    /**
     * @param family  a membrane family
     * @param species a solute
     * @return a sentence saying what the solute's passage is taken as, if it is a class estimate;
     *         empty if it comes from a published value
     */
    public static Optional<String> classEstimate(final MembraneFamily family, final Species species) {
        final String[] row = ROWS.getOrDefault(table(family), Map.of()).get(species);
        if (row == null) {
            final String as = !species.isIon() ? "silica" : Math.abs(species.charge()) == 1 ? "chloride" : "sulfate";
            return Optional.of(species.id() + " is not in the " + family.id() + " permeability table: its passage is "
                    + "taken as that of " + as);
        }
        if (CLASS_KEY.equals(row[0])) {
            return Optional.of(species.id() + "'s passage through " + family.id() + " membranes is a class estimate, "
                    + "taken " + row[1] + "; no published rejection for it was found");
        }
        return Optional.empty();
    }

    /**
     * @param family a membrane family
     * @param feed   a feed composition
     * @return a {@link WarningKind#CLASS_ESTIMATE} warning for each solute present (molality &gt; 0)
     *         whose passage is a class estimate; H⁺ and OH⁻ are left out
     */
    public static List<ModelWarning> warnings(final MembraneFamily family, final Composition feed) {
        final List<ModelWarning> out = new ArrayList<>();
        for (int i = 0; i < feed.size(); i++) {
            final Species s = feed.species(i);
            if (feed.molality(i) <= 0 || s.equals(SpeciesCatalog.H) || s.equals(SpeciesCatalog.OH)) {
                continue;
            }
            classEstimate(family, s).ifPresent(text -> out.add(new ModelWarning(WarningKind.CLASS_ESTIMATE,
                    "permeability-ratios.csv", text)));
        }
        return out;
    }

    private static String table(final MembraneFamily family) {
        return switch (family) {
            case SEAWATER -> "seawater";
            case NANOFILTRATION -> "nanofiltration";
            default -> "ro";
        };
    }

    private static Map<String, Map<Species, String[]>> load() {
        final Map<String, Map<Species, String[]>> rows = new HashMap<>();
        for (CsvLine.Row row : CsvLine.resourceRows(PassageProvenance.class, RESOURCE)) {
            rows.computeIfAbsent(row.cell(0), k -> new HashMap<>()).put(SpeciesCatalog.get(row.cell(1)),
                    new String[] {row.cell(3), row.cell(4)});
        }
        return rows;
    }
}
