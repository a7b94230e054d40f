package org.permeate.lab;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;

/**
 * One side of an osmosis cell: the solution it holds and its geometry. The liquid stands in a
 * vertical column of constant cross-section above the membrane, so its level rises by
 * \( \Delta V / A_c \) when it gains a volume \( \Delta V \); a U-tube arm is such a column, and so is
 * the riser of a Pfeffer cell (with the cell's volume below the riser).
 *
 * @param name            "left", "right", "cell", "bath"… as shown in reports
 * @param composition     molalities of what is dissolved, mol/kg of water
 * @param volume          initial volume of solution, m³ (above 0)
 * @param crossSection    cross-section of the column the level moves in, m² (above 0)
 * @param level           initial height of the free surface above the membrane, m (≥ 0)
 * @param appliedPressure gauge pressure applied on the free surface (a piston), Pa (≥ 0)
 */
public record Compartment(String name, Composition composition, double volume, double crossSection, double level,
                          double appliedPressure) {

    public Compartment {
        if (name == null || name.isBlank()) {
            throw new PermeateException(Message.MISSING, "compartment name", "a name such as \"left\"");
        }
        if (composition == null) {
            throw new PermeateException(Message.MISSING, name + " solution", "what is dissolved");
        }
        Checks.positive(name + " volume (m³)", volume);
        Checks.positive(name + " cross-section (m²)", crossSection);
        Checks.nonNegative(name + " level (m)", level);
        Checks.nonNegative(name + " applied pressure (Pa)", appliedPressure);
    }

    /**
     * A straight arm whose liquid stands from the membrane up: level = volume / cross-section.
     *
     * @param name         name
     * @param composition  molalities
     * @param volume       m³
     * @param crossSection m²
     * @return the compartment, with no applied pressure
     */
    public static Compartment arm(final String name, final Composition composition, final double volume,
                                  final double crossSection) {
        return new Compartment(name, composition, volume, crossSection, volume / crossSection, 0.0);
    }

    /** @return the same compartment with a gauge pressure applied on its surface, Pa */
    public Compartment withAppliedPressure(final double pressure) {
        return new Compartment(name, composition, volume, crossSection, level, pressure);
    }

    /** @return the same compartment holding another solution */
    public Compartment withComposition(final Composition c) {
        return new Compartment(name, c, volume, crossSection, level, appliedPressure);
    }
}
