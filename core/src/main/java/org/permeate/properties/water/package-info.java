/**
 * Pure liquid water: density, viscosity, enthalpy, heat capacity and the saturation line from the
 * IAPWS industrial formulations (IAPWS-IF97 regions 1 and 4, IAPWS 2008 viscosity).
 * {@link org.permeate.properties.water.Iapws97Water} is the public entry point; the other classes
 * hold the bare equations.
 */
package org.permeate.properties.water;
