package org.permeate.chemistry;

import java.util.EnumMap;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.solver.Brent;

/**
 * Acid or caustic added to a water: each reagent adds its counter-ion to the totals and shifts
 * the alkalinity by its protons or hydroxide (HCl: Cl⁻ +1, alkalinity −1 per mol; H2SO4: SO4²⁻ +1,
 * alkalinity −2; NaOH: Na⁺ +1, alkalinity +1), and the pH follows from the closed system
 * ({@link Speciation#closed}). Dilution by the dosing solution is neglected (reagents are dosed
 * concentrated: 33 % HCl, 98 % H2SO4, 50 % NaOH add well under 0.1 % of water). Stateless.
 */
public final class Dosing {

    /** A dosing chemical. */
    public enum Reagent {
        /** hydrochloric acid */
        HCL(Component.CHLORIDE, -1, 0.036461),
        /** sulfuric acid */
        H2SO4(Component.SULFATE, -2, 0.098079),
        /** sodium hydroxide (caustic soda) */
        NAOH(Component.SODIUM, 1, 0.039997);

        private final Component counterIon;
        private final int alkalinity;
        private final double molarMass;

        Reagent(final Component counterIon, final int alkalinity, final double molarMass) {
            this.counterIon = counterIon;
            this.alkalinity = alkalinity;
            this.molarMass = molarMass;
        }

        /** @return molar mass of the pure reagent, kg/mol */
        public double molarMass() {
            return molarMass;
        }

        /** @return whether it lowers the pH */
        public boolean acid() {
            return alkalinity < 0;
        }
    }

    private Dosing() {
    }

    /**
     * @param water   a speciated water
     * @param reagent the chemical
     * @param dose    mol of reagent per kg of water (≥ 0)
     * @return the water after dosing
     */
    public static Speciated dose(final Speciated water, final Reagent reagent, final double dose) {
        Checks.nonNegative("dose of " + reagent.name(), dose);
        final Map<Component, Double> t = new EnumMap<>(Component.class);
        t.putAll(water.totals());
        t.merge(reagent.counterIon, dose, Double::sum);
        return Speciation.closed(t, water.alkalinity() + reagent.alkalinity * dose, water.temperature());
    }

    /**
     * @param water    a speciated water
     * @param reagent  an acid to lower the pH or caustic to raise it
     * @param targetPh the pH wanted
     * @return the dose, mol per kg of water (0 if the water is already there)
     * @throws PermeateException {@link Message#INFEASIBLE} when the reagent moves the pH the
     *                           other way or cannot reach it (an acid cannot raise the pH)
     */
    public static double doseForPh(final Speciated water, final Reagent reagent, final double targetPh) {
        Checks.inRange("target pH", targetPh, 0, 14);
        if (reagent.acid() ? targetPh > water.pH() : targetPh < water.pH()) {
            throw new PermeateException(Message.INFEASIBLE, "a pH of " + targetPh, reagent.name(), String.format(
                    java.util.Locale.ROOT, "the water is at pH %.2f and %s only %s it", water.pH(), reagent.name(),
                    reagent.acid() ? "lowers" : "raises"));
        }
        if (targetPh == water.pH()) {
            return 0.0;
        }
        final double sign = reagent.acid() ? -1 : 1;
        final java.util.function.DoubleUnaryOperator f = d -> sign * (dose(water, reagent, d).pH() - targetPh);
        // enough reagent to change the alkalinity by 1 eq/kg moves any natural water past pH 1 or 13
        double high = Math.max(1e-6, 2 * Math.abs(water.alkalinity()));
        double fHigh = f.applyAsDouble(high);
        while (fHigh < 0) {
            if (high > 2) {
                throw new PermeateException(Message.INFEASIBLE, "a pH of " + targetPh, reagent.name(),
                        "more than 2 mol/kg of it would be needed");
            }
            high *= 4;
            fHigh = f.applyAsDouble(high);
        }
        return Brent.solve("dose for pH " + targetPh, f, 0, f.applyAsDouble(0), high, fHigh, 1e-12 * high, 200);
    }
}
