package org.permeate.element;

/**
 * A stretch of an element where the transmembrane pressure is below the osmotic pressure of the
 * feed: a fully rejecting membrane would stop producing there.
 *
 * @param start       distance from the element inlet where it begins, m
 * @param end         where it ends, m
 * @param maxDeficit  the largest shortfall of pressure in it, Pa
 */
public record PressureDeficit(double start, double end, double maxDeficit) {
}
