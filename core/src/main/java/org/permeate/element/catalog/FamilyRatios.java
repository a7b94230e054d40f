package org.permeate.element.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.element.PermeabilityRatios;
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
        try (InputStream in = FamilyRatios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                final String[] f = line.split(",", -1);
                byTable.computeIfAbsent(f[0].strip(), k -> new LinkedHashMap<>())
                        .put(SpeciesCatalog.get(f[1].strip()), Double.parseDouble(f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
