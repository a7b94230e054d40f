package org.permeate.measure;

/**
 * Physical constants used across Permeate, each with its source. SI units.
 */
public final class PhysicalConstants {

    /** Molar gas constant R, J/(mol·K). CODATA 2018 (exact since the 2019 SI redefinition). */
    public static final double GAS_CONSTANT = 8.314462618;

    /** Faraday constant F, C/mol. CODATA 2018 (exact). */
    public static final double FARADAY = 96_485.33212;

    /** Avogadro constant, 1/mol. CODATA 2018 (exact). */
    public static final double AVOGADRO = 6.02214076e23;

    /** Boltzmann constant, J/K. CODATA 2018 (exact). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Molar mass of water, kg/mol. IAPWS-95 (Wagner &amp; Pruß 2002, J. Phys. Chem. Ref. Data 31, 387), 18.015268 g/mol. */
    public static final double WATER_MOLAR_MASS = 0.018015268;

    /** Standard acceleration of gravity, m/s². CGPM 1901 (exact). */
    public static final double STANDARD_GRAVITY = 9.80665;

    /** Standard atmosphere, Pa (exact). */
    public static final double STANDARD_ATMOSPHERE = 101_325.0;

    /** 0 °C in kelvin (exact). */
    public static final double ZERO_CELSIUS = 273.15;

    /** 25 °C, the reference temperature of most correlations, K. */
    public static final double T25 = 298.15;

    /**
     * Enthalpy of fusion of ice Ih at 0 °C and 0.1 MPa, J/mol: 333.55 kJ/kg × 18.015268 g/mol
     * (Feistel &amp; Wagner 2006, J. Phys. Chem. Ref. Data 35, 1021, table 3).
     */
    public static final double WATER_ENTHALPY_OF_FUSION = 333.55e3 * WATER_MOLAR_MASS;

    /**
     * Enthalpy of vaporisation of water at 100 °C, J/mol: 2256.47 kJ/kg (IAPWS-95 at the normal
     * boiling point, Wagner &amp; Pruß 2002) × 18.015268 g/mol.
     */
    public static final double WATER_ENTHALPY_OF_VAPORISATION_100C = 2256.47e3 * WATER_MOLAR_MASS;

    private PhysicalConstants() {
    }
}
