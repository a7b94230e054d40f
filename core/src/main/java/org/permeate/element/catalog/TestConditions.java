package org.permeate.element.catalog;

import org.permeate.errors.Checks;

/**
 * The standard test a datasheet rates an element at.
 *
 * @param solute        the test salt or solute, e.g. "NaCl", "MgSO4" (split into ions by the species catalog)
 * @param concentration test concentration, kg/m³ (= g/L; datasheets print ppm ≈ mg/L)
 * @param pressure      applied (gauge) pressure, Pa
 * @param temperature   K
 * @param recovery      permeate flow / feed flow, 0–1
 * @param pH            pH of the test solution (0 when not stated)
 */
public record TestConditions(String solute, double concentration, double pressure,
                             double temperature, double recovery, double pH) {

    public TestConditions {
        Checks.positive("test concentration", concentration);
        Checks.positive("test pressure", pressure);
        Checks.positive("test temperature", temperature);
        Checks.inRange("test recovery", recovery, 1e-4, 0.99);
    }
}
