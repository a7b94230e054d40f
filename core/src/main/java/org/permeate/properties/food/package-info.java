/**
 * Foods and other products concentrated by reverse osmosis: their dissolved part (sugars, milk
 * salts, ethanol), the part a membrane retains whole (milk protein and fat), and the property models
 * that depend on both (milk viscosity from total solids). The osmotic pressure of the dissolved part
 * comes from the general property package (Pitzer for ions, Norrish and fitted binaries for the
 * neutral solutes).
 */
package org.permeate.properties.food;
