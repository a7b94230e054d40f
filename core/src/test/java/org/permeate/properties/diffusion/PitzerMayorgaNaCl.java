package org.permeate.properties.diffusion;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.ActivityModel;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Test-only binary Pitzer model for aqueous NaCl at 25 °C: Pitzer, K.S. &amp; Mayorga, G. (1973)
 * "Thermodynamics of electrolytes. II. Activity and osmotic coefficients for strong electrolytes with
 * one or both ions univalent", J. Phys. Chem. 77, 2300–2308, Table I: β⁰ = 0.0765, β¹ = 0.2664 kg/mol,
 * C^φ = 0.00127 kg²/mol²; A^φ = 0.3915 kg^½/mol^½ (Pitzer 1991), b = 1.2, α = 2.0
 * (/work/shared/refdata/nacl_pitzer_parameters.json). For a 1:1 salt at molality m (I = m):
 * <ul>
 * <li>\( \phi - 1 = -A^\phi \frac{\sqrt I}{1 + b\sqrt I} + m(\beta^0 + \beta^1 e^{-\alpha\sqrt I}) + m^2 C^\phi \)</li>
 * <li>\( \ln\gamma_\pm = f^\gamma + m B^\gamma + \tfrac32 m^2 C^\phi \), with
 *     \( f^\gamma = -A^\phi[\sqrt I/(1+b\sqrt I) + (2/b)\ln(1+b\sqrt I)] \) and
 *     \( B^\gamma = 2\beta^0 + \frac{2\beta^1}{\alpha^2 I}
 *     [1 - (1 + \alpha\sqrt I - \alpha^2 I/2)e^{-\alpha\sqrt I}] \)</li>
 * </ul>
 * Both Na⁺ and Cl⁻ are given the mean ln γ±; m is taken as the mean of the Na⁺ and Cl⁻ molalities.
 * Other species are not supported (ln γ = 0). Temperature is ignored (25 °C parameters).
 */
final class PitzerMayorgaNaCl implements ActivityModel {

    static final double A_PHI = 0.3915;
    static final double B = 1.2;
    static final double ALPHA = 2.0;
    static final double BETA0 = 0.0765;
    static final double BETA1 = 0.2664;
    static final double C_PHI = 0.00127;

    @Override
    public String name() {
        return "pitzer-mayorga-1973-nacl (test)";
    }

    @Override
    public String source() {
        return "Pitzer & Mayorga (1973) J. Phys. Chem. 77, 2300, Table I";
    }

    @Override
    public boolean supports(final Species species) {
        return species == SpeciesCatalog.NA || species == SpeciesCatalog.CL;
    }

    static double lnGammaMean(final double m) {
        if (m <= 0) {
            return 0.0;
        }
        final double s = Math.sqrt(m);
        final double f = -A_PHI * (s / (1 + B * s) + 2 / B * Math.log(1 + B * s));
        final double bGamma = 2 * BETA0 + 2 * BETA1 / (ALPHA * ALPHA * m)
                * (1 - (1 + ALPHA * s - ALPHA * ALPHA * m / 2) * Math.exp(-ALPHA * s));
        return f + m * bGamma + 1.5 * m * m * C_PHI;
    }

    static double osmoticCoefficient(final double m) {
        final double s = Math.sqrt(m);
        return 1 - A_PHI * s / (1 + B * s) + m * (BETA0 + BETA1 * Math.exp(-ALPHA * s)) + m * m * C_PHI;
    }

    private static double saltMolality(final Composition c) {
        return 0.5 * (c.molality(SpeciesCatalog.NA) + c.molality(SpeciesCatalog.CL));
    }

    @Override
    public double osmoticCoefficient(final Solution solution) {
        return osmoticCoefficient(saltMolality(solution.composition()));
    }

    @Override
    public double osmoticPressure(final Solution solution) {
        final double vw = PhysicalConstants.WATER_MOLAR_MASS / 997.05;
        return -PhysicalConstants.GAS_CONSTANT * solution.temperature() * lnWaterActivity(solution) / vw;
    }

    @Override
    public double[] lnActivityCoefficients(final Solution solution) {
        final Composition c = solution.composition();
        final double lng = lnGammaMean(saltMolality(c));
        final double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = supports(c.species(i)) ? lng : 0.0;
        }
        return out;
    }

    @Override
    public ActivityState activityState(final Solution solution) {
        return new ActivityState(osmoticCoefficient(solution), lnWaterActivity(solution),
                lnActivityCoefficients(solution));
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        return List.of();
    }
}
