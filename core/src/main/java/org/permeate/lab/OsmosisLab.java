package org.permeate.lab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.solver.RootFinder;
import org.permeate.solver.TimeIntegrator;

/**
 * Osmosis you can watch: water crosses the membrane of an {@link OsmosisCell} until the
 * hydrostatic head balances the osmotic pressure difference (or, through a leaky membrane, until
 * the concentrations are equal), and the same end state computed directly.
 *
 * <p>Equations (the solution–diffusion membrane of {@link Membrane}; hydrostatics of two
 * columns):
 * <ul>
 *   <li>pressure at the membrane on each side \( P_i = P_{applied,i} + \rho_i g h_i \), with
 *       \( h_i = h_{i,0} + (V_i - V_{i,0})/A_{c,i} \);</li>
 *   <li>driving pressure from left to right
 *       \( D = (P_L - P_R) - (\pi_L - \pi_R) \); water volume flux \( J_w = A\,D \), water mass
 *       rate \( \dot m_w = J_w\,S\,\rho_w \) (S the membrane area, \( \rho_w \) pure water: the
 *       membrane passes water);</li>
 *   <li>solute j: \( \dot n_j = B\,S\,(c_{L,j} - c_{R,j}) \), c in mol per m³ of solution;</li>
 *   <li>state: water mass and amount of each solute on each side, so water and every solute
 *       are conserved by construction (a Runge–Kutta step keeps linear invariants to
 *       round-off).</li>
 * </ul>
 * π and ρ come from the cell's property package at the cell temperature and one atmosphere: the
 * lab's pressures (a few bar at most) change a solution's density by less than 1e-4.
 *
 * <p>The run stops by an event when every driving force (D, and Δc for each solute through a
 * leaky membrane) has fallen below {@link #EQUILIBRIUM_TOLERANCE} of its start value. The
 * equilibrium computed directly is the root in the water moved of D = 0, with the solutes held
 * on their sides (semi-permeable) or spread to equal molality (leaky); it takes the dilution by
 * the moving levels into account through the same property models.
 *
 * <p>Stateless and thread-safe.
 */
public final class OsmosisLab {

    /** Driving forces below this fraction of their start values count as equilibrium. */
    public static final double EQUILIBRIUM_TOLERANCE = 1e-10;

    /** The lab with the default integrator and root finder. */
    public static final OsmosisLab DEFAULT = new OsmosisLab(TimeIntegrator.DEFAULT, RootFinder.DEFAULT);

    private final TimeIntegrator integrator;
    private final RootFinder roots;

    /**
     * @param integrator time integrator
     * @param roots      root finder for the direct equilibrium
     */
    public OsmosisLab(final TimeIntegrator integrator, final RootFinder roots) {
        this.integrator = integrator;
        this.roots = roots;
    }

    /**
     * Runs the cell until equilibrium (or {@code maxDuration}).
     *
     * @param cell        the set-up
     * @param maxDuration the longest time to simulate, s (NaN: 2000 of its estimated time constants)
     * @param samples     number of evenly spaced samples to report (≥ 2)
     * @param policy      what to do when a property model leaves its fitted range
     * @return the run
     */
    public OsmosisRun simulate(final OsmosisCell cell, final double maxDuration, final int samples,
                               final RangePolicy policy) {
        if (samples < 2) {
            throw new PermeateException(Message.TOO_SMALL, "number of samples", "2", samples);
        }
        if (!Double.isNaN(maxDuration)) {
            Checks.positive("duration (s)", maxDuration);
        }
        final Model model = new Model(cell);
        final double[] y0 = model.initialState();
        final List<ModelWarning> warnings = new ArrayList<>(model.warnings(y0, policy));
        final OsmosisEquilibrium eq = equilibrium(model);
        try {
            warnings.addAll(model.warnings(model.stateOf(eq), policy));
        } catch (PermeateException e) {
            if (e.kind() != Message.ABOVE_SOLUBILITY) {
                throw e;
            }
            // reverse osmosis pressed past saturation: the flow would crystallise salt before it stops
            throw new PermeateException(Message.INFEASIBLE, "the equilibrium", "this set-up",
                    "where the flow would stop, " + e.getMessage()
                            + ": the salt would crystallise first; lower the applied pressure or dilute the solution");
        }

        final OsmosisSnapshot first = model.snapshot(0.0, y0);
        final double head = Math.abs(first.right().osmoticPressure() - first.left().osmoticPressure())
                / (0.5 * (first.left().massDensity() + first.right().massDensity()) * PhysicalConstants.STANDARD_GRAVITY);
        final Forces scale = model.scales(y0);
        if (scale.atRest(model.forces(y0))) {
            return new OsmosisRun(cell, List.of(first, first), first, true, eq, head, 0.0, 0, unique(warnings));
        }
        final double tau = model.timeConstant(y0);
        final double tEnd = Double.isNaN(maxDuration) ? 2000.0 * tau : maxDuration;
        final TimeIntegrator.Trajectory traj = integrator.integrate("osmosis simulation (if the set-up is stiff — levels relaxing far slower than the "
                        + "salt — simulate a shorter duration)",
                (t, y) -> model.rate(y), y0, model.stateScale(y0), tEnd,
                (t, y) -> scale.ratio(model.forces(y)) - EQUILIBRIUM_TOLERANCE,
                List.of((t, y) -> scale.ratio(model.forces(y)) - 0.01));
        final double t99 = traj.markTime(0);
        final double display = Double.isNaN(t99) ? traj.endTime() : Math.min(traj.endTime(), 1.5 * t99);
        final List<OsmosisSnapshot> list = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            final double t = display * k / (samples - 1);
            list.add(model.snapshot(t, traj.at(t)));
        }
        final OsmosisSnapshot end = model.snapshot(traj.endTime(), traj.endState());
        if (traj.endTime() > display) {
            list.add(end);
        }
        warnings.addAll(model.warnings(traj.endState(), policy));
        return new OsmosisRun(cell, list, end, traj.stoppedByEvent(), eq, head, t99, traj.evaluations(),
                unique(warnings));
    }

    /**
     * The equilibrium computed directly.
     *
     * @param cell the set-up
     * @return the end state
     * @throws PermeateException {@link Message#INFEASIBLE} if one side would run dry first
     */
    public OsmosisEquilibrium equilibrium(final OsmosisCell cell) {
        return equilibrium(new Model(cell));
    }

    private OsmosisEquilibrium equilibrium(final Model model) {
        final double[] y0 = model.initialState();
        final int[] count = {0};
        final java.util.function.DoubleUnaryOperator f = x -> {
            count[0]++;
            return model.forces(model.equilibriumCandidate(y0, x)).driving;
        };
        final double f0 = f.applyAsDouble(0.0);
        if (f0 == 0 && !model.leaky) {
            return new OsmosisEquilibrium(model.snapshot(0.0, y0), 0.0, count[0]);
        }
        // water moves to the right if f(0) > 0; step towards the side that gains, halving the
        // distance to the other side's running dry, until the sign changes
        final double room = f0 > 0 ? y0[0] : y0[1];
        final double sign = f0 > 0 ? 1.0 : -1.0;
        double lo = 0.0;
        double hi = Double.NaN;
        for (int k = 1; k <= 60; k++) {
            final double x = sign * room * (1.0 - Math.pow(0.5, k));
            double fx;
            try {
                fx = f.applyAsDouble(x);
            } catch (PermeateException e) {
                fx = Double.NaN; // a state the property models refuse (far beyond solubility): no root there
            }
            if (!Double.isFinite(fx)) {
                break;
            }
            if (Math.signum(fx) != Math.signum(f0) || fx == 0) {
                hi = x;
                break;
            }
            lo = x;
        }
        if (Double.isNaN(hi)) {
            throw new PermeateException(Message.INFEASIBLE, "an equilibrium", "the osmotic balance",
                    "the " + (f0 > 0 ? model.cell.left().name() : model.cell.right().name())
                            + " side would run dry before the head balances the osmotic pressure difference;"
                            + " give it more volume, or the columns smaller cross-sections");
        }
        final double x = roots.solve("osmotic equilibrium", f, Math.min(lo, hi), Math.max(lo, hi));
        final double[] y = model.equilibriumCandidate(y0, x);
        return new OsmosisEquilibrium(model.snapshot(0.0, y), x, count[0]);
    }

    private static List<ModelWarning> unique(final List<ModelWarning> w) {
        return List.copyOf(new LinkedHashSet<>(w));
    }

    /**
     * The driving forces at one state (or, as a scale, their start magnitudes).
     *
     * @param driving                 driving pressure left to right, Pa
     * @param concentrationDifference c_left − c_right of each solute, mol/m³ (zeros if not leaky)
     */
    private record Forces(double driving, double[] concentrationDifference) {

        /** @return the largest force of {@code f} as a fraction of this scale */
        double ratio(final Forces f) {
            double r = Math.abs(f.driving) / driving;
            for (int j = 0; j < concentrationDifference.length; j++) {
                if (concentrationDifference[j] > 0) {
                    r = Math.max(r, Math.abs(f.concentrationDifference[j]) / concentrationDifference[j]);
                }
            }
            return r;
        }

        /** @return whether {@code f} is at equilibrium on this scale */
        boolean atRest(final Forces f) {
            return ratio(f) <= EQUILIBRIUM_TOLERANCE;
        }
    }

    /** The right-hand side and its helpers for one cell. */
    private static final class Model {
        private final OsmosisCell cell;
        private final PropertyPackage pkg;
        private final int k;
        private final double[] molarMass;
        private final boolean leaky;
        private final double waterDensity;
        private final double area;
        private final double a;
        private final double b;
        private final double[] initialVolume = new double[2];

        Model(final OsmosisCell cell) {
            this.cell = cell;
            this.pkg = cell.properties();
            final List<Species> species = cell.species();
            this.k = species.size();
            this.molarMass = new double[k];
            for (int j = 0; j < k; j++) {
                molarMass[j] = species.get(j).molarMass();
            }
            this.leaky = cell.membrane().leaky();
            this.waterDensity = pkg.water().massDensity(cell.temperature(), PhysicalConstants.STANDARD_ATMOSPHERE);
            this.area = cell.membrane().area();
            this.a = cell.membrane().waterPermeability();
            this.b = cell.membrane().solutePermeability();
            final double[] y0 = initialState();
            initialVolume[0] = volume(0, y0);
            initialVolume[1] = volume(1, y0);
        }

        /** [W_L, W_R, n_L(0..k-1), n_R(0..k-1)] */
        double[] initialState() {
            final double[] y = new double[2 + 2 * k];
            fill(y, 0, cell.left());
            fill(y, 1, cell.right());
            return y;
        }

        private void fill(final double[] y, final int side, final Compartment c) {
            final Composition comp = c.composition();
            final double rho = density(comp);
            final double w = c.volume() * rho / (1.0 + comp.soluteMassPerWaterMass());
            y[side] = w;
            for (int j = 0; j < k; j++) {
                y[2 + side * k + j] = comp.molality(j) * w;
            }
        }

        private Compartment compartment(final int side) {
            return side == 0 ? cell.left() : cell.right();
        }

        private Composition composition(final int side, final double[] y) {
            final double w = y[side];
            final double[] m = new double[k];
            for (int j = 0; j < k; j++) {
                m[j] = Math.max(0.0, y[2 + side * k + j]) / w;
            }
            return compartment(side).composition().withMolalities(m);
        }

        private Solution solution(final Composition c) {
            return new Solution(c, cell.temperature(), PhysicalConstants.STANDARD_ATMOSPHERE);
        }

        private double density(final Composition c) {
            if (c.totalMolality() == 0) {
                return waterDensity;
            }
            return pkg.density().massDensity(solution(c));
        }

        private double osmoticPressure(final Composition c) {
            return c.totalMolality() == 0 ? 0.0 : pkg.osmotic().osmoticPressure(solution(c));
        }

        private double volume(final int side, final double[] y) {
            final Composition c = composition(side, y);
            return y[side] * (1.0 + c.soluteMassPerWaterMass()) / density(c);
        }

        /** Everything the rate needs for one side: [volume, level, ρ, π, P at membrane]. */
        private double[] side(final int side, final double[] y) {
            final Composition c = composition(side, y);
            final double rho = density(c);
            final double v = y[side] * (1.0 + c.soluteMassPerWaterMass()) / rho;
            final Compartment comp = compartment(side);
            final double h = comp.level() + (v - initialVolume[side]) / comp.crossSection();
            final double p = comp.appliedPressure() + rho * PhysicalConstants.STANDARD_GRAVITY * h;
            return new double[] {v, h, rho, osmoticPressure(c), p};
        }

        Forces forces(final double[] y) {
            final double[] l = side(0, y);
            final double[] r = side(1, y);
            final double[] dc = new double[k];
            if (leaky) {
                for (int j = 0; j < k; j++) {
                    dc[j] = y[2 + j] / l[0] - y[2 + k + j] / r[0];
                }
            }
            return new Forces((l[4] - r[4]) - (l[3] - r[3]), dc);
        }

        double[] rate(final double[] y) {
            final double[] l = side(0, y);
            final double[] r = side(1, y);
            final double jw = a * ((l[4] - r[4]) - (l[3] - r[3]));
            final double mw = jw * area * waterDensity;
            final double[] dy = new double[y.length];
            dy[0] = -mw;
            dy[1] = mw;
            if (leaky) {
                for (int j = 0; j < k; j++) {
                    final double nj = b * area * (y[2 + j] / l[0] - y[2 + k + j] / r[0]);
                    dy[2 + j] = -nj;
                    dy[2 + k + j] = nj;
                }
            }
            return dy;
        }

        Forces scales(final double[] y0) {
            final double[] l = side(0, y0);
            final double[] r = side(1, y0);
            final Forces f = forces(y0);
            final double d = Math.max(Math.abs(f.driving), Math.max(Math.abs(l[3] - r[3]), 1e-3));
            final double[] c = new double[k];
            for (int j = 0; j < k; j++) {
                c[j] = Math.max(y0[2 + j] / l[0], y0[2 + k + j] / r[0]);
            }
            return new Forces(d, c);
        }

        double[] stateScale(final double[] y0) {
            final double[] s = new double[y0.length];
            final double w = y0[0] + y0[1];
            s[0] = w;
            s[1] = w;
            for (int j = 0; j < k; j++) {
                final double n = Math.max(y0[2 + j] + y0[2 + k + j], 1e-300);
                s[2 + j] = n;
                s[2 + k + j] = n;
            }
            return s;
        }

        /** How long the driving forces take to fall by e, from their start rates. */
        double timeConstant(final double[] y0) {
            final double[] dy = rate(y0);
            final Forces f0 = forces(y0);
            double maxRate = 0;
            for (double v : dy) {
                maxRate = Math.max(maxRate, Math.abs(v));
            }
            final double[] s = stateScale(y0);
            double dt = Double.POSITIVE_INFINITY;
            for (int i = 0; i < dy.length; i++) {
                if (dy[i] != 0) {
                    dt = Math.min(dt, 1e-6 * s[i] / Math.abs(dy[i]));
                }
            }
            if (!Double.isFinite(dt)) {
                return 1.0;
            }
            final double[] y1 = y0.clone();
            for (int i = 0; i < y1.length; i++) {
                y1[i] += dy[i] * dt;
            }
            final Forces f1 = forces(y1);
            double tau = 0;
            tau = Math.max(tau, relax(f0.driving, f1.driving, dt));
            for (int j = 0; j < k; j++) {
                tau = Math.max(tau, relax(f0.concentrationDifference[j], f1.concentrationDifference[j], dt));
            }
            // the levels' own relaxation under their head alone (the slowest water mode)
            final double g = PhysicalConstants.STANDARD_GRAVITY;
            tau = Math.max(tau, 1.0 / (a * area * g * waterDensity
                    * (1.0 / cell.left().crossSection() + 1.0 / cell.right().crossSection())));
            if (leaky) {
                // the solute's own relaxation, Δc falling as exp(−B S (1/V_L + 1/V_R) t)
                tau = Math.max(tau, 1.0 / (b * area * (1.0 / initialVolume[0] + 1.0 / initialVolume[1])));
            }
            return tau > 0 ? tau : 1.0;
        }

        private static double relax(final double x0, final double x1, final double dt) {
            final double rate = (x0 - x1) / dt;
            return x0 != 0 && rate != 0 ? Math.abs(x0 / rate) : 0.0;
        }

        /** The state with x kg of water moved left to right, solutes held (or spread evenly if leaky). */
        double[] equilibriumCandidate(final double[] y0, final double x) {
            final double[] y = y0.clone();
            y[0] = y0[0] - x;
            y[1] = y0[1] + x;
            if (leaky) {
                final double wl = y[0] / (y[0] + y[1]);
                for (int j = 0; j < k; j++) {
                    final double n = y0[2 + j] + y0[2 + k + j];
                    y[2 + j] = n * wl;
                    y[2 + k + j] = n - n * wl;
                }
            }
            return y;
        }

        double[] stateOf(final OsmosisEquilibrium eq) {
            return equilibriumCandidate(initialState(), eq.waterTransferred());
        }

        List<ModelWarning> warnings(final double[] y, final RangePolicy policy) {
            final List<ModelWarning> w = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                final Composition c = composition(side, y);
                if (c.totalMolality() > 0) {
                    w.addAll(pkg.osmotic(solution(c), policy).warnings());
                }
            }
            return w;
        }

        SideState sideState(final int side, final double[] y) {
            final double[] s = side(side, y);
            final Composition c = composition(side, y);
            final double osmolality = c.totalMolality() == 0 ? 0.0
                    : -pkg.osmotic().lnWaterActivity(solution(c)) / PhysicalConstants.WATER_MOLAR_MASS;
            final double dissolved = y[side] * c.soluteMassPerWaterMass() / s[0];
            return new SideState(y[side], c, s[0], s[1], s[2], s[3], osmolality, dissolved, s[4]);
        }

        OsmosisSnapshot snapshot(final double t, final double[] y) {
            final Forces f = forces(y);
            return new OsmosisSnapshot(t, sideState(0, y), sideState(1, y), a * f.driving, f.driving);
        }
    }
}
