package org.permeate.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.species.SpeciesCatalog;

/** The osmosis cell: equilibrium by simulation and directly, conservation, reverse osmosis, a leaky membrane. */
class OsmosisLabTest {

    private static final double T = 298.15;
    /** 3 LMH/bar in m/(s Pa). */
    private static final double A = 3e-3 / 3600 / 1e5;
    private static final double ARM = Math.PI * 0.005 * 0.005;

    private static Composition nacl(final double molality) {
        return Composition.of(Map.of(SpeciesCatalog.NA, molality, SpeciesCatalog.CL, molality));
    }

    /** Pure water left, dilute NaCl right, two 20 mL arms of 1 cm bore. */
    static OsmosisCell uTube(final double molality, final double b) {
        return new OsmosisCell(Compartment.arm("left", Composition.pureWater(), 20e-6, ARM),
                Compartment.arm("right", nacl(molality), 20e-6, ARM), new Membrane(ARM, A, b), T,
                PropertyPackages.GENERAL);
    }

    @Test
    void simulationEndsAtTheDirectEquilibrium() {
        final OsmosisRun run = OsmosisLab.DEFAULT.simulate(uTube(8.6e-4, 0), Double.NaN, 30, RangePolicy.WARN);
        assertTrue(run.reachedEquilibrium());
        final OsmosisEquilibrium eq = run.equilibrium();
        final double movedOde = run.start().left().waterMass() - run.end().left().waterMass();
        assertEquals(eq.waterTransferred(), movedOde, 1e-6 * eq.waterTransferred());
        assertEquals(eq.state().levelDifference(), run.end().levelDifference(), 1e-6 * eq.state().levelDifference());
        // water rose on the salt side, and the head now balances the (diluted) osmotic pressure difference
        assertTrue(eq.state().levelDifference() > 0.05);
        final double head = eq.state().right().pressureAtMembrane() - eq.state().left().pressureAtMembrane();
        final double dpi = eq.state().right().osmoticPressure() - eq.state().left().osmoticPressure();
        assertEquals(dpi, head, 1e-9 * dpi);
        // the dilution makes the equilibrium head smaller than the osmotic head of the start solution
        assertTrue(eq.state().levelDifference() < run.initialOsmoticHead());
    }

    @Test
    void waterAndSoluteAreConserved() {
        for (double b : new double[] {0.0, 1e-7}) {
            final OsmosisRun run = OsmosisLab.DEFAULT.simulate(uTube(8.6e-4, b), Double.NaN, 30, RangePolicy.WARN);
            final double w0 = run.start().left().waterMass() + run.start().right().waterMass();
            final double n0 = amount(run.start());
            for (OsmosisSnapshot s : run.samples()) {
                assertEquals(w0, s.left().waterMass() + s.right().waterMass(), 1e-12 * w0);
                assertEquals(n0, amount(s), 1e-12 * n0);
            }
            final OsmosisSnapshot e = run.end();
            assertEquals(w0, e.left().waterMass() + e.right().waterMass(), 1e-12 * w0);
            assertEquals(n0, amount(e), 1e-12 * n0);
        }
    }

    private static double amount(final OsmosisSnapshot s) {
        return s.left().composition().molality(SpeciesCatalog.NA) * s.left().waterMass()
                + s.right().composition().molality(SpeciesCatalog.NA) * s.right().waterMass();
    }

    @Test
    void appliedPressureAboveTheOsmoticPressureReversesTheFlow() {
        final OsmosisCell forward = uTube(8.6e-4, 0);
        final OsmosisRun f = OsmosisLab.DEFAULT.simulate(forward, Double.NaN, 10, RangePolicy.WARN);
        assertTrue(f.start().waterFlux() > 0, "water goes to the salt side");
        final double dpi = f.start().right().osmoticPressure();
        final OsmosisCell reverse = forward.withCompartments(forward.left(), forward.right().withAppliedPressure(1.5 * dpi));
        final OsmosisRun r = OsmosisLab.DEFAULT.simulate(reverse, Double.NaN, 10, RangePolicy.WARN);
        assertTrue(r.start().waterFlux() < 0, "reverse osmosis: water leaves the salt side");
        assertTrue(r.end().right().waterMass() < r.start().right().waterMass());
        assertTrue(r.end().right().osmolality() > r.start().right().osmolality(), "the salt side concentrates");
        assertEquals(r.equilibrium().waterTransferred(), r.start().left().waterMass() - r.end().left().waterMass(),
                1e-6 * Math.abs(r.equilibrium().waterTransferred()));
        // just below the osmotic pressure the flow still goes forward, just above it reverses
        assertTrue(OsmosisLab.DEFAULT.simulate(forward.withCompartments(forward.left(),
                forward.right().withAppliedPressure(0.99 * dpi)), Double.NaN, 2, RangePolicy.WARN).start().waterFlux() > 0);
        assertTrue(OsmosisLab.DEFAULT.simulate(forward.withCompartments(forward.left(),
                forward.right().withAppliedPressure(1.01 * dpi)), Double.NaN, 2, RangePolicy.WARN).start().waterFlux() < 0);
    }

    @Test
    void leakyMembraneEqualisesTheConcentrationsAndTheLevels() {
        // the arms start level; water first rises on the salt side, then the salt leaks across and
        // the head drives the water back: the end has no head and the same solution on both sides
        final OsmosisRun run = OsmosisLab.DEFAULT.simulate(uTube(8.6e-4, 1e-7), Double.NaN, 20, RangePolicy.WARN);
        assertTrue(run.reachedEquilibrium(), () -> "ended at " + run.end());
        assertTrue(run.evaluations() < 50_000, () -> run.evaluations() + " evaluations");
        final double ml = run.end().left().composition().molality(SpeciesCatalog.NA);
        final double mr = run.end().right().composition().molality(SpeciesCatalog.NA);
        assertEquals(mr, ml, 1e-8 * mr);
        assertEquals(run.equilibrium().state().right().composition().molality(SpeciesCatalog.NA), mr, 1e-6 * mr);
        assertEquals(0.0, run.end().levelDifference(), 1e-6 * run.start().left().level());
        assertEquals(0.0, run.equilibrium().state().levelDifference(), 1e-12);
        final double peak = run.samples().stream().mapToDouble(OsmosisSnapshot::levelDifference).max().orElseThrow();
        assertTrue(peak > 0.01, "the level rose on the salt side on the way: " + peak);
    }

    @Test
    void aSideThatWouldRunDryIsRefused() {
        // 0.5 mol/kg NaCl would need a 230 m column: the pure-water arm empties first
        final PermeateException e = assertThrows(PermeateException.class,
                () -> OsmosisLab.DEFAULT.equilibrium(uTube(0.5, 0)));
        assertEquals(Message.INFEASIBLE, e.kind());
        assertTrue(e.getMessage().contains("left side would run dry"), e.getMessage());
    }
}
