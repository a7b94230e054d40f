package org.permeate.properties.diffusion;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.DiffusivityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.WaterModel;
import org.permeate.properties.species.Species;

/**
 * Diffusivities at infinite dilution: every tracer diffusivity is its value at infinite dilution
 * ({@link InfiniteDilutionDiffusivities}), and the salt diffusivity is the Nernst–Hartley limiting
 * value of the salt, or for a mixture the average of {@code SaltDiffusivityAverage}; both scaled to
 * the solution's temperature by {@link StokesEinsteinScaling}.
 *
 * <p>References: Nernst, W. (1888) "Zur Kinetik der in Lösung befindlichen Körper", Z. Phys. Chem. 2,
 * 613–637; Hartley, G.S. (1931) "Theory of the velocity of diffusion of strong electrolytes in dilute
 * solution", Phil. Mag. 12, 473–488; Robinson, R.A. &amp; Stokes, R.H. (1959) Electrolyte Solutions,
 * 2nd ed., Butterworths, ch. 11.
 *
 * <p>Concentration is ignored: the model is exact only in the limit of zero concentration. Against
 * the NaCl data of Rard &amp; Miller (1979) it is high by 7–9.2 % between 0.05 and 1.5 mol/kg and by
 * 1–7 % from 2 to 6 mol/kg (see the tests), where the rising activity factor and the rising
 * viscosity partly cancel. Use {@link GordonDiffusivity} for concentrated brines.
 *
 * <p>Stateless apart from its immutable water model; thread-safe; no allocation in
 * {@link #diffusivity} and {@link #saltDiffusivity}.
 */
public final class NernstHartleyDiffusivity implements DiffusivityModel {

    /** The stable name used in project files. */
    public static final String NAME = "nernst-hartley";

    private final StokesEinsteinScaling scaling;

    /**
     * @param water pure-water model for the temperature scaling
     */
    public NernstHartleyDiffusivity(final WaterModel water) {
        this.scaling = new StokesEinsteinScaling(water);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the references of the model */
    public String source() {
        return "Nernst (1888) Z. Phys. Chem. 2, 613; Hartley (1931) Phil. Mag. 12, 473; tracer diffusivities "
                + "from the CRC Handbook (Vanysek) and Ribeiro et al. (2006) J. Chem. Eng. Data 51, 1836; "
                + "Stokes-Einstein temperature scaling";
    }

    /**
     * @param solution the state (only its temperature and pressure are used)
     * @param species  a species covered by {@link InfiniteDilutionDiffusivities}
     * @return its tracer diffusion coefficient at infinite dilution at the solution's temperature, m²/s
     * @throws org.permeate.errors.PermeateException if the species is not tabulated
     */
    @Override
    public double diffusivity(final Solution solution, final Species species) {
        final int k = InfiniteDilutionDiffusivities.indexOf(species);
        if (k < 0) {
            throw InfiniteDilutionDiffusivities.notCovered(NAME, species);
        }
        return InfiniteDilutionDiffusivities.at25C(k) * scaling.factor(solution.temperature(), solution.pressure());
    }

    /**
     * @param solution the state
     * @return the limiting salt diffusivity of its composition at its temperature, m²/s
     * @throws org.permeate.errors.PermeateException if no solute of the solution is tabulated
     */
    @Override
    public double saltDiffusivity(final Solution solution) {
        return SaltDiffusivityAverage.at25C(solution.composition())
                * scaling.factor(solution.temperature(), solution.pressure());
    }

    /**
     * @param solution the state
     * @return temperature outside 0–100 °C; solutes left out; the generic osmolyte value in use;
     *         the water model's own warnings
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> out = new ArrayList<>(scaling.warnings(solution.temperature(), solution.pressure()));
        addCompositionWarnings(NAME, solution.composition(), out);
        return out;
    }

    /**
     * Warnings about the species of a composition, shared with {@link GordonDiffusivity}.
     *
     * @param model the model name shown to the user
     * @param c     the composition
     * @param out   the list to add to
     */
    static void addCompositionWarnings(final String model, final Composition c, final List<ModelWarning> out) {
        final Species missing = SaltDiffusivityAverage.firstUncovered(c);
        if (missing != null) {
            out.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, model,
                    "no diffusivity is tabulated for " + missing.id()
                            + "; it is left out of the salt diffusivity"));
        }
        if (SaltDiffusivityAverage.hasOsmolyte(c)) {
            out.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, model,
                    "the osmolyte has no identity; a generic small-solute diffusivity of 1.0e-9 m2/s at 25 °C "
                            + "is used for it"));
        }
    }
}
