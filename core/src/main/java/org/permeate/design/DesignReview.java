package org.permeate.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.permeate.element.ElementResult;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassResult;
import org.permeate.flowsheet.StageResult;
import org.permeate.flowsheet.SystemResult;
import org.permeate.measure.Units;
import org.permeate.properties.PropertyPackage;

/**
 * Holds a solved system to its elements' datasheet limits and to the makers' design guidelines
 * for its feed water ({@link DesignGuideline}); the first pass is judged by the system's feed
 * source, later passes as fed with RO permeate. Each breach is one warning naming the pass,
 * stage and element, the value and the limit, in metric and US units. The guidelines are written
 * for 4- and 8-inch elements; smaller ones (household 1812 to 3012, 2.5-inch) are held to their
 * datasheet limits only. Stateless.
 */
public final class DesignReview {

    private static final double LMH = 1e-3 / 3600.0;
    private static final double GFD = Units.US_GALLON / (Units.FOOT * Units.FOOT) / Units.DAY;
    private static final double M3H = 1.0 / 3600.0;
    private static final double GPM = Units.US_GALLON / 60.0;
    /** Elements of 6 inches and more are judged by the 8-inch rows, smaller ones by the 4-inch rows. */
    private static final double LARGE_ELEMENT = 6 * Units.INCH;
    /** Below 3.5 inches (household 1812–3012 and 2521/2540 elements) the guidelines do not apply. */
    private static final double INDUSTRIAL_ELEMENT = 3.5 * Units.INCH;

    private DesignReview() {
    }

    /**
     * @param result a solved system
     * @return every limit and guideline it breaks, without repeats
     */
    public static List<ModelWarning> check(final SystemResult result) {
        final LinkedHashSet<ModelWarning> w = new LinkedHashSet<>();
        final PropertyPackage properties = result.design().options().properties();
        for (PassResult pass : result.passes()) {
            final FeedSource source = pass.index() == 0 ? result.design().feed().source() : FeedSource.RO_PERMEATE;
            final DesignGuideline g = DesignGuideline.of(source);
            final String passName = result.passes().size() > 1 ? "pass " + (pass.index() + 1) + ", " : "";
            if (pass.averageFlux() > g.designFluxMax()) {
                w.add(guideline(g, String.format(Locale.ROOT, "%saverage flux %s is above the guideline's %s",
                        passName, flux(pass.averageFlux()), flux(g.designFluxMax()))));
            }
            for (StageResult stage : pass.stages()) {
                final String where = passName + "stage " + (stage.index() + 1);
                final int vessels = stage.design().vessels();
                final double diameter = stage.design().elements().get(0).diameter();
                final boolean large = diameter == 0 || diameter >= LARGE_ELEMENT;
                final boolean industrial = diameter == 0 || diameter >= INDUSTRIAL_ELEMENT;
                final double maxFeed = large ? g.maxFeedFlow8() : g.maxFeedFlow4();
                final double minConcentrate = large ? g.minConcentrateFlow8() : g.minConcentrateFlow4();
                final double feedPerVessel = stage.feedFlow() / vessels;
                final double concentratePerVessel = stage.concentrateFlow() / vessels;
                if (!industrial) {
                    // household and small elements: the guidelines are written for 4- and 8-inch
                    // elements; only each element's own datasheet limits apply
                    for (int e = 0; e < stage.vessel().elements().size(); e++) {
                        final InstalledElement installed = stage.design().elements().get(e);
                        w.addAll(installed.limits().check(where + ", element " + (e + 1) + " (" + installed.model()
                                + ")", stage.vessel().elements().get(e)));
                    }
                    continue;
                }
                if (feedPerVessel > maxFeed) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s: feed flow per vessel %s is above the "
                            + "guideline's %s", where, flow(feedPerVessel), flow(maxFeed))));
                }
                if (concentratePerVessel < minConcentrate) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s: concentrate flow per vessel %s is below the "
                            + "guideline's %s", where, flow(concentratePerVessel), flow(minConcentrate))));
                }
                if (stage.pressureDrop() > g.maxVesselPressureDrop()) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s: pressure drop per vessel %s is above the "
                            + "guideline's %s", where, pressure(stage.pressureDrop()), pressure(g.maxVesselPressureDrop()))));
                }
                final List<ElementResult> elements = stage.vessel().elements();
                final Breach flux = new Breach();
                final Breach recovery = new Breach();
                final Breach beta = new Breach();
                final Breach drop = new Breach();
                for (int e = 0; e < elements.size(); e++) {
                    final ElementResult r = elements.get(e);
                    final InstalledElement installed = stage.design().elements().get(e);
                    w.addAll(installed.limits().check(where + ", element " + (e + 1) + " (" + installed.model() + ")", r));
                    final double rhoP = properties.density().massDensity(r.permeate().solution());
                    flux.check(e, r.permeate().volumetricFlow(rhoP) / r.element().geometry().area(), g.maxElementFlux());
                    recovery.check(e, r.recovery(), g.maxElementRecovery());
                    beta.check(e, r.maxPolarization(), g.maxBeta());
                    drop.check(e, r.pressureDrop(), g.maxElementPressureDrop());
                }
                final List<InstalledElement> installed = stage.design().elements();
                if (flux.any()) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s, %s: flux up to %s is above the guideline's %s",
                            where, flux.elements(installed), flux(flux.worst), flux(g.maxElementFlux()))));
                }
                if (recovery.any()) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s, %s: recovery up to %.1f %% is above the "
                            + "guideline's %.0f %%", where, recovery.elements(installed), 100 * recovery.worst,
                            100 * g.maxElementRecovery())));
                }
                if (beta.any()) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s, %s: concentration polarisation β up to %.3f "
                            + "is above %.2f", where, beta.elements(installed), beta.worst, g.maxBeta())));
                }
                if (drop.any()) {
                    w.add(guideline(g, String.format(Locale.ROOT, "%s, %s: pressure drop up to %s is above the "
                            + "guideline's %s per element", where, drop.elements(installed), pressure(drop.worst),
                            pressure(g.maxElementPressureDrop()))));
                }
            }
        }
        return new ArrayList<>(w);
    }

    /** The elements of one vessel over one limit, and the worst value. */
    private static final class Breach {
        private final List<Integer> positions = new ArrayList<>();
        private double worst = Double.NEGATIVE_INFINITY;

        void check(final int position, final double value, final double limit) {
            if (value > limit) {
                positions.add(position);
                worst = Math.max(worst, value);
            }
        }

        boolean any() {
            return !positions.isEmpty();
        }

        /** @return "element 3 (BW30-400)" or "elements 2–6 (BW30-400)" or "elements 1, 3 (A, B)" */
        String elements(final List<InstalledElement> installed) {
            final java.util.Set<String> models = new java.util.LinkedHashSet<>();
            positions.forEach(p -> models.add(installed.get(p).model()));
            final int first = positions.get(0);
            final int last = positions.get(positions.size() - 1);
            final String which = positions.size() == 1 ? "element " + (first + 1)
                    : last - first + 1 == positions.size() ? "elements " + (first + 1) + "–" + (last + 1)
                    : "elements " + positions.stream().map(p -> String.valueOf(p + 1))
                            .collect(java.util.stream.Collectors.joining(", "));
            return which + " (" + String.join(", ", models) + ")";
        }
    }

    private static ModelWarning guideline(final DesignGuideline g, final String text) {
        return new ModelWarning(WarningKind.DESIGN_GUIDELINE, "design guideline for " + g.source().id() + " ("
                + g.reference() + ")", text + " for " + g.description());
    }

    private static String flux(final double v) {
        return String.format(Locale.ROOT, "%.1f LMH (%.1f gfd)", v / LMH, v / GFD);
    }

    private static String flow(final double v) {
        return String.format(Locale.ROOT, "%.2f m³/h (%.1f gpm)", v / M3H, v / GPM);
    }

    private static String pressure(final double v) {
        return String.format(Locale.ROOT, "%.2f bar (%.1f psi)", v / 1e5, v / Units.PSI);
    }
}
