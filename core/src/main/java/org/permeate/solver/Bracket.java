package org.permeate.solver;

import java.util.function.DoubleUnaryOperator;

/**
 * A sign change of a function, found by walking from a first guess with growing steps, for
 * Brent's method to refine. Knows nothing about what the function means.
 *
 * @param lower   lower end
 * @param fLower  f(lower)
 * @param upper   upper end
 * @param fUpper  f(upper)
 * @param found   whether f changes sign between the ends; if not, both ends are the bound the
 *                walk stopped at and f there is the closest the function came
 * @param evaluations how many times f was evaluated
 */
public record Bracket(double lower, double fLower, double upper, double fUpper, boolean found, int evaluations) {

    /**
     * Walks from {@code x0} towards the root of an increasing function — up while f &lt; 0, down
     * while f &gt; 0, clipped to [min, max] — each step after the first aiming at the secant's root
     * through the last two points (overshooting it by 10 % of the step, so that the root is
     * bracketed rather than approached from one side), limited to between a tenth of and four
     * times the previous step; where the secant points the wrong way the step doubles instead. For a
     * smooth function it brackets in two or three evaluations from a fair guess.
     *
     * @param f        an increasing function
     * @param x0       first guess, within [min, max]
     * @param step     first step, &gt; 0
     * @param min      lowest x to try
     * @param max      highest x to try
     * @param maxSteps evaluation budget of the walk
     * @return the bracket, or, when the bound is reached without a sign change, that bound
     */
    public static Bracket bySecant(final DoubleUnaryOperator f, final double x0, final double step,
                                   final double min, final double max, final int maxSteps) {
        double a = Math.max(min, Math.min(max, x0));
        double fa = f.applyAsDouble(a);
        int evaluations = 1;
        if (fa == 0) {
            return new Bracket(a, fa, a, fa, true, evaluations);
        }
        double h = step;
        double slope = Double.NaN;
        while (evaluations < maxSteps) {
            final double direction = fa < 0 ? 1.0 : -1.0;
            final double bound = direction > 0 ? max : min;
            if (a == bound) {
                return new Bracket(a, fa, a, fa, false, evaluations);
            }
            double move = h;
            if (slope > 0 && Double.isFinite(slope)) {
                // the secant's root, 10 % beyond, within [h/10, 4h] of the last step
                move = Math.max(0.1 * h, Math.min(4 * h, 1.1 * Math.abs(fa / slope)));
            }
            final double b = direction > 0 ? Math.min(bound, a + move) : Math.max(bound, a - move);
            final double fb = f.applyAsDouble(b);
            evaluations++;
            if (Math.signum(fb) != Math.signum(fa)) {
                return direction > 0 ? new Bracket(a, fa, b, fb, true, evaluations)
                        : new Bracket(b, fb, a, fa, true, evaluations);
            }
            slope = (fb - fa) / (b - a);
            h = slope > 0 ? Math.abs(b - a) : 2 * Math.abs(b - a);
            a = b;
            fa = fb;
        }
        return new Bracket(a, fa, a, fa, false, evaluations);
    }
}
