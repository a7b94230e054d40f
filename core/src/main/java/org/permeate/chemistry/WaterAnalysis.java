package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.OsmoticProperties;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.species.AtomicWeights;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * A water analysis as laboratories report it — the major ions, silica, boron and CO₂, pH and
 * temperature, and optionally the measured TDS and conductivity — held in SI: the amount of each
 * {@link Constituent} in mol per kg of water, the temperature in K.
 *
 * <p><b>From mg/L to mol/kg.</b> Amounts per volume of solution (mg/L, mmol/L, meq/L, mg/L as
 * CaCO3) need the solution's density, which depends on what is dissolved; {@link Builder#build}
 * converts all amounts together with a {@link ConcentrationConverter} around the density model of
 * the analysis (by default that of the general {@code pitzer} property package: Laliberté &amp;
 * Cooper 2004 with the compression of water, at one standard atmosphere and the analysis'
 * temperature). Amounts per mass of solution (ppm, mg/kg) need no density. Converting back
 * ({@link #massConcentration}) uses the same model, so a value goes round trip exactly.
 *
 * <p><b>H⁺ and OH⁻</b> are not constituents; they follow from the pH: \( m_{H} = 10^{-pH} \) and
 * \( m_{OH} = K_w(T)/m_H \), activity coefficients taken as 1 (the usual charge-balance
 * convention), K_w from {@link CarbonateConstants}.
 *
 * <p>Immutable; the density model is a stateless shared object.
 *
 * @param molalities           amount of each constituent given, mol/kg of water (each ≥ 0)
 * @param pH                   pH, 0 to 14
 * @param temperature          K, liquid water at one atmosphere: 273.15 K to 373.15 K
 * @param measuredTds          total dissolved solids as measured, kg/m³ (= g/L), if reported
 * @param measuredConductivity electrical conductivity as measured, S/m, if reported
 * @param density              the density model that turns per-volume amounts into molalities
 */
public record WaterAnalysis(Map<Constituent, Double> molalities, double pH, double temperature,
                            OptionalDouble measuredTds, OptionalDouble measuredConductivity,
                            DensityModel density) {

    /** Lowest temperature accepted, K (0 °C: liquid water at one atmosphere). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS;
    /** Highest temperature accepted, K (100 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 100.0;

    /**
     * Mass of CO₃²⁻ left per mass of HCO₃⁻ when a sample is dried at 180 °C,
     * 2 HCO₃⁻ → CO₃²⁻ + CO₂ + H₂O: \( M_{CO_3} / (2M_{HCO_3}) \) = 0.4917 (Standard Methods 1030 E).
     */
    public static final double BICARBONATE_TO_CARBONATE_RESIDUE =
            AtomicWeights.molarMass("CO3") / (2 * AtomicWeights.molarMass("HCO3"));

    /** Mass of CaCO3 per equivalent, kg/eq (50.04 g). */
    public static final double CALCIUM_CARBONATE_PER_EQUIVALENT = AtomicWeights.molarMass("CaCO3") / 2;

    public WaterAnalysis {
        Objects.requireNonNull(molalities, "molalities");
        Objects.requireNonNull(measuredTds, "measuredTds");
        Objects.requireNonNull(measuredConductivity, "measuredConductivity");
        if (density == null) {
            throw new PermeateException(Message.MISSING, "density model", "the model that turns mg/L into mol/kg");
        }
        final EnumMap<Constituent, Double> copy = new EnumMap<>(Constituent.class);
        for (Map.Entry<Constituent, Double> e : molalities.entrySet()) {
            final Constituent c = Objects.requireNonNull(e.getKey(), "constituent");
            final double m = Objects.requireNonNull(e.getValue(), "molality");
            if (!Double.isFinite(m)) {
                throw new PermeateException(Message.NOT_FINITE, "molality of " + c.symbol(), m);
            }
            if (m < 0) {
                throw new PermeateException(Message.NEGATIVE_CONCENTRATION, c.symbol(), m + " mol/kg");
            }
            copy.put(c, m);
        }
        molalities = Collections.unmodifiableMap(copy);
        checkPh(pH);
        checkTemperature(temperature);
        if (measuredTds.isPresent() && !(measuredTds.getAsDouble() >= 0) ) {
            throw new PermeateException(Message.TOO_SMALL, "measured TDS", "0 mg/L", measuredTds.getAsDouble() * 1e3 + " mg/L");
        }
        if (measuredConductivity.isPresent() && !(measuredConductivity.getAsDouble() >= 0)) {
            throw new PermeateException(Message.TOO_SMALL, "measured conductivity", "0 µS/cm",
                    measuredConductivity.getAsDouble() * 1e4 + " µS/cm");
        }
    }

    static void checkPh(final double pH) {
        if (!Double.isFinite(pH)) {
            throw new PermeateException(Message.NOT_FINITE, "pH", pH);
        }
        if (pH < 0 || pH > 14) {
            throw new PermeateException(Message.OUT_OF_RANGE, "pH", pH, 0.0, 14.0);
        }
    }

    static void checkTemperature(final double temperature) {
        if (!Double.isFinite(temperature)) {
            throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
        }
        if (temperature < MIN_TEMPERATURE || temperature > MAX_TEMPERATURE) {
            throw new PermeateException(Message.OUT_OF_RANGE, "temperature of a water analysis (liquid water at 1 atm)",
                    celsius(temperature), "0 °C", "100 °C");
        }
    }

    private static String celsius(final double kelvin) {
        return Numbers.compact(kelvin - PhysicalConstants.ZERO_CELSIUS) + " °C";
    }

    /** @return a builder for an analysis given in the units laboratories use */
    public static WaterAnalysisBuilder builder() {
        return new WaterAnalysisBuilder("water analysis");
    }

    /**
     * @param field what the analysis is called in messages (a preset name, a file and key)
     * @return a builder whose errors name {@code field}
     */
    public static WaterAnalysisBuilder builder(final String field) {
        return new WaterAnalysisBuilder(field);
    }

    // ---- amounts -------------------------------------------------------------------------------

    /**
     * @param c a constituent
     * @return its molality, mol/kg of water (0 if not given)
     */
    public double molality(final Constituent c) {
        final Double m = molalities.get(c);
        return m == null ? 0.0 : m;
    }

    /** @return true if the analysis gives {@code c} (possibly as zero) */
    public boolean gives(final Constituent c) {
        return molalities.containsKey(c);
    }

    /** @return the species of the constituents given (B as B(OH)₃), mol/kg; no H⁺ or OH⁻ */
    public Composition composition() {
        final Map<Species, Double> m = new LinkedHashMap<>();
        for (Map.Entry<Constituent, Double> e : molalities.entrySet()) {
            m.put(e.getKey().species(), e.getValue());
        }
        return Composition.of(m);
    }

    /** @return {@link #composition()} with H⁺ and OH⁻ from the pH added, mol/kg */
    public Composition compositionWithWaterIons() {
        return composition().with(SpeciesCatalog.H, hydrogenIonMolality())
                .with(SpeciesCatalog.OH, hydroxideMolality());
    }

    /** @return the solution state (constituents, temperature, one standard atmosphere) */
    public Solution solution() {
        return Solution.atAtmosphericPressure(composition(), temperature);
    }

    /** @return mass density of the water from {@link #density()}, kg/m³ */
    public double massDensity() {
        return density.massDensity(solution());
    }

    /** @return mass of water per volume of solution, kg/m³: \( \rho/(1 + \sum_j m_j M_j) \) */
    public double waterPerVolume() {
        final Composition c = composition();
        return density.massDensity(Solution.atAtmosphericPressure(c, temperature)) / (1.0 + c.soluteMassPerWaterMass());
    }

    /**
     * @param c a constituent
     * @return its mass per volume of solution as reported (boron as B, silica as SiO₂), kg/m³ (= g/L)
     */
    public double massConcentration(final Constituent c) {
        return molality(c) * c.reportedMolarMass() * waterPerVolume();
    }

    /**
     * @param c a constituent
     * @return its amount per volume of solution, mol/m³ (= mmol/L)
     */
    public double molarConcentration(final Constituent c) {
        return molality(c) * waterPerVolume();
    }

    /**
     * @param c a constituent
     * @return its charge per volume of solution, eq/m³ (= meq/L); 0 for SiO₂, B, CO₂
     */
    public double equivalentConcentration(final Constituent c) {
        return molarConcentration(c) * Math.abs(c.charge());
    }

    /**
     * H⁺ from the pH, \( 10^{-pH} \) mol/kg: the activity coefficient is taken as 1, as charge
     * balances of water analyses do.
     *
     * @return molality of H⁺, mol/kg
     */
    public double hydrogenIonMolality() {
        return Math.pow(10.0, -pH);
    }

    /** @return molality of OH⁻, \( K_w(T)/m_{H} \) (activity coefficients 1), mol/kg */
    public double hydroxideMolality() {
        return Math.pow(10.0, CarbonateConstants.log10Kw(temperature) + pH);
    }

    // ---- derived quantities --------------------------------------------------------------------

    /**
     * Ionic strength of the analysis as given (no ion pairs, carbonate species as reported),
     * with H⁺ and OH⁻ from the pH: \( I = \tfrac12\sum_i m_i z_i^2 \).
     *
     * @return ionic strength, mol/kg
     */
    public double ionicStrength() {
        return compositionWithWaterIons().ionicStrength();
    }

    /** How the dissolved solids are added up. */
    public enum TdsBasis {
        /**
         * The plain sum of the masses of all constituents as reported (HCO₃⁻ as HCO₃⁻, boron as B,
         * silica as SiO₂); CO₂ (a gas, lost on drying) and H⁺/OH⁻ are left out. What design programs
         * print as "TDS" of an ion list.
         */
        SUM_OF_IONS,
        /**
         * The "calculated TDS" of Standard Methods 1030 E ("sum of constituents"), comparable with
         * a residue dried at 180 °C (Standard Methods 2540 C): as {@link #SUM_OF_IONS}, but HCO₃⁻
         * counted as the CO₃²⁻ it leaves on drying, × 0.4917
         * ({@link WaterAnalysis#BICARBONATE_TO_CARBONATE_RESIDUE}).
         */
        STANDARD_METHODS_1030E
    }

    /**
     * @param basis how to add up (see {@link TdsBasis})
     * @return total dissolved solids, kg/m³ (= g/L)
     */
    public double totalDissolvedSolids(final TdsBasis basis) {
        double sum = 0;
        for (Constituent c : molalities.keySet()) {
            if (c == Constituent.CO2) {
                continue;
            }
            final double factor = c == Constituent.HCO3 && basis == TdsBasis.STANDARD_METHODS_1030E
                    ? BICARBONATE_TO_CARBONATE_RESIDUE : 1.0;
            sum += factor * molality(c) * c.reportedMolarMass();
        }
        return sum * waterPerVolume();
    }

    /**
     * The TDS an empirical index should use: the measured value if the analysis has one,
     * otherwise {@link TdsBasis#STANDARD_METHODS_1030E}, the calculated equivalent of a measured
     * residue.
     *
     * @return TDS, kg/m³
     */
    public double tdsForIndices() {
        return measuredTds.isPresent() ? measuredTds.getAsDouble() : totalDissolvedSolids(TdsBasis.STANDARD_METHODS_1030E);
    }

    /**
     * Total hardness: Ca²⁺ + Mg²⁺ expressed as CaCO3 (the definition of Standard Methods 2340:
     * "the sum of the calcium and magnesium concentrations, both expressed as calcium carbonate";
     * 1 mg/L Ca is 2.497 and 1 mg/L Mg 4.118 mg/L as CaCO3). Sr²⁺ and Ba²⁺ are divalent too and
     * titrate with EDTA; they are added only when asked.
     *
     * @param includeStrontiumAndBarium whether to add Sr²⁺ and Ba²⁺
     * @return hardness, eq/m³ (display with {@link Units#MG_PER_L_AS_CACO3})
     */
    public double totalHardness(final boolean includeStrontiumAndBarium) {
        double eq = equivalentConcentration(Constituent.CA) + equivalentConcentration(Constituent.MG);
        if (includeStrontiumAndBarium) {
            eq += equivalentConcentration(Constituent.SR) + equivalentConcentration(Constituent.BA);
        }
        return eq;
    }

    /** @return carbonate alkalinity \( [HCO_3^-] + 2[CO_3^{2-}] \) as reported, eq/m³ */
    public double carbonateAlkalinity() {
        return equivalentConcentration(Constituent.HCO3) + equivalentConcentration(Constituent.CO3);
    }

    /**
     * Total ("M") alkalinity of the analysis as given: \( [HCO_3^-] + 2[CO_3^{2-}] + [OH^-] - [H^+] \)
     * (borate, silicate and phosphate alkalinity not counted: boron and silica are uncharged here).
     *
     * @return total alkalinity, eq/m³ (display with {@link Units#MG_PER_L_AS_CACO3})
     */
    public double totalAlkalinity() {
        return carbonateAlkalinity() + (hydroxideMolality() - hydrogenIonMolality()) * waterPerVolume();
    }

    /** @return the charge balance of the analysis as given */
    public ChargeBalance chargeBalance() {
        return ChargeBalance.of(this);
    }

    /**
     * @param method how to balance (see {@link ChargeBalance.Method})
     * @return the balanced analysis and what changed
     */
    public ChargeBalance.Balanced balance(final ChargeBalance.Method method) {
        return ChargeBalance.balance(this, method);
    }

    /**
     * Osmotic coefficient, water activity and osmotic pressure of the analysis (its constituents,
     * without H⁺/OH⁻) at its temperature and one atmosphere, by a property package.
     *
     * @param properties the property package, e.g. {@link PropertyPackages#GENERAL} ("pitzer")
     * @param policy     what to do outside fitted ranges
     * @return the osmotic properties (osmotic pressure in Pa) and the models' warnings
     */
    public PropertyPackage.Result<OsmoticProperties> osmotic(final PropertyPackage properties, final RangePolicy policy) {
        return properties.osmotic(solution(), policy);
    }

    /**
     * @return osmotic pressure by the general {@code pitzer} property package (Pitzer/HMW84 for ions,
     *         published data for SiO₂, B(OH)₃, CO₂), Pa; see {@link #osmotic} for its warnings
     */
    public double osmoticPressure() {
        return osmotic(PropertyPackages.GENERAL, RangePolicy.WARN).value().osmoticPressure();
    }

    /**
     * @param model  a conductivity model, e.g. {@link McCleskeyConductivity#INSTANCE}
     * @param policy what to do outside its fitted range
     * @return the estimated electrical conductivity, S/m, with the model's warnings
     */
    public PropertyPackage.Result<Double> conductivity(final ConductivityModel model, final RangePolicy policy) {
        return model.conductivity(this, policy);
    }

    // ---- variants ------------------------------------------------------------------------------

    /**
     * @param c        a constituent
     * @param molality its new molality, mol/kg (≥ 0)
     * @return the same analysis with that amount (added if absent)
     */
    public WaterAnalysis with(final Constituent c, final double molality) {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        m.putAll(molalities);
        m.put(c, molality);
        return new WaterAnalysis(m, pH, temperature, measuredTds, measuredConductivity, density);
    }

    /**
     * @param newMolalities the amounts, mol/kg
     * @return the same pH, temperature and measured values with these amounts
     */
    public WaterAnalysis withMolalities(final Map<Constituent, Double> newMolalities) {
        return new WaterAnalysis(newMolalities, pH, temperature, measuredTds, measuredConductivity, density);
    }

    /** @return the same analysis at another pH (nothing re-speciated) */
    public WaterAnalysis withPH(final double newPH) {
        return new WaterAnalysis(molalities, newPH, temperature, measuredTds, measuredConductivity, density);
    }

    /** @return the same analysis at another temperature, K (nothing re-speciated) */
    public WaterAnalysis withTemperature(final double newTemperature) {
        return new WaterAnalysis(molalities, pH, newTemperature, measuredTds, measuredConductivity, density);
    }

    /** @return the same analysis with another density model (the molalities are kept) */
    public WaterAnalysis withDensity(final DensityModel newDensity) {
        return new WaterAnalysis(molalities, pH, temperature, measuredTds, measuredConductivity, newDensity);
    }

    // ---- mixing --------------------------------------------------------------------------------

    /**
     * One water in a mix and its share.
     *
     * @param analysis the water
     * @param fraction its share, 0 to 1 (the shares of a mix add up to 1)
     */
    public record Share(WaterAnalysis analysis, double fraction) {
        public Share {
            if (analysis == null) {
                throw new PermeateException(Message.MISSING, "water of a mix", "an analysis");
            }
            if (!Double.isFinite(fraction) || fraction < 0 || fraction > 1) {
                throw new PermeateException(Message.OUT_OF_RANGE, "mixing fraction", fraction, 0.0, 1.0);
            }
        }
    }

    /** What the fractions of a mix are fractions of. */
    public enum MixBasis {
        /** Fractions of the mass of water (exact: molalities mix linearly on this basis). */
        WATER_MASS,
        /**
         * Fractions of the volumes of the waters before mixing; turned into water-mass fractions
         * with each water's mass of water per volume, \( \rho_i/(1 + \sum_j m_{ij}M_j) \).
         */
        VOLUME
    }

    /**
     * Mixes waters, each constituent conserved: \( m_j = \sum_i f_i m_{ij} \) with \( f_i \) the
     * water-mass fractions. The temperature is the water-mass-weighted mean (equal heat
     * capacities, no heat of mixing). Nothing is re-equilibrated: HCO₃⁻, CO₃²⁻ and CO₂ are mixed as
     * reported, and the pH is that of the mixed H⁺, \( -\log_{10}\sum_i f_i 10^{-pH_i} \) — the
     * pH of a buffered blend lies between the two and needs the carbonate speciation; give a
     * measured pH with {@link #mix(MixBasis, List, double)}. Measured TDS and conductivity are not
     * carried over (conductivity does not mix linearly). The density model is that of the first
     * water.
     *
     * @param basis  what the fractions are fractions of
     * @param shares the waters and their shares, adding up to 1 (within 1e-9)
     * @return the mixture
     */
    public static WaterAnalysis mix(final MixBasis basis, final List<Share> shares) {
        final double[] f = waterMassFractions(basis, shares);
        double h = 0;
        for (int i = 0; i < f.length; i++) {
            h += f[i] * shares.get(i).analysis().hydrogenIonMolality();
        }
        return mixed(shares, f, -Math.log10(h));
    }

    /**
     * As {@link #mix(MixBasis, List)}, with the pH of the mixture given (measured, or from a
     * speciation).
     *
     * @param basis  what the fractions are fractions of
     * @param shares the waters and their shares, adding up to 1
     * @param pH     pH of the mixture
     * @return the mixture
     */
    public static WaterAnalysis mix(final MixBasis basis, final List<Share> shares, final double pH) {
        return mixed(shares, waterMassFractions(basis, shares), pH);
    }

    private static double[] waterMassFractions(final MixBasis basis, final List<Share> shares) {
        if (shares == null || shares.isEmpty()) {
            throw new PermeateException(Message.MISSING, "mix", "at least one water and its share");
        }
        double sum = 0;
        for (Share s : shares) {
            sum += s.fraction();
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new PermeateException(Message.OUT_OF_RANGE, "sum of the mixing fractions", sum, 1.0, 1.0);
        }
        final double[] f = new double[shares.size()];
        double total = 0;
        for (int i = 0; i < f.length; i++) {
            final Share s = shares.get(i);
            f[i] = basis == MixBasis.VOLUME ? s.fraction() * s.analysis().waterPerVolume() : s.fraction();
            total += f[i];
        }
        for (int i = 0; i < f.length; i++) {
            f[i] /= total;
        }
        return f;
    }

    private static WaterAnalysis mixed(final List<Share> shares, final double[] f, final double pH) {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        double t = 0;
        for (int i = 0; i < f.length; i++) {
            final WaterAnalysis w = shares.get(i).analysis();
            for (Map.Entry<Constituent, Double> e : w.molalities().entrySet()) {
                m.merge(e.getKey(), f[i] * e.getValue(), Double::sum);
            }
            t += f[i] * w.temperature();
        }
        return new WaterAnalysis(m, pH, t, OptionalDouble.empty(), OptionalDouble.empty(),
                shares.get(0).analysis().density());
    }

    @Override
    public String toString() {
        final List<String> parts = new ArrayList<>();
        for (Map.Entry<Constituent, Double> e : molalities.entrySet()) {
            parts.add(e.getKey().symbol() + "=" + Numbers.compact(e.getValue()));
        }
        return "WaterAnalysis" + parts + " mol/kg, pH " + Numbers.compact(pH) + ", " + celsius(temperature);
    }

}
