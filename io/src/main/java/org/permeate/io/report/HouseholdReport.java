package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.permeate.design.compliance.Standard;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.errors.Numbers;
import org.permeate.io.project.HouseholdProject;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.measure.Unit;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.properties.species.Species;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.FlowRestrictor;
import org.permeate.unitops.household.HouseholdRatings;
import org.permeate.unitops.household.TimeStep;

/**
 * Turns a household RO unit, its day of use and its ratings into a {@link Report}: the unit and
 * its conditions; the NSF/ANSI 58-style ratings at the standard's test water (with a data-plate
 * line in both unit systems); the unit on this tap with the tank bypassed; the day's totals
 * (produced, to drain, drawn, shortfall, the balance of water and of each solute); the tap and
 * delivered water, solute by solute; and, on request, the timeline of the day with charts of the
 * tank pressure and content, the production and drain rates, and the permeate and tank TDS.
 *
 * <p>The train around the membrane ({@code HouseholdTrainSections}): the prefilters' pressure
 * drops, the chlorine reaching the membrane, the carbon's life, the UV and the microbial log
 * removal, the water at the tap after post-treatment, and the drinking-water compliance of the tap
 * and delivered water against the chosen {@link Standard}.
 */
public final class HouseholdReport {

    /** The command name written into the report. */
    public static final String COMMAND = "household";

    /** Household flows are small: a permeate rate reads best per day, a drain restrictor's in mL/min. */
    static final Unit LITRE_PER_DAY = Units.lookup("L/d", Dimension.VOLUME_FLOW).orElseThrow();
    /** The unit drain restrictors are sold by, in metric and US practice alike. */
    static final Unit MILLILITRE_PER_MINUTE = Units.lookup("mL/min", Dimension.VOLUME_FLOW).orElseThrow();

    private HouseholdReport() {
    }

    /** @return a small flow shown in L/d (metric) or gpd (US) */
    static Value perDay(final String key, final String label, final double flow) {
        return Value.of(key, label, flow, Dimension.VOLUME_FLOW, 4).shownIn(LITRE_PER_DAY, Units.GPD);
    }

    /** @return a drain flow shown in mL/min in both unit systems */
    static Value drainRate(final String key, final String label, final double flow) {
        return Value.of(key, label, flow, Dimension.VOLUME_FLOW, 4).shownIn(MILLILITRE_PER_MINUTE,
                MILLILITRE_PER_MINUTE);
    }

    /**
     * @param project  the unit as read
     * @param day      its day ({@link HouseholdProject#simulate()})
     * @param ratings  its ratings at the standard's test conditions
     *                 ({@link HouseholdProject.Unit#rateAtTestConditions})
     * @param timeline whether to add the day's timeline and its charts
     * @return the report
     */
    public static Report of(final HouseholdProject project, final DayResult day, final HouseholdRatings.Ratings ratings,
                            final boolean timeline) {
        return of(project, day, ratings, timeline, List.of());
    }

    /**
     * @param project  the unit as read
     * @param day      its day
     * @param ratings  its ratings at the standard's test conditions
     * @param timeline whether to add the day's timeline and its charts
     * @param extra    further tables (compliance, treatment stages), shown after the water quality
     * @return the report
     */
    public static Report of(final HouseholdProject project, final DayResult day, final HouseholdRatings.Ratings ratings,
                            final boolean timeline, final List<Table> extra) {
        return of(project, day, ratings, timeline, extra, Standard.BOTH);
    }

    /**
     * @param project  the unit as read
     * @param day      its day
     * @param ratings  its ratings at the standard's test conditions
     * @param timeline whether to add the day's timeline and its charts
     * @param extra    further tables, shown after the water quality
     * @param standard the drinking-water limits the compliance table checks (tap water given as an
     *                 analysis with its pH only)
     * @return the report
     */
    public static Report of(final HouseholdProject project, final DayResult day, final HouseholdRatings.Ratings ratings,
                            final boolean timeline, final List<Table> extra, final Standard standard) {
        final boolean tankless = project.unit() instanceof HouseholdProject.Tankless;
        final PropertyPackage properties = properties(project);
        final DensityModel density = properties.density();
        final ConcentrationConverter conv = new ConcentrationConverter(density);
        final Solution feed = project.unit().feed();
        final double tapTds = conv.totalDissolvedSolids(feed);

        final Report.Builder b = Report.builder(COMMAND, "Household RO: " + project.title());
        inputs(b, project, properties, tapTds);
        ratings(b, project.element(), ratings, tankless);
        asInstalled(b, project, conv, density, tapTds);
        day(b, project, day, tapTds);
        b.table(quality(day, feed, density));
        final boolean train = HouseholdTrainSections.add(b, project, day, properties, standard);
        extra.forEach(b::table);
        if (timeline) {
            b.table(timeline(day, project.reportInterval()));
            b.chart(new Chart("tankPressureChart", "Tank pressure (the membrane's back-pressure)", "timeline",
                    "time", null, List.of("tankPressure"), null, null, null, true, "time"));
            b.chart(new Chart("tankVolumeChart", "Water in the tank", "timeline", "time", null,
                    List.of("tankWaterVolume"), null, null, null, true, "time"));
            b.chart(new Chart("productionChart", "Production and drain rates (means over each interval)", "timeline",
                    "time", "flow", List.of("permeateFlow", "drainFlow"), null, null, null, true, "time"));
            b.chart(new Chart("tdsChart", "Permeate and tank TDS", "timeline", "time", "TDS",
                    List.of("permeateTds", "tankTds"), null, null, null, true, "time"));
        }
        notes(b, tankless, train);
        b.warnings(day.warnings());
        b.warnings(ratings.day().warnings());
        return b.build();
    }

    private static PropertyPackage properties(final HouseholdProject project) {
        return switch (project.unit()) {
            case HouseholdProject.WithTank t -> t.system().options().properties();
            case HouseholdProject.Tankless t -> t.system().options().properties();
        };
    }

    private static ElementResult bypassed(final HouseholdProject project) {
        return switch (project.unit()) {
            case HouseholdProject.WithTank t -> t.system().bypassed();
            case HouseholdProject.Tankless t -> t.system().running();
        };
    }

    private static FlowRestrictor restrictor(final HouseholdProject project) {
        return switch (project.unit()) {
            case HouseholdProject.WithTank t -> t.system().restrictor();
            case HouseholdProject.Tankless t -> t.system().restrictor();
        };
    }

    // ------------------------------------------------------------------ parts

    private static void inputs(final Report.Builder b, final HouseholdProject project,
                               final PropertyPackage properties, final double tapTds) {
        final Solution feed = project.unit().feed();
        b.input(Value.text("unit", "unit", project.title()));
        if (!project.preset().isEmpty()) {
            b.input(Value.text("preset", "preset", project.preset()));
        }
        final ElementSpec e = project.element();
        b.input(Value.text("element", "element", e.fullName()));
        b.input(perDay("elementRating", "element's rated production (at its sheet's test)", e.permeateFlow()));
        b.input(Value.text("elementSource", "element data", e.source()));
        switch (project.unit()) {
            case HouseholdProject.WithTank t -> {
                b.input(Value.of("tankVolume", "tank total volume", t.system().tank().totalVolume(), Dimension.VOLUME, 4));
                b.input(Value.of("tankPrecharge", "tank pre-charge (gauge)", t.system().tank().prechargeGaugePressure(),
                        Dimension.PRESSURE, 4));
                b.input(Value.of("shutOffClose", "shut-off closes at (tank/line gauge pressure)",
                        t.system().shutOff().closeFraction(), Dimension.FRACTION, 4));
                b.input(Value.of("shutOffReopen", "shut-off reopens below", t.system().shutOff().reopenFraction(),
                        Dimension.FRACTION, 4));
            }
            case HouseholdProject.Tankless t -> b.input(Value.text("tank", "tank",
                    "none (tankless: permeate to the spout while the tap runs)"));
        }
        switch (restrictor(project)) {
            case FlowRestrictor.Fixed f -> b.input(drainRate("drainRestrictorFlow", "drain restrictor (fixed flow)",
                    f.flow()));
            case FlowRestrictor.Orifice o -> b.input(Value.text("drainRestrictor", "drain restrictor",
                    String.format(Locale.ROOT, "orifice, K = %.4g m³/(s·Pa^½)", o.coefficient())));
        }
        b.input(Value.of("linePressure", "line pressure (gauge)", GaugePressure.gauge(feed.pressure()),
                Dimension.PRESSURE, 4));
        b.input(Value.of("temperature", "temperature", feed.temperature(), Dimension.TEMPERATURE, 4));
        b.input(Value.text("tapWater", "tap water", project.tapWater()));
        b.input(Value.of("tapWaterTds", "tap water TDS", tapTds, Dimension.MASS_CONCENTRATION, 4));
        b.input(Value.of("tapWaterOsmoticPressure", "tap water osmotic pressure",
                properties.osmotic().osmoticPressure(feed), Dimension.PRESSURE, 3));
        b.input(Value.text("pattern", "day of use", switch (project.pattern()) {
            case "typical" -> "typical: Permeate's day of 11 L in 8 draws, 07:00 to 21:00";
            case "none" -> "none: no draws (standstill)";
            default -> project.draws().size() + " draws from the file";
        }));
        b.input(Value.of("duration", "simulated duration", project.duration(), Dimension.TIME, 4));
        b.input(Value.count("timeStepSeconds", "time step, s", (int) Math.round(project.timeStep())));
    }

    private static void ratings(final Report.Builder b, final ElementSpec element, final HouseholdRatings.Ratings r,
                                final boolean tankless) {
        final double perDay = r.productionRate() * Units.DAY;
        final String plate = String.format(Locale.ROOT,
                "%s gpd (%s L/d); recovery %s %%; efficiency %s %%%s; TDS reduction %s %%",
                Numbers.significant(perDay / Units.US_GALLON, 3), Numbers.significant(perDay * 1e3, 3),
                Numbers.significant(100 * r.recovery(), 3), Numbers.significant(100 * r.efficiency(), 3),
                tankless ? " (no tank)" : "", Numbers.significant(100 * r.tdsReduction(), 3));
        final List<Value> v = new ArrayList<>();
        v.add(Value.text("dataPlate", "data plate (both unit systems)", plate));
        v.add(Value.of("productionPerDay", "daily production rate (per day, tank bypassed)", perDay,
                Dimension.VOLUME, 4));
        v.add(Value.of("productionOverElementRating", "production / element's rated production",
                r.productionRate() / element.permeateFlow(), Dimension.FRACTION, 3));
        v.add(Value.of("recoveryRating", "recovery rating (tank bypassed)", r.recovery(), Dimension.FRACTION, 4));
        v.add(Value.of("efficiencyRating", tankless ? "efficiency rating (no tank: equals the recovery)"
                : "efficiency rating (tank and shut-off, typical day)", r.efficiency(), Dimension.FRACTION, 4));
        v.add(Value.of("tdsReduction", "TDS reduction (tank bypassed)", r.tdsReduction(), Dimension.FRACTION, 4));
        if (r.day().drawnVolume() > 0) {
            v.add(Value.of("deliveredTdsReduction", "TDS reduction of the water delivered over the day",
                    r.deliveredTdsReduction(), Dimension.FRACTION, 4));
        }
        b.section("ratings", "Ratings in the manner of NSF/ANSI 58 (50 psig, 25 °C, 750 mg/L NaCl)", v);
    }

    private static void asInstalled(final Report.Builder b, final HouseholdProject project,
                                    final ConcentrationConverter conv, final DensityModel d, final double tapTds) {
        final ElementResult r = bypassed(project);
        final double qp = volume(r.permeate(), d);
        final double qc = volume(r.concentrate(), d);
        final double tds = conv.totalDissolvedSolids(r.permeate().solution());
        final List<Value> v = new ArrayList<>(List.of(
                Value.of("productionPerDay", "production (per day)", qp * Units.DAY, Dimension.VOLUME, 4),
                perDay("permeateFlow", "permeate flow", qp),
                drainRate("drainFlow", "drain flow", qc),
                Value.of("recovery", "recovery", qp / (qp + qc), Dimension.FRACTION, 4),
                Value.of("permeateTds", "permeate TDS", tds, Dimension.MASS_CONCENTRATION, 4)));
        if (tapTds > 0) {
            // a reduction of nothing is undefined: tap water without solutes has no row (not NaN)
            v.add(Value.of("tdsReduction", "TDS reduction", 1 - tds / tapTds, Dimension.FRACTION, 4));
        }
        b.section("onThisTap", "On this tap, tank bypassed (permeate at the atmosphere)", v);
    }

    private static double volume(final Stream s, final DensityModel d) {
        return s.waterMassFlow() > 0 ? s.volumetricFlow(d.massDensity(s.solution())) : 0.0;
    }

    private static void day(final Report.Builder b, final HouseholdProject project, final DayResult day,
                            final double tapTds) {
        double asked = 0;
        for (var d : project.draws()) {
            asked += d.volume();
        }
        double running = 0;
        double previous = 0;
        int closures = 0;
        boolean wasOpen = false;
        for (TimeStep s : day.steps()) {
            final double dt = s.time() - previous;
            if (s.drainFlow() > 0) {
                running += dt;
            }
            if (wasOpen && !s.feedOpen()) {
                closures++;
            }
            wasOpen = s.feedOpen();
            previous = s.time();
        }
        final double delivered = day.deliveredTotalDissolvedSolids(
                new ConcentrationConverter(properties(project).density()), project.unit().feed().temperature());
        final List<Value> v = new ArrayList<>();
        v.add(Value.of("feedVolume", "tap water used", day.feedVolume(), Dimension.VOLUME, 4));
        v.add(Value.of("permeateVolume", "permeate produced", day.permeateVolume(), Dimension.VOLUME, 4));
        v.add(Value.of("drainVolume", "sent to drain", day.drainVolume(), Dimension.VOLUME, 4));
        v.add(Value.of("askedVolume", "asked for at the faucet", asked, Dimension.VOLUME, 4));
        v.add(Value.of("drawnVolume", "drawn (delivered)", day.drawnVolume(), Dimension.VOLUME, 4));
        v.add(Value.of("shortfallVolume", "shortfall (asked, not in the tank)", day.shortfallVolume(),
                Dimension.VOLUME, 4));
        if (!(project.unit() instanceof HouseholdProject.Tankless)) {
            v.add(Value.of("tankStartVolume", "tank at the start", project.initialVolume(), Dimension.VOLUME, 4));
            v.add(Value.of("tankEndVolume", "tank at the end", day.finalTankVolume(), Dimension.VOLUME, 4));
            v.add(Value.count("shutOffClosures", "shut-off closures", closures));
        }
        v.add(Value.of("runningTime", "membrane running time (counted in whole steps)", running,
                Dimension.TIME, 4));
        v.add(Value.of("efficiency", "efficiency of the day (drawn / used)", day.efficiency(), Dimension.FRACTION, 4));
        if (day.drawnVolume() > 0) {
            v.add(Value.of("deliveredTds", "TDS of the water delivered (day mean)", delivered,
                    Dimension.MASS_CONCENTRATION, 4));
            if (tapTds > 0) {
                v.add(Value.of("deliveredTdsReduction", "TDS reduction delivered", 1 - delivered / tapTds,
                        Dimension.FRACTION, 4));
            }
        }
        double worst = 0;
        for (int i = 0; i < day.species().size(); i++) {
            final double fed = day.feedSolute()[i];
            if (fed > 0) {
                worst = Math.max(worst, Math.abs(day.soluteImbalance(i)) / fed);
            }
        }
        v.add(Value.of("waterBalanceError", "water balance error (relative)",
                day.feedWater() > 0 ? Math.abs(day.waterImbalance()) / day.feedWater() : 0.0,
                Dimension.DIMENSIONLESS, 2));
        v.add(Value.of("soluteBalanceError", "largest solute balance error (relative)", worst,
                Dimension.DIMENSIONLESS, 2));
        b.section("day", "The day: totals", v);
    }

    /**
     * One row per solute: its concentration in the tap water and in the water delivered over the
     * day (day mean), and the fraction removed. A compliance check adds its limits beside these.
     */
    private static Table quality(final DayResult day, final Solution feed, final DensityModel density) {
        final Composition c = feed.composition();
        final double rho = density.massDensity(feed);
        final double[] drawn = day.drawnSolute();
        final List<List<Value>> rows = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            final Species s = c.species(i);
            final double tap = c.molality(i) * s.molarMass() * rho / (1 + c.soluteMassPerWaterMass());
            if (!(tap > 0)) {
                continue;
            }
            final double out = day.drawnVolume() > 0 ? drawn[i] * s.molarMass() / day.drawnVolume() : 0.0;
            rows.add(List.of(Value.text("solute", "solute", s.id()),
                    Value.of("tapConcentration", "tap water", tap, Dimension.MASS_CONCENTRATION, 4),
                    Value.of("deliveredConcentration", "delivered (day mean)", out, Dimension.MASS_CONCENTRATION, 4),
                    Value.of("removal", "removed", day.drawnVolume() > 0 ? 1 - out / tap : 0.0, Dimension.FRACTION, 4)));
        }
        return new Table("quality", "Water quality: tap and delivered, per solute", rows);
    }

    /** The day at every report interval: the state at its end, flows as means over it. */
    private static Table timeline(final DayResult day, final double interval) {
        final List<List<Value>> rows = new ArrayList<>();
        double start = 0;
        double permeate = 0;
        double drain = 0;
        double salt = 0;
        double drawn = 0;
        boolean open = false;
        double lastTds = 0;
        double previous = 0;
        final List<TimeStep> steps = day.steps();
        for (int k = 0; k < steps.size(); k++) {
            final TimeStep s = steps.get(k);
            final double dt = s.time() - previous;
            previous = s.time();
            permeate += s.permeateFlow() * dt;
            drain += s.drainFlow() * dt;
            salt += s.permeateFlow() * dt * s.permeateTds();
            drawn += s.drawnVolume();
            open |= s.feedOpen() || s.permeateFlow() > 0;
            final boolean last = k == steps.size() - 1;
            if (last || s.time() - start >= interval * (1 - 1e-9)) {
                final double span = s.time() - start;
                if (permeate > 0) {
                    lastTds = salt / permeate;
                }
                rows.add(List.of(
                        Value.of("time", "time", s.time(), Dimension.TIME, 4),
                        Value.text("feed", "feed", open ? "open" : "shut"),
                        Value.of("tankWaterVolume", "water in the tank", s.tankWaterVolume(), Dimension.VOLUME, 4),
                        Value.of("tankPressure", "tank pressure (gauge)", GaugePressure.gauge(s.tankPressure()),
                                Dimension.PRESSURE, 4),
                        perDay("permeateFlow", "permeate flow", permeate / span),
                        perDay("drainFlow", "drain flow", drain / span),
                        Value.of("permeateTds", "permeate TDS (last made)", lastTds, Dimension.MASS_CONCENTRATION, 4),
                        Value.of("tankTds", "tank TDS", s.tankTds(), Dimension.MASS_CONCENTRATION, 4),
                        Value.of("drawnVolume", "drawn", drawn, Dimension.VOLUME, 4)));
                start = s.time();
                permeate = 0;
                drain = 0;
                salt = 0;
                drawn = 0;
                open = false;
            }
        }
        return new Table("timeline", "The day, interval by interval (state at the end, flows as means)", rows);
    }

    private static void notes(final Report.Builder b, final boolean tankless, final boolean train) {
        b.note("Ratings follow the definitions of NSF/ANSI 58 as NSF staff describe them (R. Andrew, WC&P 2002, 2008,"
                + " 2017); the standard itself was not read. Daily production and recovery are with the tank bypassed;"
                + " the efficiency is over Permeate's typical day (11 L in 8 draws), not the standard's own use"
                + " pattern, which was not found. Test water: 750 mg/L NaCl at 50 psig and 25 °C.");
        if (tankless) {
            b.note("No tank: the unit makes water only while the tap runs, at the bypassed rate; each draw takes its"
                    + " volume over that rate, and the efficiency equals the recovery.");
        } else {
            b.note("The tank's air cushion follows Boyle's law; its pressure is the membrane's permeate back-pressure."
                    + " The shut-off closes at its fraction of the line pressure (gauge) and reopens below the smaller"
                    + " one.");
        }
        b.note("TDS creep: while no permeate flows, salt diffuses through the membrane into the element's permeate"
                + " hold-up (solution-diffusion, B·A·Δc, no water flux; about 47 mL for an 1812 element, an assumed"
                + " construction), and the first permeate after a standstill carries it " + (tankless
                ? "to the tap: the first glass is saltier." : "into the tank: the timeline's permeate TDS spikes when"
                + " the shut-off reopens.") + " The hold-up's salt is counted in the balances.");
        b.note("Pressures are gauge. Concentrations are mass per volume of solution." + (train ? ""
                : " This unit has no pre- or post-treatment stages: the membrane sees the tap water at line pressure."));
    }
}
