/**
 * Reverse osmosis used to keep the concentrate: batch and feed-and-bleed recirculation of a food
 * (maple sap, milk, juice) through a train of elements until a target concentration, the pressure
 * it needs on the way, what the permeate takes with it, and the energy.
 */
package org.permeate.flowsheet.concentration;
