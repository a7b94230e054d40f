package org.permeate.design.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.permeate.chemistry.Constituent;
import org.permeate.chemistry.TraceSpeciation;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.MembraneFamily;
import org.permeate.element.catalog.PassageProvenance;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Unit;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;

/**
 * Feed water against product water, parameter by parameter: the compliance table a household RO
 * report prints. The product is what the membrane model computed (an element's permeate, or the
 * water a day of draws delivered); it is turned back into an analysis by summing species into
 * constituents ({@link TraceSpeciation#totals}), its pH solved from its carbon and alkalinity
 * ({@link WaterChemistry#of}; not assessed when that fails), and both waters are checked with
 * {@link Compliance}.
 *
 * <p>The warnings name every solute in the product whose membrane passage is a class estimate
 * ({@link PassageProvenance}), and the product's chemistry if it could not be computed. The
 * table assumes an intact membrane and seals: {@link #INTEGRITY_CAVEAT}.
 *
 * @param standard the standard checked
 * @param lines    one per limit: the feed's row and the product's row
 * @param minerals what neither authority limits but a buyer asks about (sodium, potassium, calcium,
 *                 magnesium, total hardness), feed and product, for those the feed analysis gives
 * @param warnings class estimates and chemistry not computed
 */
public record ProductCompliance(Standard standard, List<Line> lines, List<Mineral> minerals,
                                List<ModelWarning> warnings) {

    /** What every product-water verdict assumes. */
    public static final String INTEGRITY_CAVEAT = "Product values assume an intact membrane and o-ring seals and a "
            + "membrane as rejecting as the model's; a torn or bypassed element, a worn seal or an aged membrane "
            + "passes more, so a pass here is no substitute for testing the water at the tap.";

    public ProductCompliance {
        lines = List.copyOf(lines);
        minerals = List.copyOf(minerals);
        warnings = List.copyOf(warnings);
    }

    /**
     * A mineral with no limit in the table, before and after.
     *
     * @param name    "sodium", "total hardness"...
     * @param feed    the feed's amount, SI: kg/m³ for an ion, eq/m³ for hardness
     * @param product the product's amount, same unit
     * @param unit    the unit to print it in (mg/L; mg/L as CaCO3 for hardness)
     */
    public record Mineral(String name, double feed, double product, Unit unit) {
    }

    private static List<Mineral> minerals(final WaterAnalysis feed, final WaterAnalysis product) {
        final List<Mineral> out = new ArrayList<>();
        for (Constituent c : List.of(Constituent.NA, Constituent.K, Constituent.CA, Constituent.MG)) {
            if (feed.gives(c)) {
                out.add(new Mineral(c.aliases().get(0), feed.massConcentration(c), product.massConcentration(c),
                        Units.MG_PER_L));
            }
        }
        if (feed.gives(Constituent.CA) || feed.gives(Constituent.MG)) {
            // Standard Methods 2340: Ca + Mg expressed as CaCO3; WHO and EPA set no limit for it
            out.add(new Mineral("total hardness", feed.totalHardness(false), product.totalHardness(false),
                    Units.MG_PER_L_AS_CACO3));
        }
        return out;
    }

    /**
     * One parameter, before and after.
     *
     * @param limit   the limit
     * @param feed    the feed water's row
     * @param product the product water's row
     */
    public record Line(DrinkingWaterLimit limit, ComplianceRow feed, ComplianceRow product) {
    }

    /**
     * @param feed     the feed (tap) water analysis, with its trace contaminants
     * @param result   the element solved on that feed ({@link TraceSpeciation#membraneFeed} gives its composition)
     * @param family   the element's membrane family (for which passages are class estimates)
     * @param standard WHO, EPA or both
     * @return the table
     */
    public static ProductCompliance of(final WaterAnalysis feed, final ElementResult result,
                                       final MembraneFamily family, final Standard standard) {
        if (result == null) {
            throw new PermeateException(Message.MISSING, "element result", "the solved element whose permeate is checked");
        }
        return of(feed, result.permeate().composition(), result.permeate().temperature(), family, standard);
    }

    /**
     * @param feed        the feed (tap) water analysis
     * @param product     the product water's composition as the membrane model carries it, mol/kg
     * @param temperature the product's temperature, K
     * @param family      the membrane family
     * @param standard    WHO, EPA or both
     * @return the table
     */
    public static ProductCompliance of(final WaterAnalysis feed, final Composition product, final double temperature,
                                       final MembraneFamily family, final Standard standard) {
        if (feed == null || product == null || family == null || standard == null) {
            throw new PermeateException(Message.MISSING, "product compliance",
                    "a feed analysis, a product composition, a membrane family and a standard");
        }
        final List<ModelWarning> warnings = new ArrayList<>();
        double pH = feed.pH();
        boolean phKnown;
        try {
            pH = WaterChemistry.of(product, temperature).pH();
            phKnown = true;
        } catch (PermeateException e) {
            phKnown = false;
            warnings.add(new ModelWarning(WarningKind.CHEMISTRY_NOT_COMPUTED, "speciation",
                    "the product's pH could not be computed: " + e.getMessage()));
        }
        final WaterAnalysis out = TraceSpeciation.analysisOf(product, pH, temperature, feed.density());
        final Compliance.Report before = Compliance.check(feed, standard);
        final Compliance.Report after = Compliance.check(out, standard, phKnown);
        final List<Line> lines = new ArrayList<>();
        for (int i = 0; i < before.rows().size(); i++) {
            lines.add(new Line(before.rows().get(i).limit(), before.rows().get(i), after.rows().get(i)));
        }
        final Set<String> seen = new LinkedHashSet<>();
        for (ModelWarning w : PassageProvenance.warnings(family, product)) {
            if (seen.add(w.message())) {
                warnings.add(w);
            }
        }
        return new ProductCompliance(standard, lines, minerals(feed, out), warnings);
    }

    /**
     * @param authority an authority
     * @param parameter a parameter
     * @return that line
     */
    public Line line(final Authority authority, final Parameter parameter) {
        return lines.stream().filter(l -> l.limit().authority() == authority && l.limit().parameter() == parameter)
                .findFirst().orElseThrow(() -> new PermeateException(Message.UNKNOWN_CHOICE, "compliance line",
                        authority + " " + parameter.id(), "the lines of " + standard.id()));
    }
}
