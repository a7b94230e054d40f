package org.permeate.chemistry;

import java.util.List;
import java.util.Map;

import org.permeate.properties.species.SpeciesCatalog;

/**
 * The minerals that scale RO membranes, with their dissolution constants from PHREEQC's
 * databases: {@code pitzer.dat} (usgs-coupled/phreeqc3@08a4a9ce, consistent with the Pitzer
 * parameters in use) where it has them, else {@code phreeqc.dat} (@e92e1592). Coefficients in
 * {@code core/src/test/resources/org/permeate/chemistry/equilibrium-constants.md}, §4.
 */
public final class Minerals {

    private static final String PZ = "pitzer.dat@08a4a9ce ";
    private static final String PQ = "phreeqc.dat@e92e1592 ";

    /** CaCO3 = Ca²⁺ + CO3²⁻ */
    public static final Mineral CALCITE = new Mineral("calcite", "CaCO3",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.CO3, 1), 0,
            EquilibriumConstant.analytic(PZ + "Calcite", -171.8329, -0.077993, 2839.319, 71.595));
    /** CaCO3 (aragonite) */
    public static final Mineral ARAGONITE = new Mineral("aragonite", "CaCO3",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.CO3, 1), 0,
            EquilibriumConstant.analytic(PZ + "Aragonite", -171.8607, -0.077993, 2903.293, 71.595));
    /** CaMg(CO3)2 = Ca²⁺ + Mg²⁺ + 2CO3²⁻ */
    public static final Mineral DOLOMITE = new Mineral("dolomite", "CaMg(CO3)2",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.MG, 1, SpeciesCatalog.CO3, 2), 0,
            EquilibriumConstant.vantHoffKcal(PZ + "Dolomite", -17.083, -9.436));
    /** MgCO3 = Mg²⁺ + CO3²⁻ (ΔH printed without unit: kJ/mol) */
    public static final Mineral MAGNESITE = new Mineral("magnesite", "MgCO3",
            Map.of(SpeciesCatalog.MG, 1, SpeciesCatalog.CO3, 1), 0,
            EquilibriumConstant.vantHoffKj(PZ + "Magnesite", -7.834, -6.169));
    /** CaSO4·2H2O = Ca²⁺ + SO4²⁻ + 2H2O */
    public static final Mineral GYPSUM = new Mineral("gypsum", "CaSO4:2H2O",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.SO4, 1), 2,
            EquilibriumConstant.analytic(PZ + "Gypsum", 90.318, 0, -4213.0, -32.641));
    /** CaSO4 = Ca²⁺ + SO4²⁻ */
    public static final Mineral ANHYDRITE = new Mineral("anhydrite", "CaSO4",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.SO4, 1), 0,
            EquilibriumConstant.analytic(PZ + "Anhydrite", 87.836, 0, -3136.79, -32.953));
    /** BaSO4 = Ba²⁺ + SO4²⁻ */
    public static final Mineral BARITE = new Mineral("barite", "BaSO4",
            Map.of(SpeciesCatalog.BA, 1, SpeciesCatalog.SO4, 1), 0,
            EquilibriumConstant.analytic(PZ + "Barite", 136.035, 0, -7680.41, -48.595));
    /** SrSO4 = Sr²⁺ + SO4²⁻ (Howell et al. 1992) */
    public static final Mineral CELESTITE = new Mineral("celestite", "SrSO4",
            Map.of(SpeciesCatalog.SR, 1, SpeciesCatalog.SO4, 1), 0,
            EquilibriumConstant.analytic(PZ + "Celestite", -7.14, 6.11e-3, 75, 0, 0, -1.79e-5));
    /** CaF2 = Ca²⁺ + 2F⁻ (not in pitzer.dat) */
    public static final Mineral FLUORITE = new Mineral("fluorite", "CaF2",
            Map.of(SpeciesCatalog.CA, 1, SpeciesCatalog.F, 2), 0,
            EquilibriumConstant.analytic(PQ + "Fluorite", 66.348, 0, -4298.2, -25.271));
    /** SiO2 (amorphous) + 2H2O = H4SiO4 (not in pitzer.dat of this version) */
    public static final Mineral AMORPHOUS_SILICA = new Mineral("amorphous silica", "SiO2",
            Map.of(SpeciesCatalog.SIO2, 1), -2,
            EquilibriumConstant.analytic(PQ + "SiO2(a)", -0.26, 0, -731.0));
    /** Mg(OH)2 = Mg²⁺ + 2OH⁻ */
    public static final Mineral BRUCITE = new Mineral("brucite", "Mg(OH)2",
            Map.of(SpeciesCatalog.MG, 1, SpeciesCatalog.OH, 2), 0,
            EquilibriumConstant.vantHoffKcal(PZ + "Brucite", -10.88, 4.85));
    /** Ca5(PO4)3OH + 4H⁺ = 5Ca²⁺ + 3HPO4²⁻ + H2O: the calcium phosphate of phreeqc.dat */
    public static final Mineral HYDROXYAPATITE = new Mineral("hydroxyapatite", "Ca5(PO4)3OH",
            Map.of(SpeciesCatalog.CA, 5, SpeciesCatalog.HPO4, 3, SpeciesCatalog.H, -4), 1,
            EquilibriumConstant.vantHoffKcal(PQ + "Hydroxyapatite", -3.421, -36.155));

    /**
     * The minerals RO design limits recovery by (the makers' projection tools check these):
     * calcium carbonate (as calcite), calcium, barium and strontium sulfates, calcium fluoride,
     * silica and calcium phosphate.
     */
    public static final List<Mineral> RO_SCALANTS = List.of(CALCITE, GYPSUM, BARITE, CELESTITE, FLUORITE,
            AMORPHOUS_SILICA, HYDROXYAPATITE);

    /**
     * Every mineral here, in the order reports show them: the RO scalants, then polymorphs and
     * minerals that are slow to form at RO conditions (dolomite, magnesite, brucite, anhydrite)
     * and so are shown but not warned about.
     */
    public static final List<Mineral> SCALING = List.of(CALCITE, GYPSUM, BARITE, CELESTITE, FLUORITE, AMORPHOUS_SILICA,
            HYDROXYAPATITE, ARAGONITE, DOLOMITE, ANHYDRITE, MAGNESITE, BRUCITE);

    private Minerals() {
    }
}
