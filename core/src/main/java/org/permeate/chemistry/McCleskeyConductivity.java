package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * Electrical conductivity of a natural water as the sum of its ions' molal conductivities, by the
 * method of R.B. McCleskey, D.K. Nordstrom, J.N. Ryan and J.W. Ball, "A new method of calculating
 * electrical conductivity with applications to natural waters", Geochimica et Cosmochimica Acta
 * 77 (2012) 369–382, doi:10.1016/j.gca.2011.10.031 (equations 7–9 and Table 1 as cited by the
 * public transcriptions below; the paper itself was not read):
 * \[ \kappa = \sum_i \lambda_i m_i, \qquad
 *    \lambda_i = \lambda_i^\circ(t) - \frac{A_i(t)\,\sqrt{I}}{1 + B_i\sqrt{I}}, \qquad
 *    \lambda_i^\circ(t) = \ell_2 t^2 + \ell_1 t + \ell_0, \quad A_i(t) = a_2t^2 + a_1t + a_0, \]
 * with t in °C, \( m_i \) the molality of ion i (mol/kg), I the ionic strength of the whole
 * solution (mol/kg), λ in S·cm²/mol and κ in mS/cm (so κ[S/m] = 0.1 Σλm). Stated validity:
 * 0–95 °C, effective ionic strength 0.0004–0.7 mol/kg, pH 1–10, 30–70 000 µS/cm.
 *
 * <p>The method is meant for <em>free</em> ion molalities from a speciation (ion pairs such as
 * CaSO₄°, MgSO₄°, NaSO₄⁻ carry less or no current). Given an analysis as reported, without
 * speciation, it counts every ion as free. Measured here (see the tests): +0.6 to +1.7 % against
 * the NIST KCl standards at 0.01 and 0.1 mol/kg, 0–50 °C; +1.7 % against PSS-78 for standard
 * seawater (SP = 35) at 15 and 25 °C; +1.2 % and −0.3 % against PHREEQC's printed conductivity
 * of the same seawater (phreeqc.dat, pitzer.dat). Pass the free-ion composition of a speciation
 * to {@link #conductivity(Composition, double, RangePolicy)} to use the method as intended.
 *
 * <p><b>Coefficients.</b> Copied from two public transcriptions of McCleskey et al. (2012)
 * Table 1: {@code vancesteven/PlanetProfile@0dfcb7ad084223f67719c9ca3c3623848d5378d9:
 * PlanetProfile/Thermodynamics/Reaktoro/sigmaElectricMcCleskey2012.py} (29 species) and a second
 * file found by code search (stored id 59493499917, repository not named by the search tool; 10
 * major ions, "McCleskey2012 (Eq7-9, Table1)"). They agree for K⁺, Na⁺, NH₄⁺, Ca²⁺, Mg²⁺, Cl⁻,
 * SO₄²⁻ and NO₃⁻ and disagree for two carbonate coefficients: HCO₃⁻ a₂ (+0.00503 vs −0.00503) and
 * CO₃²⁻ ℓ₂ (+0.00326 vs −0.000326) and a₂ (+0.00181 vs −0.00181). The second set is used here:
 * a minus sign is easily lost in copying but not invented, and with it λ°(CO₃²⁻, 25 °C) = 138.8
 * S·cm²/mol agrees with the limiting value 2 × 69.3 = 138.6 of the CRC Handbook where the first
 * gives 141.0. The effect on a water's conductivity is below 0.1 % for RO feeds.
 *
 * <p>Ions without coefficients (PO₄³⁻, B(OH)₄⁻, organic ions) are left out, with a
 * {@link WarningKind#SOLUTE_NOT_IN_MODEL} warning when they carry more than 0.1 % of the charge.
 */
public final class McCleskeyConductivity implements ConductivityModel {

    /** The one instance. */
    public static final McCleskeyConductivity INSTANCE = new McCleskeyConductivity();

    /** Stable name. */
    public static final String NAME = "mccleskey-2012";

    /** Fitted range, °C and mol/kg (McCleskey et al. 2012, abstract). */
    static final double MIN_CELSIUS = 0.0;
    static final double MAX_CELSIUS = 95.0;
    static final double MAX_IONIC_STRENGTH = 0.7;

    /** Share of the charge above which an ion without coefficients is reported. */
    private static final double SIGNIFICANT_CHARGE_SHARE = 1e-3;

    /**
     * Coefficients of one ion.
     *
     * @param l2 ℓ₂ of λ°, S·cm²/mol/°C²
     * @param l1 ℓ₁, S·cm²/mol/°C
     * @param l0 ℓ₀, S·cm²/mol
     * @param a2 a₂ of A, S·cm²·kg^½/mol^{3/2}/°C²
     * @param a1 a₁
     * @param a0 a₀
     * @param b  B, (kg/mol)^½
     */
    record Coefficients(double l2, double l1, double l0, double a2, double a1, double a0, double b) {

        /** @return λ° at t °C, S·cm²/mol */
        double limiting(final double t) {
            return (l2 * t + l1) * t + l0;
        }

        /** @return λ at t °C and ionic strength I (mol/kg), S·cm²/mol */
        double molal(final double t, final double ionicStrength) {
            final double s = Math.sqrt(ionicStrength);
            return limiting(t) - ((a2 * t + a1) * t + a0) * s / (1 + b * s);
        }
    }

    private static final Map<Species, Coefficients> TABLE = Map.ofEntries(
            Map.entry(SpeciesCatalog.H, new Coefficients(0.01414, 5.355, 224.2, 0.00918, 1.842, 39.23, 0.3)),
            Map.entry(SpeciesCatalog.LI, new Coefficients(0.002628, 0.7079, 19.2, 0.00412, 0.4632, 13.71, 0.2)),
            Map.entry(SpeciesCatalog.NA, new Coefficients(0.003763, 0.8770, 26.23, 0.00027, 1.141, 32.07, 1.7)),
            Map.entry(SpeciesCatalog.K, new Coefficients(0.003046, 1.261, 40.70, 0.00535, 0.9316, 22.59, 1.5)),
            Map.entry(SpeciesCatalog.NH4, new Coefficients(0.003341, 1.285, 39.04, 0.00132, 0.6070, 11.19, 0.3)),
            Map.entry(SpeciesCatalog.CA, new Coefficients(0.009645, 1.984, 62.28, 0.03174, 2.334, 132.3, 2.8)),
            Map.entry(SpeciesCatalog.MG, new Coefficients(0.01068, 1.695, 57.16, 0.02453, 1.915, 80.50, 2.1)),
            Map.entry(SpeciesCatalog.SR, new Coefficients(0.006649, 2.069, 61.63, 0.00702, 0.9009, 33.41, 0.1)),
            Map.entry(SpeciesCatalog.BA, new Coefficients(0.01059, 2.09, 68.1, 0.03127, 2.248, 93.91, 1.9)),
            Map.entry(SpeciesCatalog.FE2, new Coefficients(0.009939, 1.878, 54.8, 0.03997, 3.217, 164.5, 4)),
            Map.entry(SpeciesCatalog.MN, new Coefficients(0.01275, 2.109, 46.19, 0.1071, 9.023, 135.4, 7.6)),
            Map.entry(SpeciesCatalog.CL, new Coefficients(0.003817, 1.337, 40.99, 0.00613, 0.9469, 22.01, 1.5)),
            Map.entry(SpeciesCatalog.BR, new Coefficients(0.000709, 1.477, 40.91, 0.00251, 0.5398, 12.01, 0.1)),
            Map.entry(SpeciesCatalog.F, new Coefficients(0.002764, 1.087, 26.66, 0.00178, 0.6202, 19.34, 0.5)),
            Map.entry(SpeciesCatalog.NO3, new Coefficients(0.001925, 1.214, 39.90, 0.00118, 0.5045, 23.31, 0.1)),
            Map.entry(SpeciesCatalog.OH, new Coefficients(0.003396, 2.925, 121.3, 0.00933, 0.1086, 35.9, 0.01)),
            Map.entry(SpeciesCatalog.HCO3, new Coefficients(0.000614, 0.9048, 21.14, -0.00503, 0.8957, 10.97, 0.1)),
            Map.entry(SpeciesCatalog.CO3, new Coefficients(-0.000326, 2.998, 64.03, -0.00181, 5.542, 120.2, 2.3)),
            Map.entry(SpeciesCatalog.SO4, new Coefficients(0.01037, 2.838, 82.37, 0.03324, 5.889, 193.5, 2.6)),
            Map.entry(SpeciesCatalog.HSO4, new Coefficients(0.000927, 0.8337, 29.56, 0.02887, 0.873, 36.25, 7)));

    private McCleskeyConductivity() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "McCleskey, Nordstrom, Ryan & Ball (2012), Geochim. Cosmochim. Acta 77, 369-382, eq. 7-9 and Table 1";
    }

    /**
     * @param ion a species
     * @return the coefficients of that ion, if the method has them
     */
    Optional<Coefficients> coefficients(final Species ion) {
        return Optional.ofNullable(TABLE.get(ion));
    }

    /**
     * @param ion         an ion
     * @param temperature K
     * @return λ°, the limiting molal conductivity, S·m²/mol (1 S·cm²/mol = 1e-4 S·m²/mol), NaN
     *         for an ion without coefficients
     */
    public double limitingMolalConductivity(final Species ion, final double temperature) {
        final Coefficients k = TABLE.get(ion);
        // fitted in °C: convert first
        return k == null ? Double.NaN : 1e-4 * k.limiting(temperature - PhysicalConstants.ZERO_CELSIUS);
    }

    @Override
    public PropertyPackage.Result<Double> conductivity(final Composition ions, final double temperature,
                                                       final RangePolicy policy) {
        // fitted in °C: convert first
        final double t = temperature - PhysicalConstants.ZERO_CELSIUS;
        final double ionicStrength = ions.ionicStrength();
        double sum = 0;
        double charge = 0;
        double missingCharge = 0;
        final List<String> missing = new ArrayList<>();
        for (int i = 0; i < ions.size(); i++) {
            final Species s = ions.species(i);
            if (!s.isIon() || ions.molality(i) == 0) {
                continue;
            }
            final double eq = ions.molality(i) * Math.abs(s.charge());
            charge += eq;
            final Coefficients k = TABLE.get(s);
            if (k == null) {
                missingCharge += eq;
                missing.add(s.id());
                continue;
            }
            sum += k.molal(t, ionicStrength) * ions.molality(i);
        }
        final List<ModelWarning> warnings = new ArrayList<>();
        if (t < MIN_CELSIUS || t > MAX_CELSIUS) {
            warnings.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, "McCleskey et al. (2012)",
                    "temperature", String.format(Locale.ROOT, "%.1f °C", t), "0 to 95 °C"));
        }
        if (ionicStrength > MAX_IONIC_STRENGTH) {
            warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE,
                    "McCleskey et al. (2012)", "ionic strength", String.format(Locale.ROOT, "%.3g mol/kg", ionicStrength),
                    "up to 0.7 mol/kg"));
        }
        if (charge > 0 && missingCharge > SIGNIFICANT_CHARGE_SHARE * charge) {
            warnings.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, "McCleskey et al. (2012)",
                    String.format(Locale.ROOT, "no molal conductivity for %s (%.2g %% of the charge); left out of the "
                            + "conductivity", String.join(", ", missing), 100 * missingCharge / charge)));
        }
        // Σλm in mS/cm (λ in S cm²/mol, m in mol/kg, 1 kg of water taken as 1 L as the method does); 1 mS/cm = 0.1 S/m
        return new PropertyPackage.Result<>(0.1 * sum, policy.apply(warnings));
    }
}
