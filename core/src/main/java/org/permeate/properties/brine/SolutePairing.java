package org.permeate.properties.brine;

import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Which Laliberté solute describes each cation–anion pair and each neutral species, precomputed
 * once for every species of {@link SpeciesCatalog} (looked up by identity, then by identifier and
 * charge), and computed on the fly (without allocation) for species from elsewhere.
 *
 * <p><b>Pairs without coefficients</b> (Permeate's rule, not Laliberté's): among the salts whose
 * coefficients for the property are usable and were fitted over at least 10 K and up to a mass
 * fraction of at least 0.01 (this leaves out e.g. CaSO4, fitted at 25 °C only, as a stand-in), take
 * the one that minimises, in this order,
 * <ol>
 *   <li>0 if it has the same charge type \((z_c, |z_a|)\), else 1;</li>
 *   <li>0 if it has the same anion, 1 if the same cation, else 2;</li>
 *   <li>the difference of equivalent masses \(|M_c/z_c + M_a/|z_a| - (\ldots)_{target}|\).</li>
 * </ol>
 * Examples: Ca(HCO3)2 → Ca(NO3)2, Mg(HCO3)2 → Mg(NO3)2, CaSO4 viscosity → MnSO4, KHCO3 viscosity →
 * NaHCO3, K2HPO4 viscosity → K2SO4, CaCO3 → MgSO4, NaB(OH)4 → NaBr, SrSO4 and BaSO4 → FeSO4.
 *
 * <p><b>Neutral solutes without coefficients</b> (analogues chosen here; a warning is raised):
 * glucose, fructose and lactose → sucrose (sugars of nearly the same apparent specific volume: at
 * 10 % and 20 °C the CRC table gives 1.0375, 1.0385, 1.0390 and 1.0381 g/cm³); urea → NH4Cl for the
 * density and NaBr for the viscosity (of all solutes in the file, those closest to the CRC urea table
 * at 20 °C, 5–30 %: within 0.31 % and 4.8 % respectively; sucrose would be 4 % and 140 % off);
 * boric acid, silica, and any other neutral species → sucrose (assumed, not checked); CO2 viscosity
 * → sucrose (assumed).
 */
final class SolutePairing {

    /** The catalog, in {@link SpeciesCatalog#all()} order. */
    private static final Species[] CATALOG = SpeciesCatalog.all().toArray(new Species[0]);
    private static final int N = CATALOG.length;

    /** Entry index for [cation][anion] catalog indices, density and viscosity. */
    private static final int[] PAIR_DENSITY = new int[N * N];
    private static final int[] PAIR_VISCOSITY = new int[N * N];
    private static final boolean[] PAIR_DENSITY_FALLBACK = new boolean[N * N];
    private static final boolean[] PAIR_VISCOSITY_FALLBACK = new boolean[N * N];
    /** Entry index for neutral catalog species. */
    private static final int[] NEUTRAL_DENSITY = new int[N];
    private static final int[] NEUTRAL_VISCOSITY = new int[N];
    private static final boolean[] NEUTRAL_DENSITY_FALLBACK = new boolean[N];
    private static final boolean[] NEUTRAL_VISCOSITY_FALLBACK = new boolean[N];

    /** Index of the generic neutral analogue (sucrose). */
    static final int SUCROSE = LaliberteSolutes.indexOf("sucrose");
    private static final int NH4CL = LaliberteSolutes.indexOf("NH4Cl");
    private static final int NABR = LaliberteSolutes.indexOf("NaBr");

    /** Catalog index of Cl- and Na+, the partners of ions left without counter-ions. */
    static final int CHLORIDE = catalogIndex(SpeciesCatalog.CL);
    static final int SODIUM = catalogIndex(SpeciesCatalog.NA);

    static {
        for (int c = 0; c < N; c++) {
            for (int a = 0; a < N; a++) {
                if (CATALOG[c].isCation() && CATALOG[a].isAnion()) {
                    final int k = c * N + a;
                    PAIR_DENSITY[k] = exact(CATALOG[c], CATALOG[a], false);
                    PAIR_DENSITY_FALLBACK[k] = PAIR_DENSITY[k] < 0;
                    if (PAIR_DENSITY[k] < 0) {
                        PAIR_DENSITY[k] = closest(CATALOG[c], CATALOG[a], false);
                    }
                    PAIR_VISCOSITY[k] = exact(CATALOG[c], CATALOG[a], true);
                    PAIR_VISCOSITY_FALLBACK[k] = PAIR_VISCOSITY[k] < 0;
                    if (PAIR_VISCOSITY[k] < 0) {
                        PAIR_VISCOSITY[k] = closest(CATALOG[c], CATALOG[a], true);
                    }
                }
            }
            if (CATALOG[c].kind() == Species.Kind.NEUTRAL) {
                NEUTRAL_DENSITY[c] = neutralEntry(CATALOG[c], false);
                NEUTRAL_VISCOSITY[c] = neutralEntry(CATALOG[c], true);
                NEUTRAL_DENSITY_FALLBACK[c] = !isOwnEntry(NEUTRAL_DENSITY[c], CATALOG[c]);
                NEUTRAL_VISCOSITY_FALLBACK[c] = !isOwnEntry(NEUTRAL_VISCOSITY[c], CATALOG[c]);
            }
        }
    }

    private SolutePairing() {
    }

    /**
     * @param s a species
     * @return its index in the catalog, or -1 if it is not a catalog species
     */
    static int catalogIndex(final Species s) {
        for (int k = 0; k < N; k++) {
            if (CATALOG[k] == s) {
                return k;
            }
        }
        for (int k = 0; k < N; k++) {
            if (same(CATALOG[k], s)) {
                return k;
            }
        }
        return -1;
    }

    /** @return the catalog species at index k */
    static Species catalogSpecies(final int k) {
        return CATALOG[k];
    }

    /**
     * @param viscosity   true for the viscosity coefficients, false for density
     * @param cationIndex catalog index of the cation, or -1
     * @param cation      the cation
     * @param anionIndex  catalog index of the anion, or -1
     * @param anion       the anion
     * @return index of the solute (in {@link LaliberteSolutes}) that describes the pair
     */
    static int pairEntry(final boolean viscosity, final int cationIndex, final Species cation,
                         final int anionIndex, final Species anion) {
        if (cationIndex >= 0 && anionIndex >= 0) {
            return viscosity ? PAIR_VISCOSITY[cationIndex * N + anionIndex] : PAIR_DENSITY[cationIndex * N + anionIndex];
        }
        final int e = exact(cation, anion, viscosity);
        return e >= 0 ? e : closest(cation, anion, viscosity);
    }

    /** @return true if the pair is described by another salt's coefficients */
    static boolean pairIsFallback(final boolean viscosity, final int cationIndex, final Species cation,
                                  final int anionIndex, final Species anion) {
        if (cationIndex >= 0 && anionIndex >= 0) {
            return viscosity ? PAIR_VISCOSITY_FALLBACK[cationIndex * N + anionIndex]
                    : PAIR_DENSITY_FALLBACK[cationIndex * N + anionIndex];
        }
        return exact(cation, anion, viscosity) < 0;
    }

    /**
     * @param viscosity    true for the viscosity coefficients
     * @param neutralIndex catalog index of the neutral species, or -1
     * @param neutral      the neutral species
     * @return index of the solute that describes it
     */
    static int neutralEntry(final boolean viscosity, final int neutralIndex, final Species neutral) {
        if (neutralIndex >= 0) {
            return viscosity ? NEUTRAL_VISCOSITY[neutralIndex] : NEUTRAL_DENSITY[neutralIndex];
        }
        return neutralEntry(neutral, viscosity);
    }

    /** @return true if the neutral species is described by an analogue's coefficients */
    static boolean neutralIsFallback(final boolean viscosity, final int neutralIndex, final Species neutral) {
        if (neutralIndex >= 0) {
            return viscosity ? NEUTRAL_VISCOSITY_FALLBACK[neutralIndex] : NEUTRAL_DENSITY_FALLBACK[neutralIndex];
        }
        return !isOwnEntry(neutralEntry(neutral, viscosity), neutral);
    }

    // ---- rules ------------------------------------------------------------------------------

    private static boolean usable(final LaliberteSolute s, final boolean viscosity) {
        return !viscosity || s.hasViscosity();
    }

    /** Narrowest fitted temperature span, K, and smallest maximum mass fraction of a stand-in. */
    private static final double MIN_SPAN = 10.0;
    private static final double MIN_MAX_FRACTION = 0.01;

    /** @return true if the solute's fit is broad enough to stand in for another pair */
    private static boolean broad(final LaliberteSolute s, final boolean viscosity) {
        if (viscosity) {
            return s.viscosityMaxTemperature() - s.viscosityMinTemperature() >= MIN_SPAN
                    && s.viscosityMaxMassFraction() >= MIN_MAX_FRACTION;
        }
        return s.densityMaxTemperature() - s.densityMinTemperature() >= MIN_SPAN
                && s.densityMaxMassFraction() >= MIN_MAX_FRACTION;
    }

    /** @return the entry made of exactly these ions with usable coefficients, or -1 */
    private static int exact(final Species cation, final Species anion, final boolean viscosity) {
        for (int i = 0; i < LaliberteSolutes.size(); i++) {
            final LaliberteSolute s = LaliberteSolutes.at(i);
            if (s.isSalt() && same(s.cation(), cation) && same(s.anion(), anion) && usable(s, viscosity)) {
                return i;
            }
        }
        return -1;
    }

    /** Same species: identical, or the same identifier and charge (a species built elsewhere). */
    private static boolean same(final Species a, final Species b) {
        return a == b || a.charge() == b.charge() && a.id().equals(b.id());
    }

    /** The fallback rule of the class comment; never -1 (NaCl has both properties). */
    private static int closest(final Species cation, final Species anion, final boolean viscosity) {
        final int zc = cation.charge();
        final int za = -anion.charge();
        final double target = cation.molarMass() / zc + anion.molarMass() / za;
        int best = -1;
        int bestType = Integer.MAX_VALUE;
        int bestShare = Integer.MAX_VALUE;
        double bestMass = Double.POSITIVE_INFINITY;
        for (int i = 0; i < LaliberteSolutes.size(); i++) {
            final LaliberteSolute s = LaliberteSolutes.at(i);
            if (!s.isSalt() || !usable(s, viscosity) || !broad(s, viscosity)) {
                continue;
            }
            final int type = s.cation().charge() == zc && -s.anion().charge() == za ? 0 : 1;
            final int share = same(s.anion(), anion) ? 0 : same(s.cation(), cation) ? 1 : 2;
            final double mass = Math.abs(s.equivalentMass() - target);
            if (type < bestType || type == bestType && (share < bestShare || share == bestShare && mass < bestMass)) {
                best = i;
                bestType = type;
                bestShare = share;
                bestMass = mass;
            }
        }
        return best;
    }

    private static int neutralEntry(final Species neutral, final boolean viscosity) {
        for (int i = 0; i < LaliberteSolutes.size(); i++) {
            final LaliberteSolute s = LaliberteSolutes.at(i);
            if (!s.isSalt() && same(s.neutral(), neutral) && usable(s, viscosity)) {
                return i;
            }
        }
        if (same(neutral, SpeciesCatalog.UREA)) {
            return viscosity ? NABR : NH4CL;
        }
        return SUCROSE;
    }

    private static boolean isOwnEntry(final int entry, final Species neutral) {
        final LaliberteSolute s = LaliberteSolutes.at(entry);
        return !s.isSalt() && same(s.neutral(), neutral);
    }
}
