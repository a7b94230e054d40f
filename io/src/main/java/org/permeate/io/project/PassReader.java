package org.permeate.io.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permeate.api.Permeate;
import org.permeate.chemistry.Dosing;
import org.permeate.element.ElementOptions;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.flowsheet.Boost;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PhAdjustment;
import org.permeate.flowsheet.PermeateRoute;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.measure.Dimension;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;
import org.permeate.unitops.Vessel;

/**
 * Reads a pass of a project file: its feed (for a later pass), pump, what fixes its pressure,
 * energy recovery and stages, with their elements from the catalog calibrated with the case's
 * options.
 */
final class PassReader {

    private static final String[] KEYS = {"feed", "pump", "feed-pressure", "recovery", "recovery-basis",
        "permeate-flow", "max-pressure", "recirculation", "energy-recovery", "concentrate-recycle", "ph-adjustment",
        "stages"};
    private static final String[] PH_KEYS = {"reagent", "pH"};
    private static final String[] REAGENTS = {"HCl", "H2SO4", "NaOH"};
    private static final String[] PRESSURE_KEYS = {"feed-pressure", "recovery", "permeate-flow"};
    private static final String[] PASS_FEED_KEYS = {"from", "fraction"};
    private static final String[] PUMP_KEYS = {"efficiency", "motor-efficiency"};
    private static final String[] STAGE_KEYS = {"vessels", "elements", "permeate-pressure", "front-elements",
        "booster"};
    private static final String[] BOOSTER_KEYS = {"pressure-rise", "balance-flux", "efficiency", "motor-efficiency"};
    private static final String[] ERD_TYPES = {"none", "pressure-exchanger", "turbocharger", "turbine"};
    private static final String[] PX_KEYS = {"type", "efficiency", "leakage", "mixing", "discharge-pressure",
        "booster"};
    private static final String[] TURBINE_KEYS = {"type", "efficiency", "discharge-pressure"};

    /** Pump efficiency when none is given. */
    static final double DEFAULT_PUMP_EFFICIENCY = 0.80;
    /** Motor (and drive) efficiency when none is given. */
    static final double DEFAULT_MOTOR_EFFICIENCY = 0.95;
    /** Pressure-exchanger defaults: lubrication flow and volumetric mixing (the makers' typical values). */
    static final double DEFAULT_PX_LEAKAGE = 0.02;
    static final double DEFAULT_PX_MIXING = 0.05;

    /** "BW30-400 x 6": a model and how many of it. */
    private static final Pattern REPEATED = Pattern.compile("^(.+?)\\s+[x×]\\s*(\\d{1,3})$");

    private PassReader() {
    }

    /**
     * @param at       the pass
     * @param index    its index in the case
     * @param previous the passes before it
     * @param feed     the case's feed
     * @param catalog  the elements available
     * @param options  how elements are computed (and calibrated)
     * @return the pass
     */
    static PassDesign read(final Located at, final int index, final List<PassDesign> previous,
                           final CaseReader.Feed feed, final Catalog catalog, final ElementOptions options) {
        final Section p = at.section(KEYS);

        PermeateRoute route = PermeateRoute.ALL;
        double feedFraction = 1.0;
        double recycle = 0.0;
        if (index == 0) {
            for (String k : new String[] {"feed", "concentrate-recycle"}) {
                final Optional<Located> v = p.optional(k);
                if (v.isPresent()) {
                    throw v.get().error(Message.CONFLICTING, k, "the first pass (it takes the case's feed; only a"
                            + " later pass takes a previous pass's permeate and may recycle its concentrate)");
                }
            }
        } else {
            final Optional<Located> f = p.optional("feed");
            if (f.isPresent()) {
                final Section fs = f.get().section(PASS_FEED_KEYS);
                final Optional<Located> from = fs.optional("from");
                if (from.isPresent()) {
                    route = from.get().choice("which permeate of the previous pass", "permeate", "rear-permeate") == 0
                            ? PermeateRoute.ALL : PermeateRoute.REAR;
                    if (route == PermeateRoute.REAR && !previous.get(index - 1).stages().get(0).split()) {
                        throw from.get().error(Message.CONFLICTING, "rear-permeate", "a previous pass without a "
                                + "split permeate (give its first stage front-elements)");
                    }
                }
                feedFraction = fs.optional("fraction").map(v -> v.fraction(1e-6, 1.0)).orElse(1.0);
            }
            recycle = p.optional("concentrate-recycle").map(v -> v.fraction(0.0, 1.0)).orElse(0.0);
        }

        final Pump pump = p.optional("pump").map(PassReader::pump).orElse(defaultPump());
        final PressureSpec pressure = pressure(p, index, feed);
        final double maxGauge = p.optional("max-pressure").map(v -> v.gaugePressure(true)).orElse(0.0);
        final double recirculation = p.optional("recirculation").map(v -> v.fraction(0.0, 0.95)).orElse(0.0);
        final EnergyRecovery erd = p.optional("energy-recovery").map(PassReader::energyRecovery)
                .orElse(new EnergyRecovery.None());

        final List<Located> stageItems = p.required("stages", "a list of stages, each with vessels and elements")
                .list("stage");
        final List<StageDesign> stages = new ArrayList<>();
        final Map<String, InstalledElement> elements = new HashMap<>();
        for (int s = 0; s < stageItems.size(); s++) {
            stages.add(stage(stageItems.get(s), s, catalog, options, elements));
        }
        final Optional<PhAdjustment> ph = p.optional("ph-adjustment").map(PassReader::phAdjustment);
        try {
            return new PassDesign(stages, pump, erd, pressure, recirculation, feedFraction, route, recycle, maxGauge,
                    ph);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static PressureSpec pressure(final Section p, final int index, final CaseReader.Feed feed) {
        final List<String> given = p.atMostOne(PRESSURE_KEYS);
        if (index == 0 && feed.product().isPresent()) {
            if (!given.isEmpty()) {
                throw p.optional(given.get(0)).orElseThrow().error(Message.CONFLICTING, given.get(0),
                        "feed: product (the first pass's pressure is then solved for the product flow)");
            }
            rejectBasis(p, null);
            return feed.product().get();
        }
        if (given.isEmpty()) {
            throw p.missing("one of feed-pressure, recovery, permeate-flow", "what fixes the pass's feed pressure: "
                    + "feed-pressure: 12 bar, recovery: 75 % or permeate-flow: 45 m3/h"
                    + (index == 0 ? " (or the product flow and recovery in the feed: product: {flow, recovery})" : ""));
        }
        final String key = given.get(0);
        final Located v = p.required(key, "");
        return switch (key) {
            case "feed-pressure" -> {
                rejectBasis(p, key);
                yield new PressureSpec.FeedPressure(v.gaugePressure(true));
            }
            case "permeate-flow" -> {
                rejectBasis(p, key);
                yield new PressureSpec.PermeateFlow(v.positive(Dimension.VOLUME_FLOW));
            }
            default -> {
                final double target = v.fraction(1e-6, 0.999);
                final PressureSpec.Basis basis = p.optional("recovery-basis").map(b -> b.choice(PressureSpec.Basis.class))
                        .orElse(PressureSpec.Basis.VOLUME);
                yield new PressureSpec.Recovery(target, basis);
            }
        };
    }

    private static void rejectBasis(final Section p, final String key) {
        final Optional<Located> b = p.optional("recovery-basis");
        if (b.isPresent()) {
            throw b.get().error(Message.CONFLICTING, "recovery-basis",
                    key == null ? "feed: product (it is only for recovery:)" : key + " (it is only for recovery:)");
        }
    }

    private static Pump defaultPump() {
        return new Pump(DEFAULT_PUMP_EFFICIENCY, DEFAULT_MOTOR_EFFICIENCY);
    }

    private static Pump pump(final Located at) {
        return pump(at.section(PUMP_KEYS));
    }

    private static Pump pump(final Section s) {
        final double eta = s.optional("efficiency").map(v -> v.fraction(0.01, 1.0)).orElse(DEFAULT_PUMP_EFFICIENCY);
        final double motor = s.optional("motor-efficiency").map(v -> v.fraction(0.01, 1.0))
                .orElse(DEFAULT_MOTOR_EFFICIENCY);
        return new Pump(eta, motor);
    }

    /** {@code ph-adjustment: {reagent: NaOH, pH: 10}}: the pass's feed dosed to a pH. */
    private static PhAdjustment phAdjustment(final Located at) {
        final Section s = at.section(PH_KEYS);
        final Located reagentAt = s.required("reagent", "the chemical: " + String.join(", ", REAGENTS));
        final int r = reagentAt.choice("a dosing chemical", REAGENTS);
        final double pH = s.required("pH", "the pH to dose the feed to, e.g. 10").number(1.0, 13.0);
        return new PhAdjustment(Dosing.Reagent.values()[r], pH);
    }

    private static EnergyRecovery energyRecovery(final Located at) {
        final int type;
        if (at.node() instanceof Node.MapNode m) {
            final Node.Entry t = m.entries().get("type");
            if (t == null) {
                throw at.section(PX_KEYS).missing("type", "one of " + String.join(", ", ERD_TYPES));
            }
            type = at.child(t).choice("a kind of energy recovery", ERD_TYPES);
        } else if (at.text("none, or a mapping with a type").equalsIgnoreCase("none")) {
            type = 0;
        } else {
            throw at.error(Message.UNKNOWN_CHOICE, at.name(), at.text(""), "none, or a mapping with type: "
                    + "pressure-exchanger, turbocharger or turbine and their keys");
        }
        if (type == 0) {
            if (at.node() instanceof Node.MapNode) {
                at.section("type");
            }
            return new EnergyRecovery.None();
        }
        final Section s = at.section(type == 1 ? PX_KEYS : TURBINE_KEYS);
        final double eta = s.required("efficiency", type == 1 ? "the pressure-transfer efficiency, e.g. 96 %"
                : "the overall efficiency, e.g. " + (type == 2 ? "70 %" : "85 %")).fraction(0.01, 1.0);
        final double discharge = s.optional("discharge-pressure").map(v -> v.gaugePressure(false)).orElse(0.0);
        try {
            return switch (type) {
                case 1 -> new EnergyRecovery.PressureExchanger(eta,
                        s.optional("leakage").map(v -> v.fraction(0.0, 0.2)).orElse(DEFAULT_PX_LEAKAGE),
                        s.optional("mixing").map(v -> v.fraction(0.0, 0.5)).orElse(DEFAULT_PX_MIXING), discharge,
                        s.optional("booster").map(PassReader::pump).orElse(defaultPump()));
                case 2 -> new EnergyRecovery.Turbocharger(eta, discharge);
                default -> new EnergyRecovery.Turbine(eta, discharge);
            };
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static StageDesign stage(final Located at, final int index, final Catalog catalog,
                                     final ElementOptions options, final Map<String, InstalledElement> cache) {
        final Section s = at.section(STAGE_KEYS);
        final int vessels = s.required("vessels", "the number of pressure vessels in parallel, e.g. 4")
                .count(1, 100_000);
        final Located elementsAt = s.required("elements", "the elements of each vessel, e.g. BW30-400 x 6, or a"
                + " list of models, inlet first");
        final List<InstalledElement> elements = elements(elementsAt, catalog, options, cache);
        final double permeateGauge = s.optional("permeate-pressure").map(v -> v.gaugePressure(false)).orElse(0.0);
        final int front = s.optional("front-elements").map(v -> v.count(0, elements.size())).orElse(elements.size());
        Boost boost = new Boost.None();
        final Optional<Located> b = s.optional("booster");
        if (b.isPresent()) {
            if (index == 0) {
                throw b.get().error(Message.CONFLICTING, "booster", "the first stage of a pass (its feed comes from "
                        + "the pass's high-pressure pump)");
            }
            boost = booster(b.get());
        }
        try {
            return new StageDesign(vessels, elements, permeateGauge, boost, front);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static Boost booster(final Located at) {
        final Section s = at.section(BOOSTER_KEYS);
        final Pump pump = pump(s);
        final boolean balance = s.optional("balance-flux").map(Located::flag).orElse(false);
        final Optional<Located> rise = s.optional("pressure-rise");
        if (balance && rise.isPresent()) {
            throw rise.get().error(Message.CONFLICTING, "pressure-rise", "balance-flux: true");
        }
        if (balance) {
            return new Boost.BalanceFlux(pump);
        }
        if (rise.isEmpty()) {
            throw s.missing("pressure-rise", "the booster's pressure rise (e.g. 3 bar), or balance-flux: true to "
                    + "solve it for equal average flux in this stage and the one before");
        }
        return new Boost.Fixed(rise.get().gaugePressure(false), pump);
    }

    private static List<InstalledElement> elements(final Located at, final Catalog catalog,
                                                   final ElementOptions options,
                                                   final Map<String, InstalledElement> cache) {
        final List<InstalledElement> out = new ArrayList<>();
        final List<Located> items = at.node() instanceof Node.ListNode ? at.list("element model") : at.listOrOne();
        for (Located item : items) {
            final String t = item.text("an element model, e.g. BW30-400, or a model and a count, e.g. BW30-400 x 6");
            final Matcher m = REPEATED.matcher(t);
            final String model = m.matches() ? m.group(1).strip() : t;
            final int n = m.matches() ? Integer.parseInt(m.group(2)) : 1;
            if (n < 1) {
                throw item.error(Message.TOO_SMALL, "elements of " + model, 1, n);
            }
            final InstalledElement e;
            try {
                e = cache.computeIfAbsent(model, k -> Permeate.element(catalog, k, options));
            } catch (PermeateException ex) {
                throw item.relocate(ex);
            }
            for (int i = 0; i < n; i++) {
                out.add(e);
            }
            if (out.size() > Vessel.MAX_ELEMENTS) {
                throw at.error(Message.TOO_LARGE, "elements per vessel", Vessel.MAX_ELEMENTS, out.size() + " or more");
            }
        }
        return out;
    }
}
