package org.permeate.unitops.household;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.permeate.chemistry.Component;
import org.permeate.chemistry.EquilibriumConstant;
import org.permeate.chemistry.Minerals;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.Speciation;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.solver.Brent;

/**
 * A calcite remineralization cartridge after the RO membrane: the acidic, nearly salt-free
 * permeate dissolves calcite, \( \mathrm{CaCO_3 + CO_2 + H_2O \to Ca^{2+} + 2HCO_3^-} \), which
 * adds calcium and alkalinity and raises the pH toward calcite saturation.
 *
 * <p><b>Equilibrium</b> ({@link #saturateClosed}): the cartridge is full of water, with no gas
 * phase, so the system is closed to CO₂: x mol/kg of CaCO₃ dissolves, adding x to total calcium
 * and to total inorganic carbon and 2x to the alkalinity, and x is found (Brent's method on ln x)
 * where the calcite saturation index of the closed-system speciation is zero. The speciation is
 * the project's ({@link Speciation#closed}: Pitzer activity coefficients, PHREEQC pitzer.dat
 * constants; calcite from pitzer.dat, Plummer &amp; Busenberg 1982 form). For the check against the
 * textbook case of calcite in water open to the atmosphere, {@link #saturateOpen} holds the CO₂
 * activity at \( K_H\,p_{CO_2} \) instead (K_H of CO₂(g) = CO₂ from phreeqc.dat,
 * usgs-coupled/phreeqc3, analytic 10.5624, −2.3547e-2, −3972.8, 0, 5.8746e5, 1.9194e-5).
 *
 * <p><b>Approach to equilibrium.</b> Real cartridges stop short of saturation: the contact time
 * is a minute or less. Dissolution far from equilibrium is first order in the undersaturation, so
 * the dissolved amount approaches x_eq as \( f = 1 - e^{-k\tau} \) with τ the empty-bed contact
 * time (the form of the calcite-contactor design model of AWWA/ASCE, <i>Water Treatment Plant
 * Design</i>, and of Letterman's limestone-contactor work — not read here; no rate constant for
 * household cartridges was found). So the cartridge is given either its approach fraction f
 * directly ({@link #withApproach}) or a rate constant k and bed volume ({@link #firstOrder}), and
 * the outlet is the permeate with f·x_eq of CaCO₃ dissolved. Magnesium media (dolomite, MgO) are
 * not modelled.
 *
 * @param name     label, e.g. "calcite"
 * @param approach fraction f of the equilibrium dissolution reached, 0 ≤ f ≤ 1
 * @param bedVolume empty-bed volume, m³ (0 when f is given directly)
 * @param rate     first-order rate constant k, 1/s (0 when f is given directly)
 */
public record Remineralizer(String name, double approach, double bedVolume, double rate) {

    /** Henry's constant of CO₂, phreeqc.dat. */
    public static final EquilibriumConstant CO2_HENRY = EquilibriumConstant.analytic(
            "phreeqc.dat CO2(g) = CO2", 10.5624, -2.3547e-2, -3972.8, 0, 5.8746e5, 1.9194e-5);

    /** Atmospheric CO₂ partial pressure used in textbook examples, 10^−3.5 atm. */
    public static final double ATMOSPHERIC_CO2 = Math.pow(10, -3.5);

    private static final double MIN_DISSOLVED = 1e-12;
    private static final double MAX_DISSOLVED = 0.1;
    private static final int BUDGET = 200;

    public Remineralizer {
        if (name == null || name.isBlank()) {
            throw new PermeateException(Message.MISSING, "remineralization cartridge", "a name");
        }
        Checks.inRange("remineralization approach to equilibrium", approach, 0, 1);
        Checks.nonNegative("remineralization bed volume", bedVolume);
        Checks.nonNegative("calcite dissolution rate constant", rate);
    }

    /**
     * @param approach fraction of the calcite-saturation dissolution reached, 0–1
     * @return a calcite cartridge with that approach at every flow
     */
    public static Remineralizer withApproach(final double approach) {
        return new Remineralizer("calcite", approach, 0, 0);
    }

    /**
     * @param bedVolume empty-bed volume, m³, &gt; 0
     * @param rate      first-order rate constant, 1/s, &gt; 0 (from the maker or a test; none published found)
     * @return a calcite cartridge whose approach depends on the flow ({@link #approachAt})
     */
    public static Remineralizer firstOrder(final double bedVolume, final double rate) {
        Checks.positive("remineralization bed volume", bedVolume);
        Checks.positive("calcite dissolution rate constant", rate);
        return new Remineralizer("calcite", 1.0, bedVolume, rate);
    }

    /**
     * @param flow m³/s, &gt; 0
     * @return the approach fraction at that flow: 1 − exp(−k V/Q), or the fixed one
     */
    public double approachAt(final double flow) {
        Checks.positive("flow through the remineralization cartridge", flow);
        return rate > 0 ? -Math.expm1(-rate * bedVolume / flow) : approach;
    }

    /**
     * @param water       the water entering (an RO permeate as the membrane model carries it), mol/kg
     * @param temperature K
     * @param flow        m³/s
     * @return the outlet
     */
    public Result treat(final Composition water, final double temperature, final double flow) {
        final Speciated in = WaterChemistry.of(water, temperature);
        final double equilibrium = dissolvedAtSaturation(water, temperature);
        final double dissolved = approachAt(flow) * equilibrium;
        final Speciated out = dissolve(water, dissolved, temperature);
        final double si = Minerals.CALCITE.saturationIndex(out).orElse(Double.NEGATIVE_INFINITY);
        final List<ModelWarning> w = equilibrium == 0 ? List.of(new ModelWarning(WarningKind.SCALING_RISK,
                name, String.format(Locale.ROOT, "the water is already at or above calcite saturation "
                        + "(SI %.2f): nothing dissolves", Minerals.CALCITE.saturationIndex(in).orElse(0))))
                : List.of();
        return new Result(WaterChemistry.forTransport(out), out, dissolved, equilibrium, in.pH(), si, w);
    }

    /**
     * @param composition   the outlet as the membrane model carries it, mol/kg
     * @param speciated     the outlet speciated
     * @param dissolved     CaCO₃ dissolved, mol/kg of water
     * @param atSaturation  CaCO₃ that would dissolve to calcite saturation, mol/kg
     * @param inletPh       pH of the water entering
     * @param saturationIndex calcite SI of the outlet (0 at full approach)
     * @param warnings      e.g. already saturated
     */
    public record Result(Composition composition, Speciated speciated, double dissolved, double atSaturation,
                         double inletPh, double saturationIndex, List<ModelWarning> warnings) {

        /** @return the outlet pH */
        public double pH() {
            return speciated.pH();
        }
    }

    /**
     * The calcite-saturated water, closed to CO₂.
     *
     * @param water       mol/kg, as the membrane model carries it
     * @param temperature K
     * @return the saturated water
     */
    public static Speciated saturateClosed(final Composition water, final double temperature) {
        return dissolve(water, dissolvedAtSaturation(water, temperature), temperature);
    }

    /**
     * @param water       mol/kg
     * @param temperature K
     * @return CaCO₃ that dissolves to calcite saturation, closed system, mol/kg (0 if already saturated)
     */
    public static double dissolvedAtSaturation(final Composition water, final double temperature) {
        final DoubleUnaryOperator si = u -> calciteSi(dissolve(water, Math.exp(u), temperature));
        final double lo = Math.log(MIN_DISSOLVED);
        final double hi = Math.log(MAX_DISSOLVED);
        final double fLo = si.applyAsDouble(lo);
        if (fLo >= 0) {
            return 0.0;
        }
        return Math.exp(Brent.solve("calcite saturation (closed system)", si, lo, fLo, hi, si.applyAsDouble(hi),
                1e-10, BUDGET));
    }

    /**
     * Calcite saturation with the CO₂ activity held at K_H·p (open to a gas of that CO₂ partial pressure).
     *
     * @param water            mol/kg (its carbon is replaced by what the gas sets)
     * @param temperature      K
     * @param co2PartialPressure atm (as PHREEQC's log P), &gt; 0
     * @return the saturated water
     */
    public static Speciated saturateOpen(final Composition water, final double temperature,
                                         final double co2PartialPressure) {
        Checks.positive("CO2 partial pressure", co2PartialPressure);
        final double logCo2 = CO2_HENRY.log10(temperature) + Math.log10(co2PartialPressure);
        final Map<Component, Double> base = Speciation.totalsOf(water);
        final double alk0 = Speciation.alkalinityOf(water);
        final DoubleUnaryOperator si = u -> calciteSi(openAt(base, alk0, Math.exp(u), logCo2, temperature));
        final double lo = Math.log(1e-7);
        final double hi = Math.log(MAX_DISSOLVED);
        final double x = Math.exp(Brent.solve("calcite saturation (open system)", si, lo, si.applyAsDouble(lo), hi,
                si.applyAsDouble(hi), 1e-10, BUDGET));
        return openAt(base, alk0, x, logCo2, temperature);
    }

    /** x of CaCO3 dissolved and carbon set so that log a(CO2) = logCo2. */
    private static Speciated openAt(final Map<Component, Double> base, final double alk0, final double x,
                                    final double logCo2, final double temperature) {
        final Map<Component, Double> t = new EnumMap<>(Component.class);
        t.putAll(base);
        t.merge(Component.CALCIUM, x, Double::sum);
        final double alk = alk0 + 2 * x;
        final DoubleUnaryOperator gap = v -> {
            t.put(Component.CARBON, Math.exp(v));
            return Speciation.closed(t, alk, temperature).log10Activity(SpeciesCatalog.CO2) - logCo2;
        };
        final double lo = Math.log(Math.max(0.6 * alk, 1e-12));
        final double hi = Math.log(Math.max(alk, 1e-6) * 1e4 + 1.0);
        final double c = Math.exp(Brent.solve("carbon in equilibrium with CO2(g)", gap, lo, gap.applyAsDouble(lo),
                hi, gap.applyAsDouble(hi), 1e-12, BUDGET));
        t.put(Component.CARBON, c);
        return Speciation.closed(t, alk, temperature);
    }

    private static Speciated dissolve(final Composition water, final double x, final double temperature) {
        final Map<Component, Double> t = new EnumMap<>(Component.class);
        t.putAll(Speciation.totalsOf(water));
        t.merge(Component.CALCIUM, x, Double::sum);
        t.merge(Component.CARBON, x, Double::sum);
        return Speciation.closed(t, Speciation.alkalinityOf(water) + 2 * x, temperature);
    }

    private static double calciteSi(final Speciated s) {
        return Minerals.CALCITE.saturationIndex(s).orElse(-50.0);
    }
}
