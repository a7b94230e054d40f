package org.permeate.properties;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.neutral.NeutralSolutes;
import org.permeate.properties.pitzer.Pitzer;
import org.permeate.properties.species.Species;

/**
 * Electrolytes and neutral solutes together: the Pitzer model for the ions (and CO2, B(OH)3,
 * which have Pitzer interaction parameters), the neutral-solute model for sugars, urea, ethanol,
 * silica and osmolytes.
 *
 * <p>Mixing rule: the contributions to the water activity add,
 * \( \ln a_w = -M_w\,[\,\phi_{el}\sum_{el} m_i + \sum_k \phi_k(m_k)\,m_k\,] \), each part evaluated
 * at its own molalities, and each solute keeps the activity coefficient its own model gives. This
 * neglects the interactions between ions and the neutral solutes of the second model (e.g. the
 * salting-out of sucrose by NaCl), which is thermodynamically consistent (it is the excess Gibbs
 * energy of the two parts added) and exact when either part is absent; its error grows with the
 * product of the two concentrations (for milk ultrafiltrate-like mixtures, of order 1 % in φ).
 *
 * <p>π = −RT ln a_w / V_w, V_w from the pure-water model.
 */
public final class MixedSolutionModel implements ActivityModel {

    private final Pitzer electrolytes;
    private final NeutralSolutes neutrals;
    private final WaterModel water;

    /**
     * @param electrolytes the ion model
     * @param neutrals     the neutral-solute model
     * @param water        pure-water model for V_w
     */
    public MixedSolutionModel(final Pitzer electrolytes, final NeutralSolutes neutrals, final WaterModel water) {
        this.electrolytes = electrolytes;
        this.neutrals = neutrals;
        this.water = water;
    }

    @Override
    public String name() {
        return electrolytes.name() + "+" + neutrals.name();
    }

    @Override
    public String source() {
        return electrolytes.source() + "; neutral solutes: " + neutrals.source();
    }

    @Override
    public boolean supports(final Species species) {
        return electrolytes.supports(species) || neutrals.supports(species);
    }

    private boolean byNeutralModel(final Species s) {
        return !electrolytes.supports(s) && neutrals.supports(s);
    }

    private Composition neutralPart(final Composition c) {
        boolean any = false;
        boolean all = true;
        for (int i = 0; i < c.size(); i++) {
            final boolean n = byNeutralModel(c.species(i));
            any |= n;
            all &= n;
        }
        if (!any) {
            return Composition.pureWater();
        }
        if (all) {
            return c;
        }
        final Composition.Builder b = Composition.builder();
        for (int i = 0; i < c.size(); i++) {
            if (byNeutralModel(c.species(i))) {
                b.add(c.species(i), c.molality(i));
            }
        }
        return b.build();
    }

    private void requireSupported(final Composition c) {
        for (int i = 0; i < c.size(); i++) {
            if (!supports(c.species(i))) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, name(), c.species(i).id(),
                        "ions, CO2, B(OH)3 and the neutral solutes of " + neutrals.name());
            }
        }
    }

    /**
     * @param solution the state
     * @return φ Σ m over every species, mol/kg
     */
    public double osmoticSum(final Solution solution) {
        final Composition c = solution.composition();
        requireSupported(c);
        return electrolytes.osmoticSum(solution, null) + neutrals.osmoticSum(neutralPart(c), solution.temperature());
    }

    @Override
    public double osmoticCoefficient(final Solution solution) {
        final double total = solution.composition().totalMolality();
        return total > 0 ? osmoticSum(solution) / total : 1.0;
    }

    @Override
    public double lnWaterActivity(final Solution solution) {
        return -PhysicalConstants.WATER_MOLAR_MASS * osmoticSum(solution);
    }

    @Override
    public double osmoticPressure(final Solution solution) {
        return OsmoticModel.fromWaterActivity(lnWaterActivity(solution), solution.temperature(),
                water.molarVolume(solution.temperature(), solution.pressure()));
    }

    @Override
    public double[] lnActivityCoefficients(final Solution solution) {
        return activityState(solution).lnActivityCoefficient();
    }

    @Override
    public ActivityState activityState(final Solution solution) {
        final Composition c = solution.composition();
        requireSupported(c);
        final double[] lnGamma = new double[c.size()];
        final double sumEl = electrolytes.osmoticSum(solution, lnGamma);
        final Composition n = neutralPart(c);
        for (int i = 0; i < c.size(); i++) {
            if (byNeutralModel(c.species(i))) {
                lnGamma[i] = neutrals.lnActivityCoefficient(c.species(i), n, solution.temperature());
            }
        }
        final double sum = sumEl + neutrals.osmoticSum(n, solution.temperature());
        final double total = c.totalMolality();
        return new ActivityState(total > 0 ? sum / total : 1.0, -PhysicalConstants.WATER_MOLAR_MASS * sum, lnGamma);
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> warnings = new ArrayList<>();
        for (ModelWarning w : electrolytes.warnings(solution)) {
            if (w.kind() != WarningKind.SOLUTE_NOT_IN_MODEL) {
                warnings.add(w);
            }
        }
        warnings.addAll(neutrals.warnings(neutralPart(solution.composition()), solution.temperature()));
        return warnings;
    }
}
