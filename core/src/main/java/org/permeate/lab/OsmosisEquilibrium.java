package org.permeate.lab;

/**
 * The end state of an osmosis cell, computed directly (no time integration): where the driving
 * pressure vanishes and, through a leaky membrane, the concentrations are equal.
 *
 * @param state            the cell at equilibrium (time NaN-free: 0, as it has no time)
 * @param waterTransferred kg of water moved from left to right
 * @param evaluations      driving-pressure evaluations the root finder used
 */
public record OsmosisEquilibrium(OsmosisSnapshot state, double waterTransferred, int evaluations) {
}
