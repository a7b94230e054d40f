package org.permeate.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.species.Species;
import org.permeate.solver.RootFinder;

/**
 * A coherent set of property models, in WaterTAP's sense of a property package: the osmotic
 * model, density, viscosity and diffusivity of the solution, the pure-water model, and the
 * solubility limits it enforces. Found by name in {@link PropertyPackages}.
 *
 * <p>{@link #evaluate} checks that the state is physically possible (every solute described,
 * above the freezing point, below the boiling point, within solubility) and raises a
 * {@link PermeateException} otherwise; it collects the fitted-range warnings of every model.
 *
 * @param name        stable name used in files and on the command line
 * @param description one line for people
 * @param osmotic     osmotic (and possibly activity) model
 * @param density     density model
 * @param viscosity   viscosity model
 * @param diffusivity diffusivity model
 * @param water       pure-water model
 * @param limits      solubility limits
 */
public record PropertyPackage(String name, String description, OsmoticModel osmotic, DensityModel density,
                              ViscosityModel viscosity, DiffusivityModel diffusivity, WaterModel water,
                              List<SolubilityLimit> limits) {

    /** Charge imbalance, as a fraction of the mean of cation and anion equivalents, above which a warning is given. */
    public static final double CHARGE_IMBALANCE_TOLERANCE = 0.05;

    /** Freezing-point relation of Robinson &amp; Stokes (1959), Electrolyte Solutions, 2nd ed., ch. 8:
     * \( -\ln a_w = 0.009687\,\theta + 4.8\times10^{-6}\theta^2 \), θ the depression in K. */
    private static final double FP_A = 0.009687;
    private static final double FP_B = 4.8e-6;

    public PropertyPackage {
        limits = List.copyOf(limits);
    }

    /**
     * @param solution the state
     * @param policy   what to do with fitted-range warnings
     * @return the properties
     * @throws PermeateException if the state is impossible, or (strict policy) outside a fitted range
     */
    public SolutionProperties evaluate(final Solution solution, final RangePolicy policy) {
        checkPossible(solution);
        final List<ModelWarning> unique = policy.apply(warnings(solution, true));

        final Composition c = solution.composition();
        final double rho = density.massDensity(solution);
        final double waterPerVolume = rho / (1.0 + c.soluteMassPerWaterMass());
        final double[] lnGamma = osmotic instanceof ActivityModel am ? am.lnActivityCoefficients(solution) : null;
        final List<SolutionProperties.SpeciesProperties> perSpecies = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            final Species sp = c.species(i);
            perSpecies.add(new SolutionProperties.SpeciesProperties(sp, c.molality(i),
                    c.molality(i) * sp.molarMass() * waterPerVolume,
                    lnGamma == null ? 1.0 : Math.exp(lnGamma[i]), lnGamma != null,
                    diffusivity.diffusivity(solution, sp)));
        }
        return new SolutionProperties(name, solution, osmoticProperties(solution), rho,
                viscosity.dynamicViscosity(solution), diffusivity.saltDiffusivity(solution), c.ionicStrength(),
                c.soluteMassPerWaterMass() * waterPerVolume, c.soluteMassFraction(), freezingPoint(solution),
                boilingPoint(solution, PhysicalConstants.STANDARD_ATMOSPHERE), perSpecies, unique);
    }

    /**
     * The colligative properties only, with the warnings of the models they use (osmotic,
     * density for the ideal value, water).
     *
     * @param solution the state
     * @param policy   what to do with fitted-range warnings
     * @return the properties and their warnings
     */
    public Result<OsmoticProperties> osmotic(final Solution solution, final RangePolicy policy) {
        checkPossible(solution);
        return new Result<>(osmoticProperties(solution), policy.apply(warnings(solution, false)));
    }

    /**
     * @param solution  the state
     * @param transport whether the viscosity, diffusivity and solubility models are used too
     * @return the warnings of the models in use, merged
     */
    private List<ModelWarning> warnings(final Solution solution, final boolean transport) {
        final List<ModelWarning> warnings = new ArrayList<>();
        warnings.addAll(water.warnings(solution.temperature(), solution.pressure()));
        warnings.addAll(chargeBalance(solution.composition()));
        warnings.addAll(osmotic.warnings(solution));
        warnings.addAll(density.warnings(solution));
        if (transport) {
            warnings.addAll(viscosity.warnings(solution));
            warnings.addAll(diffusivity.warnings(solution));
            for (SolubilityLimit limit : limits) {
                warnings.addAll(limit.warnings(solution));
            }
        }
        return merge(warnings);
    }

    /**
     * A value with the warnings attached to it.
     *
     * @param value    the value
     * @param warnings its warnings
     * @param <T>      the value's type
     */
    public record Result<T>(T value, List<ModelWarning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private OsmoticProperties osmoticProperties(final Solution solution) {
        final double phi = osmotic.osmoticCoefficient(solution);
        final double lnAw = osmotic.lnWaterActivity(solution);
        // the osmolality an osmometer would read: −ln a_w / M_w (= φ Σm for a model on our molality basis)
        return new OsmoticProperties(phi, Math.exp(lnAw), -lnAw / PhysicalConstants.WATER_MOLAR_MASS,
                osmotic.osmoticPressure(solution), new VantHoff(density).osmoticPressure(solution));
    }

    /**
     * Refuses a state that cannot exist: a solute the package does not describe, ice, boiling, a
     * salt beyond its solubility.
     */
    private void checkPossible(final Solution solution) {
        requireSupported(solution);
        final double freezing = freezingPoint(solution);
        if (solution.temperature() < freezing) {
            throw new PermeateException(Message.BELOW_FREEZING, celsius(solution.temperature()), celsius(freezing));
        }
        final double lnAw = osmotic.lnWaterActivity(solution);
        final double pVap = Math.exp(lnAw) * water.vapourPressure(solution.temperature());
        if (pVap >= solution.pressure()) {
            throw new PermeateException(Message.ABOVE_BOILING, celsius(solution.temperature()),
                    celsius(boilingPoint(solution, solution.pressure())),
                    String.format(Locale.ROOT, "%.4g bar", solution.pressure() / 1e5));
        }
        for (SolubilityLimit limit : limits) {
            limit.check(solution);
        }
    }

    /**
     * Removes repeated warnings, and the models' own charge-imbalance notes when the package has
     * already reported the imbalance of the input.
     */
    private static List<ModelWarning> merge(final List<ModelWarning> warnings) {
        final boolean inputImbalance = warnings.stream()
                .anyMatch(w -> w.kind() == WarningKind.CHARGE_IMBALANCE && w.source().equals("input"));
        final LinkedHashSet<ModelWarning> unique = new LinkedHashSet<>();
        for (ModelWarning w : warnings) {
            if (inputImbalance && w.kind() == WarningKind.CHARGE_IMBALANCE && !w.source().equals("input")) {
                continue;
            }
            unique.add(w);
        }
        return List.copyOf(unique);
    }

    /**
     * @param c a composition
     * @return a {@link WarningKind#CHARGE_IMBALANCE} warning if the ions are not neutral within
     *         {@link #CHARGE_IMBALANCE_TOLERANCE}
     */
    static List<ModelWarning> chargeBalance(final Composition c) {
        final double eq = c.equivalents();
        if (eq <= 0) {
            return List.of();
        }
        final double imbalance = c.netCharge() / eq;
        if (Math.abs(imbalance) <= CHARGE_IMBALANCE_TOLERANCE) {
            return List.of();
        }
        return List.of(new ModelWarning(WarningKind.CHARGE_IMBALANCE, "input",
                String.format(Locale.ROOT, "the ions are not electrically neutral: %s %.1f %% (%.3g meq/kg of %s "
                                + "than %s); the models take the composition as given",
                        imbalance > 0 ? "cations exceed anions by" : "anions exceed cations by",
                        100 * Math.abs(imbalance), 1000 * Math.abs(c.netCharge()),
                        imbalance > 0 ? "cations more" : "anions more", imbalance > 0 ? "anions" : "cations")));
    }

    private void requireSupported(final Solution solution) {
        final List<String> unsupported = solution.composition().species().stream()
                .filter(s -> !osmotic.supports(s)).map(Species::id).toList();
        if (!unsupported.isEmpty()) {
            throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, name + " property package",
                    String.join(", ", unsupported), supportedDescription());
        }
    }

    private String supportedDescription() {
        return org.permeate.properties.species.SpeciesCatalog.all().stream().filter(osmotic::supports)
                .map(Species::id).collect(Collectors.joining(", "));
    }

    /**
     * The temperature at which ice forms in the solution, from its water activity by the relation
     * of Robinson &amp; Stokes (1959) (valid for depressions up to about 20 K), with a_w
     * evaluated at the freezing point itself (three fixed-point passes).
     *
     * @param solution the state (its temperature is not used)
     * @return freezing point, K
     */
    public double freezingPoint(final Solution solution) {
        double tf = PhysicalConstants.ZERO_CELSIUS;
        for (int k = 0; k < 3; k++) {
            final double lnAw = osmotic.lnWaterActivity(solution.withTemperature(Math.max(tf, 250.0)));
            final double theta = (-FP_A + Math.sqrt(FP_A * FP_A - 4.0 * FP_B * lnAw)) / (2.0 * FP_B);
            tf = PhysicalConstants.ZERO_CELSIUS - theta;
        }
        return tf;
    }

    /**
     * The temperature at which the solution boils at a pressure: where the partial pressure of
     * water over it, a_w(T)·p_sat(T) (Raoult's law with the water activity; the solutes are
     * taken as non-volatile), reaches the pressure.
     *
     * @param solution the state (its temperature and pressure are not used)
     * @param pressure absolute pressure, Pa
     * @return boiling point, K
     */
    public double boilingPoint(final Solution solution, final double pressure) {
        final double pure = water.saturationTemperature(pressure);
        final double upper = Math.min(pure + 80.0, 640.0);
        return RootFinder.DEFAULT.solve("boiling point of the solution",
                t -> osmotic.lnWaterActivity(solution.withTemperature(t)) + Math.log(water.vapourPressure(t))
                        - Math.log(pressure),
                pure - 1e-6, upper);
    }

    private static String celsius(final double t) {
        return String.format(Locale.ROOT, "%.3f °C", t - PhysicalConstants.ZERO_CELSIUS);
    }
}
