package org.permeate.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.permeate.testsupport.ReferenceTable;

/** Diffusion after a partition is removed: finite volumes against the series, gas diffusivities against Marrero &amp; Mason. */
class DiffusionLabTest {

    @Test
    void finiteVolumesFollowTheSeriesAndConserveTheAmount() {
        // NaCl 0.1 mol/L against water in a 1 cm cell, D = 1.61e-9 m²/s
        final DiffusionSetup s = new DiffusionSetup(0.01, 0.5, 100, 0, 1.61e-9, 100);
        final DiffusionRun run = DiffusionLab.DEFAULT.simulate(s, 0.01, 6);
        assertTrue(run.conservationError() < 1e-12, "conservation " + run.conservationError());
        assertTrue(run.largestDifference() < 2e-3, "largest difference " + run.largestDifference());
        assertEquals(run.timeToMix(), run.timeToMixNumerical(), 1e-3 * run.timeToMix());
        // late times: only the first mode is left, max deviation 2Δc/π·e^(−Dπ²t/L²) at the ends
        final double t1 = s.length() * s.length() / (Math.PI * Math.PI * s.diffusivity())
                * Math.log(2 * 100 / Math.PI / (0.01 * 50));
        assertEquals(t1, run.timeToMix(), 0.01 * t1);
    }

    @Test
    void anOffCentrePartitionMixesToTheWeightedMean() {
        final DiffusionSetup s = new DiffusionSetup(0.1, 0.25, 1, 0, 1.6e-5, 100);
        assertEquals(0.25, s.uniform(), 1e-15);
        final DiffusionRun run = DiffusionLab.DEFAULT.simulate(s, 0.01, 4);
        final double[] last = run.profiles().get(run.profiles().size() - 1).numerical();
        for (double c : last) {
            assertEquals(0.25, c, 0.01 * 0.25 * (1 + 1e-6));
        }
        assertTrue(run.conservationError() < 1e-12);
    }

    @Test
    void chapmanEnskogAgreesWithMarreroAndMason() {
        final ChapmanEnskogGas.Gas air = ChapmanEnskogGas.gas("air");
        for (ReferenceTable.Row row : ReferenceTable.load(DiffusionLabTest.class, "gas-diffusivity-marrero-mason.csv").rows()) {
            final double d = ChapmanEnskogGas.diffusivity(ChapmanEnskogGas.gas(row.text("gas")), air,
                    row.number("T_K"), 101_325.0) * 1e4;
            final double measured = row.number("D_cm2_s");
            // CO2 is 8 % low (its Lennard-Jones parameters come from viscosity); the others within 3 %
            final double tol = row.text("gas").equals("CO2") ? 0.10 : 0.03;
            assertEquals(measured, d, tol * measured, () -> "line " + row.line());
        }
    }
}
