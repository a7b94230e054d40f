package org.permeate.chemistry;

import java.util.List;

import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.Species;

/**
 * The complexes and acid–base partners that speciation forms and the species catalog (which
 * lists what users give) does not: ion pairs of PHREEQC's pitzer.dat, and the protonated or
 * deprotonated forms of silicic acid, ammonia, phosphate and fluoride of phreeqc.dat.
 */
public final class AqueousSpecies {

    /** MgCO3°, the only carbonate ion pair of pitzer.dat (its CaCO3° is commented out). */
    public static final Species MGCO3 = neutral("MgCO3", "magnesium carbonate ion pair", "MgCO3");
    /** CaB(OH)4⁺ */
    public static final Species CABOH4 = ion("CaB(OH)4+", "calcium borate ion pair", "CaB(OH)4", 1);
    /** MgB(OH)4⁺ */
    public static final Species MGBOH4 = ion("MgB(OH)4+", "magnesium borate ion pair", "MgB(OH)4", 1);
    /** H3SiO4⁻ */
    public static final Species H3SIO4 = ion("H3SiO4-", "silicate", "H3SiO4", -1);
    /** NH3° */
    public static final Species NH3 = neutral("NH3", "ammonia", "NH3");
    /** H3PO4° */
    public static final Species H3PO4 = neutral("H3PO4", "phosphoric acid", "H3PO4");
    /** HF° */
    public static final Species HF = neutral("HF", "hydrofluoric acid", "HF");

    private AqueousSpecies() {
    }

    private static Species ion(final String id, final String name, final String formula, final int charge) {
        return new Species(id, name, formula, charge, AtomicWeights.molarMass(formula), Species.Kind.ION, List.of());
    }

    private static Species neutral(final String id, final String name, final String formula) {
        return new Species(id, name, formula, 0, AtomicWeights.molarMass(formula), Species.Kind.NEUTRAL, List.of());
    }
}
