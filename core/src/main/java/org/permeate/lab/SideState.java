package org.permeate.lab;

import org.permeate.properties.Composition;

/**
 * One side of an osmosis cell at one moment.
 *
 * @param waterMass             kg of water
 * @param composition           molalities, mol/kg of water
 * @param volume                volume of solution, m³
 * @param level                 height of the free surface above the membrane, m
 * @param massDensity           kg/m³
 * @param osmoticPressure       Pa
 * @param osmolality            −ln a_w / M_w, osmol/kg (what an osmometer reads)
 * @param soluteConcentration   dissolved mass per volume of solution, kg/m³
 * @param pressureAtMembrane    applied + hydrostatic gauge pressure at the membrane, Pa
 */
public record SideState(double waterMass, Composition composition, double volume, double level, double massDensity,
                        double osmoticPressure, double osmolality, double soluteConcentration,
                        double pressureAtMembrane) {
}
