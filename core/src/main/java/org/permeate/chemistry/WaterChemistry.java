package org.permeate.chemistry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Between the compositions the membrane model carries and speciation. The element model
 * transports each species on its own — CO2 almost freely, HCO3⁻ and CO3²⁻ like other ions, boric
 * acid poorly and borate well rejected — so a feed is first speciated at its pH and then handed
 * to it as {@link #forTransport free species}; any stream it returns (permeate, concentrate) has
 * a pH that follows from the carbon and alkalinity it carries ({@link #of}).
 */
public final class WaterChemistry {

    private WaterChemistry() {
    }

    /**
     * A stream's chemistry: totals and alkalinity from its species, pH from the closed system.
     *
     * @param c           a composition as the membrane model carries it
     * @param temperature K
     * @return the speciated water
     */
    public static Speciated of(final Composition c, final double temperature) {
        return Speciation.closed(Speciation.totalsOf(c), Speciation.alkalinityOf(c), temperature);
    }

    /**
     * A water as given (ions, HCO3⁻ and CO3²⁻ as the analysis reports them, boron as boric acid)
     * brought to equilibrium at its measured pH: carbon from the given alkalinity (or, without
     * any, from the CO2 given), boron split into boric acid and borate.
     *
     * @param given       the analysis as species molalities, mol/kg
     * @param pH          the measured pH
     * @param temperature K
     * @return the speciated water
     */
    public static Speciated atPh(final Composition given, final double pH, final double temperature) {
        final Map<Component, Double> totals = Speciation.totalsOf(given);
        final double alkalinity = Speciation.alkalinityOf(given);
        if (alkalinity > 0) {
            return Speciation.fromAlkalinity(totals, alkalinity, pH, temperature);
        }
        return Speciation.atPh(totals, pH, temperature);
    }

    /**
     * A water as given, brought to equilibrium at its pH and handed back as the membrane model
     * carries it: {@link #atPh} then {@link #forTransport}, with the solutes speciation does
     * not describe (sugars, urea, ethanol, osmolytes) kept as they were.
     *
     * @param given       the analysis as species molalities, mol/kg
     * @param pH          the measured pH
     * @param temperature K
     * @return the composition for the membrane model
     */
    public static Composition equilibrate(final Composition given, final double pH, final double temperature) {
        final Map<Species, Double> m = new LinkedHashMap<>();
        final Composition speciated = forTransport(atPh(given, pH, temperature));
        for (int i = 0; i < speciated.size(); i++) {
            m.put(speciated.species(i), speciated.molality(i));
        }
        for (int i = 0; i < given.size(); i++) {
            final Species s = given.species(i);
            if (s.charge() == 0 && Speciation.totalsOf(Composition.of(s, 1.0)).isEmpty()
                    && !s.equals(SpeciesCatalog.H) && !s.equals(SpeciesCatalog.OH)) {
                m.merge(s, given.molality(i), Double::sum);
            }
        }
        return Composition.of(m);
    }

    /**
     * The free species the membrane model transports: the ion pairs of speciation given back to
     * their ions (MgCO3° → Mg²⁺ + CO3²⁻, CaB(OH)4⁺ → Ca²⁺ + B(OH)4⁻, MgB(OH)4⁺ → Mg²⁺ + B(OH)4⁻,
     * MgOH⁺ → Mg²⁺ + OH⁻), silicate and ammonia written with hydroxide (H3SiO4⁻ → SiO2 + OH⁻,
     * NH3 → NH4⁺ + OH⁻, which keeps their alkalinity and charge), minor acid forms to their base
     * (HSO4⁻ → SO4²⁻, H3PO4 → H2PO4⁻, HF → F⁻) and H⁺ left out: the alkalinity carried changes by
     * those last, about 10^−pH mol/kg, negligible above pH 5.
     *
     * @param s a speciated water
     * @return its composition for the membrane model
     */
    public static Composition forTransport(final Speciated s) {
        final Map<Species, Double> m = new LinkedHashMap<>();
        final Composition c = s.composition();
        for (int i = 0; i < c.size(); i++) {
            final Species sp = c.species(i);
            final double x = c.molality(i);
            if (sp.equals(AqueousSpecies.MGCO3)) {
                add(m, SpeciesCatalog.MG, x);
                add(m, SpeciesCatalog.CO3, x);
            } else if (sp.equals(AqueousSpecies.CABOH4)) {
                add(m, SpeciesCatalog.CA, x);
                add(m, SpeciesCatalog.BOH4, x);
            } else if (sp.equals(AqueousSpecies.MGBOH4)) {
                add(m, SpeciesCatalog.MG, x);
                add(m, SpeciesCatalog.BOH4, x);
            } else if (sp.equals(SpeciesCatalog.MGOH)) {
                add(m, SpeciesCatalog.MG, x);
                add(m, SpeciesCatalog.OH, x);
            } else if (sp.equals(SpeciesCatalog.HSO4)) {
                add(m, SpeciesCatalog.SO4, x);
            } else if (sp.equals(AqueousSpecies.H3SIO4)) {
                // H3SiO4⁻ as SiO2 + OH⁻: silicon, charge and alkalinity all kept
                add(m, SpeciesCatalog.SIO2, x);
                add(m, SpeciesCatalog.OH, x);
            } else if (sp.equals(AqueousSpecies.NH3)) {
                // NH3 as NH4⁺ + OH⁻: nitrogen, charge and alkalinity all kept
                add(m, SpeciesCatalog.NH4, x);
                add(m, SpeciesCatalog.OH, x);
            } else if (sp.equals(AqueousSpecies.H3PO4)) {
                add(m, SpeciesCatalog.H2PO4, x);
            } else if (sp.equals(AqueousSpecies.HF)) {
                add(m, SpeciesCatalog.F, x);
            } else if (!sp.equals(SpeciesCatalog.H)) {
                add(m, sp, x);
            }
        }
        return Composition.of(m);
    }

    private static void add(final Map<Species, Double> m, final Species s, final double x) {
        m.merge(s, x, Double::sum);
    }
}
