package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.CsvLine;

/**
 * Named water analyses to start a design from, with their sources, read from the resource
 * {@code typical-water-presets.csv} of this package (which names the source of every row):
 * <ul>
 *   <li>{@code seawater} — Nordstrom et al. (1979) seawater as in PHREEQC example 1 (complete,
 *       with alkalinity, pH 8.22, 25 °C);</li>
 *   <li>{@code seawater-carlsbad}, {@code seawater-tampa-bay}, {@code seawater-ashkelon} — the
 *       Pacific, Gulf of Mexico and Mediterranean seawaters of WaterTAP's case studies (no
 *       alkalinity; pH 7 as printed);</li>
 *   <li>{@code brackish-el-paso}, {@code brackish-el-paso-high} — brackish groundwater of the Kay
 *       Bailey Hutchison desalination plant (average and high);</li>
 *   <li>{@code wastewater-reuse-hampton-roads} — municipal secondary effluent for reuse, Hampton
 *       Roads Sanitation District (no alkalinity);</li>
 *   <li>{@code black-sea} — Black Sea water of PHREEQC example 17 (no carbonate).</li>
 * </ul>
 * Where a source gives no temperature, 25 °C is assumed and said so in the preset's notes. None of
 * the analyses is balanced here; balance them with {@link WaterAnalysis#balance}.
 *
 * <p>Not available (looked for, not found with numbers): the FilmTec/DuPont "standard seawater",
 * a municipal tap-water report, a river or lake (surface) water with its full ions, the Orange
 * County GWRS RO feed.
 */
public final class TypicalWaters {

    private static final String RESOURCE = "typical-water-presets.csv";

    /**
     * One named analysis.
     *
     * @param name     the name users type, e.g. {@code "brackish-el-paso"}
     * @param title    one line for people
     * @param sources  the source keys of its rows, as explained in the resource file's comments
     * @param notes    what was left out or assumed
     * @param analysis the analysis
     */
    public record Preset(String name, String title, List<String> sources, List<String> notes, WaterAnalysis analysis) {
        public Preset {
            sources = List.copyOf(sources);
            notes = List.copyOf(notes);
        }
    }

    private static final class Holder {
        static final Map<String, Preset> PRESETS = load();
    }

    private TypicalWaters() {
    }

    /** @return the preset names, in file order */
    public static List<String> names() {
        return List.copyOf(Holder.PRESETS.keySet());
    }

    /** @return every preset, in file order */
    public static List<Preset> all() {
        return List.copyOf(Holder.PRESETS.values());
    }

    /**
     * @param name a preset name (case-insensitive)
     * @return the preset
     * @throws PermeateException naming the known presets if there is none of that name
     */
    public static Preset get(final String name) {
        final Preset p = Holder.PRESETS.get(name.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "typical water", name, String.join(", ", names()));
        }
        return p;
    }

    /**
     * @param name a preset name
     * @return its analysis
     */
    public static WaterAnalysis analysis(final String name) {
        return get(name).analysis();
    }

    private record Row(String preset, String item, String value, String source, int line) {
    }

    private static Map<String, Preset> load() {
        final List<Row> rows = read();
        final Map<String, List<Row>> byPreset = new LinkedHashMap<>();
        for (Row r : rows) {
            byPreset.computeIfAbsent(r.preset(), k -> new ArrayList<>()).add(r);
        }
        final Map<String, Preset> presets = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> e : byPreset.entrySet()) {
            final String name = e.getKey();
            final WaterAnalysisBuilder b = WaterAnalysis.builder("typical water " + name);
            String title = name;
            final List<String> notes = new ArrayList<>();
            final List<String> sources = new ArrayList<>();
            for (Row r : e.getValue()) {
                if (!sources.contains(r.source())) {
                    sources.add(r.source());
                }
                switch (r.item()) {
                    case "title" -> title = r.value();
                    case "note" -> notes.add(r.value());
                    default -> {
                        try {
                            b.add(r.item(), r.value());
                        } catch (PermeateException ex) {
                            throw ex.at(InputLocation.field(RESOURCE + " line " + r.line()));
                        }
                    }
                }
            }
            presets.put(name.toLowerCase(Locale.ROOT), new Preset(name, title, sources, notes, b.build()));
        }
        return Collections.unmodifiableMap(presets);
    }

    private static List<Row> read() {
        final List<Row> rows = new ArrayList<>();
        for (CsvLine.Row row : CsvLine.resourceRows(TypicalWaters.class, RESOURCE)) {
            final List<String> cells = row.cells();
            if (cells.size() != 4) {
                throw new IllegalStateException(RESOURCE + " line " + row.number() + ": expected 4 cells, got " + cells);
            }
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), row.number()));
        }
        return rows;
    }

}
