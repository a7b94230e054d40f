package org.permeate.properties.neutral;

import org.permeate.measure.PhysicalConstants;

/**
 * The binary (one solute + water) activity functions behind {@link NeutralSolutes}: the osmotic
 * coefficient and the molal activity coefficient of each neutral solute as a function of its own
 * molality, as a thermodynamically consistent pair.
 *
 * <p><b>Form.</b> For the organic solutes the water activity coefficient (mole-fraction scale) is a
 * Margules power series in the solute mole fraction \( x = M_w m/(1 + M_w m) \):
 * \( \ln a_w = \ln(1 - x) + \sum_{k\ge2} \alpha_k x^k \). With the single term \( \alpha_2 = K \)
 * this is Norrish's equation \( a_w = x_w \exp(K x^2) \) (Norrish, R.S. (1966), An equation for the
 * activity coefficients and equilibrium relative humidities of water in confectionery syrups,
 * J. Food Technol. 1, 25–39). Since \( 1 - x = 1/(1 + M_w m) \):
 * <ul>
 * <li>\( m\phi = [\ln(1 + M_w m) - \sum_k \alpha_k x^k]/M_w \) (mol/kg);</li>
 * <li>the solute's rational activity coefficient (unsymmetric convention) follows from Gibbs–Duhem,
 * \( x_w\,d\ln\gamma_w + x\,d\ln\gamma_x^* = 0 \), integrated from x = 0:
 * \( \ln\gamma_x^* = -\sum_k \alpha_k [k x^{k-1}/(k-1) - x^k] \); on the molal scale
 * \( \ln\gamma = \ln\gamma_x^* + \ln x_w = \ln\gamma_x^* - \ln(1 + M_w m) \) (derivation of this
 * class; the pair satisfies \( d(m\phi) = m\,d\ln(m\gamma) \) identically, which the tests check by
 * finite differences).</li>
 * </ul>
 * Boric acid, dissolved silica and the osmolyte are molal-ideal: \( \phi = 1 \), \( \ln\gamma = 0 \).
 *
 * <p><b>Coefficients.</b> Sucrose: Norrish K = −6.47, the value compiled by Chirife and co-workers for
 * 25 °C (secondary: /work/shared/refdata/sucrose_properties.json, from a public code file citing the
 * "Chirife/Norrish value"; the primary compilation was not seen). Glucose, fructose, lactose, urea and
 * ethanol: least-squares fits made for this class to the freezing-point depressions θ of the CRC
 * Handbook (102nd ed., 2021, "Concentrative properties of aqueous solutions", data of Wolf 1966),
 * converted to \( \ln a_w \) at the freezing point by Robinson &amp; Stokes' relation
 * \( -\ln a_w = 0.009687\,\theta + 4.8\times10^{-6}\theta^2 \) (Electrolyte Solutions, 2nd ed., 1959,
 * ch. 8; re-derived here from ΔH_fus = 6.009 kJ/mol and ΔC_p ≈ 38 J/(mol K)), uniform weights in
 * \( \ln a_w \) (θ is printed to 0.01 K). The data and the measured deviations are in the test
 * resources ({@code crc_freezing_points.csv}).
 *
 * <p><b>Temperature.</b> No temperature dependence is modelled. The freezing-point fits describe the
 * solutions at −0.03 to −20 °C; Miyawaki et al. (1997, Biosci. Biotechnol. Biochem. 61, 466–469,
 * abstract) found water activities from freezing points "very close to that at room temperature" for
 * sugars, alcohols, amides and urea, and Starzak &amp; Mathlouthi (2006, Food Chem. 96, 346–370,
 * abstract) found the temperature effect on sucrose's water activity "almost negligible" below 80 wt %
 * from −15 to 150 °C. Each constant states the band within which no warning is given; outside it a
 * {@code NO_TEMPERATURE_DEPENDENCE} warning is attached.
 */
enum NeutralBinary {

    /**
     * Sucrose, Norrish K = −6.47 (25 °C, secondary, see the class comment). Against the CRC freezing
     * points (−0.03 to −2.6 °C, 0.5–30 wt %) φ agrees within the rounding of θ plus 0.007; at 32–42 wt %
     * (−2.9 to −4.9 °C) the freezing-point φ lies up to 0.046 (3.7 %) higher. Fitted range taken as up
     * to 6.2 mol/kg (68 wt %, saturation near 25 °C); no temperature warning from −15 to 100 °C
     * (Starzak &amp; Mathlouthi 2006).
     */
    SUCROSE("sucrose", new double[] {-6.47}, 6.2, 258.15, 373.15,
            "Norrish (1966) a_w = x_w exp(K x^2), K = -6.47 (Chirife et al., 25 °C)"),
    /**
     * α-D-glucose, K = −2.7216 fitted to CRC θ, 0.5–30 wt % (0.028–2.379 mol/kg, down to −4.79 °C);
     * rms residual 0.010 K in θ.
     */
    GLUCOSE("glucose", new double[] {-2.721583415}, 2.379, 273.15 - 4.79, 303.15,
            "Norrish form, K = -2.7216 fitted to CRC freezing points (0.5-30 wt %)"),
    /**
     * D-fructose, K = −2.0041 fitted to CRC θ, 0.5–28 wt % (0.028–2.159 mol/kg, down to −4.2 °C);
     * rms residual 0.014 K in θ.
     */
    FRUCTOSE("fructose", new double[] {-2.004079147}, 2.159, 273.15 - 4.2, 303.15,
            "Norrish form, K = -2.0041 fitted to CRC freezing points (0.5-28 wt %)"),
    /**
     * α-D-lactose, K = −9.5287 fitted to CRC θ, 0.5–8 wt % only (0.015–0.254 mol/kg, down to −0.5 °C);
     * rms residual 0.004 K in θ. The data stop well below lactose's solubility (about 0.63 mol/kg at
     * 25 °C): concentrated whey and milk permeate lie outside the fitted range.
     */
    LACTOSE("lactose", new double[] {-9.528713187}, 0.254, 273.15 - 0.5, 303.15,
            "Norrish form, K = -9.5287 fitted to CRC freezing points (0.5-8 wt %)"),
    /**
     * Urea, four-term Margules series fitted to CRC θ, 0.5–44 wt % (0.084–13.08 mol/kg, down to
     * −17.6 °C); rms residual 0.014 K in θ.
     */
    UREA("urea", new double[] {1.896650984, -22.49454857, 133.8800631, -200.2915738}, 13.08,
            273.15 - 17.62, 303.15,
            "Margules series fitted to CRC freezing points (0.5-44 wt %)"),
    /**
     * Ethanol, four-term Margules series fitted to CRC θ, 0.5–30 wt % (0.109–9.303 mol/kg, down to
     * −20.5 °C); rms residual 0.013 K in θ. Ethanol–water mixes with a large negative excess enthalpy,
     * so φ above room temperature is expected to be lower than these freezing-point values (not
     * quantified: no 25 °C osmotic data were found); the no-warning band therefore stops at 10 °C.
     */
    ETHANOL("ethanol", new double[] {0.4282226567, -18.16398703, -160.2200031, 1107.736675}, 9.303,
            273.15 - 20.47, 283.15,
            "Margules series fitted to CRC freezing points (0.5-30 wt %)"),
    /**
     * Boric acid, taken as molal-ideal (φ = 1): no published self-interaction parameter was found (the
     * Pitzer sets give only B(OH)3–ion terms). RO waters hold at most a few mmol/kg; the ideal
     * assumption is flagged above 0.1 mol/kg.
     */
    BORIC_ACID("B(OH)3", null, 0.1, 0.0, Double.POSITIVE_INFINITY, "ideal (phi = 1), assumed"),
    /**
     * Arsenious acid H3AsO3 (As(III) below pH 9), molal-ideal: no osmotic data found; it occurs in
     * drinking water at µmol/kg at most, where any solute is ideal. Flagged above 0.1 mol/kg.
     */
    ARSENIOUS_ACID("H3AsO3", null, 0.1, 0.0, Double.POSITIVE_INFINITY, "ideal (phi = 1), assumed"),
    /** Dissolved silica, molal-ideal (φ = 1) up to its solubility, as in the Pitzer model's treatment. */
    SILICA("SiO2", null, Double.POSITIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY, "ideal (phi = 1)"),
    /** Osmotically active particles given by osmolality: ideal by definition. */
    OSMOLYTE("osmolyte", null, Double.POSITIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY,
            "ideal by definition (phi = 1)");

    private static final double MW = PhysicalConstants.WATER_MOLAR_MASS;

    private final String speciesId;
    /** α_2, α_3, ... of the Margules series; null for a molal-ideal solute. */
    private final double[] alpha;
    private final double maxMolality;
    private final double minTemperature;
    private final double maxTemperature;
    private final String source;

    NeutralBinary(final String speciesId, final double[] alpha, final double maxMolality,
                  final double minTemperature, final double maxTemperature, final String source) {
        this.speciesId = speciesId;
        this.alpha = alpha;
        this.maxMolality = maxMolality;
        this.minTemperature = minTemperature;
        this.maxTemperature = maxTemperature;
        this.source = source;
    }

    /**
     * @param id a species identifier
     * @return the binary for that species, or null if it is not a neutral solute of this model
     */
    static NeutralBinary of(final String id) {
        return switch (id) {
            case "sucrose" -> SUCROSE;
            case "glucose" -> GLUCOSE;
            case "fructose" -> FRUCTOSE;
            case "lactose" -> LACTOSE;
            case "urea" -> UREA;
            case "ethanol" -> ETHANOL;
            case "B(OH)3" -> BORIC_ACID;
            case "H3AsO3" -> ARSENIOUS_ACID;
            case "SiO2" -> SILICA;
            case "osmolyte" -> OSMOLYTE;
            default -> null;
        };
    }

    /** @return the Permeate species identifier */
    String speciesId() {
        return speciesId;
    }

    /** @return true if φ = 1 and γ = 1 at every molality */
    boolean isIdeal() {
        return alpha == null;
    }

    /** @return upper end of the fitted (or assumed) molality range, mol/kg */
    double maxMolality() {
        return maxMolality;
    }

    /** @return lower end of the temperature band without a warning, K */
    double minTemperature() {
        return minTemperature;
    }

    /** @return upper end of the temperature band without a warning, K */
    double maxTemperature() {
        return maxTemperature;
    }

    /** @return a one-line statement of the equation and its coefficients */
    String source() {
        return source;
    }

    /**
     * The solute's contribution to \( \sum_i \phi_i m_i \).
     *
     * @param m molality, mol/kg (≥ 0)
     * @return \( m\phi(m) \), mol/kg
     */
    double osmoticTerm(final double m) {
        if (alpha == null || m == 0.0) {
            return m;
        }
        final double r = MW * m;
        final double x = r / (1.0 + r);
        double xk = x;
        double excess = 0.0;
        for (double a : alpha) {
            xk *= x;
            excess += a * xk;
        }
        return (Math.log1p(r) - excess) / MW;
    }

    /**
     * @param m molality, mol/kg (≥ 0)
     * @return the binary osmotic coefficient φ(m) (1 at m = 0)
     */
    double osmoticCoefficient(final double m) {
        return m == 0.0 ? 1.0 : osmoticTerm(m) / m;
    }

    /**
     * @param m molality, mol/kg (≥ 0)
     * @return ln γ, the molal activity coefficient of the solute in its binary solution
     */
    double lnActivityCoefficient(final double m) {
        if (alpha == null || m == 0.0) {
            return 0.0;
        }
        final double r = MW * m;
        final double x = r / (1.0 + r);
        double xkm1 = x; // x^(k-1), starting at k = 2
        double sum = 0.0;
        int k = 2;
        for (double a : alpha) {
            final double xk = xkm1 * x;
            sum += a * (k * xkm1 / (k - 1) - xk);
            xkm1 = xk;
            k++;
        }
        return -sum - Math.log1p(r);
    }
}
