package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.pitzer.Pitzer;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.solver.Brent;

/**
 * Aqueous speciation: from the totals of a water's components, the molality and activity of
 * every species, with the activity coefficients and water activity of the Pitzer model (HMW84 /
 * PHREEQC pitzer.dat, the general property package's) and the reactions of {@link AqueousModel}.
 * pH is on the unscaled (not MacInnes) convention, pH = −log10(γ_H m_H), as PHREEQC prints with
 * {@code PITZER -macinnes false}.
 *
 * <p>Four ways to fix the acid–base state, each a static method:
 * <ul>
 *   <li>{@link #atPh}: the totals, inorganic carbon included, and the pH (a laboratory analysis);</li>
 *   <li>{@link #fromAlkalinity}: the totals without carbon, the alkalinity and the pH (carbon
 *       is solved — the usual way to read an analysis that gives HCO3⁻);</li>
 *   <li>{@link #closed}: the totals with carbon and the alkalinity (pH solved): how the pH of an
 *       RO permeate or concentrate, or of a dosed water, follows from the carried totals,
 *       alkalinity and inorganic carbon being conserved by mixing and concentrating;</li>
 *   <li>{@link #chargeBalanced}: the totals with carbon; pH solved for electroneutrality.</li>
 * </ul>
 *
 * <p>How: for given activity coefficients and water activity, every species is linear in its
 * master species, so each component's mass balance gives its free master molality in closed
 * form; the few species that join two components (MgCO3°, the borate pairs) are handled by
 * Gauss–Seidel sweeps over the components. The activity coefficients are then recomputed from
 * the new composition and the whole repeated to 1e-12 (successive substitution; 5–15 rounds for
 * seawater). Where the pH is unknown, Brent's method finds it inside each round. Stateless.
 */
public final class Speciation {

    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ROUNDS = 200;
    private static final int MAX_SWEEPS = 200;
    private static final double MIN_PH = 0.0;
    private static final double MAX_PH = 14.0;

    private Speciation() {
    }

    /**
     * @param totals      mol/kg of water for each component present (carbon included)
     * @param pH          pH, 0–14
     * @param temperature K
     * @return the speciated water
     */
    public static Speciated atPh(final Map<Component, Double> totals, final double pH, final double temperature) {
        Checks.inRange("pH", pH, MIN_PH, MAX_PH);
        final Solver s = new Solver(totals, temperature);
        s.iterate(() -> s.distribute(pH, Double.NaN));
        return s.result(pH);
    }

    /**
     * @param totals      mol/kg of water for each component present; any carbon total is ignored
     * @param alkalinity  total alkalinity, eq/kg of water (&gt; 0)
     * @param pH          pH, 0–14
     * @param temperature K
     * @return the speciated water, its inorganic carbon solved
     */
    public static Speciated fromAlkalinity(final Map<Component, Double> totals, final double alkalinity,
                                           final double pH, final double temperature) {
        Checks.inRange("pH", pH, MIN_PH, MAX_PH);
        Checks.positive("alkalinity", alkalinity);
        final Map<Component, Double> withCarbon = new EnumMap<>(Component.class);
        withCarbon.putAll(totals);
        withCarbon.put(Component.CARBON, Math.max(alkalinity, 1e-12));
        final Solver s = new Solver(withCarbon, temperature);
        s.iterate(() -> s.distribute(pH, alkalinity));
        return s.result(pH);
    }

    /**
     * @param totals      mol/kg of water for each component present (carbon included)
     * @param alkalinity  total alkalinity, eq/kg of water (may be negative for acidified water)
     * @param temperature K
     * @return the speciated water, its pH solved
     * @throws PermeateException {@link Message#INFEASIBLE} if no pH in 0–14 gives that alkalinity
     */
    public static Speciated closed(final Map<Component, Double> totals, final double alkalinity,
                                   final double temperature) {
        final Solver s = new Solver(totals, temperature);
        final double[] pH = {7.0};
        s.iterate(() -> pH[0] = s.solvePh(x -> s.distribute(x, Double.NaN) - alkalinity, "alkalinity",
                alkalinity));
        return s.result(pH[0]);
    }

    /**
     * @param totals      mol/kg of water for each component present (carbon included)
     * @param temperature K
     * @return the speciated water, its pH solved for electroneutrality
     */
    public static Speciated chargeBalanced(final Map<Component, Double> totals, final double temperature) {
        final Solver s = new Solver(totals, temperature);
        final double[] pH = {7.0};
        s.iterate(() -> pH[0] = s.solvePh(x -> {
            s.distribute(x, Double.NaN);
            return -s.charge();
        }, "electroneutrality", 0));
        return s.result(pH[0]);
    }

    /**
     * The totals and alkalinity a stream carries, from the molalities of its species (as the RO
     * model transports them: CO2, HCO3⁻, CO3²⁻, B(OH)3, B(OH)4⁻, ... each on its own).
     *
     * @param c a composition
     * @return the totals by component, mol/kg of water (the alkalinity is {@link #alkalinityOf})
     */
    public static Map<Component, Double> totalsOf(final Composition c) {
        final Map<Component, Double> totals = new EnumMap<>(Component.class);
        for (int i = 0; i < c.size(); i++) {
            final double m = c.molality(i);
            if (m <= 0) {
                continue;
            }
            for (Map.Entry<Component, Integer> e : Solver.contents(c.species(i)).entrySet()) {
                totals.merge(e.getKey(), m * e.getValue(), Double::sum);
            }
        }
        return totals;
    }

    /**
     * @param c a composition
     * @return its total alkalinity, eq/kg of water
     */
    public static double alkalinityOf(final Composition c) {
        double alk = 0;
        for (int i = 0; i < c.size(); i++) {
            alk += AqueousModel.alkalinity(c.species(i)) * c.molality(i);
        }
        return alk;
    }

    /** The working state of one speciation. */
    private static final class Solver {
        private final double temperature;
        private final double[] totals = new double[Component.values().length];
        private final List<Species> species = new ArrayList<>();
        /** index of each component's master in {@link #species}, or −1 */
        private final int[] masterIndex = new int[Component.values().length];
        private final List<AqueousModel.Reaction> reactions = new ArrayList<>();
        private final int[] productIndex;
        private final double[] logK;
        private final int hIndex;
        private final int ohIndex;
        private final double logKw;
        private final double[] m;
        /** alkalinity coefficient of each species, eq/mol */
        private final int[] alkalinityCoefficient;
        /** whether each species holds carbon */
        private final boolean[] carbon;
        private final double[] lnGamma;
        private double lnAw;
        private final Pitzer pitzer = PropertyPackages.PITZER;
        private Composition template;

        Solver(final Map<Component, Double> given, final double temperature) {
            Checks.inRange("temperature", temperature, 273.15 - 2, 373.15);
            this.temperature = temperature;
            java.util.Arrays.fill(masterIndex, -1);
            for (Map.Entry<Component, Double> e : given.entrySet()) {
                final double t = e.getValue();
                if (!(t >= 0) || Double.isInfinite(t)) {
                    throw new PermeateException(Message.NEGATIVE_CONCENTRATION,
                            e.getKey().name().toLowerCase(java.util.Locale.ROOT), t);
                }
                totals[e.getKey().ordinal()] = t;
            }
            for (Component c : Component.values()) {
                if (totals[c.ordinal()] > 0) {
                    masterIndex[c.ordinal()] = species.size();
                    species.add(c.master());
                }
            }
            hIndex = species.size();
            species.add(SpeciesCatalog.H);
            ohIndex = species.size();
            species.add(SpeciesCatalog.OH);
            for (AqueousModel.Reaction r : AqueousModel.REACTIONS) {
                boolean present = true;
                for (Component c : r.masters()) {
                    present &= totals[c.ordinal()] > 0;
                }
                if (present) {
                    reactions.add(r);
                    species.add(r.product());
                }
            }
            productIndex = new int[reactions.size()];
            logK = new double[reactions.size()];
            for (int j = 0; j < reactions.size(); j++) {
                productIndex[j] = hIndex + 2 + j;
                logK[j] = reactions.get(j).k().log10(temperature);
            }
            logKw = AqueousModel.WATER.k().log10(temperature);
            m = new double[species.size()];
            alkalinityCoefficient = new int[species.size()];
            carbon = new boolean[species.size()];
            for (int i = 0; i < species.size(); i++) {
                alkalinityCoefficient[i] = AqueousModel.alkalinity(species.get(i));
                carbon[i] = contents(species.get(i)).containsKey(Component.CARBON);
            }
            lnGamma = new double[species.size()];
            final Composition.Builder b = Composition.builder();
            for (Species s : species) {
                b.add(s, 0.0);
            }
            template = b.build();
            // first guess: every master free
            for (Component c : Component.values()) {
                if (masterIndex[c.ordinal()] >= 0) {
                    m[masterIndex[c.ordinal()]] = totals[c.ordinal()];
                }
            }
        }

        /** What each species contains, in components. */
        static Map<Component, Integer> contents(final Species s) {
            final Map<Component, Integer> out = new EnumMap<>(Component.class);
            for (Component c : Component.values()) {
                if (c.master().equals(s)) {
                    out.put(c, 1);
                    return out;
                }
            }
            for (AqueousModel.Reaction r : AqueousModel.REACTIONS) {
                if (r.product().equals(s)) {
                    for (Component c : r.masters()) {
                        out.merge(c, 1, Integer::sum);
                    }
                    return out;
                }
            }
            return out;
        }

        /** Rounds of activity updates around {@code distributeStep} until γ stops changing. */
        void iterate(final Runnable distributeStep) {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                distributeStep.run();
                final double change = updateActivities();
                if (change < TOLERANCE) {
                    distributeStep.run();
                    return;
                }
            }
            throw new PermeateException(Message.NO_CONVERGENCE, "speciation (activity coefficients)", MAX_ROUNDS);
        }

        /** @return largest change of ln γ and ln a_w */
        private double updateActivities() {
            final double[] next = new double[m.length];
            final Solution s = new Solution(template.withMolalities(m), temperature,
                    PhysicalConstants.STANDARD_ATMOSPHERE);
            final double sum = pitzer.osmoticSum(s, next);
            final double nextLnAw = -PhysicalConstants.WATER_MOLAR_MASS * sum;
            double change = Math.abs(nextLnAw - lnAw);
            for (int i = 0; i < m.length; i++) {
                change = Math.max(change, Math.abs(next[i] - lnGamma[i]));
            }
            System.arraycopy(next, 0, lnGamma, 0, m.length);
            lnAw = nextLnAw;
            return change;
        }

        /**
         * Distributes every component over its species at a pH, for the current activity
         * coefficients; with {@code alkalinity} given (not NaN), the carbon total is set so
         * that the water has that alkalinity.
         *
         * @return the alkalinity of the result, eq/kg
         */
        double distribute(final double pH, final double alkalinity) {
            final double ln10 = Math.log(10);
            final double lnAH = -pH * ln10;
            m[hIndex] = Math.exp(lnAH - lnGamma[hIndex]);
            m[ohIndex] = Math.exp(logKw * ln10 + lnAw - lnAH - lnGamma[ohIndex]);
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                for (Component c : Component.values()) {
                    final int mi = masterIndex[c.ordinal()];
                    if (mi < 0) {
                        continue;
                    }
                    // every species of c is (its coefficient) × m_master: sum them
                    double perMaster = 1.0;
                    double alkPerMaster = alkalinityCoefficient[mi];
                    for (int j = 0; j < reactions.size(); j++) {
                        final AqueousModel.Reaction r = reactions.get(j);
                        if (!r.masters().contains(c)) {
                            continue;
                        }
                        final double coef = coefficient(j, c, lnAH);
                        perMaster += coef;
                        alkPerMaster += coef * alkalinityCoefficient[productIndex[j]];
                    }
                    final double next;
                    if (c == Component.CARBON && !Double.isNaN(alkalinity)) {
                        final double others = alkalinityWithoutCarbon();
                        next = Math.max(alkalinity - others, 1e-300) / alkPerMaster;
                        totals[c.ordinal()] = next * perMaster;
                    } else {
                        next = totals[c.ordinal()] / perMaster;
                    }
                    change = Math.max(change, Math.abs(next - m[mi]) / Math.max(next, 1e-300));
                    m[mi] = next;
                }
                fillProducts(lnAH);
                if (change < TOLERANCE) {
                    break;
                }
            }
            return alkalinity();
        }

        /** m_product / m_master of component c in reaction j, other masters as they stand. */
        private double coefficient(final int j, final Component c, final double lnAH) {
            final AqueousModel.Reaction r = reactions.get(j);
            double ln = logK[j] * Math.log(10) + r.h() * lnAH + r.w() * lnAw - lnGamma[productIndex[j]];
            for (Component other : r.masters()) {
                final int oi = masterIndex[other.ordinal()];
                ln += lnGamma[oi];
                if (other != c) {
                    ln += Math.log(m[oi]);
                }
            }
            return Math.exp(ln);
        }

        private void fillProducts(final double lnAH) {
            for (int j = 0; j < reactions.size(); j++) {
                final AqueousModel.Reaction r = reactions.get(j);
                double ln = logK[j] * Math.log(10) + r.h() * lnAH + r.w() * lnAw - lnGamma[productIndex[j]];
                for (Component c : r.masters()) {
                    final int ci = masterIndex[c.ordinal()];
                    ln += lnGamma[ci] + Math.log(m[ci]);
                }
                m[productIndex[j]] = Math.exp(ln);
            }
        }

        double alkalinity() {
            double alk = 0;
            for (int i = 0; i < m.length; i++) {
                alk += alkalinityCoefficient[i] * m[i];
            }
            return alk;
        }

        /** @return the alkalinity of the species without carbon, eq/kg */
        private double alkalinityWithoutCarbon() {
            double alk = 0;
            for (int i = 0; i < m.length; i++) {
                if (!carbon[i]) {
                    alk += alkalinityCoefficient[i] * m[i];
                }
            }
            return alk;
        }

        /** @return Σ z m, eq/kg */
        double charge() {
            double q = 0;
            for (int i = 0; i < m.length; i++) {
                q += species.get(i).charge() * m[i];
            }
            return q;
        }

        /** Brent on pH in [0, 14] for an increasing function of pH. */
        double solvePh(final java.util.function.DoubleUnaryOperator f, final String what, final double target) {
            final double lo = f.applyAsDouble(MIN_PH);
            final double hi = f.applyAsDouble(MAX_PH);
            if (!(lo <= 0 && hi >= 0)) {
                throw new PermeateException(Message.INFEASIBLE, "a pH", what + " " + target,
                        "no pH from 0 to 14 gives it");
            }
            return Brent.solve("pH for " + what, f, MIN_PH, lo, MAX_PH, hi, 1e-12, 200);
        }

        Speciated result(final double pH) {
            final Composition c = template.withMolalities(m);
            final Map<Component, Double> t = new EnumMap<>(Component.class);
            for (Component k : Component.values()) {
                if (totals[k.ordinal()] > 0) {
                    t.put(k, totals[k.ordinal()]);
                }
            }
            return new Speciated(c, lnGamma.clone(), lnAw, pH, temperature, c.ionicStrength(), alkalinity(), t);
        }
    }
}
