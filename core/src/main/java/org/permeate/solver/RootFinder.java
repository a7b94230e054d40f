package org.permeate.solver;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * One-dimensional root finding on a bracket, with stated tolerances, an evaluation budget and a
 * typed failure. A thin wrapper over Hipparchus' bracketing Brent solver; it knows nothing about
 * what the function means.
 *
 * @param absoluteTolerance absolute tolerance on x
 * @param relativeTolerance relative tolerance on x
 * @param maxEvaluations    evaluation budget
 */
public record RootFinder(double absoluteTolerance, double relativeTolerance, int maxEvaluations) {

    /** Tolerances fit for most property inversions: 1e-12 relative, 200 evaluations. */
    public static final RootFinder DEFAULT = new RootFinder(1e-14, 1e-12, 200);

    public RootFinder {
        if (!(absoluteTolerance > 0) || !(relativeTolerance > 0) || maxEvaluations < 1) {
            throw new IllegalArgumentException("bad root-finder settings");
        }
    }

    /**
     * @param what  a description for error messages, e.g. "boiling point"
     * @param f     the function
     * @param lower lower end of the bracket
     * @param upper upper end of the bracket
     * @return x in [lower, upper] with f(x) ≈ 0
     * @throws PermeateException {@link Message#NOT_BRACKETED} if f has the same sign at both ends,
     *                           {@link Message#NO_CONVERGENCE} if the budget runs out
     */
    public double solve(final String what, final DoubleUnaryOperator f, final double lower, final double upper) {
        final double fl = f.applyAsDouble(lower);
        final double fu = f.applyAsDouble(upper);
        if (fl == 0) {
            return lower;
        }
        if (fu == 0) {
            return upper;
        }
        if (!Double.isFinite(fl) || !Double.isFinite(fu) || Math.signum(fl) == Math.signum(fu)) {
            throw new PermeateException(Message.NOT_BRACKETED, what, lower, upper);
        }
        final BracketingNthOrderBrentSolver solver =
                new BracketingNthOrderBrentSolver(relativeTolerance, absoluteTolerance, 1e-300, 5);
        try {
            return solver.solve(maxEvaluations, f::applyAsDouble, lower, upper, AllowedSolution.ANY_SIDE);
        } catch (MathIllegalStateException e) {
            throw new PermeateException(e, null, Message.NO_CONVERGENCE, what, maxEvaluations);
        } catch (MathIllegalArgumentException e) {
            throw new PermeateException(e, null, Message.NOT_BRACKETED, what, lower, upper);
        }
    }
}
