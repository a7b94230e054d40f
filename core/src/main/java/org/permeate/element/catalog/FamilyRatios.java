package org.permeate.element.catalog;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.element.PermeabilityRatios;
import org.permeate.properties.CsvLine;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The default solute permeability ratios of each membrane family, from
 * {@code permeability-ratios.csv} (sources in its header).
 */
public final class FamilyRatios {

    private static final Map<MembraneFamily, PermeabilityRatios> RATIOS = load();

    private FamilyRatios() {
    }

    /**
     * @param family a membrane family
     * @return its permeability ratios
     */
    public static PermeabilityRatios of(final MembraneFamily family) {
        return RATIOS.get(family);
    }

    private static Map<MembraneFamily, PermeabilityRatios> load() {
        final Map<String, Map<Species, Double>> byTable = new LinkedHashMap<>();
        final String resource = "/org/permeate/element/permeability-ratios.csv";
        for (CsvLine.Row row : CsvLine.resourceRows(FamilyRatios.class, resource)) {
            byTable.computeIfAbsent(row.cell(0), k -> new LinkedHashMap<>())
                    .put(SpeciesCatalog.get(row.cell(1)), Double.parseDouble(row.cell(2)));
        }
        final String src = "permeability-ratios.csv (Pure Water Gazette typical TFC rejections; Voutchkov 2013; "
                + "FilmTec boron data; Levchenko & Freger 2016)";
        final PermeabilityRatios ro = table("ro", byTable.get("ro"), src);
        final PermeabilityRatios sw = table("seawater", byTable.get("seawater"), src);
        final PermeabilityRatios nf = table("nanofiltration", byTable.get("nanofiltration"), src);
        final Map<MembraneFamily, PermeabilityRatios> map = new EnumMap<>(MembraneFamily.class);
        for (MembraneFamily f : MembraneFamily.values()) {
            map.put(f, switch (f) {
                case SEAWATER -> sw;
                case NANOFILTRATION -> nf;
                default -> ro;
            });
        }
        return map;
    }

    private static PermeabilityRatios table(final String family, final Map<Species, Double> ratios, final String src) {
        if (ratios == null) {
            throw new IllegalStateException("no permeability ratios for " + family);
        }
        // defaults for species the table does not name: monovalent ions as chloride, multivalent as sulfate,
        // neutral solutes (sugars, urea...) as silica
        return new PermeabilityRatios(family, ratios, 1.0, ratios.getOrDefault(SpeciesCatalog.SO4, 0.18),
                ratios.getOrDefault(SpeciesCatalog.SIO2, 1.0), src);
    }
}
