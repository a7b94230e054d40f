package org.permeate.io.project;

import java.nio.file.Path;
import java.util.List;

import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterAnalysisBuilder;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;

/**
 * A water analysis read from a file (YAML or JSON), in the form a project file's feed takes:
 * <pre>
 * water: "Na 420 mg/L, Ca 80 mg/L, Mg 25 mg/L, Cl 600 mg/L, SO4 250 mg/L, HCO3 180 mg/L, B 1 mg/L"
 * pH: 7.5
 * temperature: 20 C     # default 25 °C
 * </pre>
 * or a whole project file, whose first case's feed (or the named case's) is read. Amounts in
 * mg/L, ppm, mmol/L, meq/L or "mg/L as CaCO3" ({@link WaterAnalysisBuilder#addAll}). Mistakes
 * name their place in the file, with line and column.
 */
public final class AnalysisReader {

    private static final String[] KEYS = {"water", "pH", "temperature", "name", "description"};

    private AnalysisReader() {
    }

    /**
     * @param file     an analysis or project file
     * @param caseName for a project file, the case whose feed to read (null: the first)
     * @return the analysis
     * @throws PermeateException for a missing file and every mistake in it
     */
    public static WaterAnalysis read(final Path file, final String caseName) {
        final String source = file.toString();
        final boolean json = ProjectReader.isJson(file);
        final Located root = Located.root(source, TreeParser.parse(ProjectReader.text(file), source, json));
        Located feed = root;
        if (root.node() instanceof Node.MapNode m && m.entries().containsKey("cases")) {
            final List<Located> cases = root.section(ProjectReader.KEYS).required("cases", "a list of cases").list("case");
            Located chosen = null;
            for (Located c : cases) {
                final String name = c.section(CaseReader.KEYS).required("name", "the case's name").text("a name");
                if (caseName == null || caseName.equals(name)) {
                    chosen = c;
                    break;
                }
            }
            if (chosen == null) {
                throw root.error(org.permeate.errors.Message.UNKNOWN_CHOICE, "case", caseName,
                        "the names of the file's cases");
            }
            feed = chosen.section(CaseReader.KEYS).required("feed", "the case's feed water");
            return analysis(feed.section(CaseReader.FEED_KEYS));
        }
        return analysis(feed.section(KEYS));
    }

    private static WaterAnalysis analysis(final Section s) {
        final Located waterAt = s.required("water", "the analysis, e.g. \"Na 420 mg/L, Cl 600 mg/L, HCO3 180 mg/L\"");
        final WaterAnalysisBuilder b = WaterAnalysis.builder(waterAt.path());
        try {
            b.addAll(waterAt.text("a list of constituents and amounts"));
        } catch (PermeateException e) {
            throw waterAt.relocate(e);
        }
        final Located pHAt = s.required("pH", "the pH of the water, 0 to 14");
        b.pH(pHAt.number(0.0, 14.0));
        b.temperature(s.optional("temperature").map(t -> t.quantity(Dimension.TEMPERATURE)).orElse(298.15));
        try {
            return b.build();
        } catch (PermeateException e) {
            throw waterAt.relocate(e);
        }
    }
}
