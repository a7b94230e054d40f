package org.permeate.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.UnivariateFunction;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Integrates an initial-value problem \( dy/dt = f(t, y) \) with Hipparchus' adaptive
 * Dormand–Prince 8(5,3) integrator, stops it when a stop function crosses zero (an event located
 * to within the integrator's accuracy), records the times other functions cross zero, and keeps
 * the dense output so the trajectory can be read at any time in between. Knows nothing about what
 * the state means.
 *
 * <p>Tolerances: each component i is kept within {@code relativeTolerance·(|y_i| + scale_i)} per
 * step, the caller giving a typical magnitude {@code scale_i} for each component. The
 * evaluation budget bounds the work; running out of it is a {@link Message#NO_CONVERGENCE}.
 *
 * <p>Dormand, J.R. &amp; Prince, P.J. (1980), A family of embedded Runge–Kutta formulae, J. Comput.
 * Appl. Math. 6, 19–26; Hairer, Nørsett &amp; Wanner (1993), Solving Ordinary Differential Equations
 * I, 2nd ed., §II.5 (DOP853).
 *
 * @param relativeTolerance relative tolerance per step (above 0)
 * @param maxEvaluations    budget of right-hand-side evaluations
 */
public record TimeIntegrator(double relativeTolerance, int maxEvaluations) {

    /** 1e-11 relative per step, two million evaluations. */
    public static final TimeIntegrator DEFAULT = new TimeIntegrator(1e-11, 2_000_000);

    public TimeIntegrator {
        if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "time-integrator relative tolerance", relativeTolerance,
                    "above 0", "below 1");
        }
        if (maxEvaluations < 1) {
            throw new PermeateException(Message.TOO_SMALL, "time-integrator evaluation budget", 1, maxEvaluations);
        }
    }

    /** The right-hand side. */
    @FunctionalInterface
    public interface Rate {
        /**
         * @param t time
         * @param y state (not to be modified)
         * @return dy/dt
         */
        double[] derivative(double t, double[] y);
    }

    /** A function of the state whose sign change marks an event. */
    @FunctionalInterface
    public interface Switch {
        /**
         * @param t time
         * @param y state
         * @return a value that changes sign at the event
         */
        double value(double t, double[] y);
    }

    /**
     * The integrated trajectory: every accepted step's dense output.
     */
    public static final class Trajectory {
        private final List<ODEStateInterpolator> steps;
        private final double start;
        private final double[] initial;
        private final double end;
        private final double[] finalState;
        private final boolean stopped;
        private final double[] markTimes;
        private final int evaluations;

        private Trajectory(final List<ODEStateInterpolator> steps, final double start, final double[] initial,
                           final double end, final double[] finalState, final boolean stopped,
                           final double[] markTimes, final int evaluations) {
            this.steps = List.copyOf(steps);
            this.start = start;
            this.initial = initial.clone();
            this.end = end;
            this.finalState = finalState.clone();
            this.stopped = stopped;
            this.markTimes = markTimes.clone();
            this.evaluations = evaluations;
        }

        /** @return the start time */
        public double startTime() {
            return start;
        }

        /** @return the time integration ended (at the stop event, or the end time) */
        public double endTime() {
            return end;
        }

        /** @return the state at the end */
        public double[] endState() {
            return finalState.clone();
        }

        /** @return whether the stop function ended the integration (rather than the end time) */
        public boolean stoppedByEvent() {
            return stopped;
        }

        /**
         * @param i index of a mark function
         * @return the first time it crossed zero, or NaN if it never did
         */
        public double markTime(final int i) {
            return markTimes[i];
        }

        /** @return the right-hand-side evaluations used */
        public int evaluations() {
            return evaluations;
        }

        /** @return the number of accepted steps */
        public int steps() {
            return steps.size();
        }

        /**
         * @param t a time between the start and the end
         * @return the state at that time, from the integrator's dense output
         */
        public double[] at(final double t) {
            if (t <= start || steps.isEmpty()) {
                return initial.clone();
            }
            if (t >= end) {
                return finalState.clone();
            }
            int lo = 0;
            int hi = steps.size() - 1;
            while (lo < hi) {
                final int mid = (lo + hi) >>> 1;
                if (steps.get(mid).getCurrentState().getTime() < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return steps.get(lo).getInterpolatedState(t).getPrimaryState();
        }
    }

    /**
     * @param what    what is integrated, for error messages
     * @param f       the right-hand side
     * @param y0      initial state at t = 0
     * @param scale   typical magnitude of each component (above 0), for the absolute tolerances
     * @param tEnd    latest end time (above 0)
     * @param stop    ends the integration when it goes from positive to zero or below (null: none)
     * @param marks   functions whose first crossing from positive to non-positive is recorded
     * @return the trajectory
     * @throws PermeateException {@link Message#NO_CONVERGENCE} if the evaluation budget runs out
     */
    public Trajectory integrate(final String what, final Rate f, final double[] y0, final double[] scale,
                                final double tEnd, final Switch stop, final List<Switch> marks) {
        if (y0.length != scale.length) {
            throw new IllegalArgumentException("state and scale lengths differ");
        }
        if (!(tEnd > 0) || !Double.isFinite(tEnd)) {
            throw new IllegalArgumentException("end time must be positive and finite: " + tEnd);
        }
        final int n = y0.length;
        final double[] abs = new double[n];
        final double[] rel = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(scale[i] > 0)) {
                throw new IllegalArgumentException("scale of component " + i + " must be positive");
            }
            abs[i] = relativeTolerance * scale[i];
            rel[i] = relativeTolerance;
        }
        final DormandPrince853Integrator integrator = new DormandPrince853Integrator(0.0, tEnd, abs, rel);
        integrator.setMaxEvaluations(maxEvaluations);
        final List<ODEStateInterpolator> steps = new ArrayList<>();
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(final ODEStateInterpolator interpolator) {
                steps.add(interpolator);
            }
        });
        final boolean[] stopped = {false};
        final double[] markTimes = new double[marks.size()];
        Arrays.fill(markTimes, Double.NaN);
        final double maxCheck = tEnd / 200.0;
        if (stop != null) {
            integrator.addEventDetector(new Detector(stop, maxCheck, (s, d, increasing) -> {
                if (increasing) {
                    return Action.CONTINUE;
                }
                stopped[0] = true;
                return Action.STOP;
            }));
        }
        for (int k = 0; k < marks.size(); k++) {
            final int index = k;
            integrator.addEventDetector(new Detector(marks.get(k), maxCheck, (s, d, increasing) -> {
                if (!increasing && Double.isNaN(markTimes[index])) {
                    markTimes[index] = s.getTime();
                }
                return Action.CONTINUE;
            }));
        }
        final OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(final double t, final double[] y) {
                return f.derivative(t, y);
            }
        };
        try {
            final ODEStateAndDerivative last = integrator.integrate(ode, new ODEState(0.0, y0.clone()), tEnd);
            return new Trajectory(steps, 0.0, y0, last.getTime(), last.getPrimaryState(), stopped[0], markTimes,
                    integrator.getEvaluations());
        } catch (MathIllegalStateException e) {
            throw new PermeateException(e, null, Message.NO_CONVERGENCE, what, maxEvaluations);
        } catch (MathIllegalArgumentException e) {
            throw new PermeateException(e, null, Message.NO_CONVERGENCE, what + " (" + e.getMessage() + ")",
                    maxEvaluations);
        }
    }

    /** An event detector over a {@link Switch}. */
    private static final class Detector implements ODEEventDetector {
        private final Switch function;
        private final double maxCheck;
        private final ODEEventHandler handler;

        Detector(final Switch function, final double maxCheck, final ODEEventHandler handler) {
            this.function = function;
            this.maxCheck = maxCheck;
            this.handler = handler;
        }

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(maxCheck);
        }

        @Override
        public int getMaxIterationCount() {
            return 200;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
            return new BracketingNthOrderBrentSolver(1e-14, 1e-12 * maxCheck, 0.0, 5);
        }

        @Override
        public ODEEventHandler getHandler() {
            return handler;
        }

        @Override
        public double g(final ODEStateAndDerivative state) {
            return function.value(state.getTime(), state.getPrimaryState());
        }
    }
}
