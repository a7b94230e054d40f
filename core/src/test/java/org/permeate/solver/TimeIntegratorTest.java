package org.permeate.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/** The time integrator on problems with known solutions. */
class TimeIntegratorTest {

    /** y' = −y: the stop event at y = 1e-6 falls at t = ln 1e6, the mark at y = 0.5 at ln 2. */
    @Test
    void exponentialDecayStopsAtTheEventAndMarksTheHalfLife() {
        final TimeIntegrator.Trajectory t = TimeIntegrator.DEFAULT.integrate("decay", (time, y) -> new double[] {-y[0]},
                new double[] {1.0}, new double[] {1.0}, 100.0, (time, y) -> y[0] - 1e-6,
                List.of((time, y) -> y[0] - 0.5));
        assertTrue(t.stoppedByEvent());
        // the absolute tolerance 1e-11 on y is 1e-5 of y = 1e-6, so t there is good to about 1e-5
        assertEquals(Math.log(1e6), t.endTime(), 1e-5);
        assertEquals(Math.log(2), t.markTime(0), 1e-9);
        assertEquals(Math.exp(-3.0), t.at(3.0)[0], 1e-10);
        assertEquals(1.0, t.at(0.0)[0]);
        assertTrue(t.evaluations() > 0 && t.evaluations() < 2000, "evaluations " + t.evaluations());
    }

    /** Two tanks exchanging: their sum, a linear invariant, is kept to round-off. */
    @Test
    void linearInvariantsAreKeptToRoundOff() {
        final TimeIntegrator.Trajectory t = TimeIntegrator.DEFAULT.integrate("exchange",
                (time, y) -> new double[] {y[1] - y[0], y[0] - y[1]}, new double[] {3.0, 1.0}, new double[] {1, 1}, 50.0,
                null, List.of());
        assertFalse(t.stoppedByEvent());
        assertEquals(50.0, t.endTime());
        final double[] end = t.endState();
        assertEquals(4.0, end[0] + end[1], 1e-14);
        assertEquals(2.0, end[0], 1e-10);
    }

    @Test
    void aSpentBudgetIsATypedFailure() {
        final PermeateException e = assertThrows(PermeateException.class, () -> new TimeIntegrator(1e-11, 50).integrate(
                "stiff test", (time, y) -> new double[] {-1e6 * y[0]}, new double[] {1.0}, new double[] {1.0}, 10.0,
                null, List.of()));
        assertEquals(Message.NO_CONVERGENCE, e.kind());
        assertTrue(e.getMessage().contains("stiff test"));
    }

    @Test
    void badSettingsAreRefusedWithTheirRange() {
        final PermeateException tol = assertThrows(PermeateException.class, () -> new TimeIntegrator(0.0, 10));
        assertEquals(Message.OUT_OF_RANGE, tol.kind());
        assertTrue(tol.getMessage().contains("relative tolerance"));
        final PermeateException budget = assertThrows(PermeateException.class, () -> new TimeIntegrator(1e-9, 0));
        assertEquals(Message.TOO_SMALL, budget.kind());
    }
}
