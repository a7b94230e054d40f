package org.permeate.properties.pitzer;

import java.util.ArrayList;
import java.util.List;

import org.permeate.properties.pitzer.PitzerParameter.Kind;
import org.permeate.properties.species.Species;

/**
 * The Pitzer equations compiled for one list of species: index tables into a flat parameter list,
 * so that an evaluation does a handful of array reads per interaction and no look-ups. Immutable
 * but for a cache of the parameter values at the last temperature used (an immutable record behind
 * a volatile reference), so one instance serves any number of threads.
 *
 * <p>Equations of Harvie, Møller &amp; Weare (1984), Geochim. Cosmochim. Acta 48, 723–751,
 * eqs. (A1)–(A4) for φ and ln γ of cations, anions and neutral species, with the binary functions
 * B, B<sup>φ</sup>, B′ of eqs. (A5)–(A7) (g, g′ of Pitzer 1973), C = C<sup>φ</sup>/(2√|z<sub>M</sub>z<sub>X</sub>|)
 * (A8), the unsymmetric-mixing terms <sup>E</sup>θ, <sup>E</sup>θ′ of Pitzer (1975), and b = 1.2
 * (kg/mol)<sup>½</sup>. α<sub>1</sub> = 2 and α<sub>2</sub> = 12 (kg/mol)<sup>½</sup>, except for 2–2 pairs
 * (α<sub>1</sub> = 1.4) and pairs of charges 3–2 and higher (α<sub>2</sub> = 50), as in PHREEQC's pitzer.cpp.
 * The same formulas are set out in Pitzer (1991), <i>Activity Coefficients in Electrolyte
 * Solutions</i>, 2nd ed., ch. 3.
 */
final class PitzerSystem {

    /** Debye–Hückel parameter b, (kg/mol)^½ (Pitzer 1973). */
    static final double B = 1.2;

    private final Species[] species;
    private final int[] cat;
    private final int[] an;
    private final int[] neu;
    private final double[] z;
    private final double[][] coefficients;          // slot -> A0..A5
    private final PitzerParameter[] parameters;     // slot -> parameter
    // c-a pairs, index ic * na + ia
    private final int[] b0;
    private final int[] b1;
    private final int[] b2;
    private final int[] c0;
    private final double[] alpha1;
    private final double[] alpha2;
    private final double[] cScale;
    // like-charged pairs, index i * n + j (symmetric), theta slots
    private final int[] thetaCC;
    private final int[] thetaAA;
    // triplets: (ic * nc + jc) * na + ia and (ia * na + ja) * nc + ic
    private final int[] psiCCA;
    private final int[] psiAAC;
    // neutral-ion: in * nSpecies + i ; neutral-cation-anion: (in * nc + ic) * na + ia
    private final int[] lambda;
    private final int[] zeta;

    PitzerSystem(final Species[] species, final boolean[] handled, final PitzerDatabase db) {
        this.species = species.clone();
        final int n = species.length;
        final List<Integer> c = new ArrayList<>();
        final List<Integer> a = new ArrayList<>();
        final List<Integer> nn = new ArrayList<>();
        z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = species[i].charge();
            if (!handled[i]) {
                continue;
            }
            if (species[i].isCation()) {
                c.add(i);
            } else if (species[i].isAnion()) {
                a.add(i);
            } else {
                nn.add(i);
            }
        }
        cat = c.stream().mapToInt(Integer::intValue).toArray();
        an = a.stream().mapToInt(Integer::intValue).toArray();
        neu = nn.stream().mapToInt(Integer::intValue).toArray();
        final int nc = cat.length;
        final int na = an.length;
        final int nn0 = neu.length;

        final List<PitzerParameter> slots = new ArrayList<>();
        b0 = new int[nc * na];
        b1 = new int[nc * na];
        b2 = new int[nc * na];
        c0 = new int[nc * na];
        alpha1 = new double[nc * na];
        alpha2 = new double[nc * na];
        cScale = new double[nc * na];
        for (int ic = 0; ic < nc; ic++) {
            for (int ia = 0; ia < na; ia++) {
                final Species sc = species[cat[ic]];
                final Species sa = species[an[ia]];
                final int p = ic * na + ia;
                b0[p] = slot(slots, db, Kind.B0, sc, sa);
                b1[p] = slot(slots, db, Kind.B1, sc, sa);
                b2[p] = slot(slots, db, Kind.B2, sc, sa);
                c0[p] = slot(slots, db, Kind.C0, sc, sa);
                final int zc = Math.abs(sc.charge());
                final int za = Math.abs(sa.charge());
                alpha1[p] = (zc == 2 && za == 2) ? 1.4 : 2.0;
                alpha2[p] = (zc >= 3 && za >= 2) || (za >= 3 && zc >= 2) ? 50.0 : 12.0;
                cScale[p] = 1.0 / (2.0 * Math.sqrt(zc * za));
            }
        }
        thetaCC = new int[nc * nc];
        psiCCA = new int[nc * nc * na];
        for (int i = 0; i < nc; i++) {
            for (int j = 0; j < nc; j++) {
                thetaCC[i * nc + j] = i == j ? -1 : slot(slots, db, Kind.THETA, species[cat[i]], species[cat[j]]);
                for (int ia = 0; ia < na; ia++) {
                    psiCCA[(i * nc + j) * na + ia] = i == j ? -1
                            : slot(slots, db, Kind.PSI, species[cat[i]], species[cat[j]], species[an[ia]]);
                }
            }
        }
        thetaAA = new int[na * na];
        psiAAC = new int[na * na * nc];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < na; j++) {
                thetaAA[i * na + j] = i == j ? -1 : slot(slots, db, Kind.THETA, species[an[i]], species[an[j]]);
                for (int ic = 0; ic < nc; ic++) {
                    psiAAC[(i * na + j) * nc + ic] = i == j ? -1
                            : slot(slots, db, Kind.PSI, species[an[i]], species[an[j]], species[cat[ic]]);
                }
            }
        }
        lambda = new int[nn0 * n];
        zeta = new int[nn0 * nc * na];
        for (int k = 0; k < nn0; k++) {
            for (int i = 0; i < n; i++) {
                lambda[k * n + i] = handled[i] && species[i].isIon()
                        ? slot(slots, db, Kind.LAMBDA, species[neu[k]], species[i]) : -1;
            }
            for (int ic = 0; ic < nc; ic++) {
                for (int ia = 0; ia < na; ia++) {
                    zeta[(k * nc + ic) * na + ia] =
                            slot(slots, db, Kind.ZETA, species[neu[k]], species[cat[ic]], species[an[ia]]);
                }
            }
        }
        parameters = slots.toArray(new PitzerParameter[0]);
        coefficients = new double[parameters.length][];
        for (int s = 0; s < parameters.length; s++) {
            coefficients[s] = parameters[s].coefficients();
        }
    }

    private static int slot(final List<PitzerParameter> slots, final PitzerDatabase db, final Kind kind,
                            final Species... sp) {
        final PitzerParameter p = db.find(kind, sp).orElse(null);
        if (p == null) {
            return -1;
        }
        final int existing = slots.indexOf(p);
        if (existing >= 0) {
            return existing;
        }
        slots.add(p);
        return slots.size() - 1;
    }

    /** Parameter values at one temperature, kept for the next call at the same temperature. */
    private record AtTemperature(double temperature, double aPhi, double[] values) {
    }

    private volatile AtTemperature cached;

    private AtTemperature at(final double temperature) {
        final AtTemperature c = cached;
        if (c != null && c.temperature() == temperature) {
            return c;
        }
        final double[] basis = new double[6];
        PitzerParameter.basis(temperature, basis);
        final double[] v = new double[coefficients.length];
        for (int s = 0; s < v.length; s++) {
            final double[] a = coefficients[s];
            v[s] = a[0] + a[1] * basis[1] + a[2] * basis[2] + a[3] * basis[3] + a[4] * basis[4] + a[5] * basis[5];
        }
        final AtTemperature fresh = new AtTemperature(temperature, DebyeHuckelSlope.aPhi(temperature), v);
        cached = fresh;
        return fresh;
    }

    /** @return the species the system was compiled for */
    Species[] species() {
        return species;
    }

    /**
     * Evaluates the model.
     *
     * @param m           molalities of every species (unhandled ones are ignored), mol/kg
     * @param temperature K
     * @param lnGamma     if not null, receives ln γ of each handled species (others left untouched)
     * @return Σ m_i φ over the handled species (the "osmotic sum"), mol/kg; φ = result / Σ m_i
     */
    double evaluate(final double[] m, final double temperature, final double[] lnGamma) {
        final int n = species.length;
        final int nc = cat.length;
        final int na = an.length;
        final int nn = neu.length;

        double ionic = 0;
        double bigZ = 0;
        double sumM = 0;
        for (int i : cat) {
            ionic += m[i] * z[i] * z[i];
            bigZ += m[i] * z[i];
            sumM += m[i];
        }
        for (int i : an) {
            ionic += m[i] * z[i] * z[i];
            bigZ -= m[i] * z[i];
            sumM += m[i];
        }
        for (int i : neu) {
            sumM += m[i];
        }
        ionic *= 0.5;
        if (sumM <= 0) {
            if (lnGamma != null) {
                for (int i : cat) {
                    lnGamma[i] = 0;
                }
                for (int i : an) {
                    lnGamma[i] = 0;
                }
                for (int i : neu) {
                    lnGamma[i] = 0;
                }
            }
            return 0;
        }
        final double sqrtI = Math.sqrt(ionic);
        // parameter values at this temperature (cached: along a membrane channel T rarely changes)
        final AtTemperature params = at(temperature);
        final double aPhi = params.aPhi();
        final double[] v = params.values();

        // Debye-Hückel terms (HMW84 A2 first term, A1 first term)
        final double denom = 1.0 + B * sqrtI;
        double f = -aPhi * (sqrtI / denom + (2.0 / B) * Math.log(denom));
        double osm = -aPhi * ionic * sqrtI / denom;

        // binary cation-anion terms
        final double[] bCA = lnGamma == null ? null : new double[nc * na];
        final double[] cCA = lnGamma == null ? null : new double[nc * na];
        double sumMMC = 0;
        for (int ic = 0; ic < nc; ic++) {
            final double mc = m[cat[ic]];
            for (int ia = 0; ia < na; ia++) {
                final int p = ic * na + ia;
                final double beta0 = b0[p] < 0 ? 0 : v[b0[p]];
                final double beta1 = b1[p] < 0 ? 0 : v[b1[p]];
                final double beta2 = b2[p] < 0 ? 0 : v[b2[p]];
                final double cc = c0[p] < 0 ? 0 : v[c0[p]] * cScale[p];
                if (beta0 == 0 && beta1 == 0 && beta2 == 0 && cc == 0) {
                    continue;
                }
                final double x1 = alpha1[p] * sqrtI;
                final double x2 = alpha2[p] * sqrtI;
                final double bPhi = beta0 + beta1 * Math.exp(-x1) + (beta2 == 0 ? 0 : beta2 * Math.exp(-x2));
                final double bPrime = ionic > 0
                        ? (beta1 * gPrime(x1) + (beta2 == 0 ? 0 : beta2 * gPrime(x2))) / ionic : 0;
                final double mm = mc * m[an[ia]];
                f += mm * bPrime;
                osm += mm * (bPhi + bigZ * cc);
                sumMMC += mm * cc;
                if (bCA != null) {
                    bCA[p] = beta0 + beta1 * g(x1) + (beta2 == 0 ? 0 : beta2 * g(x2));
                    cCA[p] = cc;
                }
            }
        }

        // like-charged pairs: Φ, Φ', Φ^φ with unsymmetric mixing
        final double[] jx = new double[2];
        final double[] phiCC = lnGamma == null ? null : new double[nc * nc];
        final double[] phiAA = lnGamma == null ? null : new double[na * na];
        for (int pass = 0; pass < 2; pass++) {
            final int[] ions = pass == 0 ? cat : an;
            final int[] other = pass == 0 ? an : cat;
            final int[] theta = pass == 0 ? thetaCC : thetaAA;
            final int[] psi = pass == 0 ? psiCCA : psiAAC;
            final double[] store = pass == 0 ? phiCC : phiAA;
            final int ni = ions.length;
            final int no = other.length;
            for (int i = 0; i < ni; i++) {
                for (int j = i + 1; j < ni; j++) {
                    final int zi = Math.abs((int) z[ions[i]]);
                    final int zj = Math.abs((int) z[ions[j]]);
                    final double th = theta[i * ni + j] < 0 ? 0 : v[theta[i * ni + j]];
                    double eTheta = 0;
                    double eThetaPrime = 0;
                    if (zi != zj && ionic > 0) {
                        final double xij = 6.0 * zi * zj * aPhi * sqrtI;
                        final double xii = 6.0 * zi * zi * aPhi * sqrtI;
                        final double xjj = 6.0 * zj * zj * aPhi * sqrtI;
                        UnsymmetricMixing.j(xij, jx);
                        final double jij = jx[0];
                        final double jpij = jx[1];
                        UnsymmetricMixing.j(xii, jx);
                        final double jii = jx[0];
                        final double jpii = jx[1];
                        UnsymmetricMixing.j(xjj, jx);
                        final double jjj = jx[0];
                        final double jpjj = jx[1];
                        final double zz = zi * zj;
                        eTheta = zz / (4.0 * ionic) * (jij - 0.5 * jii - 0.5 * jjj);
                        eThetaPrime = -eTheta / ionic
                                + zz / (8.0 * ionic * ionic) * (xij * jpij - 0.5 * xii * jpii - 0.5 * xjj * jpjj);
                    }
                    final double mm = m[ions[i]] * m[ions[j]];
                    double psiSum = 0;
                    for (int k = 0; k < no; k++) {
                        final int s = psi[(i * ni + j) * no + k];
                        if (s >= 0) {
                            psiSum += m[other[k]] * v[s];
                        }
                    }
                    f += mm * eThetaPrime;
                    osm += mm * (th + eTheta + ionic * eThetaPrime + psiSum);
                    if (store != null) {
                        store[i * ni + j] = th + eTheta;
                        store[j * ni + i] = th + eTheta;
                    }
                }
            }
        }

        // neutral species
        for (int k = 0; k < nn; k++) {
            final double mn = m[neu[k]];
            if (mn == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                final int s = lambda[k * n + i];
                if (s >= 0) {
                    osm += mn * m[i] * v[s];
                }
            }
            for (int ic = 0; ic < nc; ic++) {
                for (int ia = 0; ia < na; ia++) {
                    final int s = zeta[(k * nc + ic) * na + ia];
                    if (s >= 0) {
                        osm += mn * m[cat[ic]] * m[an[ia]] * v[s];
                    }
                }
            }
        }

        if (lnGamma != null) {
            gammas(m, v, f, bigZ, sumMMC, bCA, cCA, phiCC, phiAA, lnGamma);
        }
        return sumM + 2.0 * osm;
    }

    private void gammas(final double[] m, final double[] v, final double f, final double bigZ, final double sumMMC,
                        final double[] bCA, final double[] cCA, final double[] phiCC, final double[] phiAA,
                        final double[] lnGamma) {
        final int n = species.length;
        final int nc = cat.length;
        final int na = an.length;
        final int nn = neu.length;
        // cations: HMW84 eq. (A3)
        for (int ic = 0; ic < nc; ic++) {
            final int iM = cat[ic];
            double lg = z[iM] * z[iM] * f;
            for (int ia = 0; ia < na; ia++) {
                final int p = ic * na + ia;
                lg += m[an[ia]] * (2.0 * bCA[p] + bigZ * cCA[p]);
            }
            for (int jc = 0; jc < nc; jc++) {
                if (jc == ic) {
                    continue;
                }
                double t = 2.0 * phiCC[ic * nc + jc];
                for (int ia = 0; ia < na; ia++) {
                    final int s = psiCCA[(ic * nc + jc) * na + ia];
                    if (s >= 0) {
                        t += m[an[ia]] * v[s];
                    }
                }
                lg += m[cat[jc]] * t;
            }
            for (int ia = 0; ia < na; ia++) {
                for (int ja = ia + 1; ja < na; ja++) {
                    final int s = psiAAC[(ia * na + ja) * nc + ic];
                    if (s >= 0) {
                        lg += m[an[ia]] * m[an[ja]] * v[s];
                    }
                }
            }
            lg += Math.abs(z[iM]) * sumMMC;
            for (int k = 0; k < nn; k++) {
                final double mn = m[neu[k]];
                final int s = lambda[k * n + iM];
                if (s >= 0) {
                    lg += 2.0 * mn * v[s];
                }
                for (int ia = 0; ia < na; ia++) {
                    final int t = zeta[(k * nc + ic) * na + ia];
                    if (t >= 0) {
                        lg += mn * m[an[ia]] * v[t];
                    }
                }
            }
            lnGamma[iM] = lg;
        }
        // anions: HMW84 eq. (A4)
        for (int ia = 0; ia < na; ia++) {
            final int iX = an[ia];
            double lg = z[iX] * z[iX] * f;
            for (int ic = 0; ic < nc; ic++) {
                final int p = ic * na + ia;
                lg += m[cat[ic]] * (2.0 * bCA[p] + bigZ * cCA[p]);
            }
            for (int ja = 0; ja < na; ja++) {
                if (ja == ia) {
                    continue;
                }
                double t = 2.0 * phiAA[ia * na + ja];
                for (int ic = 0; ic < nc; ic++) {
                    final int s = psiAAC[(ia * na + ja) * nc + ic];
                    if (s >= 0) {
                        t += m[cat[ic]] * v[s];
                    }
                }
                lg += m[an[ja]] * t;
            }
            for (int ic = 0; ic < nc; ic++) {
                for (int jc = ic + 1; jc < nc; jc++) {
                    final int s = psiCCA[(ic * nc + jc) * na + ia];
                    if (s >= 0) {
                        lg += m[cat[ic]] * m[cat[jc]] * v[s];
                    }
                }
            }
            lg += Math.abs(z[iX]) * sumMMC;
            for (int k = 0; k < nn; k++) {
                final double mn = m[neu[k]];
                final int s = lambda[k * n + iX];
                if (s >= 0) {
                    lg += 2.0 * mn * v[s];
                }
                for (int ic = 0; ic < nc; ic++) {
                    final int t = zeta[(k * nc + ic) * na + ia];
                    if (t >= 0) {
                        lg += mn * m[cat[ic]] * v[t];
                    }
                }
            }
            lnGamma[iX] = lg;
        }
        // neutral species: HMW84 eq. (A4 analogue for neutrals); no self-interaction terms in this set
        for (int k = 0; k < nn; k++) {
            double lg = 0;
            for (int i = 0; i < n; i++) {
                final int s = lambda[k * n + i];
                if (s >= 0) {
                    lg += 2.0 * m[i] * v[s];
                }
            }
            for (int ic = 0; ic < nc; ic++) {
                for (int ia = 0; ia < na; ia++) {
                    final int s = zeta[(k * nc + ic) * na + ia];
                    if (s >= 0) {
                        lg += m[cat[ic]] * m[an[ia]] * v[s];
                    }
                }
            }
            lnGamma[neu[k]] = lg;
        }
    }

    /**
     * Pitzer (1973) g(x) = 2[1 − (1 + x)e^{−x}]/x², by its series below x = 0.02 to avoid
     * cancellation.
     */
    static double g(final double x) {
        if (x < 0.02) {
            return 1.0 - x * (2.0 / 3.0 - x * (0.25 - x * (1.0 / 15.0 - x / 72.0)));
        }
        return 2.0 * (1.0 - (1.0 + x) * Math.exp(-x)) / (x * x);
    }

    /** g′(x) = −2[1 − (1 + x + x²/2)e^{−x}]/x², series below x = 0.02. */
    static double gPrime(final double x) {
        if (x < 0.02) {
            return -x * (1.0 / 3.0 - x * (0.25 - x * (0.1 - x / 36.0)));
        }
        return -2.0 * (1.0 - (1.0 + x + 0.5 * x * x) * Math.exp(-x)) / (x * x);
    }

    /** A parameter the system uses, with how much its species matter in a given solution. */
    record ParameterUse(PitzerParameter parameter, double share) {
    }

    /** A cation–anion pair present in the solution for which the set has no binary parameter. */
    record MissingPair(Species cation, Species anion, double share) {
    }

    /**
     * @param m molalities
     * @return every parameter of the system with the smaller of its species' shares (of Σ m|z| for
     *         ions, of Σ m for neutral species)
     */
    List<ParameterUse> parametersInUse(final double[] m) {
        final double[] share = shares(m);
        final List<ParameterUse> used = new ArrayList<>();
        for (PitzerParameter p : parameters) {
            double min = Double.POSITIVE_INFINITY;
            for (String id : p.species()) {
                final Species sp = org.permeate.properties.species.SpeciesCatalog.get(id);
                double s = 0;
                for (int i = 0; i < species.length; i++) {
                    if (species[i].equals(sp)) {
                        s = share[i];
                    }
                }
                min = Math.min(min, s);
            }
            used.add(new ParameterUse(p, min));
        }
        return used;
    }

    /**
     * @param m molalities
     * @return cation–anion pairs present with no binary parameter, with the smaller share of Σ m|z|
     */
    List<MissingPair> missingPairs(final double[] m) {
        final double[] share = shares(m);
        final List<MissingPair> missing = new ArrayList<>();
        final int na = an.length;
        for (int ic = 0; ic < cat.length; ic++) {
            for (int ia = 0; ia < na; ia++) {
                final int p = ic * na + ia;
                if (b0[p] < 0 && b1[p] < 0 && b2[p] < 0 && c0[p] < 0) {
                    missing.add(new MissingPair(species[cat[ic]], species[an[ia]],
                            Math.min(share[cat[ic]], share[an[ia]])));
                }
            }
        }
        return missing;
    }

    private double[] shares(final double[] m) {
        double bigZ = 0;
        double sumNeutral = 0;
        for (int i = 0; i < species.length; i++) {
            bigZ += m[i] * Math.abs(z[i]);
            if (z[i] == 0) {
                sumNeutral += m[i];
            }
        }
        final double[] share = new double[species.length];
        for (int i = 0; i < species.length; i++) {
            share[i] = z[i] != 0 ? m[i] * Math.abs(z[i]) / Math.max(bigZ, 1e-300)
                    : m[i] / Math.max(sumNeutral, 1e-300);
        }
        return share;
    }
}
