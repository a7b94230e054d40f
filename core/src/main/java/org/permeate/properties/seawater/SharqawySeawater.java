package org.permeate.properties.seawater;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.DiffusivityModel;
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;
import org.permeate.properties.species.Species;
import org.permeate.solver.RootFinder;

/**
 * Seawater described by its salinity alone, reproducing WaterTAP's seawater property package
 * (watertap-org/watertap @ 4a26103e, {@code watertap/property_models/seawater_prop_pack.py}):
 * every property is a correlation in salinity and temperature from
 * <ul>
 *   <li>M. H. Sharqawy, J. H. Lienhard V, S. M. Zubair, "Thermophysical properties of seawater: a
 *       review of existing correlations and data", Desalination and Water Treatment 16 (2010)
 *       354–380, doi:10.5004/dwt.2010.1079;</li>
 *   <li>K. G. Nayar, M. H. Sharqawy, L. D. Banchik, J. H. Lienhard V, "Thermophysical properties of
 *       seawater: A review and new correlations that include pressure dependence", Desalination 390
 *       (2016) 1–24, doi:10.1016/j.desal.2016.02.024;</li>
 *   <li>T. V. Bartholomew, M. S. Mauter, J. Membrane Sci. 573 (2019) 682–693,
 *       doi:10.1016/j.memsci.2018.11.067 (the NaCl diffusivity WaterTAP uses for sea salt).</li>
 * </ul>
 * The formulas, with equation numbers and fitted ranges, are in {@link SeawaterCorrelations}.
 *
 * <p>The salinity is {@link Composition#soluteMassFraction()} of the solution, whatever its
 * solutes: the correlations assume the proportions of {@link ReferenceSeawater}, and
 * {@link #warnings(Solution)} says {@link WarningKind#COMPOSITION_DIFFERS_FROM_MODEL} when the
 * composition departs from them by more than {@link ReferenceSeawater#COMPOSITION_TOLERANCE}.
 * Massless osmolytes add nothing to the salinity: {@link #supports} says no, and
 * {@link #warnings} reports them as {@link WarningKind#SOLUTE_NOT_IN_MODEL}.
 *
 * <p>Stateless and immutable; use {@link #INSTANCE}. The per-state methods do not allocate (except
 * {@link #warnings}) and throw {@link PermeateException} for temperatures outside
 * {@link SeawaterCorrelations#MIN_TEMPERATURE}–{@link SeawaterCorrelations#MAX_TEMPERATURE}.
 */
public final class SharqawySeawater implements OsmoticModel, DensityModel, ViscosityModel, DiffusivityModel {

    /** The one instance. */
    public static final SharqawySeawater INSTANCE = new SharqawySeawater();

    /** The stable name used in files and reports. */
    public static final String NAME = "seawater-sharqawy";

    /** Evaluation budget of the inverse helpers. */
    public static final int MAX_EVALUATIONS = 100;

    /** Upper end of the salinity bracket of {@link #salinityForOsmoticPressure}, kg/kg. */
    public static final double MAX_SOLVED_SALINITY = 0.25;

    /**
     * Highest temperature of {@link #salinityForOsmoticPressure}, K (300 °C): above it eq. 49 makes
     * π fall with salinity before {@value #MAX_SOLVED_SALINITY} kg/kg, so the root would not be
     * unique.
     */
    public static final double MAX_SOLVED_TEMPERATURE = 573.15;

    private static final SeawaterProperty[] TRANSPORT_PROPERTIES = {
        SeawaterProperty.DENSITY, SeawaterProperty.VISCOSITY, SeawaterProperty.OSMOTIC, SeawaterProperty.DIFFUSIVITY,
    };

    private SharqawySeawater() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "Sharqawy, Lienhard & Zubair (2010), Desalination and Water Treatment 16, 354-380, "
                + "doi:10.5004/dwt.2010.1079; Nayar, Sharqawy, Banchik & Lienhard (2016), Desalination 390, 1-24, "
                + "doi:10.1016/j.desal.2016.02.024; Bartholomew & Mauter (2019), J. Membr. Sci. 573, 682-693, "
                + "doi:10.1016/j.memsci.2018.11.067; as implemented in WaterTAP's seawater_prop_pack "
                + "(watertap-org/watertap@4a26103e)";
    }

    /**
     * Every solute with a mass is described, as part of the salinity (WaterTAP's single "TDS"
     * component); proportions far from {@link ReferenceSeawater}'s are reported by
     * {@link #warnings}. Massless osmolytes are not: they add nothing to the salinity.
     *
     * @return true for any species with a molar mass
     */
    @Override
    public boolean supports(final Species species) {
        return species.molarMass() > 0;
    }

    /**
     * @param solution the state
     * @return the salinity, kg/kg (dissolved mass per mass of solution)
     */
    public double salinity(final Solution solution) {
        return solution.composition().soluteMassFraction();
    }

    // ---- OsmoticModel ----------------------------------------------------------------------------

    /** @return φ of Sharqawy 2010 eq. 49, on the basis of {@link SeawaterCorrelations#molality} */
    @Override
    public double osmoticCoefficient(final Solution solution) {
        return SeawaterCorrelations.osmoticCoefficient(salinity(solution), solution.temperature());
    }

    /**
     * \( \ln a_w = -M_w \phi m \) with WaterTAP's molality \( m = s/((1-s) M_S) \), so that
     * \( \pi = -R T \rho_w \ln a_w / M_w \) holds exactly.
     */
    @Override
    public double lnWaterActivity(final Solution solution) {
        return SeawaterCorrelations.lnWaterActivity(salinity(solution), solution.temperature());
    }

    /** @return \( \pi = \phi m \rho_w R T \), Pa (see {@link SeawaterCorrelations#osmoticPressure}) */
    @Override
    public double osmoticPressure(final Solution solution) {
        return SeawaterCorrelations.osmoticPressure(salinity(solution), solution.temperature());
    }

    // ---- DensityModel, ViscosityModel --------------------------------------------------------------

    /** @return Sharqawy 2010 eq. 8, kg/m³ (no pressure dependence) */
    @Override
    public double massDensity(final Solution solution) {
        return SeawaterCorrelations.massDensity(salinity(solution), solution.temperature());
    }

    /** @return Sharqawy 2010 eqs. 22–23, Pa·s */
    @Override
    public double dynamicViscosity(final Solution solution) {
        return SeawaterCorrelations.dynamicViscosity(salinity(solution), solution.temperature());
    }

    // ---- DiffusivityModel ------------------------------------------------------------------------

    /**
     * The correlation knows one diffusivity, that of the salt as a whole; it is returned for every
     * species (as WaterTAP's single "TDS" component does). Per-ion tracer diffusivities need
     * another model.
     *
     * @return {@link #saltDiffusivity}, m²/s
     */
    @Override
    public double diffusivity(final Solution solution, final Species species) {
        return saltDiffusivity(solution);
    }

    /** @return Bartholomew &amp; Mauter 2019 eq. 6 at the salinity, m²/s (no temperature dependence) */
    @Override
    public double saltDiffusivity(final Solution solution) {
        return SeawaterCorrelations.saltDiffusivity(salinity(solution));
    }

    // ---- thermal properties ------------------------------------------------------------------------

    /** @return pure-water density at the solution's temperature (Sharqawy 2010 eq. 8), kg/m³ */
    public double solventDensity(final Solution solution) {
        return SeawaterCorrelations.pureWaterDensity(solution.temperature());
    }

    /** @return Sharqawy 2010 eq. 9, J/(kg·K) */
    public double specificHeatCapacity(final Solution solution) {
        return SeawaterCorrelations.specificHeatCapacity(salinity(solution), solution.temperature());
    }

    /** @return Nayar 2016 eqs. 25–26 as coded by WaterTAP (see {@link SeawaterCorrelations#specificEnthalpy}), J/kg */
    public double specificEnthalpy(final Solution solution) {
        return SeawaterCorrelations.specificEnthalpy(salinity(solution), solution.temperature(), solution.pressure());
    }

    /**
     * Internal energy per volume \( \rho h - P \), as WaterTAP's {@code energy_density}.
     *
     * @param solution the state
     * @return J/m³
     */
    public double internalEnergyDensity(final Solution solution) {
        return massDensity(solution) * specificEnthalpy(solution) - solution.pressure();
    }

    /** @return Nayar 2016 eqs. 5–6, Pa */
    public double vapourPressure(final Solution solution) {
        return SeawaterCorrelations.vapourPressure(salinity(solution), solution.temperature());
    }

    /** @return Sharqawy 2010 eq. 13, W/(m·K) */
    public double thermalConductivity(final Solution solution) {
        return SeawaterCorrelations.thermalConductivity(salinity(solution), solution.temperature());
    }

    /** @return Sharqawy 2010 eqs. 37 and 54, J/kg of seawater */
    public double latentHeatOfVaporisation(final Solution solution) {
        return SeawaterCorrelations.latentHeatOfVaporisation(salinity(solution), solution.temperature());
    }

    /** @return Sharqawy 2010 eq. 36, K */
    public double boilingPointElevation(final Solution solution) {
        return SeawaterCorrelations.boilingPointElevation(salinity(solution), solution.temperature());
    }

    // ---- warnings ----------------------------------------------------------------------------------

    /**
     * Warnings for the properties of the four model interfaces (density, viscosity, osmotic
     * coefficient/pressure, salt diffusivity) and for the composition.
     *
     * @param solution the state
     * @return warnings, empty if every one of those correlations is inside its fitted range
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        return warnings(solution, TRANSPORT_PROPERTIES);
    }

    /**
     * Warnings for chosen properties and for the composition.
     *
     * @param solution   the state
     * @param properties the properties the caller uses
     * @return warnings, empty if all is inside the fitted ranges
     */
    public List<ModelWarning> warnings(final Solution solution, final SeawaterProperty... properties) {
        final List<ModelWarning> out = new ArrayList<>();
        final double s = salinity(solution);
        for (SeawaterProperty p : properties) {
            p.addWarnings(s, solution.temperature(), solution.pressure(), out);
        }
        addCompositionWarnings(solution.composition(), out);
        return List.copyOf(out);
    }

    private static void addCompositionWarnings(final Composition c, final List<ModelWarning> out) {
        final double deviation = ReferenceSeawater.deviationFrom(c);
        if (deviation > ReferenceSeawater.COMPOSITION_TOLERANCE) {
            out.add(new ModelWarning(WarningKind.COMPOSITION_DIFFERS_FROM_MODEL, NAME,
                    "the proportions of the dissolved ions depart by up to " + Numbers.significant(100 * deviation, 3)
                            + " % from those of reference seawater (allowed "
                            + Numbers.compact(100 * ReferenceSeawater.COMPOSITION_TOLERANCE)
                            + " %); the seawater correlations treat it as sea salt of the same salinity"));
        }
        for (int i = 0; i < c.size(); i++) {
            if (c.molality(i) > 0 && c.species(i).molarMass() == 0) {
                out.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, NAME,
                        c.species(i).id() + " has no mass, so it adds nothing to the salinity the "
                                + "seawater correlations use"));
            }
        }
    }

    // ---- inverse helpers -----------------------------------------------------------------------------

    /**
     * The salinity whose osmotic pressure ({@link SeawaterCorrelations#osmoticPressure}) is
     * {@code osmoticPressure}, by Brent's method ({@link RootFinder}) on
     * [0, {@value #MAX_SOLVED_SALINITY}] kg/kg (π rises monotonically with salinity there up to
     * {@value #MAX_SOLVED_TEMPERATURE} K), to 1e-12 kg/kg absolute and 1e-12 relative, within
     * {@value #MAX_EVALUATIONS} evaluations.
     *
     * @param osmoticPressure Pa, ≥ 0
     * @param temperature     K
     * @return salinity, kg/kg
     * @throws PermeateException {@link Message#NOT_BRACKETED} if π exceeds its value at
     *                           {@value #MAX_SOLVED_SALINITY} kg/kg, {@link Message#NO_CONVERGENCE}
     *                           if the budget runs out
     */
    public static double salinityForOsmoticPressure(final double osmoticPressure, final double temperature) {
        return salinityForOsmoticPressure(osmoticPressure, temperature, MAX_EVALUATIONS);
    }

    /**
     * As {@link #salinityForOsmoticPressure(double, double)} with a given evaluation budget.
     *
     * @param osmoticPressure Pa, ≥ 0
     * @param temperature     K, up to {@value #MAX_SOLVED_TEMPERATURE}
     * @param maxEvaluations  evaluation budget, ≥ 1
     * @return salinity, kg/kg
     */
    public static double salinityForOsmoticPressure(final double osmoticPressure, final double temperature,
                                                    final int maxEvaluations) {
        if (!(osmoticPressure >= 0) || !Double.isFinite(osmoticPressure)) {
            throw new PermeateException(Message.TOO_SMALL, "osmotic pressure", "0 Pa",
                    Numbers.compact(osmoticPressure) + " Pa");
        }
        SeawaterCorrelations.checkTemperature(temperature);
        if (temperature > MAX_SOLVED_TEMPERATURE) {
            throw new PermeateException(Message.OUT_OF_RANGE, "temperature", Numbers.compact(temperature) + " K",
                    SeawaterCorrelations.MIN_TEMPERATURE + " K",
                    MAX_SOLVED_TEMPERATURE + " K (where the salinity for an osmotic pressure is unique)");
        }
        if (osmoticPressure == 0) {
            return 0.0;
        }
        return new RootFinder(1e-12, 1e-12, maxEvaluations).solve(
                "salinity (kg/kg) for an osmotic pressure of " + Numbers.compact(osmoticPressure) + " Pa at "
                        + Numbers.compact(temperature) + " K",
                s -> SeawaterCorrelations.osmoticPressure(s, temperature) - osmoticPressure,
                0.0, MAX_SOLVED_SALINITY);
    }

    /**
     * The temperature at which seawater of salinity {@code salinity} has vapour pressure
     * {@code vapourPressure} ({@link SeawaterCorrelations#vapourPressure}), by Brent's method
     * ({@link RootFinder}) on [{@link SeawaterCorrelations#MIN_TEMPERATURE},
     * {@link SeawaterCorrelations#MAX_TEMPERATURE}] (monotonic there), to 1e-9 K absolute and
     * 1e-14 relative, within {@value #MAX_EVALUATIONS} evaluations.
     *
     * @param vapourPressure Pa, &gt; 0
     * @param salinity       kg/kg
     * @return temperature, K
     * @throws PermeateException {@link Message#NOT_BRACKETED} if the pressure is outside the range
     *                           the bracket spans, {@link Message#NO_CONVERGENCE} if the budget runs out
     */
    public static double temperatureForVapourPressure(final double vapourPressure, final double salinity) {
        return temperatureForVapourPressure(vapourPressure, salinity, MAX_EVALUATIONS);
    }

    /**
     * As {@link #temperatureForVapourPressure(double, double)} with a given evaluation budget.
     *
     * @param vapourPressure Pa, &gt; 0
     * @param salinity       kg/kg
     * @param maxEvaluations evaluation budget, ≥ 1
     * @return temperature, K
     */
    public static double temperatureForVapourPressure(final double vapourPressure, final double salinity,
                                                      final int maxEvaluations) {
        if (!(vapourPressure > 0) || !Double.isFinite(vapourPressure)) {
            throw new PermeateException(Message.NOT_ABOVE, "vapour pressure", "0 Pa",
                    Numbers.compact(vapourPressure) + " Pa");
        }
        SeawaterCorrelations.checkSalinity(salinity);
        return new RootFinder(1e-9, 1e-14, maxEvaluations).solve(
                "temperature (K) for a vapour pressure of " + Numbers.compact(vapourPressure) + " Pa at salinity "
                        + Numbers.compact(salinity) + " kg/kg",
                t -> SeawaterCorrelations.vapourPressure(salinity, t) - vapourPressure,
                SeawaterCorrelations.MIN_TEMPERATURE, SeawaterCorrelations.MAX_TEMPERATURE);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
