package org.permeate.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.errors.RangePolicy;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.Tonicity;
import org.permeate.properties.species.SpeciesCatalog;

/** Boyle–van 't Hoff cells against Evans &amp; Fung (1972) and their own equilibrium. */
class CellLabTest {

    private static final double T = 296.15;

    private static Solution osmolyte(final double osmolPerKg) {
        return Solution.atAtmosphericPressure(Composition.of(SpeciesCatalog.OSMOLYTE, osmolPerKg), T);
    }

    private static CellRun put(final Cell cell, final Solution medium) {
        return CellLab.DEFAULT.simulate(cell, medium, PropertyPackages.GENERAL, Double.NaN, 20, RangePolicy.WARN);
    }

    /**
     * Evans &amp; Fung (1972), Microvasc. Res. 4, 335: red cell volume 94 µm³ at 300 mosmol, 116 at 217,
     * 164 (spherical) at 131. With b = 0.4 the lab gives 115.6 (−0.3 %) and 166.8 (+1.7 %).
     */
    @Test
    void redCellVolumesMatchEvansAndFung() {
        final Cell rbc = CellPresets.RED_BLOOD_CELL.withCriticalVolume(Double.POSITIVE_INFINITY);
        for (double[] p : new double[][] {{0.217, 116e-18, 0.01}, {0.131, 164e-18, 0.025}, {0.300, 94e-18, 1e-9}}) {
            final CellRun run = put(rbc, osmolyte(p[0]));
            assertEquals(p[1], run.equilibriumVolume(), p[2] * p[1], () -> "at " + p[0] + " osmol/kg");
            assertTrue(run.reachedEquilibrium());
            assertEquals(run.equilibriumVolume(), run.end().volume(), 1e-6 * run.equilibriumVolume());
        }
    }

    @Test
    void hypotonicSwellsIsotonicStaysHypertonicShrinks() {
        final Cell rbc = CellPresets.RED_BLOOD_CELL;
        final CellRun hypo = put(rbc, osmolyte(0.2));
        final CellRun iso = put(rbc, osmolyte(0.3));
        final CellRun hyper = put(rbc, osmolyte(0.6));
        assertEquals(Tonicity.Kind.HYPOTONIC, hypo.mediumIs());
        assertEquals(Tonicity.Kind.ISOTONIC, iso.mediumIs());
        assertEquals(Tonicity.Kind.HYPERTONIC, hyper.mediumIs());
        assertTrue(hypo.end().volume() > rbc.volume());
        assertEquals(rbc.volume(), iso.end().volume(), 1e-9 * rbc.volume());
        assertTrue(hyper.end().volume() < rbc.volume());
        // Boyle–van 't Hoff: V = bV0 + (1 − b)V0 π_in/π_out
        assertEquals(0.4 * 94e-18 + 0.6 * 94e-18 * 0.5, hyper.equilibriumVolume(), 1e-9 * 94e-18);
        // a red cell reaches equilibrium within seconds (P_f = 0.02 cm/s)
        assertTrue(hyper.end().time() < 60, "took " + hyper.end().time() + " s");
        assertFalse(hypo.lysed());
    }

    @Test
    void redCellInPureWaterLyses() {
        final CellRun run = put(CellPresets.RED_BLOOD_CELL,
                Solution.atAtmosphericPressure(Composition.pureWater(), T));
        assertTrue(run.lysed());
        assertFalse(run.reachedEquilibrium());
        assertEquals(164e-18, run.end().volume(), 1e-6 * 164e-18);
        assertTrue(run.lysisTime() > 0.01 && run.lysisTime() < 10, "lysis after " + run.lysisTime() + " s");
    }

    @Test
    void plantCellBuildsTurgorInWaterAndPlasmolysesInBrine() {
        final Cell plant = CellPresets.PLANT_CELL;
        final CellRun water = put(plant, Solution.atAtmosphericPressure(Composition.pureWater(), T));
        assertTrue(water.reachedEquilibrium());
        // in pure water the wall pressure balances the inside osmotic pressure
        assertEquals(water.end().osmoticPressure(), water.end().turgor(), 1e-6 * water.end().turgor());
        assertTrue(water.end().turgor() > 0.5e6 && water.end().turgor() < 1.2e6, "turgor " + water.end().turgor());
        assertTrue(water.end().volume() > plant.volume() && water.end().volume() < 1.15 * plant.volume());

        final Composition brine = Composition.of(Map.of(SpeciesCatalog.NA, 0.5, SpeciesCatalog.CL, 0.5));
        final CellRun salt = put(plant, Solution.atAtmosphericPressure(brine, T));
        assertTrue(salt.reachedEquilibrium(), () -> salt.end() + " " + salt.equilibriumVolume() + " " + salt.samples().size());
        assertTrue(salt.plasmolysed());
        assertEquals(0.0, salt.end().turgor());
        assertEquals(salt.equilibriumVolume(), salt.end().volume(), 1e-6 * salt.equilibriumVolume());
    }

    @Test
    void drinkingSeawaterCostsWater() {
        // 1 L of 35 g/kg seawater at 37 °C
        final var pkg = PropertyPackages.SEAWATER;
        final Composition c = org.permeate.properties.seawater.ReferenceSeawater.composition(0.035);
        final Solution s = Solution.atAtmosphericPressure(c, 310.15);
        final var p = pkg.osmotic(s, RangePolicy.WARN).value();
        final SaltExcretion e = SaltExcretion.of(1e-3, p.osmolality(), pkg.density().massDensity(s),
                c.soluteMassFraction());
        // seawater is about 1000-1200 mOsm (Guyton & Hall): 1 L brings about 1 osmol
        assertEquals(1.0, e.osmoles(), 0.1);
        assertTrue(e.urineWithUrea() > 1.5e-3 && e.urineWithUrea() < 2.0e-3, "urine " + e.urineWithUrea());
        assertTrue(e.netWater() < 0);
    }
}
