package org.permeate.properties.water;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.testsupport.ReferenceTable;

/** The IAPWS 2008 viscosity correlation μ(T, ρ) with μ2 = 1. */
class Iapws2008ViscosityTest {

    /**
     * IAPWS R12-08 Table 4 (file iapws2008_viscosity_table4.csv), all 11 points, liquid and vapour:
     * the correlating function does not care about the phase. Tolerance: half a unit in the sixth
     * printed decimal (5e-7 µPa·s) plus 1e-12 relative.
     */
    @Test
    void reproducesTable4OfTheRelease() {
        final ReferenceTable table = ReferenceTable.load(getClass(), "iapws2008_viscosity_table4.csv");
        assertThat(table.size()).isEqualTo(11);
        for (ReferenceTable.Row r : table.rows()) {
            final double t = r.number("T_K");
            final double rho = r.number("rho_kg_m3");
            final double expected = r.number("mu_uPa_s");
            final double tolerance = r.halfUnitInLastDigit("mu_uPa_s") + 1e-12 * expected;
            assertThat(Iapws2008Viscosity.dynamicViscosity(t, rho) * 1e6).as("mu(" + t + " K, " + rho + " kg/m3) in uPa s")
                    .isCloseTo(expected, within(tolerance));
        }
    }

    /**
     * The unrolled evaluation (zero coefficients skipped) against the plain double sum
     * \( \sum_i\sum_j H_{ij} t^i d^j \) over Table 3 as stored, across 220–1173.15 K and
     * 0–1250 kg/m³. Only rounding differs: tolerance 1e-13 relative on μ.
     */
    @Test
    void unrolledSumEqualsPlainDoubleSum() {
        for (double t = 220.0; t <= 1173.15; t += 9.7) {
            for (double rho = 0.0; rho <= 1250.0; rho += 12.5) {
                final double tBar = t / Iapws2008Viscosity.REDUCING_TEMPERATURE;
                final double rhoBar = rho / Iapws2008Viscosity.REDUCING_DENSITY;
                double sum = 0.0;
                for (int i = 0; i < Iapws2008Viscosity.HIJ.length; i++) {
                    for (int j = 0; j < Iapws2008Viscosity.HIJ[i].length; j++) {
                        sum += Iapws2008Viscosity.HIJ[i][j] * Math.pow(1.0 / tBar - 1.0, i) * Math.pow(rhoBar - 1.0, j);
                    }
                }
                final double mu0 = 100.0 * Math.sqrt(tBar)
                        / (1.67752 + 2.20462 / tBar + 0.6366564 / (tBar * tBar) - 0.241605 / (tBar * tBar * tBar));
                final double expected = 1e-6 * mu0 * Math.exp(rhoBar * sum);
                assertThat(Iapws2008Viscosity.dynamicViscosity(t, rho)).as(t + " K, " + rho + " kg/m3")
                        .isCloseTo(expected, within(1e-13 * expected));
            }
        }
    }

    /**
     * The dilute-gas limit: μ is continuous as ρ → 0 (μ1 = 1 + O(ρ), so 1e-6 kg/m³ changes μ by
     * less than 1e-7 relative) and μ0(T) grows with T, as a gas's viscosity does.
     */
    @Test
    void diluteGasLimit() {
        double previous = 0.0;
        for (double t = 300.0; t <= 1100.0; t += 50.0) {
            final double mu0 = Iapws2008Viscosity.dynamicViscosity(t, 0.0);
            assertThat(Iapws2008Viscosity.dynamicViscosity(t, 1e-6)).isCloseTo(mu0, within(1e-7 * mu0));
            assertThat(mu0).isGreaterThan(previous);
            previous = mu0;
        }
    }
}
