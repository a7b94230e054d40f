package org.permeate.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Dimension;
import org.permeate.measure.Quantity;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Turns the concentration measures users give — mg/L, g/L, mol/L (per volume of solution), mg/kg,
 * ppm, g/kg, wt %, °Brix (per mass of solution), mol/kg (per mass of water), mOsm/kg — into
 * molalities, and molalities back into any of them. Measures per volume need the solution's
 * density, which itself depends on the composition: the conversion iterates on the density
 * (from the injected {@link DensityModel}) until it no longer changes.
 *
 * <p>Given a density ρ, each measure fixes the molality through the dissolved mass per mass of
 * water \( R = \sum_j m_j M_j \): mass fraction \( w_i \): \( m_i = w_i(1+R)/M_i \); mass
 * concentration \( c_i \): \( m_i = c_i(1+R)/(\rho M_i) \); amount per volume \( C_i \):
 * \( m_i = C_i(1+R)/\rho \). R then follows in closed form, \( R = (A + B)/(1 - A) \), with A the
 * mass fraction implied by the per-mass-of-solution and per-volume measures and B the dissolved
 * mass per kg of water of the molality measures; A ≥ 1 is impossible (no water left).
 */
public final class ConcentrationConverter {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-13;

    private final DensityModel density;

    /** @param density the density model used for per-volume measures */
    public ConcentrationConverter(final DensityModel density) {
        this.density = density;
    }

    /**
     * One solute and how much of it there is.
     *
     * @param species the solute
     * @param amount  a quantity whose dimension is MASS_CONCENTRATION, MASS_FRACTION, MOLALITY,
     *                MOLAR_CONCENTRATION or OSMOLALITY (the last only for the osmolyte)
     */
    public record Entry(Species species, Quantity amount) {
    }

    /**
     * @param entries     the solutes and their amounts, in any mix of measures
     * @param temperature K
     * @param pressure    absolute pressure, Pa
     * @return the composition in molalities
     */
    public Composition toComposition(final List<Entry> entries, final double temperature, final double pressure) {
        double a = 0;
        double b = 0;
        boolean perVolume = false;
        for (Entry e : entries) {
            final double v = e.amount().si();
            if (!Double.isFinite(v)) {
                throw new PermeateException(Message.NOT_FINITE, "concentration of " + e.species().id(), v);
            }
            if (v < 0) {
                throw new PermeateException(Message.NEGATIVE_CONCENTRATION, e.species().id(), e.amount().toString());
            }
            final Dimension d = e.amount().dimension();
            if (e.species().molarMass() == 0 && d != Dimension.OSMOLALITY && d != Dimension.MOLALITY) {
                throw new PermeateException(Message.UNKNOWN_CHOICE, "concentration of " + e.species().id(),
                        e.amount().toString(), "an osmolality such as 290 mOsm/kg");
            }
            switch (d) {
                case MASS_FRACTION -> a += v;
                case MOLALITY, OSMOLALITY -> b += v * e.species().molarMass();
                case MASS_CONCENTRATION, MOLAR_CONCENTRATION -> perVolume = true;
                default -> throw new PermeateException(Message.WRONG_DIMENSION, "concentration of " + e.species().id(),
                        e.amount().toString(), d.phrase(), "concentration", "500 mg/L, 35 g/kg, 0.6 mol/kg, 8 Brix");
            }
        }
        if (a >= 1) {
            throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, "mass fractions",
                    "a total of " + org.permeate.errors.Numbers.compact(a * 100) + " % by mass");
        }
        double rho = 1000.0;
        Composition composition = compose(entries, a, b, rho);
        if (!perVolume) {
            return composition;
        }
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            rho = density.massDensity(new Solution(composition, temperature, pressure));
            double aTotal = a;
            for (Entry e : entries) {
                if (e.amount().dimension() == Dimension.MASS_CONCENTRATION) {
                    aTotal += e.amount().si() / rho;
                } else if (e.amount().dimension() == Dimension.MOLAR_CONCENTRATION) {
                    aTotal += e.amount().si() * e.species().molarMass() / rho;
                }
            }
            if (aTotal >= 1) {
                throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, "concentrations",
                        "a dissolved mass of " + org.permeate.errors.Numbers.compact(aTotal * rho) + " kg/m³ at density "
                                + org.permeate.errors.Numbers.compact(rho) + " kg/m³");
            }
            final Composition next = compose(entries, aTotal, b, rho);
            if (converged(composition, next)) {
                return next;
            }
            composition = next;
        }
        throw new PermeateException(Message.NO_CONVERGENCE, "conversion of concentrations to molalities", MAX_ITERATIONS);
    }

    private static Composition compose(final List<Entry> entries, final double a, final double b, final double rho) {
        final double r = (a + b) / (1.0 - a);
        final Map<Species, Double> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            final double v = e.amount().si();
            final double mi = switch (e.amount().dimension()) {
                case MASS_FRACTION -> v * (1 + r) / e.species().molarMass();
                case MASS_CONCENTRATION -> v * (1 + r) / (rho * e.species().molarMass());
                case MOLAR_CONCENTRATION -> v * (1 + r) / rho;
                default -> v;
            };
            m.merge(e.species(), mi, Double::sum);
        }
        return Composition.of(m);
    }

    private static boolean converged(final Composition x, final Composition y) {
        for (int i = 0; i < x.size(); i++) {
            final double a = x.molality(i);
            final double b = y.molality(i);
            if (Math.abs(a - b) > TOLERANCE * Math.max(Math.abs(b), 1e-300)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param solution the state
     * @param species  a solute
     * @return its mass concentration, kg/m³ (= g/L)
     */
    public double massConcentration(final Solution solution, final Species species) {
        final Composition c = solution.composition();
        return c.molality(species) * species.molarMass() * density.massDensity(solution)
                / (1.0 + c.soluteMassPerWaterMass());
    }

    /**
     * Total dissolved solids: the dissolved mass per volume of solution, less dissolved CO2, a
     * gas that the gravimetric TDS (dried at 180 °C, Standard Methods 2540 C) does not keep.
     *
     * @param solution the state
     * @return total dissolved solids per volume of solution, kg/m³ (= g/L)
     */
    public double totalDissolvedSolids(final Solution solution) {
        final Composition c = solution.composition();
        final double solids = c.soluteMassPerWaterMass()
                - c.molality(SpeciesCatalog.CO2) * SpeciesCatalog.CO2.molarMass();
        return solids * density.massDensity(solution) / (1.0 + c.soluteMassPerWaterMass());
    }

    /**
     * @param solution the state
     * @param species  a solute
     * @return its amount per volume of solution, mol/m³
     */
    public double molarConcentration(final Solution solution, final Species species) {
        final Composition c = solution.composition();
        return c.molality(species) * density.massDensity(solution) / (1.0 + c.soluteMassPerWaterMass());
    }
}
