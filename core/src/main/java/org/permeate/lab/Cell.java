package org.permeate.lab;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;

/**
 * A living cell as an osmometer (Boyle–van 't Hoff): a membrane of constant area and water
 * permeability around a volume \( V \) of which a part \( bV_0 \) is osmotically inactive (solids,
 * bound water), the rest a dilute solution of impermeant solutes; a plant cell has a
 * {@link CellWall} too.
 *
 * @param name              shown in reports
 * @param volume            V_0, the cell volume in its isotonic medium (animal cells) or with the wall just relaxed (plant cells), m³
 * @param osmolality        internal osmolality at V_0, osmol/kg (above 0)
 * @param inactiveFraction  b, the osmotically inactive fraction of V_0 (0 ≤ b &lt; 1)
 * @param area              membrane area, m² (taken constant)
 * @param waterPermeability hydraulic conductivity L_p of the membrane, m/(s·Pa)
 * @param criticalVolume    volume at which the cell bursts (lyses), m³ (+∞: never, e.g. a walled cell)
 * @param wall              the cell wall, or null for a cell without one
 */
public record Cell(String name, double volume, double osmolality, double inactiveFraction, double area,
                   double waterPermeability, double criticalVolume, CellWall wall) {

    public Cell {
        Checks.positive("cell volume (m³)", volume);
        Checks.positive("cell osmolality (osmol/kg)", osmolality);
        Checks.positive("cell membrane area (m²)", area);
        Checks.positive("cell water permeability Lp (m/(s Pa))", waterPermeability);
        if (!(inactiveFraction >= 0) || !(inactiveFraction < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "osmotically inactive fraction b", inactiveFraction, 0,
                    "below 1");
        }
        if (!(criticalVolume > volume)) {
            throw new PermeateException(Message.NOT_ABOVE, "critical (lysis) volume", volume + " m³ (the cell volume)",
                    criticalVolume);
        }
    }

    /**
     * Converts an osmotic (diffusional-equivalent) permeability to a hydraulic conductivity:
     * \( L_p = P_f \bar V_w / (RT) \) (Finkelstein 1987, Water Movement through Lipid Bilayers,
     * Pores, and Plasma Membranes, eq. 3-14).
     *
     * @param pf          osmotic permeability P_f, m/s
     * @param temperature K
     * @return L_p, m/(s·Pa)
     */
    public static double hydraulicConductivity(final double pf, final double temperature) {
        final double vw = PhysicalConstants.WATER_MOLAR_MASS / 997.05; // m³/mol, liquid water at 25 °C
        return pf * vw / (PhysicalConstants.GAS_CONSTANT * temperature);
    }

    /**
     * The volume of a sphere whose surface is {@code area}: the largest volume a cell of
     * constant membrane area can hold.
     *
     * @param area m²
     * @return m³
     */
    public static double sphereVolume(final double area) {
        return Math.pow(area, 1.5) / (6.0 * Math.sqrt(Math.PI));
    }

    /** @return the same cell with another osmotic permeability-derived or given L_p, m/(s·Pa) */
    public Cell withWaterPermeability(final double lp) {
        return new Cell(name, volume, osmolality, inactiveFraction, area, lp, criticalVolume, wall);
    }

    /** @return the same cell bursting at another volume, m³ (+∞: never) */
    public Cell withCriticalVolume(final double v) {
        return new Cell(name, volume, osmolality, inactiveFraction, area, waterPermeability, v, wall);
    }

    /** @return the same cell with another inactive fraction */
    public Cell withInactiveFraction(final double b) {
        return new Cell(name, volume, osmolality, b, area, waterPermeability, criticalVolume, wall);
    }
}
