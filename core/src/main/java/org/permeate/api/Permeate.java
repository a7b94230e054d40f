package org.permeate.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.permeate.design.DesignReview;
import org.permeate.design.WaterQuality;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.errors.ModelWarning;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.flowsheet.SystemResult;
import org.permeate.flowsheet.SystemSolver;

/**
 * The small stable entry point for scripts: elements from the catalog, projections of systems.
 *
 * <pre>{@code
 * InstalledElement bw = Permeate.element("BW30-400");
 * SystemDesign design = new SystemDesign("well", feed, List.of(PassDesign.of(
 *         List.of(StageDesign.of(4, Collections.nCopies(6, bw)), StageDesign.of(2, Collections.nCopies(6, bw))),
 *         new Pump(0.8, 0.95), new EnergyRecovery.None(), PressureSpec.Recovery.volumetric(0.75))),
 *         0.0, MembraneCondition.NEW, ElementOptions.defaults());
 * Projection p = Permeate.project(design);
 * double sec = p.result().energy().specificEnergy();   // J/m³
 * }</pre>
 */
public final class Permeate {

    private Permeate() {
    }

    /**
     * @param model a model of the shipped catalog (e.g. "SW30HRLE-400")
     * @return the element calibrated to its datasheet with the default physics, with its limits
     */
    public static InstalledElement element(final String model) {
        return element(Catalog.SHIPPED, model, Catalog.DEFAULT_OPTIONS);
    }

    /**
     * @param catalog a catalog (the shipped one, or one with the user's own elements)
     * @param model   a model in it
     * @param options the physics the element will be computed with (it is calibrated with the same)
     * @return the element calibrated to its datasheet, with its limits and size
     */
    public static InstalledElement element(final Catalog catalog, final String model, final ElementOptions options) {
        final ElementSpec spec = catalog.get(model);
        return new InstalledElement(catalog.calibrated(spec, options).element(), spec.limits(), spec.size().diameter());
    }

    /**
     * @param design a system
     * @return its projection: the solved system, its streams' chemistry and every warning
     */
    public static Projection project(final SystemDesign design) {
        final SystemResult r = SystemSolver.solve(design);
        final LinkedHashSet<ModelWarning> w = new LinkedHashSet<>(r.warnings());
        w.addAll(DesignReview.check(r));
        final WaterQuality.Review chemistry = WaterQuality.of(r);
        w.addAll(chemistry.warnings());
        return new Projection(r, chemistry, new ArrayList<>(w));
    }

    /**
     * The same design over the membranes' life: at each age, the membranes' water permeability
     * and solute passage follow the design's condition (fouling factor, flux decline and salt
     * passage increase per year).
     *
     * @param design a system
     * @param years  ages to project, years (e.g. 0 and 5)
     * @return one projection per age, in the order given
     */
    public static List<Projection> overLife(final SystemDesign design, final double... years) {
        final List<Projection> out = new ArrayList<>();
        final MembraneCondition c = design.condition();
        for (double y : years) {
            out.add(project(design.withCondition(new MembraneCondition(c.foulingFactor(), y, c.fluxDecline(),
                    c.saltPassageIncrease()))));
        }
        return out;
    }
}
