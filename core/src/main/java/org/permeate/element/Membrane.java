package org.permeate.element;

import org.permeate.errors.Checks;
import org.permeate.transport.TemperatureCorrection;

/**
 * What a membrane lets through: its water permeability A and solute permeabilities B at 25 °C,
 * its reflection coefficient σ (1 for solution–diffusion; below 1 selects Spiegler–Kedem–Katchalsky),
 * how they change with temperature, and the condition it is in.
 *
 * <p>Transport laws (per unit area; WaterTAP docs, reverse_osmosis_0D; Spiegler &amp; Kedem 1966,
 * Desalination 1, 311): water \( J_w = A\rho_s[\Delta P - \sigma(\pi_m - \pi_p)] \) (kg/m²/s);
 * solute \( J_{s,i} = B_i (c_{m,i} - c_{p,i}) + (1-\sigma)\,J_v\,c_{m,i} \) (kg/m²/s), c in kg/m³.
 *
 * @param waterPermeability     A at 25 °C, m/(s·Pa)
 * @param solutePermeabilities  B of every solute at 25 °C
 * @param reflectionCoefficient σ, 0–1 (1: solution–diffusion)
 * @param temperatureCorrection how A and B change with temperature
 * @param condition             fouling and ageing
 */
public record Membrane(double waterPermeability, SolutePermeabilities solutePermeabilities,
                       double reflectionCoefficient, TemperatureCorrection temperatureCorrection,
                       MembraneCondition condition) {

    public Membrane {
        Checks.positive("water permeability A", waterPermeability);
        Checks.inRange("reflection coefficient", reflectionCoefficient, 0.0, 1.0);
        if (solutePermeabilities == null || temperatureCorrection == null || condition == null) {
            throw new IllegalArgumentException("membrane fields must not be null");
        }
    }

    /**
     * @param a A at 25 °C, m/(s·Pa)
     * @param b permeabilities
     * @param tcf temperature correction
     * @return a new solution–diffusion membrane
     */
    public static Membrane solutionDiffusion(final double a, final SolutePermeabilities b, final TemperatureCorrection tcf) {
        return new Membrane(a, b, 1.0, tcf, MembraneCondition.NEW);
    }

    /** @return the same membrane in another condition */
    public Membrane withCondition(final MembraneCondition c) {
        return new Membrane(waterPermeability, solutePermeabilities, reflectionCoefficient, temperatureCorrection, c);
    }

    /** @return the same membrane with another A at 25 °C, m/(s·Pa) */
    public Membrane withWaterPermeability(final double a) {
        return new Membrane(a, solutePermeabilities, reflectionCoefficient, temperatureCorrection, condition);
    }

    /** @return the same membrane with other solute permeabilities */
    public Membrane withSolutePermeabilities(final SolutePermeabilities b) {
        return new Membrane(waterPermeability, b, reflectionCoefficient, temperatureCorrection, condition);
    }

    /**
     * @param temperature K
     * @return A at that temperature and in this condition, m/(s·Pa)
     */
    public double waterPermeabilityAt(final double temperature) {
        return waterPermeability * temperatureCorrection.waterPermeabilityFactor(temperature)
                * condition.waterPermeabilityFactor();
    }

    /**
     * @param temperature K
     * @return the factor applied to every B at that temperature and in this condition
     */
    public double solutePermeabilityFactorAt(final double temperature) {
        return temperatureCorrection.solutePermeabilityFactor(temperature) * condition.solutePermeabilityFactor();
    }
}
