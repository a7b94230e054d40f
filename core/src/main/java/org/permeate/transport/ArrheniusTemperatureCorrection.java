package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;

/**
 * Arrhenius temperature dependence with user activation energies for water and solute permeability:
 * \[ \frac{A(T)}{A(T_0)} = \exp\!\left[-\frac{E_A}{R}\left(\frac{1}{T} - \frac{1}{T_0}\right)\right], \qquad
 *    \frac{B(T)}{B(T_0)} = \exp\!\left[-\frac{E_B}{R}\left(\frac{1}{T} - \frac{1}{T_0}\right)\right] \]
 * with \( T_0 = 298.15 \) K and R = 8.314462618 J/(mol·K).
 *
 * <p>Source: the Arrhenius form (S. Arrhenius, Z. Phys. Chem. 4 (1889) 226–248) as used for membrane
 * permeabilities. The makers' TCFs are of this form: FilmTec's constants 2640 K and 3020 K are
 * \( E/R \) with E = 21.9 and 25.1 kJ/mol ({@link FilmTecTemperatureCorrection}), Hydranautics'
 * 2700 K is 22.4 kJ/mol. The activation energies are the user's: their fitted range is theirs to
 * know.
 *
 * <p><b>Range.</b> {@link #warnings} flags temperatures outside 0–100 °C (liquid water at 1 atm).
 *
 * <p>Immutable and thread-safe; E/R is computed once, the factor methods do not allocate.
 */
public final class ArrheniusTemperatureCorrection implements TemperatureCorrection {

    /** Stable name used in files and reports. */
    public static final String NAME = "arrhenius";

    /** Lower end of the stated range, K (0 °C). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS;

    /** Upper end of the stated range, K (100 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 100.0;

    private static final double INVERSE_REFERENCE = 1.0 / REFERENCE_TEMPERATURE;
    private static final String SOURCE = "Arrhenius temperature correction";

    private final double waterActivationEnergy;
    private final double soluteActivationEnergy;
    private final double waterOverR;
    private final double soluteOverR;

    /**
     * @param waterActivationEnergy  activation energy of the water permeability, J/mol (finite; typically
     *                               15–30 kJ/mol for polyamide RO)
     * @param soluteActivationEnergy activation energy of the solute permeability, J/mol (finite)
     */
    public ArrheniusTemperatureCorrection(final double waterActivationEnergy, final double soluteActivationEnergy) {
        this.waterActivationEnergy = Checks.finite("water activation energy", waterActivationEnergy);
        this.soluteActivationEnergy = Checks.finite("solute activation energy", soluteActivationEnergy);
        this.waterOverR = waterActivationEnergy / PhysicalConstants.GAS_CONSTANT;
        this.soluteOverR = soluteActivationEnergy / PhysicalConstants.GAS_CONSTANT;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "Arrhenius, factor = exp[-(E/R)(1/T - 1/298.15)], E_water = " + waterActivationEnergy
                + " J/mol, E_solute = " + soluteActivationEnergy + " J/mol";
    }

    /** @return activation energy of the water permeability, J/mol */
    public double waterActivationEnergy() {
        return waterActivationEnergy;
    }

    /** @return activation energy of the solute permeability, J/mol */
    public double soluteActivationEnergy() {
        return soluteActivationEnergy;
    }

    /**
     * @param temperature K
     * @return A(T)/A(298.15 K), dimensionless
     */
    @Override
    public double waterPermeabilityFactor(final double temperature) {
        return Math.exp(-waterOverR * (1.0 / Inputs.temperature(temperature) - INVERSE_REFERENCE));
    }

    /**
     * @param temperature K
     * @return B(T)/B(298.15 K), dimensionless
     */
    @Override
    public double solutePermeabilityFactor(final double temperature) {
        return Math.exp(-soluteOverR * (1.0 / Inputs.temperature(temperature) - INVERSE_REFERENCE));
    }

    /**
     * @return a {@code TEMPERATURE_OUTSIDE_FITTED_RANGE} warning outside 0–100 °C
     */
    @Override
    public List<ModelWarning> warnings(final double temperature) {
        return RangeWarnings.temperature(SOURCE, temperature, MIN_TEMPERATURE, MAX_TEMPERATURE);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
