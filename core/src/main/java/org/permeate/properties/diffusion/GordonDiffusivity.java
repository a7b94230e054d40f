package org.permeate.properties.diffusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.ActivityModel;
import org.permeate.properties.Composition;
import org.permeate.properties.DiffusivityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;
import org.permeate.properties.WaterModel;
import org.permeate.properties.species.Species;

/**
 * Concentration-dependent diffusivities by Gordon's equation (Gordon, A.R. (1937) "The diffusion
 * constant of an electrolyte, and its relation to concentration", J. Chem. Phys. 5, 522–526;
 * Robinson, R.A. &amp; Stokes, R.H. (1959) Electrolyte Solutions, 2nd ed.,
 * Butterworths, ch. 11):
 * \[ D_{salt} = D^\infty_{salt}(T)\;\Gamma\;\frac{\eta_0}{\eta}, \qquad
 *    \Gamma = 1 + m\,\frac{\partial \ln \gamma_\pm}{\partial m}, \]
 * where \( D^\infty_{salt}(T) \) is the Nernst–Hartley limiting value ({@code SaltDiffusivityAverage},
 * scaled by {@link StokesEinsteinScaling}), Γ the thermodynamic factor and \( \eta/\eta_0 \) the
 * relative viscosity of the solution.
 *
 * <p><b>Form used.</b> Gordon's original equation also carries the factor \( 1/(c_1\bar V_1) \)
 * (the reciprocal of the volume fraction of water; with \( \bar V_1 \) taken as the molar volume of
 * pure water it is +1.8 % at 1 mol/kg NaCl and +5.8 % at 3 mol/kg), and
 * Robinson &amp; Stokes add a hydration correction; both are left out here, as is common, so the
 * model needs no density model and no hydration numbers. Measured against NaCl data at 25 °C (Rard
 * &amp; Miller 1979, see the tests), with a Pitzer &amp; Mayorga (1973) activity model and the
 * Bartholomew &amp; Mauter (2019) viscosity, the form used is within 6 % from 0.05 to 4.5 mol/kg: low by
 * up to 5.6 % near 1–1.5 mol/kg (where the omitted volume factor would add 2–3 %), crossing the data
 * near 3.7 mol/kg, and high beyond (+4 % at 4.5, +7 % at 5, +16 % at 6 mol/kg).
 *
 * <p><b>Thermodynamic factor.</b> From the injected {@link ActivityModel}: the mean
 * \( \ln\gamma = \sum_i m_i \ln\gamma_i / \sum_i m_i \) over all solutes (for a single salt, the mean
 * ionic \( \ln\gamma_\pm \); species the activity model does not support count as ideal, ln γ = 0), and
 * \( \Gamma = 1 + \partial\ln\gamma / \partial\ln s \) at s = 1, where the whole composition is scaled
 * by s (for a single salt this is \( 1 + m\,\partial\ln\gamma_\pm/\partial m \) along its
 * stoichiometry). Central finite difference with \( \Delta s = \pm 10^{-3} \), two activity evaluations
 * per call; truncation error below 1e-6 for a Pitzer model. Γ is floored at 0.01.
 *
 * <p><b>Viscosity.</b> The relative viscosity comes from the injected {@link ViscosityModel} alone:
 * \( \eta(\text{solution}) / \eta(\text{pure water at the same } T, P) \), so that a viscosity model
 * whose pure-water limit differs from the {@link WaterModel} does not bias D at infinite dilution.
 *
 * <p><b>Tracer diffusivities</b> in the solution are the infinite-dilution values at the temperature
 * scaled by the same fluidity ratio, \( D_i = D_i^\infty(T)\,\eta_0/\eta \) (the Stokes–Einstein
 * argument of {@link StokesEinsteinScaling} applied to the solution's viscosity; no ion-ion
 * relaxation term).
 *
 * <p><b>Neutral solutes</b> follow the same equation; for a non-electrolyte it is the form Ribeiro et
 * al. (2006, J. Chem. Eng. Data 51, 1836, eq. 3) call Hartley's equation, which they note is limited to
 * dilute solutions; their sugar data reach 0.1 mol/dm³.
 *
 * <p>Warnings (read with care, not refused): ionic strength above 4 mol/kg (beyond it the form used
 * climbs above the NaCl data, by 4 % at 4.5 and 7 % at 5 mol/kg); neutral solutes above 0.1 mol/kg
 * (beyond the data the model was compared with); temperature outside 0–100 °C; plus the warnings of
 * the water, activity and viscosity models.
 *
 * <p>Immutable and thread-safe. Each salt-diffusivity call makes two activity and two viscosity
 * evaluations and allocates the scaled compositions they need.
 */
public final class GordonDiffusivity implements DiffusivityModel {

    /** The stable name used in project files. */
    public static final String NAME = "gordon";

    /** Ionic strength above which a warning is raised, mol/kg. */
    public static final double IONIC_STRENGTH_LIMIT = 4.0;

    /** Total neutral-solute molality above which a warning is raised, mol/kg. */
    public static final double NEUTRAL_MOLALITY_LIMIT = 0.1;

    /** Lower bound applied to the thermodynamic factor (dimensionless). */
    public static final double MIN_THERMODYNAMIC_FACTOR = 0.01;

    /** Relative step in the composition scale for the finite difference. */
    private static final double STEP = 1e-3;

    private final StokesEinsteinScaling scaling;
    private final ActivityModel activity;
    private final ViscosityModel viscosity;

    /**
     * @param water     pure-water model (temperature scaling)
     * @param activity  activity model giving ln γ_i (thermodynamic factor)
     * @param viscosity solution viscosity model (relative viscosity)
     */
    public GordonDiffusivity(final WaterModel water, final ActivityModel activity, final ViscosityModel viscosity) {
        this.scaling = new StokesEinsteinScaling(water);
        this.activity = Objects.requireNonNull(activity, "activity model");
        this.viscosity = Objects.requireNonNull(viscosity, "viscosity model");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the references of the model and of the models it uses */
    public String source() {
        return "Gordon (1937) J. Chem. Phys. 5, 522 (without the solvent-volume and hydration terms); "
                + "Nernst-Hartley limiting values; activity: " + activity.name() + "; viscosity: "
                + viscosity.name() + "; water: " + scaling.waterModel().name();
    }

    /**
     * @param solution the state
     * @param species  a species covered by {@link InfiniteDilutionDiffusivities}
     * @return its tracer diffusion coefficient in the solution, \( D_i^\infty(T)\,\eta_0/\eta \), m²/s
     */
    @Override
    public double diffusivity(final Solution solution, final Species species) {
        final int k = InfiniteDilutionDiffusivities.indexOf(species);
        if (k < 0) {
            throw InfiniteDilutionDiffusivities.notCovered(NAME, species);
        }
        return InfiniteDilutionDiffusivities.at25C(k) * scaling.factor(solution.temperature(), solution.pressure())
                / relativeViscosity(solution);
    }

    /**
     * @param solution the state
     * @return the salt diffusivity by Gordon's equation, m²/s
     */
    @Override
    public double saltDiffusivity(final Solution solution) {
        final double limiting = SaltDiffusivityAverage.at25C(solution.composition())
                * scaling.factor(solution.temperature(), solution.pressure());
        return limiting * Math.max(MIN_THERMODYNAMIC_FACTOR, thermodynamicFactor(solution))
                / relativeViscosity(solution);
    }

    /**
     * Gordon's thermodynamic factor of the whole composition (see the class comment).
     *
     * @param solution the state
     * @return \( \Gamma = 1 + \partial\ln\gamma/\partial\ln s \), dimensionless (1 for pure water);
     *         not floored
     */
    public double thermodynamicFactor(final Solution solution) {
        final Composition c = solution.composition();
        final double total = c.totalMolality();
        if (!(total > 0)) {
            return 1.0;
        }
        final Composition supported = supportedPart(c);
        if (supported.totalMolality() <= 0) {
            return 1.0;
        }
        // mean ln γ at scale s: Σ s·m_i ln γ_i(s) / (s · Σ_all m_i), unsupported species ideal
        final double up = weightedLnGamma(solution.withComposition(supported.scaled(1 + STEP)))
                / ((1 + STEP) * total);
        final double down = weightedLnGamma(solution.withComposition(supported.scaled(1 - STEP)))
                / ((1 - STEP) * total);
        final double gamma = 1.0 + (up - down) / (2 * STEP);
        if (!Double.isFinite(gamma)) {
            throw new PermeateException(Message.NOT_FINITE,
                    "thermodynamic factor from activity model " + activity.name(), gamma);
        }
        return gamma;
    }

    /**
     * @param solution the state
     * @return relative viscosity η(solution)/η(pure water, same T and P) from the viscosity model, ≥ 0
     */
    public double relativeViscosity(final Solution solution) {
        final double eta = viscosity.dynamicViscosity(solution);
        final double eta0 = viscosity.dynamicViscosity(solution.withComposition(Composition.pureWater()));
        if (!(eta > 0) || !(eta0 > 0) || !Double.isFinite(eta) || !Double.isFinite(eta0)) {
            throw new PermeateException(Message.NOT_ABOVE, "viscosity from " + viscosity.name(), "0 Pa s",
                    Numbers.compact(eta) + " Pa s (pure water " + Numbers.compact(eta0) + " Pa s)");
        }
        return eta / eta0;
    }

    /**
     * @param solution the state
     * @return the warnings listed in the class comment
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> out = new ArrayList<>(scaling.warnings(solution.temperature(), solution.pressure()));
        final Composition c = solution.composition();
        NernstHartleyDiffusivity.addCompositionWarnings(NAME, c, out);
        final double ionicStrength = c.ionicStrength();
        if (ionicStrength > IONIC_STRENGTH_LIMIT) {
            out.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE,
                    "Gordon (1937) diffusivity", "ionic strength", Numbers.significant(ionicStrength, 4) + " mol/kg",
                    "0 to " + Numbers.compact(IONIC_STRENGTH_LIMIT)
                            + " mol/kg, where it was checked against NaCl data"));
        }
        double neutral = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.species(i).charge() == 0) {
                neutral += c.molality(i);
            }
        }
        if (neutral > NEUTRAL_MOLALITY_LIMIT) {
            out.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE,
                    "Gordon/Hartley diffusivity", "neutral-solute molality",
                    Numbers.significant(neutral, 4) + " mol/kg",
                    "0 to " + Numbers.compact(NEUTRAL_MOLALITY_LIMIT) + " mol/kg, the range of the sugar data of "
                            + "Ribeiro et al. 2006"));
        }
        for (int i = 0; i < c.size(); i++) {
            if (c.molality(i) > 0 && !activity.supports(c.species(i))) {
                out.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, NAME, "activity model "
                        + activity.name() + " does not describe " + c.species(i).id()
                        + "; it is taken as ideal in the thermodynamic factor"));
            }
        }
        if (thermodynamicFactor(solution) < MIN_THERMODYNAMIC_FACTOR) {
            out.add(new ModelWarning(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, NAME,
                    "the thermodynamic factor from " + activity.name() + " is below "
                            + Numbers.compact(MIN_THERMODYNAMIC_FACTOR) + " and was floored there"));
        }
        out.addAll(activity.warnings(solution));
        out.addAll(viscosity.warnings(solution));
        return out;
    }

    /** Σ m_i ln γ_i over the species of the (scaled, supported) composition, mol/kg. */
    private double weightedLnGamma(final Solution scaled) {
        final Composition c = scaled.composition();
        final double[] lnGamma = activity.lnActivityCoefficients(scaled);
        if (lnGamma.length != c.size()) {
            throw new IllegalStateException("activity model " + activity.name() + " returned " + lnGamma.length
                    + " activity coefficients for " + c.size() + " species");
        }
        double sum = 0;
        for (int i = 0; i < lnGamma.length; i++) {
            sum += c.molality(i) * lnGamma[i];
        }
        return sum;
    }

    /** The composition without the species the activity model does not support (the same object if none). */
    private Composition supportedPart(final Composition c) {
        boolean all = true;
        for (int i = 0; i < c.size(); i++) {
            all &= activity.supports(c.species(i));
        }
        if (all) {
            return c;
        }
        final Map<Species, Double> kept = new LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (activity.supports(c.species(i))) {
                kept.put(c.species(i), c.molality(i));
            }
        }
        return Composition.of(kept);
    }
}
