package org.permeate.lab;

/**
 * A cell at one moment.
 *
 * @param time            s since it was put in the medium
 * @param volume          m³
 * @param osmoticPressure inside, Pa
 * @param turgor          wall pressure, Pa (0 without a wall or when plasmolysed)
 * @param volumeRate      dV/dt, m³/s (positive: swelling)
 */
public record CellSnapshot(double time, double volume, double osmoticPressure, double turgor, double volumeRate) {
}
