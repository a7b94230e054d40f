package org.permeate.chemistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.DensityModel;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The trace contaminants of a drinking water (lead, copper, chromium, arsenic, PFAS) as the
 * membrane model carries them, and back again. Speciation ({@link Speciation}) describes the major
 * ions only; these solutes are at µmol/kg or less and do not change the majors' equilibria, so
 * they are split here on their own, by the water's pH, with activity coefficients taken as 1 (the
 * convention of water analyses):
 * <ul>
 *   <li>As(III): \( \mathrm{H_3AsO_3 = H_2AsO_3^- + H^+} \), log K = −9.15, ΔH° = 27.54 kJ/mol;</li>
 *   <li>As(V): \( \mathrm{H_3AsO_4 = H_2AsO_4^- + H^+} \), log K = −2.3, ΔH° = −7.066 kJ/mol;
 *       \( \mathrm{H_3AsO_4 = HAsO_4^{2-} + 2H^+} \), log K = −9.46, ΔH° = −3.846 kJ/mol;
 *       \( \mathrm{H_3AsO_4 = AsO_4^{3-} + 3H^+} \), log K = −21.11, ΔH° = 14.354 kJ/mol —
 *       so pK₂ = 7.16 and pK₃ = 11.65 at 25 °C;</li>
 * </ul>
 * each constant taken to other temperatures by van 't Hoff, all from PHREEQC's {@code wateq4f.dat}
 * (Ball &amp; Nordstrom 1991, WATEQ4F; usgs-coupled/phreeqc3, {@code database/wateq4f.dat}, commit
 * 6e811bd5, species 478, 482–484). The membrane model carries As(V) as H₂AsO₄⁻ and HAsO₄²⁻: the
 * small H₃AsO₄ share (above 1 % below pH 4.3) is carried with H₂AsO₄⁻ and the AsO₄³⁻ share (above
 * 1 % above pH 9.65) with HAsO₄²⁻, with a warning. Cr(VI) is carried as chromate CrO₄²⁻ whole: the
 * pK of HCrO₄⁻ (about 6.5) was not looked up from a primary source, so no split is made and a warning
 * says that below pH 7.5 part of it is the monovalent HCrO₄⁻, which passes a membrane more. Cr(III)
 * is carried as Cr(OH)₂⁺, lead and copper as the free ions (their carbonate and hydroxo complexes are
 * not modelled), PFOA and PFOS as their anions (strong acids at drinking-water pH).
 *
 * <p>Stateless.
 */
public final class TraceSpeciation {

    /** As(III), \( \mathrm{H_3AsO_3 = H_2AsO_3^- + H^+} \). */
    public static final EquilibriumConstant ARSENIOUS_ACID = EquilibriumConstant.vantHoffKj(
            "wateq4f.dat (PHREEQC) species 478: H3AsO3 = H2AsO3- + H+", -9.15, 27.54);
    /** As(V) first step, \( \mathrm{H_3AsO_4 = H_2AsO_4^- + H^+} \). */
    public static final EquilibriumConstant ARSENIC_ACID_1 = EquilibriumConstant.vantHoffKj(
            "wateq4f.dat (PHREEQC) species 482: H3AsO4 = H2AsO4- + H+", -2.3, -7.066);
    /** As(V) second step, \( \mathrm{H_2AsO_4^- = HAsO_4^{2-} + H^+} \) (species 483 less 482). */
    public static final EquilibriumConstant ARSENIC_ACID_2 = EquilibriumConstant.vantHoffKj(
            "wateq4f.dat (PHREEQC) species 483 - 482: H2AsO4- = HAsO4-2 + H+", -9.46 + 2.3, -3.846 + 7.066);
    /** As(V) third step, \( \mathrm{HAsO_4^{2-} = AsO_4^{3-} + H^+} \) (species 484 less 483). */
    public static final EquilibriumConstant ARSENIC_ACID_3 = EquilibriumConstant.vantHoffKj(
            "wateq4f.dat (PHREEQC) species 484 - 483: HAsO4-2 = AsO4-3 + H+", -21.11 + 9.46, 14.354 + 3.846);

    /** Constituents carried here rather than by {@link Speciation}. */
    public static final Set<Constituent> TRACE = Collections.unmodifiableSet(EnumSet.of(Constituent.PB,
            Constituent.CU, Constituent.CR3, Constituent.CR6, Constituent.AS3, Constituent.AS5, Constituent.PFOA,
            Constituent.PFOS));

    /** Share of As(V) lumped into a neighbouring species above which a warning is given. */
    private static final double LUMPED_WARNING = 0.01;
    /** pH below which a Cr(VI) warning is given (about one unit above the pK of HCrO4-, taken as 6.5). */
    private static final double CHROMATE_WARNING_PH = 7.5;

    private TraceSpeciation() {
    }

    /**
     * @param pH          pH
     * @param temperature K
     * @return share of As(III) present as H₂AsO₃⁻ (the rest is H₃AsO₃), 0–1
     */
    public static double arseniteAnionFraction(final double pH, final double temperature) {
        check(pH, temperature);
        final double k = Math.pow(10.0, ARSENIOUS_ACID.log10(temperature));
        return k / (k + Math.pow(10.0, -pH));
    }

    /**
     * @param pH          pH
     * @param temperature K
     * @return shares of As(V) as H₃AsO₄, H₂AsO₄⁻, HAsO₄²⁻ and AsO₄³⁻, summing to 1
     */
    public static double[] arsenateFractions(final double pH, final double temperature) {
        check(pH, temperature);
        final double h = Math.pow(10.0, -pH);
        final double k1 = Math.pow(10.0, ARSENIC_ACID_1.log10(temperature));
        final double k2 = Math.pow(10.0, ARSENIC_ACID_2.log10(temperature));
        final double k3 = Math.pow(10.0, ARSENIC_ACID_3.log10(temperature));
        // relative to H2AsO4-, so that no term under- or overflows over pH 0-14
        final double[] r = {h / k1, 1.0, k2 / h, k2 * k3 / (h * h)};
        final double sum = r[0] + r[1] + r[2] + r[3];
        return new double[] {r[0] / sum, r[1] / sum, r[2] / sum, r[3] / sum};
    }

    private static void check(final double pH, final double temperature) {
        Checks.inRange("pH", pH, 0.0, 14.0);
        Checks.inRange("temperature", temperature, WaterAnalysis.MIN_TEMPERATURE, WaterAnalysis.MAX_TEMPERATURE);
    }

    /**
     * A composition and what was approximated in making it.
     *
     * @param composition species molalities, mol/kg of water
     * @param warnings    lumped species, unsplit chromate
     */
    public record Result(Composition composition, List<ModelWarning> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The feed of a membrane from a water analysis: the major ions brought to equilibrium at the
     * analysis' pH ({@link WaterChemistry#equilibrate}, which knows nothing of the trace
     * contaminants), then the trace contaminants of the analysis added, split by pH
     * ({@link #withTraces}).
     *
     * @param analysis a water analysis
     * @return the composition the membrane model carries, and warnings
     */
    public static Result membraneFeed(final WaterAnalysis analysis) {
        final Map<Constituent, Double> majors = new EnumMap<>(Constituent.class);
        analysis.molalities().forEach((c, m) -> {
            if (!TRACE.contains(c)) {
                majors.put(c, m);
            }
        });
        final Composition given = analysis.withMolalities(majors).composition();
        final Composition base = given.size() == 0 ? given
                : WaterChemistry.equilibrate(given, analysis.pH(), analysis.temperature());
        return withTraces(base, analysis);
    }

    /**
     * Adds the trace contaminants of an analysis to a composition of its major ions, each split by
     * the analysis' pH (any trace species already in {@code majors} are replaced).
     *
     * @param majors   the major ions as the membrane model carries them, mol/kg
     * @param analysis the analysis whose trace constituents, pH and temperature are used
     * @return the composition with the trace species, and warnings
     */
    public static Result withTraces(final Composition majors, final WaterAnalysis analysis) {
        final Map<Species, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < majors.size(); i++) {
            if (!isTraceSpecies(majors.species(i))) {
                m.put(majors.species(i), majors.molality(i));
            }
        }
        final List<ModelWarning> warnings = new ArrayList<>();
        final double pH = analysis.pH();
        final double t = analysis.temperature();
        for (Constituent c : TRACE) {
            if (!analysis.gives(c)) {
                continue;
            }
            final double total = analysis.molality(c);
            switch (c) {
                case AS3 -> {
                    final double anion = arseniteAnionFraction(pH, t);
                    m.merge(SpeciesCatalog.H3ASO3, total * (1 - anion), Double::sum);
                    m.merge(SpeciesCatalog.H2ASO3, total * anion, Double::sum);
                }
                case AS5 -> {
                    final double[] f = arsenateFractions(pH, t);
                    m.merge(SpeciesCatalog.H2ASO4, total * (f[0] + f[1]), Double::sum);
                    m.merge(SpeciesCatalog.HASO4, total * (f[2] + f[3]), Double::sum);
                    if (f[0] > LUMPED_WARNING || f[3] > LUMPED_WARNING) {
                        warnings.add(new ModelWarning(WarningKind.COMPOSITION_DIFFERS_FROM_MODEL,
                                ARSENIC_ACID_1.source(), String.format(Locale.ROOT,
                                "at pH %.2f %.1f %% of As(V) is H3AsO4 and %.1f %% AsO4-3; the membrane model carries "
                                        + "them as H2AsO4- and HAsO4-2", pH, 100 * f[0], 100 * f[3])));
                    }
                }
                case CR6 -> {
                    m.merge(SpeciesCatalog.CRO4, total, Double::sum);
                    if (total > 0 && pH < CHROMATE_WARNING_PH) {
                        warnings.add(new ModelWarning(WarningKind.COMPOSITION_DIFFERS_FROM_MODEL,
                                "Cr(VI) speciation", String.format(Locale.ROOT, "at pH %.2f part of Cr(VI) is HCrO4- "
                                        + "(pK about 6.5, not verified here), which passes a membrane more than the "
                                        + "chromate CrO4-2 it is carried as", pH)));
                    }
                }
                default -> m.merge(c.species(), total, Double::sum);
            }
        }
        return new Result(Composition.of(m), warnings);
    }

    private static boolean isTraceSpecies(final Species s) {
        if (s.equals(SpeciesCatalog.H2ASO4) || s.equals(SpeciesCatalog.H2ASO3)) {
            return true;
        }
        for (Constituent c : TRACE) {
            if (c.species().equals(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The constituents a composition carries, each summed over its species: HCO₃⁻, CO₃²⁻ and CO₂
     * each as themselves; B(OH)₃ + B(OH)₄⁻ as B; HPO₄²⁻ and H₂PO₄⁻ as PO₄; HSO₄⁻ as SO₄; MgOH⁺ as
     * Mg; H₃AsO₃ + H₂AsO₃⁻ as As(III); H₂AsO₄⁻ + HAsO₄²⁻ as As(V). H⁺, OH⁻ and solutes that are
     * not constituents (sugars, urea...) are left out.
     *
     * @param c a composition, mol/kg
     * @return molality of each constituent present, mol/kg
     */
    public static Map<Constituent, Double> totals(final Composition c) {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        for (int i = 0; i < c.size(); i++) {
            final Species s = c.species(i);
            final double x = c.molality(i);
            final Constituent k = constituentOf(s);
            if (k != null) {
                m.merge(k, x, Double::sum);
            }
        }
        return m;
    }

    private static Constituent constituentOf(final Species s) {
        for (Constituent k : Constituent.values()) {
            if (k.species().equals(s)) {
                return k;
            }
        }
        if (s.equals(SpeciesCatalog.BOH4)) {
            return Constituent.B;
        }
        if (s.equals(SpeciesCatalog.HPO4) || s.equals(SpeciesCatalog.H2PO4)) {
            return Constituent.PO4;
        }
        if (s.equals(SpeciesCatalog.HSO4)) {
            return Constituent.SO4;
        }
        if (s.equals(SpeciesCatalog.MGOH)) {
            return Constituent.MG;
        }
        if (s.equals(SpeciesCatalog.H2ASO3)) {
            return Constituent.AS3;
        }
        if (s.equals(SpeciesCatalog.H2ASO4)) {
            return Constituent.AS5;
        }
        return null;
    }

    /**
     * A water analysis of a stream the membrane model computed (a permeate, a product).
     *
     * @param c           its composition, mol/kg
     * @param pH          its pH (from {@link WaterChemistry#of}, or measured)
     * @param temperature K
     * @param density     the density model that converts to mg/L
     * @return the analysis (no measured TDS or conductivity)
     */
    public static WaterAnalysis analysisOf(final Composition c, final double pH, final double temperature,
                                           final DensityModel density) {
        if (c == null) {
            throw new PermeateException(Message.MISSING, "composition", "the stream's species molalities");
        }
        return new WaterAnalysis(totals(c), pH, temperature, OptionalDouble.empty(), OptionalDouble.empty(), density);
    }
}
