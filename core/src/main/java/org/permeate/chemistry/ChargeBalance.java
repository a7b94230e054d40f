package org.permeate.chemistry;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * The charge balance of a water analysis as given: the equivalents of cations and of anions per
 * kg of water, H⁺ and OH⁻ from the pH included, HCO₃⁻ and CO₃²⁻ as reported (no speciation).
 *
 * <p>The relative imbalance follows Standard Methods for the Examination of Water and
 * Wastewater, section 1030 E ("Checking analyses' correctness", anion–cation balance):
 * \( \%\,\text{difference} = 100\,(\sum \text{cations} - \sum \text{anions}) /
 * (\sum \text{cations} + \sum \text{anions}) \), sums in equivalents (the text of 1030 E was not
 * read here; the formula is quoted the same way in laboratory reports that cite it). Here the sums
 * are per kg of water rather than per litre; the ratio is the same.
 *
 * @param cations equivalents of cations (given cations and H⁺), eq/kg of water
 * @param anions  equivalents of anions (given anions and OH⁻), eq/kg of water
 */
public record ChargeBalance(double cations, double anions) {

    /**
     * @param analysis an analysis
     * @return its charge balance as given
     */
    public static ChargeBalance of(final WaterAnalysis analysis) {
        double cat = analysis.hydrogenIonMolality();
        double an = analysis.hydroxideMolality();
        for (Map.Entry<Constituent, Double> e : analysis.molalities().entrySet()) {
            final int z = e.getKey().charge();
            if (z > 0) {
                cat += z * e.getValue();
            } else if (z < 0) {
                an += -z * e.getValue();
            }
        }
        return new ChargeBalance(cat, an);
    }

    /** @return Σ cations − Σ anions, eq/kg of water (positive when cations exceed) */
    public double imbalance() {
        return cations - anions;
    }

    /** @return 100 (Σ cations − Σ anions)/(Σ cations + Σ anions), % (Standard Methods 1030 E); 0 for pure water */
    public double percent() {
        final double sum = cations + anions;
        return sum == 0 ? 0.0 : 100.0 * (cations - anions) / sum;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "cations %.6g meq/kg, anions %.6g meq/kg, imbalance %.4g meq/kg (%.3f %%)",
                cations * 1e3, anions * 1e3, imbalance() * 1e3, percent());
    }

    /**
     * How to make an analysis electrically neutral. The default, {@link #NA_OR_CL}, is what the
     * membrane makers' design programs do (add sodium or chloride, whichever is short).
     */
    public enum Method {
        /** Add Na⁺ if anions exceed cations, Cl⁻ if cations exceed anions (the default). */
        NA_OR_CL("adding Na+ or Cl-"),
        /** Add Na⁺; impossible when cations already exceed anions. */
        ADD_NA("adding Na+"),
        /** Add Cl⁻; impossible when anions already exceed cations. */
        ADD_CL("adding Cl-"),
        /** Multiply every given cation by one factor; impossible without cations. */
        SCALE_CATIONS("scaling all cations"),
        /** Multiply every given anion by one factor; impossible without anions. */
        SCALE_ANIONS("scaling all anions"),
        /**
         * Change HCO₃⁻ (the carbonate system, i.e. the alkalinity) by the imbalance, the pH kept;
         * impossible when HCO₃⁻ would become negative.
         */
        ADJUST_HCO3("adjusting HCO3-");

        /** The method used when none is named. */
        public static final Method DEFAULT = NA_OR_CL;

        private final String phrase;

        Method(final String phrase) {
            this.phrase = phrase;
        }

        /** @return what the method does, for messages */
        public String phrase() {
            return phrase;
        }
    }

    /**
     * A balanced analysis and what was changed to balance it.
     *
     * @param analysis    the balanced analysis (same pH, temperature and measured values)
     * @param method      the method used
     * @param changes     molality added to each constituent changed, mol/kg (negative = removed)
     * @param before      the balance before
     * @param description one sentence for the user
     */
    public record Balanced(WaterAnalysis analysis, Method method, Map<Constituent, Double> changes,
                           ChargeBalance before, String description) {
        public Balanced {
            final Map<Constituent, Double> copy = new EnumMap<>(Constituent.class);
            copy.putAll(changes);
            changes = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Balances an analysis. H⁺ and OH⁻ follow the pH, which is kept, so the given constituents
     * carry the whole correction.
     *
     * @param analysis the analysis
     * @param method   the method
     * @return the balanced analysis, with \( |\sum cations - \sum anions| \) at rounding level
     * @throws PermeateException ({@link Message#IMPOSSIBLE_BALANCE}) when the method cannot
     *                           reach neutrality, naming the value that prevents it
     */
    public static Balanced balance(final WaterAnalysis analysis, final Method method) {
        final ChargeBalance before = of(analysis);
        final double net = before.imbalance();
        final Map<Constituent, Double> changes = new EnumMap<>(Constituent.class);
        final String shown = String.format(Locale.ROOT, "%+.4g meq/kg, %+.3f %%", net * 1e3, before.percent());
        if (net == 0) {
            return new Balanced(analysis, method, changes, before, "already balanced: nothing changed");
        }
        final Method effective = method == Method.NA_OR_CL ? (net < 0 ? Method.ADD_NA : Method.ADD_CL) : method;
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        m.putAll(analysis.molalities());
        final String description;
        switch (effective) {
            case ADD_NA -> {
                if (net > 0) {
                    throw impossible(method, "cations already exceed anions by "
                            + String.format(Locale.ROOT, "%.4g meq/kg", net * 1e3)
                            + "; adding Na+ can only raise the cations", shown);
                }
                changes.put(Constituent.NA, -net);
                m.merge(Constituent.NA, -net, Double::sum);
                description = String.format(Locale.ROOT, "added %.4g mmol/kg of Na+ to match anions exceeding cations (%s)",
                        -net * 1e3, shown);
            }
            case ADD_CL -> {
                if (net < 0) {
                    throw impossible(method, "anions already exceed cations by "
                            + String.format(Locale.ROOT, "%.4g meq/kg", -net * 1e3)
                            + "; adding Cl- can only raise the anions", shown);
                }
                changes.put(Constituent.CL, net);
                m.merge(Constituent.CL, net, Double::sum);
                description = String.format(Locale.ROOT, "added %.4g mmol/kg of Cl- to match cations exceeding anions (%s)",
                        net * 1e3, shown);
            }
            case SCALE_CATIONS, SCALE_ANIONS -> {
                final boolean cat = effective == Method.SCALE_CATIONS;
                final double given = cat ? before.cations - analysis.hydrogenIonMolality()
                        : before.anions - analysis.hydroxideMolality();
                if (!(given > 0)) {
                    throw impossible(method, "the analysis has no " + (cat ? "cations" : "anions")
                            + " to scale (" + (cat ? "cation" : "anion") + " equivalents 0 meq/kg)", shown);
                }
                // target: given·k + (own water ion) = other side
                final double target = cat ? before.anions - analysis.hydrogenIonMolality()
                        : before.cations - analysis.hydroxideMolality();
                final double k = target / given;
                if (!(k > 0)) {
                    throw impossible(method, String.format(Locale.ROOT,
                            "the %s would have to carry %.4g meq/kg (factor %.4g); %s from the pH alone exceed the other side",
                            cat ? "cations" : "anions", target * 1e3, k, cat ? "H+" : "OH-"), shown);
                }
                for (Map.Entry<Constituent, Double> e : analysis.molalities().entrySet()) {
                    final Constituent c = e.getKey();
                    if (cat ? c.isCation() : c.isAnion()) {
                        final double scaled = e.getValue() * k;
                        changes.put(c, scaled - e.getValue());
                        m.put(c, scaled);
                    }
                }
                description = String.format(Locale.ROOT, "multiplied every %s by %.6g (%s)",
                        cat ? "cation" : "anion", k, shown);
            }
            case ADJUST_HCO3 -> {
                final double hco3 = analysis.molality(Constituent.HCO3);
                final double next = hco3 + net;
                if (next < 0) {
                    throw impossible(method, String.format(Locale.ROOT,
                            "HCO3- would have to fall from %.4g to %.4g mmol/kg", hco3 * 1e3, next * 1e3), shown);
                }
                changes.put(Constituent.HCO3, net);
                m.put(Constituent.HCO3, next);
                description = String.format(Locale.ROOT, "%s HCO3- by %.4g mmol/kg, from %.4g to %.4g mmol/kg (%s)",
                        net > 0 ? "raised" : "lowered", Math.abs(net) * 1e3, hco3 * 1e3, next * 1e3, shown);
            }
            default -> throw new IllegalStateException(effective.name());
        }
        return new Balanced(analysis.withMolalities(m), method, changes, before, description);
    }

    private static PermeateException impossible(final Method method, final String why, final String imbalance) {
        return new PermeateException(Message.IMPOSSIBLE_BALANCE, method.phrase(), why, imbalance);
    }
}
