package org.permeate.properties.neutral;

import org.permeate.measure.PhysicalConstants;

/**
 * Solubilities of the neutral solutes in pure water, mol/kg of water, from published tables. Tables
 * in g per 100 g water are interpolated linearly in ln(g/100 g) against temperature; beyond a table's
 * ends the end segment is extrapolated (stated for each solute). Not used in hot loops.
 *
 * <ul>
 * <li>Sucrose: Antokolskaya et al. (1964), 0–100 °C every 5 K, as Table A2.2 of Mohos, F. (2010),
 * Confectionery and Chocolate Engineering, Wiley-Blackwell, Appendix 2 (secondary). 211.4 g/100 g
 * water at 25 °C (6.18 mol/kg).</li>
 * <li>Lactose: Hudson (1908) final (α/β equilibrium) solubility, 0–89 °C, as tabulated in Lowe,
 * Experimental Cookery (secondary). 21.6 g/100 g at 25 °C (0.631 mol/kg). Supersaturation of
 * α-lactose is common in practice; the equilibrium value is used.</li>
 * <li>Glucose: Combs &amp; Bele, 83.1 g/100 g at 20 °C and 281.1 g/100 g at 63 °C (via Lowe,
 * Experimental Cookery; secondary), joined by \( \ln r = a + b/T \). This crosses the
 * hydrate/anhydrous transition at 50 °C (Jackson &amp; Silsbee 1922, NBS Sci. Pap. 437, abstract) and
 * is an approximation; another secondary source gives about 47 wt % (89 g/100 g) at 20 °C, 7 % higher:
 * uncertainty about ±10 %.</li>
 * <li>Fructose: 78.9 wt % (374 g/100 g) at 20 °C (secondary web sources); no temperature dependence
 * was found, so this value is used at every temperature (unverified away from 20 °C).</li>
 * <li>Urea: 108 g/100 g at 20 °C and 119 g/100 g at 25 °C (secondary web sources), joined by
 * \( \ln r = a + b/T \) and extrapolated the same way elsewhere (unverified outside 20–25 °C).</li>
 * <li>Boric acid: 2.77–38 g/100 g from 0 to 100 °C (compilation page of a chemical database,
 * secondary). 5.74 g/100 g at 25 °C (0.928 mol/kg).</li>
 * <li>Amorphous silica: phreeqc.dat {@code SiO2(a)}, \( \log_{10}K = -0.26 - 731/T \) for
 * SiO2(a) + 2 H2O = H4SiO4 (usgs-coupled/phreeqc3 database/phreeqc.dat, as read for PHYSICS.md §7;
 * the same expression as wateq4f.dat), with unit activity of water and γ = 1, so
 * \( m_{sat} = K \) mol/kg: 1.94 mmol/kg (117 mg/kg SiO2) at 25 °C. In mg/kg SiO2 it is
 * \( \log_{10}C = 4.52 - 731/T \), Fournier &amp; Rowe's (1977, Am. Mineral. 62, 1052) amorphous
 * silica curve (correspondence derived here; that paper was not read).</li>
 * <li>Ethanol: miscible, +∞. The osmolyte: no solubility, +∞.</li>
 * </ul>
 */
final class NeutralSolubility {

    private static final double T0 = PhysicalConstants.ZERO_CELSIUS;

    private static final double[] SUCROSE_T = celsiusToKelvin(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60,
            65, 70, 75, 80, 85, 90, 95, 100);
    private static final double[] SUCROSE_LN_R = ln(179.2, 184.7, 190.5, 197, 203.9, 211.4, 219.9, 228.4, 238.1,
            248.7, 260.4, 273.1, 287.3, 302.9, 320.5, 339.9, 362.1, 386.8, 415.7, 448.6, 487.2);

    private static final double[] LACTOSE_T = celsiusToKelvin(0, 15, 25, 39, 49, 64, 74, 89);
    private static final double[] LACTOSE_LN_R = ln(11.9, 16.9, 21.6, 31.5, 42.4, 65.8, 86.2, 139.2);

    private static final double[] BORIC_T = celsiusToKelvin(0, 10, 20, 25, 30, 40, 50, 60, 80, 100);
    private static final double[] BORIC_LN_R = ln(2.77, 3.65, 4.87, 5.74, 6.77, 8.9, 11.39, 14.89, 23.54, 38);

    // ln r = a + b/T through two published points
    private static final double GLUCOSE_B = vantHoffSlope(20, 83.1, 63, 281.1);
    private static final double GLUCOSE_A = Math.log(83.1) - GLUCOSE_B / (T0 + 20);
    private static final double UREA_B = vantHoffSlope(20, 108, 25, 119);
    private static final double UREA_A = Math.log(108) - UREA_B / (T0 + 20);
    private static final double FRUCTOSE_R = 78.9 / (1 - 0.789);

    private NeutralSolubility() {
    }

    /**
     * @param b           the solute
     * @param temperature K
     * @param molarMass   the solute's molar mass, kg/mol
     * @return solubility in pure water, mol/kg of water (+∞ if miscible or not applicable)
     */
    static double molality(final NeutralBinary b, final double temperature, final double molarMass) {
        return switch (b) {
            case SUCROSE -> perHundredGrams(interpolate(SUCROSE_T, SUCROSE_LN_R, temperature), molarMass);
            case LACTOSE -> perHundredGrams(interpolate(LACTOSE_T, LACTOSE_LN_R, temperature), molarMass);
            case BORIC_ACID -> perHundredGrams(interpolate(BORIC_T, BORIC_LN_R, temperature), molarMass);
            case GLUCOSE -> perHundredGrams(GLUCOSE_A + GLUCOSE_B / temperature, molarMass);
            case UREA -> perHundredGrams(UREA_A + UREA_B / temperature, molarMass);
            case FRUCTOSE -> FRUCTOSE_R / 100.0 / molarMass;
            case SILICA -> Math.pow(10.0, -0.26 - 731.0 / temperature);
            // arsenious acid: no solubility looked up (drinking waters hold µmol/kg); not checked
            case ETHANOL, OSMOLYTE, ARSENIOUS_ACID -> Double.POSITIVE_INFINITY;
        };
    }

    private static double perHundredGrams(final double lnR, final double molarMass) {
        return Math.exp(lnR) / 100.0 / molarMass;
    }

    /** Linear interpolation in x, end segments extrapolated. */
    private static double interpolate(final double[] x, final double[] y, final double at) {
        int i = 1;
        while (i < x.length - 1 && at > x[i]) {
            i++;
        }
        final double f = (at - x[i - 1]) / (x[i] - x[i - 1]);
        return y[i - 1] + f * (y[i] - y[i - 1]);
    }

    private static double vantHoffSlope(final double t1, final double r1, final double t2, final double r2) {
        return Math.log(r2 / r1) / (1.0 / (T0 + t2) - 1.0 / (T0 + t1));
    }

    private static double[] celsiusToKelvin(final double... celsius) {
        final double[] k = new double[celsius.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = celsius[i] + T0;
        }
        return k;
    }

    private static double[] ln(final double... values) {
        final double[] l = new double[values.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Math.log(values[i]);
        }
        return l;
    }
}
