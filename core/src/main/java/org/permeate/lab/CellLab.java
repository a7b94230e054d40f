package org.permeate.lab;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.OsmoticProperties;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Tonicity;
import org.permeate.solver.RootFinder;
import org.permeate.solver.TimeIntegrator;

/**
 * A {@link Cell} put into a medium swells, stays or shrinks (Boyle–van 't Hoff).
 *
 * <p>Equations:
 * <ul>
 *   <li>inside, the impermeant solutes of the osmotically active volume are diluted as it
 *       grows (ideal-dilute inside, φ constant):
 *       \( \pi_{in}(V) = \pi_{in,0}\,(1-b)V_0/(V - bV_0) \), with \( \pi_{in,0} \) from the
 *       internal osmolality by \( \pi = -RT\ln a_w/\bar V_w \), \( \ln a_w = -M_w\,Osm \) — the
 *       convention of {@link OsmoticModel};</li>
 *   <li>water flow (Kedem–Katchalsky with impermeant solutes, reflection coefficient 1):
 *       \( dV/dt = L_p A\,(\pi_{in}(V) - P_{wall}(V) - \pi_{out}) \);</li>
 *   <li>equilibrium without a wall: \( V = bV_0 + (1-b)V_0\,\pi_{in,0}/\pi_{out} \) — the
 *       Boyle–van 't Hoff relation (Lucké &amp; McCutcheon 1932, Physiol. Rev. 12, 68); with a wall,
 *       the root of \( \pi_{in}(V) - P_{wall}(V) = \pi_{out} \).</li>
 * </ul>
 * The run ends at equilibrium (driving pressure below 1e-10 of its start) or when the cell
 * reaches its critical volume and lyses. Stateless and thread-safe.
 */
public final class CellLab {

    /** The lab with the default integrator and root finder. */
    public static final CellLab DEFAULT = new CellLab(TimeIntegrator.DEFAULT, RootFinder.DEFAULT);

    private final TimeIntegrator integrator;
    private final RootFinder roots;

    /**
     * @param integrator time integrator
     * @param roots      root finder
     */
    public CellLab(final TimeIntegrator integrator, final RootFinder roots) {
        this.integrator = integrator;
        this.roots = roots;
    }

    /**
     * @param cell        the cell
     * @param medium      the solution it is put into
     * @param properties  property package of the medium
     * @param maxDuration longest time to simulate, s (NaN: 2000 time constants)
     * @param samples     evenly spaced samples to report (≥ 2)
     * @param policy      fitted-range policy for the medium's models
     * @return the run
     */
    public CellRun simulate(final Cell cell, final Solution medium, final PropertyPackage properties,
                            final double maxDuration, final int samples, final RangePolicy policy) {
        if (samples < 2) {
            throw new PermeateException(Message.TOO_SMALL, "number of samples", "2", samples);
        }
        if (!Double.isNaN(maxDuration)) {
            Checks.positive("duration (s)", maxDuration);
        }
        final double t = medium.temperature();
        final double piOut;
        final double osmOut;
        final List<ModelWarning> warnings = new ArrayList<>();
        if (medium.composition().totalMolality() == 0) {
            piOut = 0.0;
            osmOut = 0.0;
        } else {
            final PropertyPackage.Result<OsmoticProperties> r = properties.osmotic(medium, policy);
            piOut = r.value().osmoticPressure();
            osmOut = r.value().osmolality();
            warnings.addAll(r.warnings());
        }
        final double vw = properties.water().molarVolume(t, PhysicalConstants.STANDARD_ATMOSPHERE);
        final double piIn0 = OsmoticModel.fromWaterActivity(-PhysicalConstants.WATER_MOLAR_MASS * cell.osmolality(), t, vw);
        final Model m = new Model(cell, piIn0, piOut);
        final Tonicity.Kind kind = Math.abs(osmOut - cell.osmolality()) <= 0.01 * cell.osmolality()
                ? Tonicity.Kind.ISOTONIC : osmOut < cell.osmolality() ? Tonicity.Kind.HYPOTONIC : Tonicity.Kind.HYPERTONIC;

        final double veq = equilibriumVolume(m);
        final double v0 = cell.volume();
        final double scale = Math.max(Math.abs(m.driving(v0)), 1e-6 * piIn0);
        final CellSnapshot first = m.snapshot(0.0, v0);
        if (Math.abs(m.driving(v0)) <= 1e-10 * scale) {
            return new CellRun(cell, osmOut, piOut, piIn0, kind, List.of(first, first), first, veq, true, false,
                    Double.NaN, cell.wall() != null && veq < v0, warnings);
        }
        final double tau = Math.max(m.timeConstant(v0), Double.isFinite(veq) ? m.timeConstant(veq) : 0.0);
        final double tEnd = Double.isNaN(maxDuration) ? 2000.0 * tau : maxDuration;
        final double vc = cell.criticalVolume();
        final TimeIntegrator.Trajectory traj = integrator.integrate("cell volume simulation",
                (time, y) -> new double[] {m.rate(y[0])}, new double[] {v0}, new double[] {v0}, tEnd,
                (time, y) -> Math.min(Math.abs(m.driving(y[0])) / scale - 1e-10,
                        Double.isFinite(vc) ? (vc - y[0]) / v0 : 1.0),
                List.of((time, y) -> Math.abs(m.driving(y[0])) / scale - 0.01));
        final double endV = traj.endState()[0];
        final boolean lysed = Double.isFinite(vc) && endV >= vc * (1 - 1e-9);
        final boolean atEq = traj.stoppedByEvent() && !lysed;
        final double t99 = traj.markTime(0);
        final double display = Double.isNaN(t99) || lysed ? traj.endTime() : Math.min(traj.endTime(), 1.5 * t99);
        final List<CellSnapshot> list = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            final double time = display * k / (samples - 1);
            list.add(m.snapshot(time, traj.at(time)[0]));
        }
        final CellSnapshot end = m.snapshot(traj.endTime(), endV);
        if (traj.endTime() > display) {
            list.add(end);
        }
        return new CellRun(cell, osmOut, piOut, piIn0, kind, list, end, veq, atEq, lysed,
                lysed ? traj.endTime() : Double.NaN, cell.wall() != null && end.turgor() == 0 && endV < v0, warnings);
    }

    private double equilibriumVolume(final Model m) {
        final Cell c = m.cell;
        final double bv = c.inactiveFraction() * c.volume();
        if (c.wall() == null) {
            return m.piOut > 0 ? bv + (c.volume() - bv) * m.piIn0 / m.piOut : Double.POSITIVE_INFINITY;
        }
        // with a wall: π_in − P − π_out falls from +∞ at bV₀ to below zero once P exceeds π_in,0
        // solved in V/V₀, so that the root finder's tolerances are relative
        final double upper = (1.0 + m.piIn0 / c.wall().elasticModulus()) * 1.0001;
        final double lower = c.inactiveFraction() + 1e-9 * (1.0 - c.inactiveFraction());
        return c.volume() * roots.solve("cell equilibrium volume", x -> m.driving(x * c.volume()), lower, upper);
    }

    /** The cell's water balance in a medium. */
    private static final class Model {
        private final Cell cell;
        private final double piIn0;
        private final double piOut;

        Model(final Cell cell, final double piIn0, final double piOut) {
            this.cell = cell;
            this.piIn0 = piIn0;
            this.piOut = piOut;
        }

        double insidePressure(final double v) {
            final double bv = cell.inactiveFraction() * cell.volume();
            return piIn0 * (cell.volume() - bv) / Math.max(v - bv, 1e-30 * cell.volume());
        }

        double turgor(final double v) {
            return cell.wall() == null ? 0.0 : cell.wall().turgor(v, cell.volume());
        }

        double driving(final double v) {
            return insidePressure(v) - turgor(v) - piOut;
        }

        double rate(final double v) {
            return cell.waterPermeability() * cell.area() * driving(v);
        }

        /** 1 / (L_p A |d(driving)/dV|) at volume v, s. */
        double timeConstant(final double v) {
            final double bv = cell.inactiveFraction() * cell.volume();
            double slope = insidePressure(v) / (v - bv);
            if (cell.wall() != null && v > cell.volume()) {
                slope += cell.wall().elasticModulus() / cell.volume();
            }
            return 1.0 / (cell.waterPermeability() * cell.area() * slope);
        }

        CellSnapshot snapshot(final double t, final double v) {
            return new CellSnapshot(t, v, insidePressure(v), turgor(v), rate(v));
        }
    }
}
