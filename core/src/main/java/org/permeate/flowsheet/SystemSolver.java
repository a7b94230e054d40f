package org.permeate.flowsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import org.permeate.chemistry.Dosing;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.element.Element;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.SeparationWork;
import org.permeate.properties.Stream;
import org.permeate.solver.Bracket;
import org.permeate.solver.Brent;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.PumpDuty;
import org.permeate.unitops.Streams;
import org.permeate.unitops.Vessel;
import org.permeate.unitops.VesselResult;

/**
 * Solves a {@link SystemDesign}: every element of every vessel, with every recycle converged
 * and every pressure that a target fixes solved for, without initial guesses from the user.
 *
 * <p>How: a pass at a given membrane feed pressure is computed stage by stage, element by
 * element, downstream; its internal recycles (concentrate recirculation, the pressure exchanger's
 * pressurised feed, which carries concentrate by mixing and sets the membrane feed flow through
 * leakage) are torn and converged by successive substitution to {@value #TEAR_TOLERANCE}
 * relative. A pass whose pressure is set by a recovery or a permeate flow is solved by walking
 * from an estimate to a bracket and refining it with Brent's method (the recovery rises
 * monotonically with the pressure). Later passes take the previous pass's permeate; a
 * concentrate recycled from them to the first pass's feed is torn and converged the same way.
 * Each unit conserves water and every solute exactly, and a converged tear closes the balance of
 * the whole system to the tear tolerance. Stateless: each call keeps its warm starts to itself.
 */
public final class SystemSolver {

    /** Relative change of a torn stream's flows at which a recycle counts as converged. */
    public static final double TEAR_TOLERANCE = 1e-11;

    /**
     * Relative change at which the concentrate recycled from later passes to the first pass's feed
     * counts as converged. Looser than {@link #TEAR_TOLERANCE}: that loop holds whole passes whose
     * own results carry the noise of their solves (internal tears, polished pressures, the
     * elements' local flux solves), below which successive substitution cannot go.
     */
    public static final double RECYCLE_TOLERANCE = 1e-10;

    private static final int MAX_TEAR_ITERATIONS = 400;
    /** Relative error of a solved target below which the pressure needs no Newton polish. */
    private static final double POLISHED = 1e-10;
    private static final int MAX_PRESSURE_EVALUATIONS = 100;
    /**
     * Relative tear tolerance while a pressure is being searched for: the trial pressures'
     * recoveries are then good to about 1e-8, and only the solution is converged to
     * {@link #TEAR_TOLERANCE}.
     */
    private static final double SEARCH_TEAR_TOLERANCE = 1e-8;
    /** Feed pressures are solved to this, Pa: a recovery error of about 1e-8 at seawater pressures. */
    private static final double PRESSURE_TOLERANCE = 0.05;
    /** Pressures of passes without internal recycles are solved to this, Pa: a recovery good to about 1e-12. */
    private static final double EXACT_PRESSURE_TOLERANCE = 1e-5;
    /** Ceiling of a solved feed pressure when neither the pass nor its elements give one, gauge Pa. */
    public static final double DEFAULT_MAX_PRESSURE = 120e5;

    private static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    private SystemSolver() {
    }

    /**
     * @param design the system
     * @return its performance
     * @throws PermeateException {@link Message#INFEASIBLE} for a target no pressure within the
     *                           limits reaches (the message gives the nearest value reached), or
     *                           the element model's own errors for an impossible operating point
     */
    public static SystemResult solve(final SystemDesign design) {
        return new Run(design).solve();
    }

    /** One solve's working state: the elements in their condition and the warm starts. */
    private static final class Run {
        private final SystemDesign design;
        private final PropertyPackage properties;
        private final List<List<List<Element>>> elements = new ArrayList<>();
        private final double[] lastPressure;
        /** Per pass, the converged torn streams at the last two feed pressures: [older, newer]. */
        private final TearHistory[] history;
        /** Per pass, the recovery a search aims at (NaN if unknown): the first guess of the torn streams. */
        private final double[] recoveryHint;
        /** The concentrate recycle to the first pass at the last converged evaluation: the next one starts from it. */
        private Stream lastRecycled;

        Run(final SystemDesign design) {
            this.design = design;
            this.properties = design.options().properties();
            for (PassDesign p : design.passes()) {
                final List<List<Element>> stages = new ArrayList<>();
                for (StageDesign s : p.stages()) {
                    final List<Element> list = new ArrayList<>();
                    for (InstalledElement e : s.elements()) {
                        list.add(e.element().withMembrane(e.element().membrane().withCondition(design.condition())));
                    }
                    stages.add(list);
                }
                elements.add(stages);
            }
            final int n = design.passes().size();
            lastPressure = new double[n];
            Arrays.fill(lastPressure, Double.NaN);
            history = new TearHistory[n];
            recoveryHint = new double[n];
            Arrays.fill(recoveryHint, Double.NaN);
        }

        double volume(final Stream s) {
            return s.waterMassFlow() > 0 ? s.volumetricFlow(properties.density().massDensity(s.solution())) : 0.0;
        }

        // ------------------------------------------------------------------ system

        SystemResult solve() {
            final FeedWater fw = design.feed();
            final double rho = properties.density().massDensity(fw.solution());
            final double water = fw.volumetricFlow() * rho / (1.0 + fw.solution().composition().soluteMassPerWaterMass());
            final Stream raw = new Stream(water, fw.solution());
            final PassDesign first = design.passes().get(0);
            final Outcome o;
            if (first.pressure() instanceof PressureSpec.ProductFlow pf) {
                o = solveForProduct(raw, pf.target());
            } else {
                o = evaluate(raw, Double.NaN);
            }
            return result(raw, o);
        }

        private Outcome solveForProduct(final Stream raw, final double target) {
            final Outcome[] last = new Outcome[1];
            final DoubleUnaryOperator excess = p -> {
                try {
                    last[0] = evaluate(raw, p);
                    return last[0].productFlow - target;
                } catch (PermeateException e) {
                    return exhausted(e, 1.0, -target);
                }
            };
            final double p = solvePressure(0, raw, excess, target / volume(raw),
                    "a product flow of " + String.format(Locale.ROOT, "%.4g m³/h", target * 3600),
                    x -> String.format(Locale.ROOT, "%.4g m³/h", (x + target) * 3600), PRESSURE_TOLERANCE);
            final Outcome o = last[0] != null && last[0].passes.get(0).feedPressure() == p ? last[0] : evaluate(raw, p);
            // one Newton step on a finite-difference slope, as for a pass (see polished)
            final double e0 = o.productFlow - target;
            if (Math.abs(e0) <= POLISHED * target) {
                return o;
            }
            try {
                final double h = 1e-5 * (p - ATM);
                final double slope = (evaluate(raw, p + h).productFlow - target - e0) / h;
                if (slope > 0) {
                    final Outcome n = evaluate(raw, p - e0 / slope);
                    if (Math.abs(n.productFlow - target) < Math.abs(e0)) {
                        return n;
                    }
                }
            } catch (PermeateException e) {
                // a refused neighbour: the search's root stands
            }
            return o;
        }

        /** Everything downstream of the raw feed, the first pass at {@code firstPressure} (NaN: its own spec). */
        private Outcome evaluate(final Stream raw, final double firstPressure) {
            final double supply = raw.pressure();
            final Stream bypass = Streams.part(raw, design.feedBypass());
            final Stream treated = Streams.part(raw, 1.0 - design.feedBypass());
            Stream recycled = lastRecycled;
            double previousChange = Double.NaN;
            for (int iter = 1; iter <= MAX_TEAR_ITERATIONS; iter++) {
                final List<PassResult> passes = new ArrayList<>();
                final List<Stream> products = new ArrayList<>();
                final List<Stream> drains = new ArrayList<>();
                final List<Stream> returned = new ArrayList<>();
                final Adjusted feed0 = adjusted(0, recycled == null ? treated : Streams.mix(supply, treated, recycled));
                PassResult prev = solvePass(0, feed0.stream(), firstPressure).withDosing(feed0.dosing());
                passes.add(prev);
                drains.add(prev.discharge());
                for (int k = 1; k < design.passes().size(); k++) {
                    final PassDesign pd = design.passes().get(k);
                    final Stream source;
                    if (pd.route() == PermeateRoute.REAR) {
                        products.add(prev.frontPermeate());
                        source = prev.rearPermeate();
                    } else {
                        source = prev.permeate();
                    }
                    products.add(Streams.part(source, 1.0 - pd.feedFraction()));
                    final Adjusted fed = adjusted(k, Streams.part(source, pd.feedFraction()));
                    final PassResult pr = solvePass(k, fed.stream(), Double.NaN).withDosing(fed.dosing());
                    passes.add(pr);
                    final Stream back = Streams.part(pr.discharge(), pd.concentrateRecycle()).withPressure(supply);
                    returned.add(back);
                    drains.add(Streams.remainder(pr.discharge(), back, pr.discharge().pressure()));
                    prev = pr;
                }
                products.add(prev.permeate());
                final Stream next = returned.isEmpty() ? null : Streams.mix(supply, returned);
                final boolean converged = next == null || next.waterMassFlow() == 0
                        || recycled != null && Streams.difference(recycled, next) < RECYCLE_TOLERANCE;
                if (converged) {
                    lastRecycled = recycled;
                    // the recycle the first pass was fed with is what the later passes return, within the tolerance
                    final List<Stream> parts = new ArrayList<>(products);
                    if (bypass.waterMassFlow() > 0) {
                        parts.add(bypass);
                    }
                    double pressure = Double.POSITIVE_INFINITY;
                    for (Stream s : parts) {
                        if (s.waterMassFlow() > 0) {
                            pressure = Math.min(pressure, s.pressure());
                        }
                    }
                    final Stream product = Streams.mix(Double.isFinite(pressure) ? pressure : ATM, parts);
                    return new Outcome(passes, product, volume(product), drains, recycled, iter);
                }
                // the recycle converges linearly (ratio about the fraction of salt the later passes
                // return); once that ratio shows, jump ahead by Aitken's extrapolation
                final double change = recycled == null ? Double.NaN : Streams.difference(recycled, next);
                if (recycled != null && previousChange > 0 && change < previousChange) {
                    final double ratio = change / previousChange;
                    recycled = ratio < 0.7 ? extrapolated(recycled, next, ratio / (1 - ratio)) : next;
                } else {
                    recycled = next;
                }
                previousChange = change;
            }
            throw new PermeateException(Message.NO_CONVERGENCE, "the concentrate recycled to the first pass",
                    MAX_TEAR_ITERATIONS);
        }

        /** b + t (b − a) for water and every solute flow, each kept ≥ 0 (b itself where that fails). */
        private static Stream extrapolated(final Stream a, final Stream b, final double t) {
            final double water = b.waterMassFlow() + t * (b.waterMassFlow() - a.waterMassFlow());
            if (!(water > 0)) {
                return b;
            }
            final int n = b.composition().size();
            final double[] m = new double[n];
            for (int i = 0; i < n; i++) {
                m[i] = Math.max(0.0, b.soluteMolarFlow(i) + t * (b.soluteMolarFlow(i) - a.soluteMolarFlow(i))) / water;
            }
            return new Stream(water, b.solution().withComposition(b.composition().withMolalities(m)));
        }

        // ------------------------------------------------------------------ pH adjustment

        /** A pass's feed after its pH adjustment, and what that took. */
        private record Adjusted(Stream stream, Optional<DosingResult> dosing) {
        }

        /**
         * Doses a pass's feed to its target pH, if it has one: the stream's chemistry from its
         * carried carbon and alkalinity, the reagent solved for the pH, the dosed water given back
         * as the species the flowsheet carries. A feed already past the target is not dosed.
         */
        private Adjusted adjusted(final int k, final Stream s) {
            final Optional<PhAdjustment> adjustment = design.passes().get(k).phAdjustment();
            if (adjustment.isEmpty() || s.waterMassFlow() <= 0) {
                return new Adjusted(s, Optional.empty());
            }
            final PhAdjustment a = adjustment.get();
            final Speciated before = WaterChemistry.of(s.composition(), s.temperature());
            final boolean needed = a.reagent().acid() ? before.pH() > a.targetPh() : before.pH() < a.targetPh();
            if (!needed) {
                return new Adjusted(s, Optional.of(new DosingResult(a.reagent(), 0.0, before.pH(), before.pH())));
            }
            final double dose = Dosing.doseForPh(before, a.reagent(), a.targetPh());
            final Speciated after = Dosing.dose(before, a.reagent(), dose);
            final Composition dosed = onto(s.composition(), WaterChemistry.forTransport(after), k);
            return new Adjusted(new Stream(s.waterMassFlow(), s.solution().withComposition(dosed)),
                    Optional.of(new DosingResult(a.reagent(), dose * s.waterMassFlow(), before.pH(), after.pH())));
        }

        /** {@code c} written on the species of {@code template}, which must hold every species c has. */
        private static Composition onto(final Composition template, final Composition c, final int k) {
            final double[] m = new double[template.size()];
            for (int i = 0; i < c.size(); i++) {
                final int j = template.indexOf(c.species(i));
                if (j >= 0) {
                    m[j] = c.molality(i);
                } else if (c.molality(i) > 1e-12 * c.totalMolality()) {
                    throw new PermeateException(Message.MISSING, "the species " + c.species(i).id()
                            + " in the feed analysis", "the pH adjustment of pass " + (k + 1) + " forms it: list it in"
                            + " the feed (0 mg/L will do)");
                }
            }
            return template.withMolalities(m);
        }

        // ------------------------------------------------------------------ pass

        private PassResult solvePass(final int k, final Stream feed, final double fixedPressure) {
            final PassDesign pd = design.passes().get(k);
            if (!Double.isNaN(fixedPressure)) {
                return evaluatePass(k, feed, fixedPressure, TEAR_TOLERANCE);
            }
            return switch (pd.pressure()) {
                case PressureSpec.FeedPressure fp -> evaluatePass(k, feed, ATM + fp.gauge(), TEAR_TOLERANCE);
                case PressureSpec.Recovery r -> solveFor(k, feed, r.target(),
                        r.basis() == PressureSpec.Basis.VOLUME ? PassResult::recovery : PassResult::waterRecovery,
                        "a recovery of " + Numbers.compact(100 * r.target()) + " %", r.target(), true);
                case PressureSpec.PermeateFlow q -> solveFor(k, feed, q.target(), PassResult::permeateFlow,
                        String.format(Locale.ROOT, "a permeate flow of %.4g m³/h", q.target() * 3600),
                        Math.min(0.9, q.target() / Math.max(volume(feed), 1e-300)), false);
                case PressureSpec.ProductFlow p -> throw new IllegalStateException("a product flow is solved at the system level");
            };
        }

        private PassResult solveFor(final int k, final Stream feed, final double target,
                                    final ToDoubleFunction<PassResult> measure, final String what,
                                    final double recoveryHint, final boolean fraction) {
            // a pass without internal recycles is a plain function of its pressure: solved tightly,
            // its last evaluation is the answer; with recycles the search runs on loose tears and
            // the answer is polished (see polished)
            final PassDesign pd = design.passes().get(k);
            final boolean torn = pd.recirculation() > 0 || pd.energyRecovery() instanceof EnergyRecovery.PressureExchanger;
            final Map<Double, PassResult> seen = new HashMap<>();
            final DoubleUnaryOperator excess = p -> {
                try {
                    final PassResult r = evaluatePass(k, feed, p, torn ? SEARCH_TEAR_TOLERANCE : TEAR_TOLERANCE);
                    if (!torn) {
                        seen.put(p, r);
                    }
                    return measure.applyAsDouble(r) - target;
                } catch (PermeateException e) {
                    return exhausted(e, 1.0, -target);
                }
            };
            final double p = solvePressure(k, feed, excess, recoveryHint, what,
                    x -> fraction ? String.format(Locale.ROOT, "%.2f %%", 100 * (x + target))
                            : String.format(Locale.ROOT, "%.4g m³/h", (x + target) * 3600),
                    torn ? PRESSURE_TOLERANCE : EXACT_PRESSURE_TOLERANCE);
            if (!torn) {
                final PassResult r = seen.get(p);
                return r != null ? r : evaluatePass(k, feed, p, TEAR_TOLERANCE);
            }
            return polished(k, feed, p, target, measure);
        }

        /**
         * The pass at the solved pressure with its tears converged tightly, after one Newton
         * step on a finite-difference slope: the search's trial points carry the looser tears,
         * so its root is good to about 1e-8; the step takes the target to the tight tears'
         * precision, and with it the pass's result becomes a smooth function of its feed, which
         * the recycles around it need to converge.
         */
        private PassResult polished(final int k, final Stream feed, final double p, final double target,
                                    final ToDoubleFunction<PassResult> measure) {
            final PassResult r0 = evaluatePass(k, feed, p, TEAR_TOLERANCE);
            final double e0 = measure.applyAsDouble(r0) - target;
            if (Math.abs(e0) <= POLISHED * Math.abs(target)) {
                return r0;
            }
            try {
                final double h = 1e-5 * (p - ATM);
                final double e1 = measure.applyAsDouble(evaluatePass(k, feed, p + h, TEAR_TOLERANCE)) - target;
                final double slope = (e1 - e0) / h;
                if (slope > 0) {
                    final PassResult r = evaluatePass(k, feed, p - e0 / slope, TEAR_TOLERANCE);
                    if (Math.abs(measure.applyAsDouble(r) - target) < Math.abs(e0)) {
                        return r;
                    }
                }
            } catch (PermeateException e) {
                // a refused neighbour: the search's root stands
            }
            return r0;
        }

        /**
         * The value of a target's excess when the element model refuses the operating point:
         * a feed used up counts as above any target, a pressure used up by the channel's
         * pressure drop as below it.
         */
        private static double exhausted(final PermeateException e, final double above, final double below) {
            return switch (e.kind()) {
                case FEED_EXHAUSTED -> above;
                case PRESSURE_EXHAUSTED -> below;
                default -> throw e;
            };
        }

        private double maxPressure(final int k) {
            final PassDesign pd = design.passes().get(k);
            if (pd.maxPressureGauge() > 0) {
                return ATM + pd.maxPressureGauge();
            }
            double max = Double.POSITIVE_INFINITY;
            for (StageDesign s : pd.stages()) {
                for (InstalledElement e : s.elements()) {
                    if (e.limits().maxPressure() > 0) {
                        max = Math.min(max, e.limits().maxPressure());
                    }
                }
            }
            return ATM + (Double.isFinite(max) ? max : DEFAULT_MAX_PRESSURE);
        }

        private double solvePressure(final int k, final Stream feed, final DoubleUnaryOperator excess,
                                     final double recoveryHint, final String what,
                                     final DoubleFunction<String> reached, final double tolerance) {
            final PassDesign pd = design.passes().get(k);
            double permeateSide = 0;
            for (StageDesign s : pd.stages()) {
                permeateSide = Math.max(permeateSide, s.permeateGauge());
            }
            final double min = Math.max(feed.pressure(), ATM + permeateSide) + 1e3;
            final double max = maxPressure(k);
            if (max <= min) {
                throw new PermeateException(Message.INFEASIBLE, what, "pass " + (k + 1),
                        "its highest allowed feed pressure is not above its supply and permeate pressures");
            }
            double guess = lastPressure[k];
            double step;
            if (Double.isFinite(guess)) {
                step = 0.02 * (guess - ATM);
            } else {
                // mean osmotic pressure along the pass (log mean of the concentration factor, 10 %
                // polarisation), the net driving pressure that passes the permeate through the
                // membranes' A, and a bar of pressure drop per stage
                final double piFeed = properties.osmotic().osmoticPressure(feed.solution());
                final double r = Math.max(0.02, Math.min(0.9, recoveryHint));
                this.recoveryHint[k] = r;
                final double meanPi = 1.1 * piFeed * -Math.log1p(-r) / r;
                double permeability = 0;
                for (int s = 0; s < pd.stages().size(); s++) {
                    final StageDesign sd = pd.stages().get(s);
                    for (Element e : elements.get(k).get(s)) {
                        permeability += sd.vessels() * e.geometry().area()
                                * e.membrane().waterPermeabilityAt(feed.temperature());
                    }
                }
                final double drive = r * volume(feed) / permeability;
                guess = ATM + permeateSide + meanPi + drive + 1e5 * pd.stages().size();
                step = 0.05 * (guess - ATM);
            }
            guess = Math.max(min, Math.min(max, guess));
            final Bracket b = Bracket.bySecant(excess, guess, Math.max(step, 1e4), min, max, 60);
            if (!b.found()) {
                final boolean high = b.lower() >= max;
                throw new PermeateException(Message.INFEASIBLE, what, "pass " + (k + 1), String.format(Locale.ROOT,
                        "at %s feed pressure, %.4g bar gauge (%.0f psi), it reaches %s",
                        high ? "its highest allowed" : "its lowest possible", (b.lower() - ATM) / 1e5,
                        (b.lower() - ATM) / org.permeate.measure.Units.PSI, reached.apply(b.fLower())));
            }
            final double p = Brent.solve("feed pressure of pass " + (k + 1) + " for " + what, excess, b.lower(),
                    b.fLower(), b.upper(), b.fUpper(), tolerance, MAX_PRESSURE_EVALUATIONS);
            lastPressure[k] = p;
            return p;
        }

        /** The converged torn streams of a pass at one feed pressure (either may be null). */
        private record Tear(double pressure, Stream exchanged, Stream recirculated) {
        }

        /**
         * The last two converged tears of a pass: the first guess at a new pressure is their
         * linear extrapolation (the torn flows vary smoothly with the pressure), which leaves only
         * the curvature for the substitution to remove.
         */
        private record TearHistory(Tear older, Tear newer) {

            Stream exchangedAt(final double p) {
                return older == null || older.pressure() == newer.pressure() ? newer.exchanged()
                        : extrapolate(older.exchanged(), newer.exchanged(),
                                (p - newer.pressure()) / (newer.pressure() - older.pressure()));
            }

            Stream recirculatedAt(final double p) {
                return older == null || older.pressure() == newer.pressure() ? newer.recirculated()
                        : extrapolate(older.recirculated(), newer.recirculated(),
                                (p - newer.pressure()) / (newer.pressure() - older.pressure()));
            }

            /** Linear extrapolation, within four times the last step and never below a fifth of the water. */
            private static Stream extrapolate(final Stream a, final Stream b, final double t) {
                if (a == null || b == null || !(Math.abs(t) <= 4)
                        || !(b.waterMassFlow() + t * (b.waterMassFlow() - a.waterMassFlow()) > 0.2 * b.waterMassFlow())) {
                    return b;
                }
                return extrapolated(a, b, t);
            }
        }

        /** A pass at membrane feed pressure {@code pressure}, its internal recycles converged. */
        private PassResult evaluatePass(final int k, final Stream feed, final double pressure, final double tolerance) {
            final PassDesign pd = design.passes().get(k);
            final double supply = feed.pressure();
            final double feedVolume = volume(feed);
            final EnergyRecovery erd = pd.energyRecovery();
            final EnergyRecovery.PressureExchanger px = erd instanceof EnergyRecovery.PressureExchanger x ? x : null;
            final double recirculation = pd.recirculation();
            final TearHistory h = history[k];
            Stream exchanged = px == null ? null
                    : h == null ? Streams.part(feed, Double.isNaN(recoveryHint[k]) ? 0.55 : 1 - recoveryHint[k])
                    : h.exchangedAt(pressure);
            if (exchanged != null) {
                exchanged = exchanged.withPressure(pressure);
            }
            Stream recirculated = recirculation <= 0 ? null
                    : h == null ? Streams.part(feed, recirculation) : h.recirculatedAt(pressure);
            for (int iter = 1; iter <= MAX_TEAR_ITERATIONS; iter++) {
                // the pressure exchanger's low-pressure inlet takes the exchanged flow plus its leakage
                final double lowIn = px == null ? 0.0 : volume(exchanged) * (1.0 + px.leakage());
                if (lowIn >= feedVolume) {
                    throw new PermeateException(Message.INFEASIBLE, "a pressure exchanger", "pass " + (k + 1),
                            "its low-pressure inlet would need all the feed (the concentrate is as large as the feed)");
                }
                final Stream lowPressureIn = Streams.part(feed, lowIn / feedVolume);
                final Stream toPump = Streams.part(feed, 1.0 - lowIn / feedVolume);
                final Stream suction = recirculated == null ? toPump : Streams.mix(supply, toPump, recirculated);
                final Stream membraneFeed = exchanged == null ? suction.withPressure(pressure)
                        : Streams.mix(pressure, suction, exchanged);
                final Chain chain = stages(k, membraneFeed);
                final Stream concentrate = chain.concentrate;
                final Stream recirculatedNext = recirculation > 0
                        ? Streams.part(concentrate, recirculation).withPressure(supply) : null;
                final Stream toDevice = recirculated == null ? concentrate
                        : Streams.remainder(concentrate, recirculated, concentrate.pressure());
                Stream exchangedNext = null;
                if (px != null) {
                    // balanced flow: the pressurised feed's volume is the concentrate's; a fraction x of it is concentrate
                    final double qb = volume(toDevice);
                    final double fromFeed = (1.0 - px.mixing()) * qb / feedVolume;
                    exchangedNext = Streams.mix(pressure, Streams.part(feed, fromFeed),
                            Streams.part(toDevice, px.mixing()));
                }
                final double change = Math.max(exchanged == null ? 0.0 : Streams.difference(exchanged, exchangedNext),
                        recirculated == null ? 0.0 : Streams.difference(recirculated, recirculatedNext));
                if (change < tolerance) {
                    history[k] = new TearHistory(h == null ? null : h.newer(), new Tear(pressure, exchanged, recirculated));
                    return passResult(k, feed, membraneFeed, suction, lowPressureIn, exchanged, recirculated, toDevice,
                            chain, iter);
                }
                exchanged = exchangedNext;
                recirculated = recirculatedNext;
            }
            throw new PermeateException(Message.NO_CONVERGENCE, "the recycles of pass " + (k + 1), MAX_TEAR_ITERATIONS);
        }

        private PassResult passResult(final int k, final Stream feed, final Stream membraneFeed, final Stream suction,
                                      final Stream lowPressureIn, final Stream exchanged, final Stream recirculated,
                                      final Stream toDevice, final Chain chain, final int iterations) {
            final PassDesign pd = design.passes().get(k);
            final double supply = feed.pressure();
            final double pb = toDevice.pressure();
            final double qb = volume(toDevice);
            final double pressure = membraneFeed.pressure();
            final List<PumpDuty> pumps = new ArrayList<>();
            final String prefix = design.passes().size() > 1 ? "pass " + (k + 1) + " " : "";
            final EnergyRecoveryResult erd;
            final Stream discharge;
            PumpDuty hp;
            switch (pd.energyRecovery()) {
                case EnergyRecovery.PressureExchanger px -> {
                    final double out = ATM + px.dischargeGauge();
                    final double ph = supply + px.efficiency() * (pb - out);
                    discharge = Streams.remainder(Streams.mix(out, lowPressureIn, toDevice), exchanged, out);
                    final double qh = volume(exchanged);
                    final double ql = volume(lowPressureIn);
                    final double qd = volume(discharge);
                    hp = pd.pump().duty(prefix + "high-pressure pump", volume(suction), supply, pressure);
                    pumps.add(hp);
                    pumps.add(px.booster().duty(prefix + "pressure-exchanger booster", qh, ph, pressure));
                    final double in = pb * qb + supply * ql;
                    final double feedSalt = feed.composition().soluteMassPerWaterMass();
                    erd = new EnergyRecoveryResult("pressure exchanger", qb, pb, ql, supply, qh, ph, qd, out,
                            in > 0 ? (ph * qh + out * qd) / in : 0.0,
                            feedSalt > 0 ? exchanged.composition().soluteMassPerWaterMass() / feedSalt - 1.0 : 0.0,
                            qh * (ph - supply), 0.0);
                }
                case EnergyRecovery.Turbocharger tc -> {
                    final double out = ATM + tc.dischargeGauge();
                    final double power = tc.efficiency() * qb * Math.max(0.0, pb - out);
                    final double qf = volume(membraneFeed);
                    final double boost = Math.min(power / qf, pressure - supply);
                    discharge = toDevice.withPressure(out);
                    hp = pd.pump().duty(prefix + "high-pressure pump", volume(suction), supply, pressure - boost);
                    pumps.add(hp);
                    erd = new EnergyRecoveryResult("turbocharger", qb, pb, 0, 0, 0, 0, qb, out, tc.efficiency(), 0,
                            boost * qf, boost);
                }
                case EnergyRecovery.Turbine t -> {
                    final double out = ATM + t.dischargeGauge();
                    final double power = t.efficiency() * qb * Math.max(0.0, pb - out);
                    discharge = toDevice.withPressure(out);
                    hp = pd.pump().duty(prefix + "high-pressure pump", volume(suction), supply, pressure)
                            .lessShaftPower(power, pd.pump().motorEfficiency());
                    pumps.add(hp);
                    erd = new EnergyRecoveryResult("turbine", qb, pb, 0, 0, 0, 0, qb, out, t.efficiency(), 0, power, 0);
                }
                case EnergyRecovery.None none -> {
                    discharge = toDevice.withPressure(ATM);
                    hp = pd.pump().duty(prefix + "high-pressure pump", volume(suction), supply, pressure);
                    pumps.add(hp);
                    erd = EnergyRecoveryResult.none(qb, pb);
                }
            }
            pumps.addAll(chain.boosters);
            final Stream empty = new Stream(0.0, feed.solution().withPressure(ATM));
            return new PassResult(k, pd, feed, membraneFeed, chain.stages, chain.permeate, chain.front, chain.rear,
                    chain.concentrate, discharge, recirculated == null ? empty : recirculated, volume(feed),
                    volume(chain.permeate), volume(discharge), pumps, erd, iterations, Optional.empty());
        }

        // ------------------------------------------------------------------ stages

        private record Chain(List<StageResult> stages, Stream concentrate, Stream permeate, Stream front, Stream rear,
                             List<PumpDuty> boosters) {
        }

        private Chain stages(final int k, final Stream membraneFeed) {
            final PassDesign pd = design.passes().get(k);
            final List<StageResult> results = new ArrayList<>();
            final List<PumpDuty> boosters = new ArrayList<>();
            Stream in = membraneFeed;
            for (int s = 0; s < pd.stages().size(); s++) {
                final StageDesign sd = pd.stages().get(s);
                final List<Element> els = elements.get(k).get(s);
                final String name = (design.passes().size() > 1 ? "pass " + (k + 1) + " " : "") + "stage " + (s + 1)
                        + " booster";
                final StageResult r = switch (sd.boost()) {
                    case Boost.None none -> stage(s, sd, els, in, null);
                    case Boost.Fixed f -> stage(s, sd, els, in.withPressure(in.pressure() + f.pressureRise()),
                            f.pump().duty(name, volume(in), in.pressure(), in.pressure() + f.pressureRise()));
                    case Boost.BalanceFlux b -> balanced(k, s, sd, els, in, results.get(s - 1).averageFlux(), b, name);
                };
                r.booster().ifPresent(boosters::add);
                results.add(r);
                in = r.concentrate();
            }
            double pp = Double.POSITIVE_INFINITY;
            final List<Stream> all = new ArrayList<>();
            final List<Stream> front = new ArrayList<>();
            final List<Stream> rear = new ArrayList<>();
            for (StageResult r : results) {
                pp = Math.min(pp, r.permeate().pressure());
                all.add(r.permeate());
                front.add(r.frontPermeate());
                rear.add(r.rearPermeate());
            }
            return new Chain(results, in, Streams.mix(pp, all), Streams.mix(pp, front), Streams.mix(pp, rear), boosters);
        }

        private StageResult balanced(final int k, final int s, final StageDesign sd, final List<Element> els,
                                     final Stream in, final double targetFlux, final Boost.BalanceFlux b,
                                     final String name) {
            final StageResult[] last = new StageResult[1];
            final DoubleUnaryOperator excess = dp -> {
                try {
                    last[0] = stage(s, sd, els, in.withPressure(in.pressure() + dp), null);
                    return last[0].averageFlux() / targetFlux - 1.0;
                } catch (PermeateException e) {
                    return exhausted(e, 1.0, -1.0);
                }
            };
            final double f0 = excess.applyAsDouble(0.0);
            double rise = 0.0;
            if (f0 < 0) {
                final double maxRise = maxPressure(k) - in.pressure();
                final Bracket br = Bracket.bySecant(excess, 0.0, 0.5e5, 0.0, Math.max(maxRise, 1e3), 60);
                if (!br.found()) {
                    throw new PermeateException(Message.INFEASIBLE, "a flux balanced with stage " + s,
                            "the booster of stage " + (s + 1) + " of pass " + (k + 1),
                            "not within the pass's highest allowed pressure");
                }
                rise = Brent.solve("booster of stage " + (s + 1), excess, br.lower(), br.fLower(), br.upper(),
                        br.fUpper(), 1.0, MAX_PRESSURE_EVALUATIONS);
            }
            final Stream fed = in.withPressure(in.pressure() + rise);
            final StageResult r = last[0] != null && last[0].feed().pressure() == fed.pressure() ? last[0]
                    : stage(s, sd, els, fed, null);
            final PumpDuty duty = b.pump().duty(name, volume(in), in.pressure(), fed.pressure());
            return new StageResult(r.index(), r.design(), r.vessel(), r.feed(), r.concentrate(), r.permeate(),
                    r.frontPermeate(), r.rearPermeate(), r.feedFlow(), r.permeateFlow(), r.concentrateFlow(),
                    Optional.of(duty));
        }

        private StageResult stage(final int s, final StageDesign sd, final List<Element> els, final Stream feed,
                                  final PumpDuty booster) {
            final double n = sd.vessels();
            final VesselResult v = Vessel.solve(els, Streams.part(feed, 1.0 / n), ATM + sd.permeateGauge(),
                    design.options(), sd.frontElements());
            final Stream concentrate = Streams.part(v.concentrate(), n);
            final Stream permeate = Streams.part(v.permeate(), n);
            return new StageResult(s, sd, v, feed, concentrate, permeate, Streams.part(v.frontPermeate(), n),
                    Streams.part(v.rearPermeate(), n), volume(feed), volume(permeate), volume(concentrate),
                    Optional.ofNullable(booster));
        }

        // ------------------------------------------------------------------ result

        /**
         * One warning per kind and source: the same model outside the same range in many
         * elements is said once, with how many more places it applies to.
         */
        private static List<ModelWarning> condense(final java.util.Collection<ModelWarning> all) {
            final java.util.Map<String, ModelWarning> first = new java.util.LinkedHashMap<>();
            final java.util.Map<String, Integer> count = new HashMap<>();
            for (ModelWarning w : all) {
                final String key = w.kind() + "|" + w.source();
                first.putIfAbsent(key, w);
                count.merge(key, 1, Integer::sum);
            }
            final List<ModelWarning> out = new ArrayList<>();
            for (var e : first.entrySet()) {
                final int more = count.get(e.getKey()) - 1;
                final ModelWarning w = e.getValue();
                out.add(more == 0 ? w : new ModelWarning(w.kind(), w.source(), w.message()
                        + String.format(Locale.ROOT, " (and %d similar place%s)", more, more == 1 ? "" : "s")));
            }
            return out;
        }

        private record Outcome(List<PassResult> passes, Stream product, double productFlow, List<Stream> drains,
                               Stream recycled, int iterations) {
        }

        private SystemResult result(final Stream raw, final Outcome o) {
            final List<PumpDuty> pumps = new ArrayList<>();
            final LinkedHashSet<ModelWarning> warnings = new LinkedHashSet<>();
            for (PassResult p : o.passes()) {
                pumps.addAll(p.pumps());
                for (StageResult s : p.stages()) {
                    for (ElementResult e : s.vessel().elements()) {
                        warnings.addAll(e.warnings());
                    }
                }
            }
            final double power = pumps.stream().mapToDouble(PumpDuty::electricalPower).sum();
            final List<Stream> out = new ArrayList<>();
            out.add(o.product());
            for (Stream d : o.drains()) {
                if (d.waterMassFlow() > 0) {
                    out.add(d);
                }
            }
            final double least = SeparationWork.leastWork(List.of(raw), out, PropertyPackages.GENERAL.osmotic());
            final double q = o.productFlow();
            final Energy energy = new Energy(pumps, power, q > 0 ? power / q : 0.0, least, q > 0 ? least / q : 0.0,
                    power > 0 ? least / power : 0.0);
            return new SystemResult(design, raw, o.product(), o.drains(), o.passes(), volume(raw), q, energy,
                    condense(warnings));
        }
    }
}
