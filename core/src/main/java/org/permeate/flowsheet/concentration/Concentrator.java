package org.permeate.flowsheet.concentration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.permeate.element.Element;
import org.permeate.element.ElementModel;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.food.FoodProduct;
import org.permeate.properties.species.Species;
import org.permeate.solver.Brent;

/**
 * Runs a batch or feed-and-bleed concentration: a tank, a pump, trains of elements in series, the
 * concentrate returned to the tank and the permeate removed, over time.
 *
 * <p><b>Model.</b> The tank is well mixed and the train is at steady state for the tank's present
 * contents (its hold-up and transit time are small beside the run's hours). At each state the feed
 * pressure that gives the set mean flux is found by Brent's method between the tank's osmotic
 * pressure and the limit, with the element model ({@link ElementModel}) for every element of a
 * train, so concentration polarisation, the channel's pressure drop and the per-solute passage all
 * follow from the product's properties — including its viscosity, which the element model takes
 * from the property package for the Sherwood and friction correlations. The tank then changes as
 * \( dW/dt = -\dot W_p \), \( dn_i/dt = -\dot n_{p,i} \) (plus feed and bleed in feed-and-bleed).
 *
 * <p><b>Integration.</b> Heun's method (explicit trapezoidal rule) with steps that remove at most
 * {@value #MAX_STEP_WATER_FRACTION} of the tank's water; the last step is shortened (Brent's method
 * on its length) so the run ends on its target. Every amount a step takes from the tank is added, the
 * same number, to the permeate (or comes from the supply, or goes to the bleed), so water, every
 * dissolved species and the undissolved solids balance to rounding error by construction.
 *
 * <p><b>Pressure limit.</b> When even the limit cannot give the set flux, the run stops and says
 * how far it got; {@link PressureLimitAnalysis} gives directly the concentration at which that
 * happens (and the one at which the osmotic pressure alone equals the limit).
 *
 * <p>Stateless; thread-safe.
 */
public final class Concentrator {

    /** Largest fraction of the tank's water one step may remove. */
    static final double MAX_STEP_WATER_FRACTION = 0.05;
    private static final int MAX_STEPS = 20_000;
    private static final double P_ATM = PhysicalConstants.STANDARD_ATMOSPHERE;
    private static final double PRESSURE_TOLERANCE = 50.0;
    private static final int BRENT_BUDGET = 80;
    private static final double TARGET_TOLERANCE = 1e-7;
    /** Tolerance on the last step's length, as a fraction of the step. */
    private static final double LANDING_TOLERANCE = 1e-10;
    private static final int LANDING_BUDGET = 60;

    private Concentrator() {
    }

    /**
     * @param spec the run
     * @return its outcome
     * @throws PermeateException when the set flux cannot be had even from the feed at the limit, or
     *                           the crossflow is too high for the train
     */
    public static ConcentrationResult run(final ConcentrationSpec spec) {
        return new Run(spec).execute();
    }

    /**
     * The concentration the pressure limit allows, computed directly.
     *
     * @param spec the run
     * @return the analysis
     */
    public static PressureLimitAnalysis pressureLimit(final ConcentrationSpec spec) {
        return new Run(spec).limitAnalysis();
    }

    /**
     * The water the trains remove at a given feed pressure, the tank holding the feed concentrated
     * by a factor (every solute and the undissolved solids scaled alike, as in
     * {@link #pressureLimit}); the set flux plays no part. This is how a plant's rating ("gallons of
     * water removed per hour at so many psi") is checked against the model.
     *
     * @param spec           the plant (product, element, trains, crossflow, temperature)
     * @param factor         concentration factor of the tank's contents over the feed's, ≥ 1 (solids per kg of water)
     * @param feedPressure   feed pressure at the train's inlet, Pa gauge, above the tank's osmotic pressure
     * @return permeate water of all trains, kg/s
     * @throws PermeateException when the factor is below 1 or the pressure does not exceed the osmotic pressure
     */
    public static double waterRemovalRate(final ConcentrationSpec spec, final double factor,
                                          final double feedPressure) {
        org.permeate.errors.Checks.finite("concentration factor", factor);
        if (factor < 1.0) {
            throw new PermeateException(Message.TOO_SMALL, "concentration factor", "1", factor);
        }
        return new Run(spec).removalRate(factor, feedPressure);
    }

    /**
     * @param pascal a pressure, Pa
     * @param digits significant digits
     * @return it in bar and psi, e.g. "41.4 bar (600 psi)", for messages
     */
    static String pressureText(final double pascal, final int digits) {
        return Numbers.significant(pascal / 1e5, digits) + " bar (" + Numbers.significant(pascal / Units.PSI, digits)
                + " psi)";
    }

    /** Permeate of all trains at one tank state and feed pressure. */
    private record TrainFlow(double water, double[] moles, double solids) {
    }

    /** Rates at one state; {@code limited} when the pressure limit cannot give the set flux. */
    private record Rates(boolean limited, double feedPressure, TrainFlow permeate, double power, double osmotic,
                         double viscosity) {
    }

    /** The mutable state of one run, copied for the predictor. */
    private static final class State {
        double time;
        double water;
        double retained;
        double[] moles;
        double pWater;
        double[] pMoles;
        double pSolids;
        double energy;
        double sWater;
        double sRetained;
        double[] sMoles;
        double bWater;
        double bRetained;
        double[] bMoles;

        State(final int n) {
            moles = new double[n];
            pMoles = new double[n];
            sMoles = new double[n];
            bMoles = new double[n];
        }

        State copy() {
            final State s = new State(moles.length);
            s.time = time;
            s.water = water;
            s.retained = retained;
            s.moles = moles.clone();
            s.pWater = pWater;
            s.pMoles = pMoles.clone();
            s.pSolids = pSolids;
            s.energy = energy;
            s.sWater = sWater;
            s.sRetained = sRetained;
            s.sMoles = sMoles.clone();
            s.bWater = bWater;
            s.bRetained = bRetained;
            s.bMoles = bMoles.clone();
            return s;
        }
    }

    /** The flows of one step's derivative: into and out of the tank. */
    private record Flows(Rates rates, double feedWater, double bleedWater) {
    }

    private static final class Run {
        private final ConcentrationSpec spec;
        private final FoodProduct product;
        private final PropertyPackage properties;
        private final ElementOptions options;
        private final Element element;
        private final Composition feed;
        private final List<Species> species;
        private final int n;
        private final double temperature;
        private final double waterDensity;
        private final double trainArea;
        private final double feedSolidsPerWater;
        private final Set<ModelWarning> warnings = new LinkedHashSet<>();
        private final Set<String> warningKeys = new java.util.HashSet<>();
        private double initialVolume;
        private double lastPressure = Double.NaN;
        /** Supply water below which the supply counts as used up, kg. */
        private double supplyEpsilon;

        Run(final ConcentrationSpec spec) {
            this.spec = spec;
            this.product = spec.product();
            this.properties = product.properties();
            this.options = spec.options().withProperties(properties);
            this.element = FoodMembranes.forFood(spec.element());
            this.feed = product.dissolved();
            this.species = feed.species();
            this.n = species.size();
            this.temperature = spec.temperature();
            this.waterDensity = properties.water().massDensity(temperature, P_ATM);
            this.trainArea = element.geometry().area() * spec.elementsInSeries();
            this.feedSolidsPerWater = FoodProduct.dissolvedSolidsPerWater(feed) + product.retainedSolids();
        }

        // ------------------------------------------------------------------ state functions

        private Composition composition(final double water, final double[] moles) {
            final double[] m = new double[n];
            for (int i = 0; i < n; i++) {
                m[i] = moles[i] / water;
            }
            return feed.withMolalities(m);
        }

        private double density(final Composition c) {
            return properties.density().massDensity(new Solution(c, temperature, P_ATM));
        }

        /** Volume of the product, m³ (density of the dissolved part; undissolved solids taken at it). */
        private double volume(final double water, final Composition c, final double retained) {
            return water * FoodProduct.massPerWater(c, retained / water) / density(c);
        }

        private double solidsPerWater(final Composition c, final double retainedPerWater) {
            return FoodProduct.dissolvedSolidsPerWater(c) + retainedPerWater;
        }

        private double measure(final Composition c, final double retainedPerWater) {
            return product.measureOf(c, retainedPerWater);
        }

        /** The quantity the target is stated in, at a state. */
        private double targetQuantity(final State s) {
            final Composition c = composition(s.water, s.moles);
            final double r = s.retained / s.water;
            return switch (spec.target().kind()) {
                case BRIX -> FoodProduct.brix(c, r);
                case TOTAL_SOLIDS -> FoodProduct.totalSolids(c, r);
                case CONCENTRATION_FACTOR -> spec.mode() == ConcentrationMode.BATCH
                        ? initialVolume / volume(s.water, c, s.retained)
                        : solidsPerWater(c, r) / feedSolidsPerWater;
                case VOLUME_REDUCTION -> 1.0 - volume(s.water, c, s.retained) / initialVolume;
            };
        }

        // ------------------------------------------------------------------ the train

        private TrainFlow train(final Composition c, final double retainedPerWater, final double feedPressure,
                                final boolean collect) {
            final double rho = density(c);
            final double waterFlow = spec.crossflow() * rho / FoodProduct.massPerWater(c, retainedPerWater);
            Stream stream = new Stream(waterFlow, new Solution(c, temperature, feedPressure));
            double water = 0.0;
            final double[] moles = new double[n];
            double solids = 0.0;
            for (int k = 0; k < spec.elementsInSeries(); k++) {
                final ElementResult r = ElementModel.solve(element, stream, P_ATM, options);
                final Stream p = r.permeate();
                water += p.waterMassFlow();
                for (int i = 0; i < n; i++) {
                    moles[i] += p.waterMassFlow() * p.composition().molality(species.get(i));
                }
                solids += p.waterMassFlow() * FoodProduct.dissolvedSolidsPerWater(p.composition());
                if (collect) {
                    addWarnings(r.warnings());
                }
                stream = r.concentrate();
            }
            final int t = spec.trains();
            for (int i = 0; i < n; i++) {
                moles[i] *= t;
            }
            return new TrainFlow(water * t, moles, solids * t);
        }

        /** Mean flux minus the set flux at a feed pressure (positive: the pressure is more than needed). */
        private double fluxExcess(final Composition c, final double retainedPerWater, final double feedPressure) {
            try {
                final TrainFlow f = train(c, retainedPerWater, feedPressure, false);
                return f.water() / spec.trains() / waterDensity / trainArea - spec.flux();
            } catch (PermeateException e) {
                if (e.kind() == Message.FEED_EXHAUSTED) {
                    return spec.flux();          // the train would take all its feed: far more than needed
                }
                throw e;
            }
        }

        private double osmoticPressure(final Composition c) {
            return properties.osmotic().osmoticPressure(new Solution(c, temperature, P_ATM));
        }

        /** The rates at a tank state, or {@code limited} when the limit cannot give the set flux. */
        private Rates rates(final Composition c, final double retainedPerWater) {
            final double pi = osmoticPressure(c);
            final double mu = properties.viscosity().dynamicViscosity(new Solution(c, temperature, P_ATM));
            final double upper = P_ATM + spec.pressureLimit();
            if (pi >= spec.pressureLimit()) {
                return new Rates(true, upper, null, 0, pi, mu);
            }
            final double lower = P_ATM + pi;
            final double p;
            try {
                p = solvePressure(c, retainedPerWater, lower, upper);
            } catch (PermeateException e) {
                if (e.kind() == Message.PRESSURE_EXHAUSTED) {
                    throw new PermeateException(Message.INFEASIBLE, "crossflow", Numbers.significant(
                            spec.crossflow() * 3600, 4) + " m³/h per train",
                            "the train's pressure drop uses up the whole pressure limit; lower the crossflow");
                }
                throw e;
            }
            if (Double.isNaN(p)) {
                return new Rates(true, upper, null, 0, pi, mu);
            }
            lastPressure = p;
            final TrainFlow f = train(c, retainedPerWater, p, true);
            final double power = spec.trains()
                    * spec.pump().duty("feed pump", spec.crossflow(), P_ATM, p).electricalPower();
            return new Rates(false, p, f, power, pi, mu);
        }

        /**
         * The feed pressure giving the set flux, from the last one found (secant walk, then Brent);
         * NaN when even the upper bound gives too little.
         */
        private double solvePressure(final Composition c, final double r, final double lower, final double upper) {
            final java.util.function.DoubleUnaryOperator g = x -> fluxExcessOrShort(c, r, x);
            final double start = Double.isFinite(lastPressure) ? Math.max(lower, Math.min(upper, lastPressure)) : upper;
            final org.permeate.solver.Bracket b = org.permeate.solver.Bracket.bySecant(g, start, 0.02 * (upper - lower),
                    lower, upper, 40);
            if (!b.found()) {
                if (b.fLower() < 0) {
                    return Double.NaN;
                }
                return b.lower();
            }
            return Brent.solve("feed pressure for the set flux", g, b.lower(), b.fLower(), b.upper(), b.fUpper(),
                    PRESSURE_TOLERANCE, BRENT_BUDGET);
        }

        /** Keeps one warning per kind and model (the first met). */
        private void addWarnings(final List<ModelWarning> list) {
            for (ModelWarning w : list) {
                if (warningKeys.add(w.kind() + "|" + w.source())) {
                    warnings.add(w);
                }
            }
        }

        /** As {@link #fluxExcess}, with a train that loses its whole pressure in the channel counted as no flux. */
        private double fluxExcessOrShort(final Composition c, final double r, final double p) {
            try {
                return fluxExcess(c, r, p);
            } catch (PermeateException e) {
                if (e.kind() == Message.PRESSURE_EXHAUSTED) {
                    return -spec.flux();
                }
                throw e;
            }
        }

        // ------------------------------------------------------------------ stepping

        /** Rates and feed/bleed flows at a state. */
        private Flows flows(final State s) {
            final Composition c = composition(s.water, s.moles);
            final double r = s.retained / s.water;
            final Rates rates = rates(c, r);
            if (rates.limited() || spec.mode() == ConcentrationMode.BATCH || s.sWater <= supplyEpsilon) {
                return new Flows(rates, 0.0, 0.0);
            }
            final double pw = rates.permeate().water();
            final boolean atTarget = targetQuantity(s) >= spec.target().value() * (1 - 10 * TARGET_TOLERANCE);
            if (!atTarget) {
                return new Flows(rates, pw, 0.0);
            }
            // hold the loop's solids per kg of water: F_w s_f = S_p + B_w s_t, F_w = P_w + B_w
            final double st = solidsPerWater(c, r);
            final double bleed = Math.max(0.0, (pw * feedSolidsPerWater - rates.permeate().solids())
                    / (st - feedSolidsPerWater));
            return new Flows(rates, pw + bleed, bleed);
        }

        /** s + dt·(flows): every transfer leaves one place and enters another, the same number. */
        private static void apply(final State s, final Flows f, final double dt, final double weight,
                                  final double[] feedMolality, final double feedRetainedPerWater,
                                  final State at) {
            final double w = dt * weight;
            final TrainFlow p = f.rates().permeate();
            s.water -= w * p.water();
            s.pWater += w * p.water();
            s.pSolids += w * p.solids();
            for (int i = 0; i < s.moles.length; i++) {
                s.moles[i] -= w * p.moles()[i];
                s.pMoles[i] += w * p.moles()[i];
            }
            if (f.feedWater() > 0) {
                final double fw = w * f.feedWater();
                s.sWater -= fw;
                s.water += fw;
                s.sRetained -= fw * feedRetainedPerWater;
                s.retained += fw * feedRetainedPerWater;
                for (int i = 0; i < s.moles.length; i++) {
                    s.sMoles[i] -= fw * feedMolality[i];
                    s.moles[i] += fw * feedMolality[i];
                }
            }
            if (f.bleedWater() > 0) {
                final double bw = w * f.bleedWater();
                final double rLoop = at.retained / at.water;
                s.water -= bw;
                s.bWater += bw;
                s.retained -= bw * rLoop;
                s.bRetained += bw * rLoop;
                for (int i = 0; i < s.moles.length; i++) {
                    final double m = at.moles[i] / at.water;
                    s.moles[i] -= bw * m;
                    s.bMoles[i] += bw * m;
                }
            }
            s.energy += w * f.rates().power();
            s.time += w;
        }

        /** One Heun step of length dt from s0 with derivative k1; null when the predictor hits the limit. */
        private State heun(final State s0, final Flows k1, final double dt) {
            final double[] fm = feed.molalities();
            final double fr = product.retainedSolids();
            final State predictor = s0.copy();
            apply(predictor, k1, dt, 1.0, fm, fr, s0);
            if (!(predictor.water > 0)) {
                return null;
            }
            final Flows k2 = flows(predictor);
            if (k2.rates().limited()) {
                return null;
            }
            final State s1 = s0.copy();
            s1.time = s0.time;
            apply(s1, k1, dt, 0.5, fm, fr, s0);
            apply(s1, k2, dt, 0.5, fm, fr, predictor);
            return s1;
        }

        private double stepFor(final State s, final Flows f) {
            double dt = MAX_STEP_WATER_FRACTION * s.water / f.rates().permeate().water();
            if (f.feedWater() > 0 && s.sWater > 0) {
                dt = Math.min(dt, 1.05 * s.sWater / f.feedWater());
            }
            return dt;
        }

        // ------------------------------------------------------------------ the run

        ConcentrationResult execute() {
            final State s = initialState();
            final State start = s.copy();
            supplyEpsilon = 1e-6 * start.sWater;
            final List<ConcentrationPoint> points = new ArrayList<>();
            if (targetQuantity(s) >= spec.target().value()) {
                throw new PermeateException(Message.NOT_ABOVE, "target",
                        "what the product has at the start, " + targetText(s), spec.target().describe());
            }
            final double feedOsmotic = osmoticPressure(composition(s.water, s.moles));
            if (feedOsmotic >= spec.pressureLimit()) {
                throw new PermeateException(Message.NOT_ABOVE, "pressure limit (gauge)",
                        "the feed's own osmotic pressure of " + pressureText(feedOsmotic) + ", or no water passes",
                        pressureText(spec.pressureLimit()));
            }
            Flows f = flows(s);
            if (f.rates().limited()) {
                final PressureLimitAnalysis limit = limitAnalysis();
                throw new PermeateException(Message.INFEASIBLE, "the set flux of " + fluxText(),
                        "the feed itself", "at the pressure limit of " + pressureText(spec.pressureLimit())
                                + " the train gives less (most the limit allows at zero flux: "
                                + measureText(limit.measureAtZeroFlux()) + ")");
            }
            points.add(point(s, f));
            State current = s;
            Termination termination = null;
            final double target = spec.target().value();
            final double supply0 = start.sWater;
            for (int step = 0; step < MAX_STEPS && termination == null; step++) {
                final boolean supplyActive = spec.mode() == ConcentrationMode.FEED_AND_BLEED
                        && current.sWater > supplyEpsilon;
                final boolean holding = supplyActive && f.bleedWater() > 0;
                if (!supplyActive && targetQuantity(current) >= target * (1 - 10 * TARGET_TOLERANCE)) {
                    termination = Termination.TARGET_REACHED;
                    break;
                }
                double dt = stepFor(current, f);
                State next = heun(current, f, dt);
                int halvings = 0;
                while (next == null && halvings < 30) {
                    dt *= 0.5;
                    halvings++;
                    next = heun(current, f, dt);
                }
                if (next == null) {
                    termination = Termination.PRESSURE_LIMIT;
                    break;
                }
                boolean done = false;
                if (supplyActive && next.sWater <= supplyEpsilon) {
                    next = landOn(current, f, dt, next, x -> (supply0 - x.sWater) / supply0, 1.0);
                    done = holding;
                    if (done) {
                        termination = Termination.SUPPLY_USED_UP;
                    }
                } else if (!holding && targetQuantity(next) >= target) {
                    next = landOn(current, f, dt, next, this::targetQuantity, target);
                    done = !(spec.mode() == ConcentrationMode.FEED_AND_BLEED && next.sWater > supplyEpsilon);
                    if (done) {
                        termination = Termination.TARGET_REACHED;
                    }
                }
                current = next;
                f = flows(current);
                if (f.rates().limited()) {
                    if (!done) {
                        termination = Termination.PRESSURE_LIMIT;
                    }
                    break;
                }
                points.add(point(current, f));
            }
            if (termination == null) {
                throw new PermeateException(Message.NO_CONVERGENCE, "concentration run", MAX_STEPS + " steps");
            }
            return result(start, current, points, termination);
        }

        /**
         * The last step's length found by Brent's method so that it ends where {@code q} equals
         * {@code goal} (q increasing along the step); a trial the pressure limit cuts short counts
         * as overshooting, and a step that does not straddle the goal is kept whole.
         */
        private State landOn(final State s0, final Flows k1, final double dt, final State overshoot,
                             final java.util.function.ToDoubleFunction<State> q, final double goal) {
            final double below = q.applyAsDouble(s0) - goal;
            final double above = q.applyAsDouble(overshoot) - goal;
            if (!(below < 0 && above > 0)) {
                return overshoot;     // the whole step lands within rounding of the goal (a supply's last drops)
            }
            final java.util.function.DoubleUnaryOperator g = h -> {
                final State s = heun(s0, k1, h);
                return s == null ? above : q.applyAsDouble(s) - goal;
            };
            final double h = Brent.solve("length of the step onto the target", g, 0.0, below, dt, above,
                    LANDING_TOLERANCE * dt, LANDING_BUDGET);
            final State s = heun(s0, k1, h);
            return s == null ? overshoot : s;
        }

        private State initialState() {
            final State s = new State(n);
            final double massPerWater = FoodProduct.massPerWater(feed, product.retainedSolids());
            final double total = spec.volume() * density(feed);
            final double water = total / massPerWater;
            final double[] m = feed.molalities();
            if (spec.mode() == ConcentrationMode.BATCH) {
                s.water = water;
                for (int i = 0; i < n; i++) {
                    s.moles[i] = water * m[i];
                }
                s.retained = water * product.retainedSolids();
                initialVolume = spec.volume();
            } else {
                final double loopWater = water * spec.loopVolume() / spec.volume();
                s.water = loopWater;
                s.sWater = water - loopWater;
                for (int i = 0; i < n; i++) {
                    s.moles[i] = loopWater * m[i];
                    s.sMoles[i] = s.sWater * m[i];
                }
                s.retained = loopWater * product.retainedSolids();
                s.sRetained = s.sWater * product.retainedSolids();
                initialVolume = spec.loopVolume();
            }
            return s;
        }

        private ConcentrationPoint point(final State s, final Flows f) {
            final Composition c = composition(s.water, s.moles);
            final double r = s.retained / s.water;
            final Rates rates = f.rates();
            final double cf = spec.mode() == ConcentrationMode.BATCH
                    ? initialVolume / volume(s.water, c, s.retained) : solidsPerWater(c, r) / feedSolidsPerWater;
            double pFlow = 0.0;
            double pMeasure = 0.0;
            double flux = 0.0;
            if (!rates.limited()) {
                final TrainFlow p = rates.permeate();
                double solutes = 0.0;
                for (int i = 0; i < n; i++) {
                    solutes += p.moles()[i] * species.get(i).molarMass();
                }
                pFlow = p.water() + solutes;
                pMeasure = p.solids() / pFlow;
                flux = p.water() / waterDensity / (trainArea * spec.trains());
            }
            return new ConcentrationPoint(s.time, volume(s.water, c, s.retained), measure(c, r), cf, rates.osmotic(),
                    rates.limited() ? Double.NaN : rates.feedPressure() - P_ATM, flux, pFlow, pMeasure,
                    rates.viscosity(), s.pWater, s.pSolids, s.energy);
        }

        private ConcentrationResult result(final State start, final State end, final List<ConcentrationPoint> points,
                                           final Termination termination) {
            final List<SoluteBalance> balances = new ArrayList<>();
            balances.add(new SoluteBalance("water", "kg", start.water + start.sWater, end.water, end.pWater,
                    end.bWater, end.sWater));
            for (int i = 0; i < n; i++) {
                balances.add(new SoluteBalance(species.get(i).id(), "mol", start.moles[i] + start.sMoles[i],
                        end.moles[i], end.pMoles[i], end.bMoles[i], end.sMoles[i]));
            }
            if (start.retained > 0) {
                balances.add(new SoluteBalance("undissolved solids", "kg", start.retained + start.sRetained,
                        end.retained, 0.0, end.bRetained, end.sRetained));
            }
            final Composition c = composition(end.water, end.moles);
            double productMass = end.water * FoodProduct.massPerWater(c, end.retained / end.water);
            double productSolids = end.water * solidsPerWater(c, end.retained / end.water);
            if (end.bWater > 0) {
                final Composition b = composition(end.bWater, end.bMoles);
                productMass += end.bWater * FoodProduct.massPerWater(b, end.bRetained / end.bWater);
                productSolids += end.bWater * solidsPerWater(b, end.bRetained / end.bWater);
            }
            final double productMeasure = product.measure() == FoodProduct.Measure.TOTAL_SOLIDS
                    ? productSolids / productMass
                    : FoodProduct.brix(c, end.retained / end.water);
            final double latent = PhysicalConstants.WATER_ENTHALPY_OF_VAPORISATION_100C
                    / PhysicalConstants.WATER_MOLAR_MASS;
            final double saved = end.pWater * latent / spec.evaporatorEfficiency();
            final PressureLimitAnalysis limit = limitAnalysis();
            final ConcentrationPoint last = points.get(points.size() - 1);
            final String message = switch (termination) {
                case TARGET_REACHED -> "Reached the target of " + spec.target().describe() + " after "
                        + hours(end.time) + " at a feed pressure of " + pressureText(last.feedPressure())
                        + " (limit " + pressureText(spec.pressureLimit()) + ").";
                case SUPPLY_USED_UP -> "Used up the supply after " + hours(end.time) + ", the loop held at "
                        + spec.target().describe() + "; feed pressure " + pressureText(last.feedPressure()) + ".";
                case PRESSURE_LIMIT -> "Stopped at the pressure limit of " + pressureText(spec.pressureLimit())
                        + " after " + hours(end.time) + ": the tank reached " + measureText(last.measure())
                        + " (concentration factor " + Numbers.significant(last.concentrationFactor(), 3)
                        + "), short of the target of " + spec.target().describe() + ". At " + fluxText()
                        + " this limit allows at most " + measureText(limit.measureAtSetFlux())
                        + "; with no flux at all, " + measureText(limit.measureAtZeroFlux()) + ".";
            };
            addWarnings(properties.viscosity().warnings(new Solution(c, temperature, P_ATM)));
            addWarnings(properties.limits().get(1).warnings(new Solution(c, temperature, P_ATM)));
            return new ConcentrationResult(spec, termination, message, points, c, balances, productMass,
                    productMeasure, end.energy, latent, saved, limit, new ArrayList<>(warnings));
        }

        // ------------------------------------------------------------------ the direct limit

        double removalRate(final double factor, final double feedPressure) {
            final Composition c = feed.scaled(factor);
            final double pi = osmoticPressure(c);
            org.permeate.errors.Checks.finite("feed pressure", feedPressure);
            if (!(feedPressure > pi)) {
                throw new PermeateException(Message.NOT_ABOVE, "feed pressure (gauge)",
                        "the osmotic pressure of the tank's contents, " + pressureText(pi), pressureText(feedPressure));
            }
            return train(c, product.retainedSolids() * factor, P_ATM + feedPressure, false).water();
        }

        /**
         * The direct calculation: the feed's composition scaled by a factor (every solute kept, the
         * run's losses and any ethanol passing left out, so for a product with ethanol it is an
         * upper bound of what the osmotic pressure allows).
         */
        PressureLimitAnalysis limitAnalysis() {
            final double r0 = product.retainedSolids();
            final double s0 = feedSolidsPerWater;
            // the most concentrated state considered: 90 % dissolved and undissolved matter (ethanol included)
            final double xMax = 9.0 / (feed.soluteMassPerWaterMass() + r0);
            final double limit = spec.pressureLimit();
            final double zero;
            final java.util.function.DoubleUnaryOperator excessPi = x -> {
                try {
                    return osmoticPressure(feed.scaled(x)) - limit;
                } catch (PermeateException e) {
                    return limit;            // beyond what the models describe: far above the limit
                }
            };
            final double piTop = excessPi.applyAsDouble(xMax);
            final double piFeed = excessPi.applyAsDouble(1.0);
            zero = piFeed >= 0 ? 1.0 : piTop < 0 ? xMax : Brent.solve("concentration at which the osmotic pressure equals the limit",
                    excessPi, 1.0, piFeed, xMax, piTop, 1e-9, 200);
            final double atFlux;
            final double upper = P_ATM + limit;
            final double g1 = fluxExcessOrShort(feed, r0, upper);
            if (g1 < 0) {
                atFlux = 1.0;
            } else {
                final double top = 1.0 + (zero - 1.0) * (1 - 1e-9);
                final java.util.function.DoubleUnaryOperator g = x -> {
                    try {
                        return fluxExcessOrShort(feed.scaled(x), r0 * x, upper);
                    } catch (PermeateException e) {
                        return -spec.flux();     // beyond what the models describe: no flux
                    }
                };
                final double gTop = g.applyAsDouble(top);
                atFlux = gTop >= 0 ? top : Brent.solve("concentration at which the limit just gives the set flux",
                        g, 1.0, g1, top, gTop, 1e-5, 200);
            }
            return new PressureLimitAnalysis(limit, measure(feed.scaled(atFlux), r0 * atFlux), atFlux,
                    measure(feed.scaled(zero), r0 * zero), zero);
        }

        // ------------------------------------------------------------------ text

        private String measureText(final double fraction) {
            return Numbers.significant(100 * fraction, 3) + " " + product.measure().symbol();
        }

        /** The quantity the target is stated in, at a state, as people read it. */
        private String targetText(final State s) {
            final double q = targetQuantity(s);
            return switch (spec.target().kind()) {
                case BRIX -> Numbers.significant(100 * q, 4) + " °Brix";
                case TOTAL_SOLIDS -> Numbers.significant(100 * q, 4) + " % total solids";
                case CONCENTRATION_FACTOR -> "concentration factor " + Numbers.significant(q, 4);
                case VOLUME_REDUCTION -> Numbers.significant(100 * q, 4) + " % volume reduction";
            };
        }

        private static String pressureText(final double gauge) {
            return Concentrator.pressureText(gauge, 3);
        }

        private String fluxText() {
            return Numbers.significant(spec.flux() * 3.6e6, 3) + " L/m²h";
        }

        private static String hours(final double seconds) {
            return Numbers.significant(seconds / 3600.0, 3) + " h";
        }
    }
}
