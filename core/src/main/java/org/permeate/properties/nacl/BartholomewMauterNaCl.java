package org.permeate.properties.nacl;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.DiffusivityModel;
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.solver.RootFinder;

/**
 * Aqueous NaCl by mass-fraction correlations, reproducing WaterTAP's NaCl property package
 * (watertap-org/watertap @ 4a26103e, {@code watertap/property_models/NaCl_prop_pack.py}), whose
 * correlations come from T. V. Bartholomew and M. S. Mauter, "Computational framework for modeling
 * membrane processes without process and solution property simplifications", Journal of Membrane
 * Science 573 (2019) 682–693, doi:10.1016/j.memsci.2018.11.067, eqs. 3b, 4, 5 and 6, fitted to
 * NaCl solutions at 25 °C from 0 to 26 wt %.
 *
 * <p>The correlations have no temperature dependence: temperature enters only through RT in the
 * osmotic pressure and through the sensible heat in the enthalpy. {@link #warnings} says
 * {@link WarningKind#NO_TEMPERATURE_DEPENDENCE} away from 25 °C (±0.5 K: the viscosity of NaCl
 * solutions changes by about 2 %/K) and {@link WarningKind#CONCENTRATION_OUTSIDE_FITTED_RANGE}
 * above 26 wt %.
 *
 * <p>The mass fraction w is taken from the solution's Na⁺ and Cl⁻ molalities with Permeate's molar
 * masses; the molality in the osmotic pressure is then WaterTAP's \( m = w/((1-w) M) \) with
 * WaterTAP's M = 0.05844 kg/mol (4.7e-5 below Na + Cl of IUPAC 2005), so that published WaterTAP
 * cases reproduce exactly. A solution holding any other solute, or Na⁺ and Cl⁻ not 1:1 within 1e-9
 * relative, is refused ({@link Message#SOLUTE_NOT_SUPPORTED}).
 *
 * <p>Stateless and immutable; use {@link #INSTANCE}. Per-state methods do not allocate (except
 * {@link #warnings} and the error path).
 */
public final class BartholomewMauterNaCl implements OsmoticModel, DensityModel, ViscosityModel, DiffusivityModel {

    /** The one instance. */
    public static final BartholomewMauterNaCl INSTANCE = new BartholomewMauterNaCl();

    /** The stable name used in files and reports. */
    public static final String NAME = "watertap-nacl";

    /** Molar mass of NaCl as WaterTAP writes it, kg/mol. */
    public static final double WATERTAP_MOLAR_MASS = 0.05844;

    /** Density of water in WaterTAP's NaCl osmotic pressure, kg/m³. */
    public static final double WATER_DENSITY = 1000.0;

    /** Specific heat of water in WaterTAP's NaCl enthalpy, J/(kg·K). */
    public static final double WATER_SPECIFIC_HEAT = 4182.0;

    /**
     * Mass fraction below which the osmotic coefficient of eq. 3b departs noticeably from real
     * NaCl: eq. 3b tends to 0.918 at infinite dilution instead of 1, so below 1 wt % it
     * underestimates φ (and π) by more than about 1 % (by 5 % at 0.1 wt %, against Pitzer, Peiper &amp;
     * Busey 1984), kg/kg.
     */
    public static final double DILUTE_LIMIT_MASS_FRACTION = 0.01;

    /** Highest fitted mass fraction, kg/kg (26 wt %). */
    public static final double MAX_FITTED_MASS_FRACTION = 0.26;

    /** The one fitted temperature, K (25 °C). */
    public static final double FITTED_TEMPERATURE = PhysicalConstants.T25;

    /** Temperature difference from 25 °C tolerated without a warning, K. */
    public static final double TEMPERATURE_TOLERANCE = 0.5;

    /** Evaluation budget of {@link #massFractionForOsmoticPressure}. */
    public static final int MAX_EVALUATIONS = 100;

    /** Upper end of the bracket of {@link #massFractionForOsmoticPressure}, kg/kg. */
    public static final double MAX_SOLVED_MASS_FRACTION = 0.5;

    /** Relative tolerance on Na⁺ = Cl⁻. */
    private static final double STOICHIOMETRY_TOLERANCE = 1e-9;

    private static final Species NA = SpeciesCatalog.NA;
    private static final Species CL = SpeciesCatalog.CL;
    /** Molar mass of NaCl from Permeate's species, kg/mol. */
    private static final double NACL_MOLAR_MASS = NA.molarMass() + CL.molarMass();
    private static final String HANDLES = "Na+ and Cl- in equal molalities (NaCl) only";
    private static final String SOURCE_SHORT = "Bartholomew & Mauter (2019)";

    private BartholomewMauterNaCl() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "Bartholomew & Mauter (2019), Computational framework for modeling membrane processes without "
                + "process and solution property simplifications, J. Membr. Sci. 573, 682-693, "
                + "doi:10.1016/j.memsci.2018.11.067, eqs. 3b-6; as implemented in WaterTAP's NaCl_prop_pack "
                + "(watertap-org/watertap@4a26103e)";
    }

    /** @return true for Na⁺ and Cl⁻ */
    @Override
    public boolean supports(final Species species) {
        return isSodium(species) || isChloride(species);
    }

    // ---- composition --------------------------------------------------------------------------------

    /**
     * @param composition Na⁺ and Cl⁻ in equal molalities (other species only with molality 0)
     * @return NaCl mass fraction w, kg NaCl per kg solution
     * @throws PermeateException {@link Message#SOLUTE_NOT_SUPPORTED} for any other solute or for
     *                           Na⁺ ≠ Cl⁻ beyond 1e-9 relative
     */
    public double massFraction(final Composition composition) {
        double na = 0;
        double cl = 0;
        for (int i = 0; i < composition.size(); i++) {
            final Species s = composition.species(i);
            final double m = composition.molality(i);
            if (isSodium(s)) {
                na += m;
            } else if (isChloride(s)) {
                cl += m;
            } else if (m > 0) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, NAME, s.id(), HANDLES);
            }
        }
        if (Math.abs(na - cl) > STOICHIOMETRY_TOLERANCE * Math.max(na, cl)) {
            throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, NAME,
                    "Na+ and Cl- in unequal molalities (" + Numbers.compact(na) + " and " + Numbers.compact(cl)
                            + " mol/kg)", HANDLES);
        }
        final double r = 0.5 * (na + cl) * NACL_MOLAR_MASS;
        return r / (1 + r);
    }

    /**
     * The inverse of {@link #massFraction}: Na⁺ and Cl⁻ molalities \( w/((1-w)(M_{Na} + M_{Cl})) \).
     *
     * @param massFraction NaCl mass fraction, kg/kg, in [0, 1)
     * @return the composition
     */
    public static Composition composition(final double massFraction) {
        checkMassFraction(massFraction);
        final double m = massFraction / ((1 - massFraction) * NACL_MOLAR_MASS);
        return Composition.builder().add(NA, m).add(CL, m).build();
    }

    // ---- model interfaces ------------------------------------------------------------------------------

    /** @return φ of eq. 3b */
    @Override
    public double osmoticCoefficient(final Solution solution) {
        return osmoticCoefficient(massFraction(solution.composition()));
    }

    /** @return \( \ln a_w = -2 M_w \phi m \), consistent with {@link #osmoticPressure(Solution)} */
    @Override
    public double lnWaterActivity(final Solution solution) {
        return lnWaterActivity(massFraction(solution.composition()));
    }

    /** @return \( \pi = 2 \phi m \rho_w R T \), Pa */
    @Override
    public double osmoticPressure(final Solution solution) {
        return osmoticPressure(massFraction(solution.composition()), solution.temperature());
    }

    /** @return eq. 4, kg/m³ */
    @Override
    public double massDensity(final Solution solution) {
        return massDensity(massFraction(solution.composition()));
    }

    /** @return eq. 5, Pa·s */
    @Override
    public double dynamicViscosity(final Solution solution) {
        return dynamicViscosity(massFraction(solution.composition()));
    }

    /**
     * The correlation gives the diffusivity of the salt; it is returned for both ions (in a binary
     * electrolyte the ions move together down a concentration gradient).
     *
     * @return {@link #saltDiffusivity(Solution)}, m²/s
     */
    @Override
    public double diffusivity(final Solution solution, final Species species) {
        return saltDiffusivity(solution);
    }

    /** @return eq. 6, m²/s */
    @Override
    public double saltDiffusivity(final Solution solution) {
        return saltDiffusivity(massFraction(solution.composition()));
    }

    /**
     * @param solution the state
     * @return WaterTAP's specific enthalpy (see {@link #specificEnthalpy(double, double, double)}), J/kg
     */
    public double specificEnthalpy(final Solution solution) {
        return specificEnthalpy(massFraction(solution.composition()), solution.temperature(), solution.pressure());
    }

    /**
     * @param solution the state
     * @return warnings for a mass fraction above 26 % or below 1 % (where eq. 3b misses the dilute
     *         limit φ → 1), and a temperature other than 25 °C
     * @throws PermeateException if the composition is not NaCl (as every method here)
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final double w = massFraction(solution.composition());
        final List<ModelWarning> out = new ArrayList<>(2);
        if (w > MAX_FITTED_MASS_FRACTION) {
            out.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, SOURCE_SHORT,
                    "NaCl mass fraction", Numbers.significant(100 * w, 4) + " %", "0 to 26 %"));
        }
        if (w > 0 && w < DILUTE_LIMIT_MASS_FRACTION) {
            out.add(new ModelWarning(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, SOURCE_SHORT,
                    "NaCl mass fraction " + Numbers.significant(100 * w, 3) + " % is below 1 %, where eq. 3b's osmotic "
                            + "coefficient (0.918 at infinite dilution instead of 1) underestimates the osmotic "
                            + "pressure by more than 1 %"));
        }
        final double dt = solution.temperature() - FITTED_TEMPERATURE;
        if (Math.abs(dt) > TEMPERATURE_TOLERANCE) {
            out.add(new ModelWarning(WarningKind.NO_TEMPERATURE_DEPENDENCE, SOURCE_SHORT,
                    "temperature " + Numbers.significant(solution.celsius(), 4) + " °C is not the 25 °C at which "
                            + SOURCE_SHORT + " fitted density, viscosity, diffusivity and osmotic coefficient; "
                            + "they are used unchanged (only RT in the osmotic pressure follows temperature)"));
        }
        return List.copyOf(out);
    }

    // ---- correlations as functions of the mass fraction -----------------------------------------------

    /**
     * Density, Bartholomew &amp; Mauter 2019 eq. 4: \( \rho = 995 + 756 w \); 25 °C, 0–26 wt %.
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return kg/m³
     */
    public static double massDensity(final double massFraction) {
        checkMassFraction(massFraction);
        return 995 + 756 * massFraction;
    }

    /**
     * Viscosity, Bartholomew &amp; Mauter 2019 eq. 5: \( \mu = 9.80\times10^{-4} + 2.15\times10^{-3} w \);
     * 25 °C, 0–26 wt %.
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return Pa·s
     */
    public static double dynamicViscosity(final double massFraction) {
        checkMassFraction(massFraction);
        return 9.80e-4 + 2.15e-3 * massFraction;
    }

    /**
     * Diffusivity of NaCl, Bartholomew &amp; Mauter 2019 eq. 6: \( D = 1.51\times10^{-9}
     * - 2.00\times10^{-9} w + 3.01\times10^{-8} w^2 - 1.22\times10^{-7} w^3 + 1.53\times10^{-7} w^4 \);
     * 25 °C, 0–26 wt %; positive (≥ 1.47e-9) on [0, 1).
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return m²/s
     */
    public static double saltDiffusivity(final double massFraction) {
        checkMassFraction(massFraction);
        final double w = massFraction;
        return 1.51e-9 + w * (-2.00e-9 + w * (3.01e-8 + w * (-1.22e-7 + w * 1.53e-7)));
    }

    /**
     * Osmotic coefficient, Bartholomew &amp; Mauter 2019 eq. 3b: \( \phi = 0.918 + 8.89\times10^{-2} w
     * + 4.92 w^2 \); 25 °C, 0–26 wt %. (It gives 0.918 at infinite dilution where the true limit
     * is 1.)
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return φ, dimensionless, on the molality basis of {@link #molality}
     */
    public static double osmoticCoefficient(final double massFraction) {
        checkMassFraction(massFraction);
        return 0.918 + massFraction * (8.89e-2 + 4.92 * massFraction);
    }

    /**
     * Molality of NaCl with WaterTAP's molar mass: \( m = w / ((1 - w) \cdot 0.05844) \).
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return mol NaCl per kg water
     */
    public static double molality(final double massFraction) {
        checkMassFraction(massFraction);
        return massFraction / ((1 - massFraction) * WATERTAP_MOLAR_MASS);
    }

    /**
     * Osmotic pressure as WaterTAP writes it: \( \pi = 2 \phi m \rho_w R T \) with
     * \( \rho_w = 1000 \) kg/m³ and two ions per NaCl.
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @param temperature  K
     * @return Pa
     */
    public static double osmoticPressure(final double massFraction, final double temperature) {
        checkTemperature(temperature);
        return 2 * osmoticCoefficient(massFraction) * molality(massFraction) * WATER_DENSITY
                * PhysicalConstants.GAS_CONSTANT * temperature;
    }

    /**
     * \( \ln a_w = -2 M_w \phi m \), so that \( \pi = -R T \rho_w \ln a_w / M_w \) with
     * \( \rho_w = 1000 \) kg/m³.
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @return ln a_w
     */
    public static double lnWaterActivity(final double massFraction) {
        return -2 * PhysicalConstants.WATER_MOLAR_MASS * osmoticCoefficient(massFraction) * molality(massFraction);
    }

    /**
     * Specific enthalpy as WaterTAP's NaCl package computes it (it cites Sharqawy 2010 but uses a
     * constant heat capacity): \( h = c_{p,w} (T - 273.15) + (P - 101325)/\rho \),
     * \( c_{p,w} = 4182 \) J/(kg·K).
     *
     * @param massFraction NaCl mass fraction w, kg/kg
     * @param temperature  K
     * @param pressure     absolute pressure, Pa
     * @return J/kg
     */
    public static double specificEnthalpy(final double massFraction, final double temperature,
                                          final double pressure) {
        checkTemperature(temperature);
        if (!(pressure > 0) || !Double.isFinite(pressure)) {
            throw new PermeateException(Message.NOT_ABOVE, "absolute pressure", "0 Pa",
                    Numbers.compact(pressure) + " Pa");
        }
        return WATER_SPECIFIC_HEAT * (temperature - PhysicalConstants.ZERO_CELSIUS)
                + (pressure - PhysicalConstants.STANDARD_ATMOSPHERE) / massDensity(massFraction);
    }

    // ---- inverse ------------------------------------------------------------------------------------------

    /**
     * The NaCl mass fraction whose osmotic pressure is {@code osmoticPressure}, by Brent's method
     * ({@link RootFinder}) on [0, {@value #MAX_SOLVED_MASS_FRACTION}] (π rises monotonically with
     * w), to 1e-12 absolute and relative, within {@value #MAX_EVALUATIONS} evaluations.
     *
     * @param osmoticPressure Pa, ≥ 0
     * @param temperature     K
     * @return mass fraction, kg/kg
     * @throws PermeateException {@link Message#NOT_BRACKETED} above π(w = 0.5),
     *                           {@link Message#NO_CONVERGENCE} if the budget runs out
     */
    public static double massFractionForOsmoticPressure(final double osmoticPressure, final double temperature) {
        return massFractionForOsmoticPressure(osmoticPressure, temperature, MAX_EVALUATIONS);
    }

    /**
     * As {@link #massFractionForOsmoticPressure(double, double)} with a given budget.
     *
     * @param osmoticPressure Pa, ≥ 0
     * @param temperature     K
     * @param maxEvaluations  evaluation budget, ≥ 1
     * @return mass fraction, kg/kg
     */
    public static double massFractionForOsmoticPressure(final double osmoticPressure, final double temperature,
                                                        final int maxEvaluations) {
        if (!(osmoticPressure >= 0) || !Double.isFinite(osmoticPressure)) {
            throw new PermeateException(Message.TOO_SMALL, "osmotic pressure", "0 Pa",
                    Numbers.compact(osmoticPressure) + " Pa");
        }
        checkTemperature(temperature);
        if (osmoticPressure == 0) {
            return 0.0;
        }
        return new RootFinder(1e-12, 1e-12, maxEvaluations).solve(
                "NaCl mass fraction (kg/kg) for an osmotic pressure of " + Numbers.compact(osmoticPressure)
                        + " Pa at " + Numbers.compact(temperature) + " K",
                w -> osmoticPressure(w, temperature) - osmoticPressure,
                0.0, MAX_SOLVED_MASS_FRACTION);
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private static boolean isSodium(final Species s) {
        return s == NA || s.equals(NA);
    }

    private static boolean isChloride(final Species s) {
        return s == CL || s.equals(CL);
    }

    private static void checkMassFraction(final double w) {
        if (!(w >= 0 && w < 1)) {
            if (!Double.isFinite(w)) {
                throw new PermeateException(Message.NOT_FINITE, "NaCl mass fraction", w);
            }
            throw new PermeateException(Message.OUT_OF_RANGE, "NaCl mass fraction", Numbers.compact(w) + " kg/kg",
                    "0", "1 kg/kg (exclusive: at 1 no water is left)");
        }
    }

    private static void checkTemperature(final double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            if (!Double.isFinite(temperature)) {
                throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
            }
            throw new PermeateException(Message.NOT_POSITIVE_TEMPERATURE, "temperature",
                    Numbers.compact(temperature) + " K");
        }
    }

    @Override
    public String toString() {
        return NAME;
    }
}
