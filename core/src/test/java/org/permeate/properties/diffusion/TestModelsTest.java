package org.permeate.properties.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Checks the test-only models against the values WaterTAP's own tests assert
 * (/work/shared/refdata/watertap_nacl_props.json and watertap_seawater_props.json, WaterTAP @4a26103e), so
 * that the diffusivity tests rest on checked inputs.
 */
class TestModelsTest {

    private static final double M_NACL = SpeciesCatalog.NA.molarMass() + SpeciesCatalog.CL.molarMass();

    @Test
    void pitzerOsmoticCoefficientAgreesWithBartholomewMauterFit() {
        // WaterTAP asserts phi = 0.9271 at w = 0.035 and 1.274 at w = 0.26 (B&M 2019 eq. 3b, a fit of
        // NaCl data). Tolerance 1 %: the B&M fit is a 3-term polynomial in w; Pitzer & Mayorga is a fit of
        // the same kind of data to 6 mol/kg. Independent of the diffusivity code.
        final double[][] cases = {{0.035, 0.9271}, {0.26, 1.274}};
        for (double[] c : cases) {
            final double m = c[0] / (1 - c[0]) / M_NACL;
            final double phi = PitzerMayorgaNaCl.osmoticCoefficient(m);
            System.out.printf("Pitzer-Mayorga phi(m=%.3f) = %.4f vs WaterTAP %.4f%n", m, phi, c[1]);
            assertThat(phi).isCloseTo(c[1], within(0.01 * c[1]));
        }
    }

    @Test
    void pitzerActivityAndOsmoticCoefficientsAreGibbsDuhemConsistent() {
        // for a 1:1 salt: d[m (phi - 1)]/dm = m d ln(gamma)/dm  (Gibbs-Duhem)
        for (double m : new double[] {0.1, 1, 3, 6}) {
            final double h = 1e-5 * m;
            final double lhs = ((m + h) * (PitzerMayorgaNaCl.osmoticCoefficient(m + h) - 1)
                    - (m - h) * (PitzerMayorgaNaCl.osmoticCoefficient(m - h) - 1)) / (2 * h);
            final double rhs = m * (PitzerMayorgaNaCl.lnGammaMean(m + h) - PitzerMayorgaNaCl.lnGammaMean(m - h))
                    / (2 * h);
            assertThat(lhs).as("m = " + m).isCloseTo(rhs, within(1e-7));
        }
    }

    @Test
    void viscosityModelReproducesWaterTapValues() {
        // WaterTAP asserts visc_d = 0.001055 Pa s at w = 0.035 and 0.001539 at w = 0.26 (rel 1e-3)
        final WaterTapNaClViscosity v = new WaterTapNaClViscosity();
        for (double[] c : new double[][] {{0.035, 0.001055}, {0.26, 0.001539}}) {
            final double m = c[0] / (1 - c[0]) / M_NACL;
            assertThat(v.dynamicViscosity(NernstHartleyDiffusivityTest.salt(SpeciesCatalog.NA, SpeciesCatalog.CL, m)))
                    .isCloseTo(c[1], within(1e-3 * c[1]));
        }
    }
}
