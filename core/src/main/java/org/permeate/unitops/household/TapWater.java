package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.List;

import org.permeate.chemistry.Minerals;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;

/**
 * What comes out of the faucet: the water drawn from the tank over a simulated day (its mean
 * composition, drawn solute over drawn water), after the post-filters. The post-carbon polishes
 * taste and odour and changes no ion here; a {@link Remineralizer} adds calcium and alkalinity;
 * a {@link UvReactor} at the faucet flow adds log inactivation to the membrane's log removal.
 *
 * @param composition           mean composition at the tap, mol/kg, as the membrane model carries it
 * @param pH                    pH (closed-system speciation of that composition)
 * @param totalDissolvedSolids  TDS, kg/m³ (= g/L; × 1000 for mg/L)
 * @param calciteSaturationIndex calcite saturation index, log IAP/K (the thermodynamic LSI;
 *                              −∞ without calcium or carbonate)
 * @param logRemoval            membrane plus UV, per microbial class
 * @param purifier              whether {@code logRemoval} reaches the EPA (1987) purifier's 6/4/3 log
 * @param uv                    the UV reactor's result, or null without one
 * @param remineralization      the remineralizer's result, or null without one
 * @param warnings              warnings of the post-treatment models
 */
public record TapWater(Composition composition, double pH, double totalDissolvedSolids,
                       double calciteSaturationIndex, LogRemoval logRemoval, boolean purifier, UvReactor.Result uv,
                       Remineralizer.Result remineralization, List<ModelWarning> warnings) {

    public TapWater {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param day          the simulated day (draws must have delivered water)
     * @param temperature  water temperature, K
     * @param density      density model for TDS in kg/m³
     * @param membrane     the membrane's log removal, e.g. {@link LogRemoval#RO_CREDITED}
     * @param remineralizer the remineralization cartridge, or null
     * @param uv           the UV reactor at the faucet, or null
     * @param faucetFlow   the flow while drawing, m³/s, &gt; 0 (sets the UV fluence and the
     *                     remineralizer's contact time)
     * @param transmittance UV transmittance of the product water over 1 cm, fraction (RO
     *                     permeate: close to 1; used only with a UV reactor)
     * @return the tap water
     */
    public static TapWater of(final DayResult day, final double temperature, final DensityModel density,
                              final LogRemoval membrane, final Remineralizer remineralizer, final UvReactor uv,
                              final double faucetFlow, final double transmittance) {
        Checks.positive("faucet flow", faucetFlow);
        if (!(day.drawnWater() > 0)) {
            throw new PermeateException(Message.INFEASIBLE, "tap water", "this day",
                    "no water was drawn from the tank");
        }
        final double[] drawn = day.drawnSolute();
        final double[] m = new double[drawn.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = drawn[i] / day.drawnWater();
        }
        Composition c = day.species().withMolalities(m);
        final List<ModelWarning> w = new ArrayList<>();
        Remineralizer.Result remin = null;
        if (remineralizer != null) {
            remin = remineralizer.treat(c, temperature, faucetFlow);
            c = remin.composition();
            w.addAll(remin.warnings());
        }
        final Speciated s = WaterChemistry.of(c, temperature);
        final double si = Minerals.CALCITE.saturationIndex(s).orElse(Double.NEGATIVE_INFINITY);
        LogRemoval logs = membrane;
        UvReactor.Result uvResult = null;
        if (uv != null) {
            uvResult = uv.treat(faucetFlow, transmittance);
            logs = logs.plus(LogRemoval.of(uvResult));
            w.addAll(uvResult.warnings());
        }
        final boolean purifier = logs.meets(LogRemoval.EPA_PURIFIER);
        if (!purifier) {
            w.add(new ModelWarning(WarningKind.DESIGN_GUIDELINE, "US EPA Guide Standard (1987)",
                    "the train's log removal (bacteria " + round(logs.bacteria()) + ", viruses "
                            + round(logs.viruses()) + ", cysts " + round(logs.cysts())
                            + ") does not reach a microbiological purifier's 6 / 4 / 3 log"));
        }
        final double tds = new ConcentrationConverter(density).totalDissolvedSolids(
                new Solution(c, temperature, BladderTank.ATMOSPHERE));
        return new TapWater(c, s.pH(), tds, si, logs, purifier, uvResult, remin, w);
    }

    private static String round(final double x) {
        return String.valueOf(Math.round(x * 10) / 10.0);
    }
}
