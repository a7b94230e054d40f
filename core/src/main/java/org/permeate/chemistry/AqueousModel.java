package org.permeate.chemistry;

import java.util.List;

import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The aqueous reactions speciation solves, each forming one species from master species, H⁺
 * and water: \( m_{product} = K \prod a_{master}^{\nu} \cdot a_{H^+}^{h} \cdot a_w^{w} / \gamma_{product} \).
 *
 * <p>Constants: PHREEQC's {@code pitzer.dat} (usgs-coupled/phreeqc3@08a4a9ce, the version whose
 * Pitzer parameters {@code hmw84.txt} carries) for water, the carbonate system, MgCO3°, MgOH⁺,
 * HSO4⁻, boric acid, borate and its Ca and Mg complexes; {@code phreeqc.dat}
 * (usgs-coupled/phreeqc3@e92e1592) for silicic acid, ammonia, phosphate and HF, which
 * {@code pitzer.dat} of that version does not describe (their species take Pitzer's Debye–Hückel
 * term only, as PHREEQC gives species without interaction parameters). Polyborates
 * (B3O3(OH)4⁻, B4O5(OH)4²⁻) are left out: below about 0.02 mol/kg of boron (all natural waters
 * and RO concentrates) they hold less than 1 % of it. Reaction list with every coefficient:
 * {@code core/src/test/resources/org/permeate/chemistry/equilibrium-constants.md}.
 */
final class AqueousModel {

    private static final String PZ = "pitzer.dat@08a4a9ce";
    private static final String PQ = "phreeqc.dat@e92e1592";

    /**
     * One formation reaction.
     *
     * @param product the species formed
     * @param masters the components whose masters enter it, once each
     * @param h       power h of the H⁺ activity in the product's molality (+n when the reaction
     *                takes up n H⁺, −n when it releases them)
     * @param w       power w of the water activity (+1 when water is taken up, −1 when released)
     * @param k       the constant
     */
    record Reaction(Species product, List<Component> masters, int h, int w, EquilibriumConstant k) {
    }

    /** H2O = OH⁻ + H⁺: m_OH = Kw a_w / a_H / γ. */
    static final Reaction WATER = new Reaction(SpeciesCatalog.OH, List.of(), -1, 1,
            EquilibriumConstant.analytic(PZ + " H2O = OH- + H+", 293.29227, 0.1360833, -10576.913, -123.73158, 0,
                    -6.996455e-5));

    static final List<Reaction> REACTIONS = List.of(
            new Reaction(SpeciesCatalog.HCO3, List.of(Component.CARBON), 1, 0,
                    EquilibriumConstant.analytic(PZ + " CO3-2 + H+ = HCO3-", 107.8975, 0.03252849, -5151.79,
                            -38.92561, 563713.9)),
            new Reaction(SpeciesCatalog.CO2, List.of(Component.CARBON), 2, -1,
                    EquilibriumConstant.analytic(PZ + " CO3-2 + 2H+ = CO2 + H2O", 464.1965, 0.09344813, -26986.16,
                            -165.75951, 2248628.9)),
            new Reaction(AqueousSpecies.MGCO3, List.of(Component.MAGNESIUM, Component.CARBON), 0, 0,
                    EquilibriumConstant.analytic(PZ + " Mg+2 + CO3-2 = MgCO3", -32.225, 0.0, 1093.486, 12.72433)),
            new Reaction(SpeciesCatalog.MGOH, List.of(Component.MAGNESIUM), -1, 1,
                    EquilibriumConstant.vantHoffKcal(PZ + " Mg+2 + H2O = MgOH+ + H+", -11.809, 15.419)),
            new Reaction(SpeciesCatalog.HSO4, List.of(Component.SULFATE), 1, 0,
                    EquilibriumConstant.analytic(PZ + " SO4-2 + H+ = HSO4-", -5.3585, 0.0183412, 557.2461)),
            new Reaction(SpeciesCatalog.BOH4, List.of(Component.BORON), -1, 1,
                    EquilibriumConstant.vantHoffKcal(PZ + " B(OH)3 + H2O = B(OH)4- + H+", -9.239, 0)),
            new Reaction(AqueousSpecies.CABOH4, List.of(Component.CALCIUM, Component.BORON), -1, 1,
                    EquilibriumConstant.vantHoffKcal(PZ + " Ca+2 + B(OH)3 + H2O = CaB(OH)4+ + H+", -7.589, 0)),
            new Reaction(AqueousSpecies.MGBOH4, List.of(Component.MAGNESIUM, Component.BORON), -1, 1,
                    EquilibriumConstant.vantHoffKcal(PZ + " Mg+2 + B(OH)3 + H2O = MgB(OH)4+ + H+", -7.840, 0)),
            new Reaction(AqueousSpecies.H3SIO4, List.of(Component.SILICA), -1, 0,
                    EquilibriumConstant.analytic(PQ + " H4SiO4 = H3SiO4- + H+", -302.3724, -0.050698, 15669.69,
                            108.18466, -1119669)),
            new Reaction(AqueousSpecies.NH3, List.of(Component.AMMONIA), -1, 0,
                    EquilibriumConstant.analytic(PQ + " NH4+ = NH3 + H+", 0.6322, -0.001225, -2835.76)),
            new Reaction(SpeciesCatalog.HPO4, List.of(Component.PHOSPHATE), 1, 0,
                    EquilibriumConstant.vantHoffKcal(PQ + " PO4-3 + H+ = HPO4-2", 12.346, -3.530)),
            new Reaction(SpeciesCatalog.H2PO4, List.of(Component.PHOSPHATE), 2, 0,
                    EquilibriumConstant.vantHoffKcal(PQ + " PO4-3 + 2H+ = H2PO4-", 19.553, -4.520)),
            new Reaction(AqueousSpecies.H3PO4, List.of(Component.PHOSPHATE), 3, 0,
                    EquilibriumConstant.vantHoffKj(PQ + " PO4-3 + 3H+ = H3PO4", 21.721, -10.1)),
            new Reaction(AqueousSpecies.HF, List.of(Component.FLUORIDE), 1, 0,
                    EquilibriumConstant.analytic(PQ + " H+ + F- = HF", -2.033, 0.012645, 429.01)));

    private AqueousModel() {
    }

    /**
     * Contribution of a species to the alkalinity, eq per mol: its proton deficit relative to the
     * reference species CO2, B(OH)3, H4SiO4, NH4⁺, H2PO4⁻, SO4²⁻, F⁻ and H2O (total alkalinity as
     * titrated to the CO2 equivalence point, pH ≈ 4.5).
     *
     * @param s a species
     * @return its alkalinity coefficient
     */
    static int alkalinity(final Species s) {
        if (s.equals(SpeciesCatalog.HCO3) || s.equals(SpeciesCatalog.OH) || s.equals(SpeciesCatalog.BOH4)
                || s.equals(SpeciesCatalog.MGOH) || s.equals(AqueousSpecies.CABOH4) || s.equals(AqueousSpecies.MGBOH4)
                || s.equals(AqueousSpecies.H3SIO4) || s.equals(AqueousSpecies.NH3) || s.equals(SpeciesCatalog.HPO4)) {
            return 1;
        }
        if (s.equals(SpeciesCatalog.CO3) || s.equals(AqueousSpecies.MGCO3) || s.equals(SpeciesCatalog.PO4)) {
            return 2;
        }
        if (s.equals(SpeciesCatalog.H) || s.equals(SpeciesCatalog.HSO4) || s.equals(AqueousSpecies.H3PO4)
                || s.equals(AqueousSpecies.HF)) {
            return -1;
        }
        return 0;
    }
}
