package org.permeate.properties.neutral;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.ActivityModel;
import org.permeate.properties.Composition;
import org.permeate.properties.OsmoticModel;
import org.permeate.properties.Solution;
import org.permeate.properties.SolubilityLimit;
import org.permeate.properties.WaterModel;
import org.permeate.properties.species.Species;

/**
 * Osmotic and activity coefficients of aqueous neutral solutes: sucrose, glucose, fructose, lactose,
 * urea, ethanol, boric acid, dissolved silica and the ideal osmolyte. Gives sugar solutions (maple
 * sap to syrup, milk lactose), urea, ethanol, boric acid and silica a real osmotic pressure, and is
 * the neutral-solute contribution Permeate adds to the electrolyte models.
 *
 * <p><b>Binary solutions.</b> Each solute has a Gibbs–Duhem-consistent pair φ(m), ln γ(m) (see
 * {@code NeutralBinary}): Norrish's equation \( a_w = x_w\exp(Kx^2) \) for the sugars
 * (Norrish, R.S. (1966), An equation for the activity coefficients and equilibrium relative
 * humidities of water in confectionery syrups, J. Food Technol. 1, 25–39; sucrose K = −6.47, the value
 * commonly attributed to the compilation of Chirife and co-workers — believed to be Chirife, Ferro
 * Fontán &amp; Benmergui (1980), J. Food Technol. 15, 59–70, not seen: K is read from the project's
 * secondary refdata; glucose, fructose and lactose K fitted here to the CRC Handbook freezing points), a four-term
 * Margules series for urea and ethanol (fitted here to the same CRC table: CRC Handbook of Chemistry
 * and Physics, 102nd ed., 2021, "Concentrative properties of aqueous solutions", data of A.V. Wolf,
 * Aqueous Solutions and Body Fluids, 1966), and φ = 1 for boric acid, silica and the osmolyte.
 *
 * <p><b>Mixtures (the mixing rule).</b> Cross-interactions between different solutes are neglected:
 * the excess Gibbs energy per kg of water is the sum of the binary ones, each at the solute's own
 * molality, \( G^{ex}/(w_wRT) = \sum_k g_k(m_k) \). It follows that
 * \( \phi_{mix}\sum_k m_k = \sum_k \phi_k(m_k)\,m_k \) and \( \ln\gamma_k = \ln\gamma_k^{bin}(m_k) \),
 * which satisfy the mixture Gibbs–Duhem relation \( d\ln a_w = -M_w\sum_k m_k\,d\ln(m_k\gamma_k) \)
 * exactly. Also neglected: the mole-fraction cross term of the sugars' ideal part (of order
 * \( M_w^2 m_i m_j \); about 2.5 % of \( \ln a_w \) for 3 + 3 mol/kg of two sugars) and any salting-in/out by
 * ions when this sum is added to an electrolyte model's.
 *
 * <p><b>Water activity and osmotic pressure.</b> \( \ln a_w = -M_w\sum_k \phi_k m_k \) and
 * \( \pi = -RT\ln a_w/\bar V_w \) with \( \bar V_w = M_w/\rho_w(T) \), ρ_w from Sharqawy et al.
 * (2010) eq. 8 (pure-water part, 0–180 °C), or from an injected {@link WaterModel}
 * ({@link #using(WaterModel)}). Pressure is ignored by the built-in density.
 *
 * <p><b>Temperature.</b> No temperature dependence is modelled (none was found in verifiable
 * form); a {@link WarningKind#NO_TEMPERATURE_DEPENDENCE} warning marks temperatures outside each
 * solute's stated band (−15 to 100 °C for sucrose, the freezing-point range up to 30 °C for the other
 * fitted solutes, up to 10 °C for ethanol).
 *
 * <p>Stateless and thread-safe; {@link #osmoticSum} and {@link #lnActivityCoefficient} allocate
 * nothing.
 */
public final class NeutralSolutes implements ActivityModel {

    /** The model with the built-in pure-water density (Sharqawy et al. 2010). */
    public static final NeutralSolutes INSTANCE = new NeutralSolutes(null);

    private static final String NAME = "neutral-solutes";
    private static final String HANDLED = "sucrose, glucose, fructose, lactose, urea, ethanol, B(OH)3, H3AsO3, SiO2, osmolyte";
    private static final double MW = PhysicalConstants.WATER_MOLAR_MASS;

    /** Pure-water model for the molar volume, or null for the built-in Sharqawy density. */
    private final WaterModel water;

    private NeutralSolutes(final WaterModel water) {
        this.water = water;
    }

    /**
     * @param water a pure-water model whose molar volume replaces the built-in density in π
     * @return the model using it
     */
    public static NeutralSolutes using(final WaterModel water) {
        if (water == null) {
            throw new PermeateException(Message.MISSING, "water model", "a WaterModel for the molar volume of water");
        }
        return new NeutralSolutes(water);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "Norrish (1966) J. Food Technol. 1, 25 (sugars; sucrose K = -6.47, Chirife et al.); glucose, fructose, "
                + "lactose, urea and ethanol fitted to CRC Handbook 102nd ed. (2021) freezing points (Wolf 1966); "
                + "boric acid, silica, osmolyte ideal; no cross-interactions; rho_w: Sharqawy et al. (2010) eq. 8";
    }

    @Override
    public boolean supports(final Species species) {
        return species != null && NeutralBinary.of(species.id()) != null;
    }

    // ---- hot-path API ----------------------------------------------------------------------------

    /**
     * \( \sum_k \phi_k(m_k)\,m_k \) over the supported neutral species of {@code c}; other species
     * (ions, CO2...) are ignored. This is what an electrolyte model adds to its own sum.
     *
     * @param c           the composition, mol/kg
     * @param temperature K (checked, not used: no temperature dependence)
     * @return the osmotic sum, mol/kg
     */
    public double osmoticSum(final Composition c, final double temperature) {
        checkTemperature(temperature);
        double sum = 0.0;
        for (int i = 0; i < c.size(); i++) {
            final NeutralBinary b = NeutralBinary.of(c.species(i).id());
            if (b != null) {
                sum += b.osmoticTerm(c.molality(i));
            }
        }
        return sum;
    }

    /**
     * @param s           a supported neutral species
     * @param c           the composition, mol/kg (s may be absent: then ln γ = 0)
     * @param temperature K (checked, not used)
     * @return ln γ of s (molal scale) in c, under the no-cross-interaction mixing rule
     * @throws PermeateException if s is not a species of this model
     */
    public double lnActivityCoefficient(final Species s, final Composition c, final double temperature) {
        checkTemperature(temperature);
        return binary(s).lnActivityCoefficient(c.molality(s));
    }

    // ---- OsmoticModel / ActivityModel ------------------------------------------------------------

    /**
     * @param solution the state; every species with a molality above zero must be supported
     * @return \( \phi = \sum_k \phi_k m_k / \sum_k m_k \) (1 for pure water)
     */
    @Override
    public double osmoticCoefficient(final Solution solution) {
        final Composition c = solution.composition();
        requireSupported(c);
        final double total = c.totalMolality();
        return total > 0 ? osmoticSum(c, solution.temperature()) / total : 1.0;
    }

    @Override
    public double lnWaterActivity(final Solution solution) {
        requireSupported(solution.composition());
        return -MW * osmoticSum(solution.composition(), solution.temperature());
    }

    /**
     * @param solution the state
     * @return \( \pi = -RT\ln a_w/\bar V_w \), Pa
     */
    @Override
    public double osmoticPressure(final Solution solution) {
        final double t = solution.temperature();
        return OsmoticModel.fromWaterActivity(lnWaterActivity(solution), t, molarVolume(t, solution.pressure()));
    }

    @Override
    public double[] lnActivityCoefficients(final Solution solution) {
        final Composition c = solution.composition();
        requireSupported(c);
        checkTemperature(solution.temperature());
        final double[] lnGamma = new double[c.size()];
        for (int i = 0; i < c.size(); i++) {
            final NeutralBinary b = NeutralBinary.of(c.species(i).id());
            lnGamma[i] = b == null ? 0.0 : b.lnActivityCoefficient(c.molality(i));
        }
        return lnGamma;
    }

    @Override
    public ActivityState activityState(final Solution solution) {
        final double[] lnGamma = lnActivityCoefficients(solution);
        final Composition c = solution.composition();
        final double sum = osmoticSum(c, solution.temperature());
        final double total = c.totalMolality();
        return new ActivityState(total > 0 ? sum / total : 1.0, -MW * sum, lnGamma);
    }

    /**
     * Warnings for a solution: those of {@link #warnings(Composition, double)}, plus one for each
     * species with a molality above zero that this model does not describe.
     */
    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final Composition c = solution.composition();
        final List<ModelWarning> warnings = new ArrayList<>(warnings(c, solution.temperature()));
        for (int i = 0; i < c.size(); i++) {
            if (c.molality(i) > 0 && !supports(c.species(i))) {
                warnings.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, NAME,
                        c.species(i).id() + " is not described by the neutral-solute model (" + HANDLED + ")"));
            }
        }
        if (water == null && (solution.temperature() < SharqawyPureWater.T_MIN
                || solution.temperature() > SharqawyPureWater.T_MAX)) {
            warnings.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE,
                    "Sharqawy et al. (2010) eq. 8 pure-water density", "temperature", celsius(solution.temperature()),
                    "0 to 180 °C"));
        }
        return warnings;
    }

    /**
     * Warnings for the supported neutral species of a composition (others ignored): molality above a
     * solute's fitted range, temperature outside its band, silica above its solubility.
     *
     * @param c           the composition
     * @param temperature K
     * @return the warnings, empty if none
     */
    public List<ModelWarning> warnings(final Composition c, final double temperature) {
        checkTemperature(temperature);
        final List<ModelWarning> warnings = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            final double m = c.molality(i);
            final NeutralBinary b = NeutralBinary.of(c.species(i).id());
            if (b == null || m <= 0) {
                continue;
            }
            final String src = NAME + " " + b.speciesId() + ": " + b.source();
            if (m > b.maxMolality()) {
                warnings.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, src,
                        "molality of " + b.speciesId(), Numbers.significant(m, 4) + " mol/kg",
                        "0 to " + Numbers.compact(b.maxMolality()) + " mol/kg"));
            }
            if (temperature < b.minTemperature() || temperature > b.maxTemperature()) {
                warnings.add(new ModelWarning(WarningKind.NO_TEMPERATURE_DEPENDENCE, src,
                        b.speciesId() + " activity is temperature-independent in this model and is used at "
                                + celsius(temperature) + ", outside " + celsius(b.minTemperature()) + " to "
                                + celsius(b.maxTemperature()) + " where that is supported"));
            }
            if (b == NeutralBinary.SILICA) {
                final double limit = NeutralSolubility.molality(b, temperature, c.species(i).molarMass());
                if (m > limit) {
                    warnings.add(new ModelWarning(WarningKind.SUPERSATURATED, "phreeqc.dat SiO2(a)",
                            "dissolved silica at " + Numbers.significant(m, 4) + " mol/kg is above the solubility of "
                                    + "amorphous silica, " + Numbers.significant(limit, 4) + " mol/kg at "
                                    + celsius(temperature) + " (supersaturated: scaling risk)"));
                }
            }
        }
        return warnings;
    }

    // ---- solubility ------------------------------------------------------------------------------

    /**
     * @param s           a supported neutral species
     * @param temperature K
     * @return its solubility in pure water, mol/kg of water (+∞ for ethanol and the osmolyte);
     *         sources in {@code NeutralSolubility}
     */
    public double solubility(final Species s, final double temperature) {
        checkTemperature(temperature);
        return NeutralSolubility.molality(binary(s), temperature, s.molarMass());
    }

    /**
     * Refuses a composition in which a sugar, urea or boric acid exceeds its solubility in pure
     * water (other solutes' effect on solubility neglected). Silica above its solubility is not
     * refused: supersaturated silica is common in RO concentrates and is reported by
     * {@link #warnings(Composition, double)} instead.
     *
     * @param c           the composition
     * @param temperature K
     * @throws PermeateException with {@link Message#ABOVE_SOLUBILITY}
     */
    public void checkSolubility(final Composition c, final double temperature) {
        checkTemperature(temperature);
        for (int i = 0; i < c.size(); i++) {
            final NeutralBinary b = NeutralBinary.of(c.species(i).id());
            if (b == null || b == NeutralBinary.SILICA) {
                continue;
            }
            final double m = c.molality(i);
            final double limit = NeutralSolubility.molality(b, temperature, c.species(i).molarMass());
            if (m > limit) {
                throw new PermeateException(Message.ABOVE_SOLUBILITY, b.speciesId(),
                        Numbers.significant(m, 4) + " mol/kg", Numbers.significant(limit, 4) + " mol/kg",
                        celsius(temperature));
            }
        }
    }

    /**
     * This model's solubility rules as a {@link SolubilityLimit} for a property package:
     * {@code check} is {@link #checkSolubility}, {@code warnings} gives only the supersaturated-silica
     * warnings (species the model does not describe are ignored).
     *
     * @return the limit (stateless)
     */
    public SolubilityLimit solubilityLimit() {
        return new SolubilityLimit() {
            @Override
            public void check(final Solution solution) {
                checkSolubility(solution.composition(), solution.temperature());
            }

            @Override
            public List<ModelWarning> warnings(final Solution solution) {
                final List<ModelWarning> all = NeutralSolutes.this.warnings(solution.composition(), solution.temperature());
                final List<ModelWarning> supersaturated = new ArrayList<>();
                for (ModelWarning w : all) {
                    if (w.kind() == WarningKind.SUPERSATURATED) {
                        supersaturated.add(w);
                    }
                }
                return supersaturated;
            }
        };
    }

    // ---- Brix ------------------------------------------------------------------------------------

    /**
     * @param solute a solute with a molar mass (a sugar, usually)
     * @param brix   °Brix = mass % of the solute in its binary solution, 0 ≤ brix &lt; 100
     * @return molality, mol/kg of water: \( m = (B/100)/[(1 - B/100)M] \)
     */
    public static double molalityFromBrix(final Species solute, final double brix) {
        final double molarMass = molarMass(solute);
        Checks.finite("°Brix", brix);
        if (brix < 0) {
            throw new PermeateException(Message.TOO_SMALL, "°Brix", "0", brix);
        }
        if (brix >= 100) {
            throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, "°Brix", Numbers.compact(brix) + " %");
        }
        final double w = brix / 100.0;
        return w / ((1.0 - w) * molarMass);
    }

    /**
     * @param solute   a solute with a molar mass
     * @param molality mol/kg of water, ≥ 0
     * @return °Brix, the mass % of the solute in its binary solution: \( 100\,mM/(1 + mM) \)
     */
    public static double brixFromMolality(final Species solute, final double molality) {
        final double molarMass = molarMass(solute);
        Checks.nonNegative("molality of " + solute.id(), molality);
        final double r = molality * molarMass;
        return 100.0 * r / (1.0 + r);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private double molarVolume(final double temperature, final double pressure) {
        return water == null ? SharqawyPureWater.molarVolume(temperature) : water.molarVolume(temperature, pressure);
    }

    private static double molarMass(final Species solute) {
        if (solute == null || !(solute.molarMass() > 0)) {
            throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, "°Brix",
                    solute == null ? "null" : solute.id(), "solutes with a molar mass (not the osmolyte)");
        }
        return solute.molarMass();
    }

    private NeutralBinary binary(final Species s) {
        final NeutralBinary b = s == null ? null : NeutralBinary.of(s.id());
        if (b == null) {
            throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, NAME, s == null ? "null" : s.id(), HANDLED);
        }
        return b;
    }

    private void requireSupported(final Composition c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.molality(i) > 0 && !supports(c.species(i))) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, NAME, c.species(i).id(), HANDLED);
            }
        }
    }

    private static void checkTemperature(final double temperature) {
        if (!Double.isFinite(temperature)) {
            throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
        }
        if (temperature <= 0) {
            throw new PermeateException(Message.NOT_POSITIVE_TEMPERATURE, "temperature", temperature + " K");
        }
    }

    private static String celsius(final double kelvin) {
        return Numbers.significant(kelvin - PhysicalConstants.ZERO_CELSIUS, 4) + " °C";
    }
}
