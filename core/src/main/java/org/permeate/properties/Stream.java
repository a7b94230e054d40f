package org.permeate.properties;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * A flowing solution: how much water passes per second, and what is dissolved in it. The solute
 * flows follow from the molalities: the molar flow of species i is {@code waterMassFlow · m_i}, so
 * that balances of water and of each solute are balances of plain numbers.
 *
 * @param waterMassFlow mass flow of water (the solvent alone), kg/s, ≥ 0
 * @param solution      composition (molalities), temperature and pressure
 */
public record Stream(double waterMassFlow, Solution solution) {

    public Stream {
        Checks.nonNegative("water mass flow", waterMassFlow);
        if (solution == null) {
            throw new PermeateException(Message.MISSING, "solution", "the stream's composition, temperature and pressure");
        }
    }

    /** @return the composition, mol/kg of water */
    public Composition composition() {
        return solution.composition();
    }

    /** @return temperature, K */
    public double temperature() {
        return solution.temperature();
    }

    /** @return absolute pressure, Pa */
    public double pressure() {
        return solution.pressure();
    }

    /**
     * @param i index of a species of the composition
     * @return its molar flow, mol/s
     */
    public double soluteMolarFlow(final int i) {
        return waterMassFlow * composition().molality(i);
    }

    /**
     * @param i index of a species of the composition
     * @return its mass flow, kg/s
     */
    public double soluteMassFlow(final int i) {
        return soluteMolarFlow(i) * composition().species(i).molarMass();
    }

    /** @return water plus every solute, kg/s */
    public double totalMassFlow() {
        return waterMassFlow * (1.0 + composition().soluteMassPerWaterMass());
    }

    /**
     * @param density mass density of the solution, kg/m³
     * @return volumetric flow, m³/s
     */
    public double volumetricFlow(final double density) {
        return totalMassFlow() / density;
    }

    /** @return the same stream at another pressure, Pa */
    public Stream withPressure(final double pressure) {
        return new Stream(waterMassFlow, solution.withPressure(pressure));
    }

    /** @return the same composition, temperature and pressure at another water flow, kg/s */
    public Stream withWaterMassFlow(final double flow) {
        return new Stream(flow, solution);
    }
}
