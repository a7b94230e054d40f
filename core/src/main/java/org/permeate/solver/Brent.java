package org.permeate.solver;

import java.util.function.DoubleUnaryOperator;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Brent's method (Brent 1973, <i>Algorithms for Minimization without Derivatives</i>, ch. 4):
 * bisection safeguarding inverse quadratic and secant steps, on a bracket where the function
 * changes sign. Written without allocation for inner loops (the membrane-segment flux solve); for
 * occasional use, {@link RootFinder} wraps Hipparchus.
 */
public final class Brent {

    private Brent() {
    }

    /**
     * @param what           description for error messages
     * @param f              the function
     * @param lower          lower end of the bracket
     * @param fLower         f(lower), already known
     * @param upper          upper end of the bracket
     * @param fUpper         f(upper), already known
     * @param absoluteTolerance tolerance on x
     * @param maxEvaluations evaluation budget
     * @return x with f(x) ≈ 0, within the tolerance
     * @throws PermeateException {@link Message#NOT_BRACKETED} or {@link Message#NO_CONVERGENCE}
     */
    public static double solve(final String what, final DoubleUnaryOperator f, final double lower, final double fLower,
                               final double upper, final double fUpper, final double absoluteTolerance,
                               final int maxEvaluations) {
        double a = lower;
        double b = upper;
        double fa = fLower;
        double fb = fUpper;
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (Math.signum(fa) == Math.signum(fb) || Double.isNaN(fa) || Double.isNaN(fb)) {
            throw new PermeateException(Message.NOT_BRACKETED, what, lower, upper);
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int evaluations = 0; evaluations < maxEvaluations; evaluations++) {
            if (Math.signum(fb) == Math.signum(fc)) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            final double tol = 2 * Math.ulp(b) + 0.5 * absoluteTolerance;
            final double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    final double r = fb / fc;
                    q = fa / fc;
                    p = s * (2 * m * q * (q - r) - (b - a) * (r - 1));
                    q = (q - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                s = e;
                e = d;
                if (2 * p < 3 * m * q - Math.abs(tol * q) && p < Math.abs(0.5 * s * q)) {
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f.applyAsDouble(b);
        }
        throw new PermeateException(Message.NO_CONVERGENCE, what, maxEvaluations);
    }
}
