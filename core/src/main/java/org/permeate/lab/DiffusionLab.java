package org.permeate.lab;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.solver.RootFinder;
import org.permeate.solver.TimeIntegrator;

/**
 * Fick's second law in a closed tube, \( \partial c/\partial t = D\,\partial^2 c/\partial x^2 \) with
 * \( \partial c/\partial x = 0 \) at both ends, from a step at the partition, solved two ways:
 * <ul>
 *   <li>the Fourier cosine series (Crank 1975, The Mathematics of Diffusion, 2nd ed., §4.3):
 *       \( c = \bar c + \sum_{n\ge1} \frac{2(c_L - c_R)\sin(n\pi f)}{n\pi}
 *       \cos\frac{n\pi x}{L} e^{-D n^2\pi^2 t/L^2} \), f the partition's fraction of L;</li>
 *   <li>finite volumes (method of lines: N cells, second-order central fluxes, zero flux at the
 *       ends) integrated in time by {@link TimeIntegrator}; the total amount is conserved by
 *       construction.</li>
 * </ul>
 * Both are compared as cell averages. The time to mix is when every cell average is within a
 * fraction of the uniform value. Stateless and thread-safe.
 */
public final class DiffusionLab {

    /** The lab with the default integrator and root finder. */
    public static final DiffusionLab DEFAULT = new DiffusionLab(TimeIntegrator.DEFAULT, RootFinder.DEFAULT);

    private final TimeIntegrator integrator;
    private final RootFinder roots;

    /**
     * @param integrator time integrator
     * @param roots      root finder
     */
    public DiffusionLab(final TimeIntegrator integrator, final RootFinder roots) {
        this.integrator = integrator;
        this.roots = roots;
    }

    /**
     * @param setup        the set-up
     * @param mixTolerance fraction of the uniform value counted as mixed (e.g. 0.01), in (0, 0.5)
     * @param profiles     number of profiles to report (≥ 2)
     * @return the run
     */
    public DiffusionRun simulate(final DiffusionSetup setup, final double mixTolerance, final int profiles) {
        Checks.inRange("mixing tolerance (fraction of the uniform value)", mixTolerance, 1e-6, 0.5);
        Checks.inRange("number of profiles", profiles, 2, 200);
        final int n = setup.cells();
        final double dx = setup.length() / n;
        final double[] centres = new double[n];
        for (int i = 0; i < n; i++) {
            centres[i] = (i + 0.5) * dx;
        }
        final double mean = setup.uniform();
        final double tol = mixTolerance * mean;
        final double[] c0 = series(setup, 0.0);
        final double total0 = sum(c0);
        final double d = setup.diffusivity() / (dx * dx);
        final TimeIntegrator.Rate rate = (t, c) -> {
            final double[] dc = new double[n];
            for (int i = 0; i < n; i++) {
                final double west = i == 0 ? 0.0 : c[i - 1] - c[i];
                final double east = i == n - 1 ? 0.0 : c[i + 1] - c[i];
                dc[i] = d * (west + east);
            }
            return dc;
        };
        final double[] scale = new double[n];
        java.util.Arrays.fill(scale, Math.max(setup.left(), setup.right()));
        // the slowest mode decays as exp(−Dπ²t/L²): 50 of its time constants is far past mixed
        final double tEnd = 50.0 * setup.length() * setup.length() / (Math.PI * Math.PI * setup.diffusivity());
        final TimeIntegrator.Trajectory traj = integrator.integrate("diffusion simulation", rate, c0, scale, tEnd,
                (t, c) -> maxDeviation(c, mean) - tol, List.of());
        final double tNum = traj.endTime();
        final double tSeries = roots.solve("time to mix", t -> maxDeviation(series(setup, t), mean) - tol,
                0.0, 2 * tNum + tEnd * 1e-9);
        final List<DiffusionProfile> list = new ArrayList<>();
        double largest = 0;
        for (int k = 0; k < profiles; k++) {
            final double f = (double) k / (profiles - 1);
            final double t = tNum * f * f;
            final double[] num = traj.at(t);
            final double[] an = series(setup, t);
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(num[i] - an[i]));
            }
            list.add(new DiffusionProfile(t, num, an));
        }
        final double conservation = Math.abs(sum(traj.endState()) - total0) / total0;
        return new DiffusionRun(setup, centres, list, mixTolerance, tSeries, tNum,
                largest / Math.abs(setup.left() - setup.right()), conservation);
    }

    private static double sum(final double[] c) {
        double s = 0;
        for (double v : c) {
            s += v;
        }
        return s;
    }

    private static double maxDeviation(final double[] c, final double mean) {
        double m = 0;
        for (double v : c) {
            m = Math.max(m, Math.abs(v - mean));
        }
        return m;
    }

    /**
     * The Fourier-series solution averaged over each cell; at t = 0 the exact initial averages.
     *
     * @param s the set-up
     * @param t time, s
     * @return one value per cell
     */
    static double[] series(final DiffusionSetup s, final double t) {
        final int n = s.cells();
        final double len = s.length();
        final double dx = len / n;
        final double[] c = new double[n];
        final double mean = s.uniform();
        if (t <= 0) {
            final double xp = s.partition() * len;
            for (int i = 0; i < n; i++) {
                final double a = i * dx;
                final double b = a + dx;
                final double leftPart = Math.max(0.0, Math.min(b, xp) - a) / dx;
                c[i] = leftPart * s.left() + (1 - leftPart) * s.right();
            }
            return c;
        }
        java.util.Arrays.fill(c, mean);
        final double amp0 = 2 * (s.left() - s.right());
        for (int m = 1; m < 1_000_000; m++) {
            final double k = m * Math.PI / len;
            final double decay = Math.exp(-s.diffusivity() * k * k * t);
            if (decay < 1e-18) {
                break;
            }
            final double amp = amp0 * Math.sin(m * Math.PI * s.partition()) / (m * Math.PI) * decay;
            double sinA = 0.0;
            for (int i = 0; i < n; i++) {
                final double sinB = Math.sin(k * (i + 1) * dx);
                c[i] += amp * (sinB - sinA) / (k * dx);
                sinA = sinB;
            }
        }
        return c;
    }
}
