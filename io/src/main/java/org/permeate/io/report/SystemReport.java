package org.permeate.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.permeate.api.Projection;
import org.permeate.element.ElementResult;
import org.permeate.element.LocalState;
import org.permeate.element.MembraneCondition;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.flowsheet.Energy;
import org.permeate.flowsheet.EnergyRecoveryResult;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PassResult;
import org.permeate.flowsheet.PermeateRoute;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.flowsheet.StageResult;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.flowsheet.SystemResult;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.chemistry.Mineral;
import org.permeate.chemistry.Minerals;
import org.permeate.design.WaterQuality;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Stream;
import org.permeate.properties.species.Species;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.PumpDuty;

/**
 * Turns the projection of an RO system — or of one design at several membrane ages — into a
 * {@link Report}, with the contents of the makers' design tools: a summary (flows, recoveries,
 * pressures, fluxes, dissolved solids, rejection, energy), the passes, pumps and energy-recovery
 * devices, a table per stage, per element and per ion, and charts along the train.
 *
 * <p>With several projections the summary has one column per age and every other table a
 * leading {@code membraneAge} column; JSON writes the summary as an array of one object per
 * projection either way. Pressures are gauge; element flows are per vessel; concentrations are
 * dissolved mass per volume of solution, from the composition and the density of the property
 * package the system was computed with ({@code design.options().properties()}).
 */
public final class SystemReport {

    /** The command name written into the report. */
    public static final String COMMAND = "run";

    private SystemReport() {
    }

    /**
     * @param caseName   a name for the case (the project file's, say)
     * @param projection the projection
     * @return the report
     */
    public static Report of(final String caseName, final Projection projection) {
        return of(caseName, List.of(projection));
    }

    /**
     * @param caseName    a name for the case (the project file's, say)
     * @param projections projections of one design, e.g. at membrane ages 0 and 5 years
     *                    ({@link org.permeate.api.Permeate#overLife}), in the order to show them
     * @return the report
     * @throws IllegalArgumentException when there is no projection, or they are not of the same
     *                                  layout of passes, stages and elements
     */
    public static Report of(final String caseName, final List<Projection> projections) {
        return of(caseName, projections, 0.0);
    }

    /**
     * @param caseName        a name for the case
     * @param projections     projections of one design
     * @param antiscalantDose antiscalant dosed into the feed, kg/m³ (0 for none): shown with its
     *                        daily consumption
     * @return the report
     */
    public static Report of(final String caseName, final List<Projection> projections, final double antiscalantDose) {
        if (projections.isEmpty()) {
            throw new IllegalArgumentException("a system report needs at least one projection");
        }
        final List<View> views = views(projections);
        final boolean several = views.size() > 1;
        final View first = views.get(0);
        final SystemDesign design = first.result.design();
        final String title = "RO system projection: " + caseName
                + (caseName.equals(design.name()) ? "" : " (" + design.name() + ")")
                + (several ? ", " + String.join(" and ", views.stream().map(v -> v.age).toList()) : "");

        final Report.Builder b = Report.builder(COMMAND, title);
        inputs(caseName, views).forEach(b::input);
        if (antiscalantDose > 0) {
            b.input(Value.of("antiscalantDose", "antiscalant dose", antiscalantDose, Dimension.MASS_CONCENTRATION, 4));
            b.input(Value.of("antiscalantUse", "antiscalant use", antiscalantDose * first.result.feedFlow(),
                    Dimension.MASS_FLOW, 4));
        }
        b.table(new Table("summary", several ? "Summary (one column per membrane age)" : "Summary",
                views.stream().map(SystemReport::summary).toList(), true));
        b.table(rows("passes", "Passes", views, SystemReport::passes));
        b.table(rows("pumps", "Pumps", views, SystemReport::pumps));
        final boolean recovery = design.passes().stream().anyMatch(p -> !(p.energyRecovery() instanceof EnergyRecovery.None));
        if (recovery) {
            b.table(rows("energyRecovery", "Energy-recovery devices", views, SystemReport::energyRecovery));
        }
        b.table(rows("stages", "Stages (whole stage: all its vessels)", views, SystemReport::stages));
        b.table(rows("elements", "Elements (flows per vessel)", views, SystemReport::elements));
        b.table(rows("ions", "Ions (mg/L of solution; concentrate = what each pass discharges)", views,
                SystemReport::ions));
        b.table(rows("chemistry", "Water chemistry (pH; saturation index of each scaling mineral: > 0 may scale)",
                views, SystemReport::chemistry));
        charts(b, design.passes().size() > 1, several);

        b.note("Pressures are gauge. Element flows are those of one vessel; stage flows those of all its vessels.");
        b.note("Concentrations are dissolved mass per volume of solution at the stream's temperature and pressure,"
                + " from the composition and the density of the property package " + first.properties.name() + ".");
        b.note("Salt rejection is 1 − product TDS / raw feed TDS. Recovery is product over raw feed, by volume"
                + " (or by mass of water where stated).");
        b.note("The least work of separation is that of a reversible isothermal separation of the raw feed into the"
                + " product and the concentrates; the second-law efficiency is it over the electrical power.");
        b.warnings(warnings(views));
        return b.build();
    }

    // ------------------------------------------------------------------ projections

    /** One projection with its label and the property package that gives volumes and concentrations. */
    private static final class View {
        final SystemResult result;
        final WaterQuality.Review chemistry;
        final List<ModelWarning> warnings;
        final PropertyPackage properties;
        final String age;

        View(final Projection p, final String age) {
            this.result = p.result();
            this.chemistry = p.chemistry();
            this.warnings = p.warnings();
            this.properties = p.result().design().options().properties();
            this.age = age;
        }

        double density(final Stream s) {
            return properties.density().massDensity(s.solution());
        }

        /** @return volume flow, m³/s */
        double volume(final Stream s) {
            return s.waterMassFlow() > 0 ? s.volumetricFlow(density(s)) : 0.0;
        }

        /** @return dissolved solids per volume of solution, kg/m³ (dissolved CO2, a gas, not counted) */
        double tds(final Stream s) {
            return new ConcentrationConverter(properties.density()).totalDissolvedSolids(s.solution());
        }

        /** @return mass of {@code species} per volume of solution, kg/m³ (0 when absent) */
        double concentration(final Stream s, final Species species) {
            final Composition c = s.composition();
            return c.molality(species) * species.molarMass() * density(s) / (1 + c.soluteMassPerWaterMass());
        }

        /** @return dissolved mass per volume of all the concentrates leaving the system together, kg/m³ */
        double concentrateTds() {
            double solute = 0;
            double volume = 0;
            for (Stream d : result.drains()) {
                solute += tds(d) * volume(d);
                volume += volume(d);
            }
            return volume > 0 ? solute / volume : tds(result.passes().get(0).discharge());
        }

        double concentrateFlow() {
            return result.drains().stream().mapToDouble(this::volume).sum();
        }
    }

    private static List<View> views(final List<Projection> projections) {
        final SystemDesign reference = projections.get(0).result().design();
        final Map<String, Integer> seen = new LinkedHashMap<>();
        final List<View> views = new ArrayList<>();
        for (int i = 0; i < projections.size(); i++) {
            final SystemDesign d = projections.get(i).result().design();
            if (!sameLayout(reference, d)) {
                throw new IllegalArgumentException("projection " + (i + 1) + " (" + d.name() + ") does not have the"
                        + " passes, stages and elements of projection 1 (" + reference.name() + ")");
            }
            String age = "year " + Numbers.significant(d.condition().ageYears(), 3);
            final int n = seen.merge(age, 1, Integer::sum);
            if (n > 1) {
                age = age + " (" + n + ")";
            }
            views.add(new View(projections.get(i), age));
        }
        return views;
    }

    private static boolean sameLayout(final SystemDesign a, final SystemDesign b) {
        if (a.passes().size() != b.passes().size()) {
            return false;
        }
        for (int k = 0; k < a.passes().size(); k++) {
            final List<StageDesign> sa = a.passes().get(k).stages();
            final List<StageDesign> sb = b.passes().get(k).stages();
            if (sa.size() != sb.size()) {
                return false;
            }
            for (int s = 0; s < sa.size(); s++) {
                if (sa.get(s).vessels() != sb.get(s).vessels()
                        || sa.get(s).elements().size() != sb.get(s).elements().size()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A table of rows of every projection, each row led by the projection's age when there are several. */
    private static Table rows(final String key, final String title, final List<View> views,
                              final Function<View, List<List<Value>>> rowsOf) {
        final List<List<Value>> rows = new ArrayList<>();
        for (View v : views) {
            for (List<Value> row : rowsOf.apply(v)) {
                if (views.size() > 1) {
                    final List<Value> led = new ArrayList<>();
                    led.add(Value.text("membraneAge", "membrane age", v.age));
                    led.addAll(row);
                    rows.add(led);
                } else {
                    rows.add(row);
                }
            }
        }
        return new Table(key, title, rows);
    }

    private static double gauge(final double absolute) {
        return GaugePressure.gauge(absolute);
    }

    /** @return the gauge pressure of a device's port, 0 for a port the device does not have (absolute 0) */
    private static double portGauge(final double absolute) {
        return absolute > 0 ? GaugePressure.gauge(absolute) : 0.0;
    }

    private static String percent(final double fraction) {
        return Numbers.significant(100 * fraction, 3) + " %";
    }

    // ------------------------------------------------------------------ inputs

    private static List<Value> inputs(final String caseName, final List<View> views) {
        final SystemDesign d = views.get(0).result.design();
        final boolean multiPass = d.passes().size() > 1;
        final List<Value> in = new ArrayList<>();
        in.add(Value.text("case", "case", caseName));
        in.add(Value.text("system", "system", d.name()));
        in.add(Value.text("feedSource", "feed source", d.feed().source().id()));
        in.add(Value.of("temperature", "feed temperature", d.feed().solution().temperature(), Dimension.TEMPERATURE, 4));
        in.add(Value.of("feedFlowSpecified", "feed flow (specified)", d.feed().volumetricFlow(), Dimension.VOLUME_FLOW, 5));
        if (d.feedBypass() > 0) {
            in.add(Value.of("feedBypass", "feed bypassed to product", d.feedBypass(), Dimension.FRACTION, 4));
        }
        for (int k = 0; k < d.passes().size(); k++) {
            final PassDesign p = d.passes().get(k);
            final String pass = multiPass ? "pass " + (k + 1) + " " : "";
            in.add(Value.text("configurationPass" + (k + 1), pass + "configuration", configuration(p)));
            in.add(target(p.pressure(), k + 1, pass));
            in.add(Value.text("energyRecoveryPass" + (k + 1), pass + "energy recovery", device(p.energyRecovery())));
            if (p.recirculation() > 0) {
                in.add(Value.of("recirculationPass" + (k + 1), pass + "concentrate recirculation", p.recirculation(),
                        Dimension.FRACTION, 4));
            }
            if (k > 0) {
                in.add(Value.text("feedPass" + (k + 1), pass + "feed", (p.feedFraction() < 1 ? percent(p.feedFraction())
                        + " of " : "") + (p.route() == PermeateRoute.REAR ? "the rear" : "the")
                        + " permeate of pass " + k + (p.concentrateRecycle() > 0 ? "; "
                        + percent(p.concentrateRecycle()) + " of its concentrate returned to the first pass" : "")));
            }
        }
        in.add(Value.text("propertyPackage", "property package", views.get(0).properties.name()));
        final MembraneCondition c = d.condition();
        in.add(Value.text("membraneCondition", "membrane condition", "fouling factor " + Numbers.significant(
                c.foulingFactor(), 3) + ", flux decline " + percent(c.fluxDecline()) + "/year, salt-passage increase "
                + percent(c.saltPassageIncrease()) + "/year"));
        in.add(Value.text("membraneAges", "membrane ages", String.join(", ", views.stream().map(v -> v.age).toList())));
        return in;
    }

    private static String configuration(final PassDesign p) {
        final List<String> stages = new ArrayList<>();
        for (StageDesign s : p.stages()) {
            final String m = models(s);
            stages.add(s.vessels() + " × " + s.elements().size() + " " + (m.contains(" + ") ? "(" + m + ")" : m));
        }
        return String.join(" + ", stages) + " (vessels × elements per vessel)";
    }

    /** @return the element models of a stage's vessels, "A" or "2 A + 5 B" inlet first */
    private static String models(final StageDesign s) {
        final List<String> runs = new ArrayList<>();
        String model = null;
        int n = 0;
        for (InstalledElement e : s.elements()) {
            if (e.model().equals(model)) {
                n++;
            } else {
                if (model != null) {
                    runs.add(n + " " + model);
                }
                model = e.model();
                n = 1;
            }
        }
        runs.add(runs.isEmpty() ? model : n + " " + model);
        return String.join(" + ", runs);
    }

    private static Value target(final PressureSpec spec, final int pass, final String prefix) {
        final String key = "targetPass" + pass;
        return switch (spec) {
            case PressureSpec.FeedPressure f -> Value.of(key, prefix + "feed pressure (specified, gauge)", f.gauge(),
                    Dimension.PRESSURE, 5);
            case PressureSpec.Recovery r -> Value.of(key, prefix + "recovery target ("
                    + (r.basis() == PressureSpec.Basis.VOLUME ? "volume" : "water mass") + ")", r.target(),
                    Dimension.FRACTION, 5);
            case PressureSpec.PermeateFlow q -> Value.of(key, prefix + "permeate flow target", q.target(),
                    Dimension.VOLUME_FLOW, 5);
            case PressureSpec.ProductFlow q -> Value.of(key, prefix + "product flow target", q.target(),
                    Dimension.VOLUME_FLOW, 5);
        };
    }

    private static String device(final EnergyRecovery e) {
        return switch (e) {
            case EnergyRecovery.None none -> "none";
            case EnergyRecovery.PressureExchanger px -> "pressure exchanger (efficiency " + percent(px.efficiency())
                    + ", leakage " + percent(px.leakage()) + ", mixing " + percent(px.mixing()) + ")";
            case EnergyRecovery.Turbocharger t -> "turbocharger (efficiency " + percent(t.efficiency()) + ")";
            case EnergyRecovery.Turbine t -> "turbine on the pump shaft (efficiency " + percent(t.efficiency()) + ")";
        };
    }

    // ------------------------------------------------------------------ summary

    private static List<Value> summary(final View v) {
        final SystemResult r = v.result;
        final boolean multiPass = r.passes().size() > 1;
        final double feedTds = v.tds(r.feed());
        final double productTds = v.tds(r.product());
        final List<Value> s = new ArrayList<>();
        s.add(Value.text("membraneAge", "membrane age", v.age));
        s.add(Value.of("feedFlow", "feed flow", r.feedFlow(), Dimension.VOLUME_FLOW, 5));
        s.add(Value.of("productFlow", "product flow", r.productFlow(), Dimension.VOLUME_FLOW, 5));
        s.add(Value.of("concentrateFlow", "concentrate flow", v.concentrateFlow(), Dimension.VOLUME_FLOW, 5));
        s.add(Value.of("recovery", "recovery (volume)", r.recovery(), Dimension.FRACTION, 4));
        s.add(Value.of("waterRecovery", "recovery (water mass)", r.waterRecovery(), Dimension.FRACTION, 4));
        s.add(Value.of("supplyPressureGauge", "feed (supply) pressure", gauge(r.feed().pressure()),
                Dimension.PRESSURE, 4));
        for (PassResult p : r.passes()) {
            final int n = p.index() + 1;
            final String pass = multiPass ? "pass " + n + " " : "";
            s.add(Value.of("membraneFeedPressureGaugePass" + n, pass + "membrane feed pressure",
                    gauge(p.feedPressure()), Dimension.PRESSURE, 4));
            s.add(Value.of("concentratePressureGaugePass" + n, pass + "concentrate pressure",
                    gauge(p.concentrate().pressure()), Dimension.PRESSURE, 4));
            s.add(Value.of("averageFluxPass" + n, pass + "average flux", p.averageFlux(), Dimension.FLUX, 4));
        }
        s.add(Value.of("feedTds", "feed TDS", feedTds, Dimension.MASS_CONCENTRATION, 5));
        s.add(Value.of("productTds", "product TDS", productTds, Dimension.MASS_CONCENTRATION, 4));
        s.add(Value.of("concentrateTds", "concentrate TDS", v.concentrateTds(), Dimension.MASS_CONCENTRATION, 5));
        s.add(Value.of("saltRejection", "salt rejection", feedTds > 0 ? 1 - productTds / feedTds : 1.0,
                Dimension.FRACTION, 5));
        final Energy e = r.energy();
        s.add(Value.of("electricalPower", "electrical power (all pumps)", e.electricalPower(), Dimension.POWER, 4));
        s.add(Value.of("specificEnergy", "specific energy consumption", e.specificEnergy(), Dimension.SPECIFIC_ENERGY, 4));
        s.add(Value.of("leastSpecificWork", "least work of separation", e.leastSpecificWork(),
                Dimension.SPECIFIC_ENERGY, 4));
        s.add(Value.of("leastWork", "least work of separation (power)", e.leastWork(), Dimension.POWER, 4));
        s.add(e.electricalPower() > 0
                ? Value.of("secondLawEfficiency", "second-law efficiency", e.secondLawEfficiency(), Dimension.FRACTION, 4)
                : Value.text("secondLawEfficiency", "second-law efficiency", "n/a (no pump: the supply pressure drives it)"));
        s.add(Value.count("warnings", "warnings", v.warnings.size()));
        return s;
    }

    // ------------------------------------------------------------------ passes, pumps, devices

    private static List<List<Value>> passes(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        for (PassResult p : v.result.passes()) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.count("pass", "pass", p.index() + 1));
            row.add(Value.of("feedFlow", "feed", p.feedFlow(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("membraneFeedFlow", "membrane feed", v.volume(p.membraneFeed()), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("permeateFlow", "permeate", p.permeateFlow(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("concentrateFlow", "concentrate", v.volume(p.concentrate()), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("dischargeFlow", "discharge", p.dischargeFlow(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("recovery", "recovery", p.recovery(), Dimension.FRACTION, 4));
            row.add(Value.of("membraneFeedPressureGauge", "feed pressure", gauge(p.feedPressure()), Dimension.PRESSURE, 4));
            row.add(Value.of("concentratePressureGauge", "concentrate pressure", gauge(p.concentrate().pressure()),
                    Dimension.PRESSURE, 4));
            row.add(Value.of("averageFlux", "average flux", p.averageFlux(), Dimension.FLUX, 4));
            row.add(Value.of("area", "membrane area", p.design().area(), Dimension.AREA, 4));
            row.add(Value.of("feedTds", "feed TDS", v.tds(p.feed()), Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("membraneFeedTds", "membrane feed TDS", v.tds(p.membraneFeed()),
                    Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("permeateTds", "permeate TDS", v.tds(p.permeate()), Dimension.MASS_CONCENTRATION, 4));
            row.add(Value.of("dischargeTds", "discharge TDS", v.tds(p.discharge()), Dimension.MASS_CONCENTRATION, 5));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Value>> pumps(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        for (PumpDuty d : v.result.energy().pumps()) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("pump", "pump", d.name()));
            row.add(Value.of("flow", "flow", d.volumetricFlow(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("suctionPressureGauge", "suction", gauge(d.inletPressure()), Dimension.PRESSURE, 4));
            row.add(Value.of("dischargePressureGauge", "discharge", gauge(d.outletPressure()), Dimension.PRESSURE, 4));
            row.add(Value.of("hydraulicPower", "hydraulic power", d.hydraulicPower(), Dimension.POWER, 4));
            row.add(Value.of("shaftPower", "shaft power", d.shaftPower(), Dimension.POWER, 4));
            row.add(Value.of("electricalPower", "electrical power", d.electricalPower(), Dimension.POWER, 4));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Value>> energyRecovery(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        for (PassResult p : v.result.passes()) {
            if (p.design().energyRecovery() instanceof EnergyRecovery.None) {
                continue;
            }
            final EnergyRecoveryResult e = p.energyRecovery();
            final List<Value> row = new ArrayList<>();
            row.add(Value.count("pass", "pass", p.index() + 1));
            row.add(Value.text("device", "device", e.kind()));
            row.add(Value.of("highPressureInletFlow", "HP in (concentrate)", e.highPressureIn(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("highPressureInletPressureGauge", "HP in pressure", portGauge(e.highPressureInPressure()),
                    Dimension.PRESSURE, 4));
            row.add(Value.of("lowPressureInletFlow", "LP in (feed)", e.lowPressureIn(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("lowPressureInletPressureGauge", "LP in pressure", portGauge(e.lowPressureInPressure()),
                    Dimension.PRESSURE, 4));
            row.add(Value.of("highPressureOutletFlow", "HP out (feed)", e.highPressureOut(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("highPressureOutletPressureGauge", "HP out pressure", portGauge(e.highPressureOutPressure()),
                    Dimension.PRESSURE, 4));
            row.add(Value.of("lowPressureOutletFlow", "LP out (brine)", e.lowPressureOut(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("lowPressureOutletPressureGauge", "LP out pressure", portGauge(e.lowPressureOutPressure()),
                    Dimension.PRESSURE, 4));
            row.add(Value.of("efficiency", "efficiency", e.efficiency(), Dimension.FRACTION, 4));
            row.add(Value.of("salinityIncrease", "salinity increase", e.salinityIncrease(), Dimension.FRACTION, 3));
            row.add(Value.of("recoveredPower", "recovered power", e.recoveredPower(), Dimension.POWER, 4));
            row.add(Value.of("boost", "boost", e.boost(), Dimension.PRESSURE, 4));
            rows.add(row);
        }
        return rows;
    }

    // ------------------------------------------------------------------ stages and elements

    private static List<List<Value>> stages(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        for (PassResult p : v.result.passes()) {
            for (StageResult s : p.stages()) {
                final StageDesign d = s.design();
                final List<Value> row = new ArrayList<>();
                row.add(Value.count("pass", "pass", p.index() + 1));
                row.add(Value.count("stage", "stage", s.index() + 1));
                row.add(Value.count("vessels", "vessels", d.vessels()));
                row.add(Value.count("elementsPerVessel", "elements/vessel", d.elements().size()));
                row.add(Value.text("elementModel", "element", models(d)));
                row.add(Value.of("feedFlow", "feed", s.feedFlow(), Dimension.VOLUME_FLOW, 4));
                row.add(Value.of("concentrateFlow", "concentrate", s.concentrateFlow(), Dimension.VOLUME_FLOW, 4));
                row.add(Value.of("permeateFlow", "permeate", s.permeateFlow(), Dimension.VOLUME_FLOW, 4));
                row.add(Value.of("feedPressureGauge", "feed pressure", gauge(s.feed().pressure()), Dimension.PRESSURE, 4));
                row.add(Value.of("concentratePressureGauge", "concentrate pressure", gauge(s.concentrate().pressure()),
                        Dimension.PRESSURE, 4));
                row.add(Value.of("pressureDrop", "pressure drop", s.pressureDrop(), Dimension.PRESSURE, 3));
                row.add(Value.of("permeatePressureGauge", "permeate back-pressure", d.permeateGauge(),
                        Dimension.PRESSURE, 3));
                row.add(Value.of("boosterPressureRise", "booster rise",
                        s.booster().map(PumpDuty::pressureRise).orElse(0.0), Dimension.PRESSURE, 3));
                row.add(Value.of("averageFlux", "average flux", s.averageFlux(), Dimension.FLUX, 4));
                row.add(Value.of("recovery", "recovery", s.recovery(), Dimension.FRACTION, 4));
                row.add(Value.of("feedTds", "feed TDS", v.tds(s.feed()), Dimension.MASS_CONCENTRATION, 5));
                row.add(Value.of("permeateTds", "permeate TDS", v.tds(s.permeate()), Dimension.MASS_CONCENTRATION, 4));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<Value>> elements(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        for (PassResult p : v.result.passes()) {
            for (StageResult s : p.stages()) {
                final List<ElementResult> els = s.vessel().elements();
                for (int i = 0; i < els.size(); i++) {
                    final ElementResult e = els.get(i);
                    final double feed = v.volume(e.feed());
                    final double permeate = v.volume(e.permeate());
                    final LocalState inlet = e.segments().get(0).inlet();
                    final LocalState outlet = e.segments().get(e.segments().size() - 1).outlet();
                    final List<Value> row = new ArrayList<>();
                    row.add(Value.count("pass", "pass", p.index() + 1));
                    row.add(Value.count("stage", "stage", s.index() + 1));
                    row.add(Value.count("position", "position", i + 1));
                    row.add(Value.text("model", "model", e.element().name()));
                    row.add(Value.of("feedFlow", "feed", feed, Dimension.VOLUME_FLOW, 4));
                    row.add(Value.of("concentrateFlow", "concentrate", v.volume(e.concentrate()), Dimension.VOLUME_FLOW, 4));
                    row.add(Value.of("permeateFlow", "permeate", permeate, Dimension.VOLUME_FLOW, 4));
                    row.add(Value.of("feedPressureGauge", "feed pressure", gauge(e.feed().pressure()), Dimension.PRESSURE, 4));
                    row.add(Value.of("pressureDrop", "pressure drop", e.pressureDrop(), Dimension.PRESSURE, 3));
                    row.add(Value.of("flux", "flux", permeate / e.element().geometry().area(), Dimension.FLUX, 4));
                    row.add(Value.of("recovery", "recovery", feed > 0 ? permeate / feed : 0.0, Dimension.FRACTION, 3));
                    row.add(Value.of("maxPolarization", "max β", e.maxPolarization(), Dimension.DIMENSIONLESS, 4));
                    row.add(Value.of("netDrivingPressureInlet", "NDP in", inlet.netDrivingPressure(), Dimension.PRESSURE, 4));
                    row.add(Value.of("netDrivingPressureOutlet", "NDP out", outlet.netDrivingPressure(),
                            Dimension.PRESSURE, 4));
                    row.add(Value.of("feedTds", "feed TDS", v.tds(e.feed()), Dimension.MASS_CONCENTRATION, 5));
                    row.add(Value.of("concentrateTds", "concentrate TDS", v.tds(e.concentrate()),
                            Dimension.MASS_CONCENTRATION, 5));
                    row.add(Value.of("permeateTds", "permeate TDS", v.tds(e.permeate()), Dimension.MASS_CONCENTRATION, 4));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ ions

    private static List<List<Value>> ions(final View v) {
        final SystemResult r = v.result;
        final boolean multiPass = r.passes().size() > 1;
        final Stream membraneFeed = r.passes().get(0).membraneFeed();
        final List<List<Value>> rows = new ArrayList<>();
        final Composition c = r.feed().composition();
        for (int i = 0; i <= c.size(); i++) {
            final boolean total = i == c.size();
            final Species sp = total ? null : c.species(i);
            final ToDoubleFunction<Stream> conc = total ? v::tds : s -> v.concentration(s, sp);
            final double raw = conc.applyAsDouble(r.feed());
            final double product = conc.applyAsDouble(r.product());
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("species", "species", total ? "TDS" : sp.id()));
            row.add(Value.of("rawFeed", "raw feed", raw, Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("membraneFeed", multiPass ? "pass 1 membrane feed" : "membrane feed",
                    conc.applyAsDouble(membraneFeed), Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("product", "product", product, Dimension.MASS_CONCENTRATION, 4));
            for (PassResult p : r.passes()) {
                final int n = p.index() + 1;
                row.add(Value.of("permeatePass" + n, "pass " + n + " permeate", conc.applyAsDouble(p.permeate()),
                        Dimension.MASS_CONCENTRATION, 4));
                row.add(Value.of("concentratePass" + n, "pass " + n + " concentrate", conc.applyAsDouble(p.discharge()),
                        Dimension.MASS_CONCENTRATION, 5));
            }
            row.add(Value.of("rejection", "rejection", raw > 0 ? 1 - product / raw : 0.0, Dimension.FRACTION, 5));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Value>> chemistry(final View v) {
        final List<List<Value>> rows = new ArrayList<>();
        final java.util.Set<Mineral> minerals = new java.util.LinkedHashSet<>();
        for (WaterQuality.StreamChemistry s : v.chemistry.streams()) {
            for (Mineral m : Minerals.SCALING) {
                if (s.saturation().containsKey(m)) {
                    minerals.add(m);
                }
            }
        }
        for (WaterQuality.StreamChemistry s : v.chemistry.streams()) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("stream", "stream", s.stream()));
            row.add(Value.of("pH", "pH", s.water().pH(), Dimension.DIMENSIONLESS, 3));
            // eq per kg of water × 50.04 g of CaCO3 per eq: mass of CaCO3 per mass of water
            row.add(Value.of("alkalinityAsCaCO3", "alkalinity as CaCO3 per water", s.water().alkalinity() * 0.05004,
                    Dimension.MASS_FRACTION, 4));
            row.add(Value.of("ionicStrength", "ionic strength", s.water().ionicStrength(), Dimension.MOLALITY, 4));
            row.add(s.langelier().isPresent() ? Value.of("lsi", "LSI", s.langelier().getAsDouble(),
                    Dimension.DIMENSIONLESS, 3) : Value.text("lsi", "LSI", "—"));
            row.add(s.stiffDavis().isPresent() ? Value.of("sdsi", "S&DSI", s.stiffDavis().getAsDouble(),
                    Dimension.DIMENSIONLESS, 3) : Value.text("sdsi", "S&DSI", "—"));
            for (Mineral m : minerals) {
                final Double si = s.saturation().get(m);
                final String key = "si" + Character.toUpperCase(m.name().charAt(0)) + m.name().substring(1)
                        .replace(" ", "");
                row.add(si == null ? Value.text(key, "SI " + m.name(), "—")
                        : Value.of(key, "SI " + m.name(), si, Dimension.DIMENSIONLESS, 3));
            }
            rows.add(row);
        }
        return rows;
    }

    // ------------------------------------------------------------------ charts and warnings

    private static void charts(final Report.Builder b, final boolean multiPass, final boolean several) {
        final String panel = multiPass ? "pass" : null;
        final String series = several ? "membraneAge" : null;
        final String x = "element, from the pass inlet through its stages";
        b.chart(new Chart("fluxChart", "Flux per element", "elements", x, null, List.of("flux"), panel, series, "stage", true));
        b.chart(new Chart("feedPressureChart", "Feed pressure per element", "elements", x, null,
                List.of("feedPressureGauge"), panel, series, "stage", false));
        b.chart(new Chart("tdsChart", "Feed and concentrate TDS per element", "elements", x, "TDS",
                List.of("feedTds", "concentrateTds"), panel, series, "stage", true));
        b.chart(new Chart("permeateTdsChart", "Permeate TDS per element", "elements", x, null, List.of("permeateTds"), panel,
                series, "stage", true));
    }

    /**
     * Every projection's warnings, each once; a warning not raised at every age says at which.
     */
    private static List<ModelWarning> warnings(final List<View> views) {
        final Map<ModelWarning, List<String>> ages = new LinkedHashMap<>();
        for (View v : views) {
            for (ModelWarning w : v.warnings) {
                final List<String> at = ages.computeIfAbsent(w, k -> new ArrayList<>());
                if (!at.contains(v.age)) {
                    at.add(v.age);
                }
            }
        }
        final List<ModelWarning> out = new ArrayList<>();
        for (Map.Entry<ModelWarning, List<String>> e : ages.entrySet()) {
            final ModelWarning w = e.getKey();
            out.add(e.getValue().size() == views.size() ? w : new ModelWarning(w.kind(), w.source(),
                    String.format(Locale.ROOT, "%s (%s only)", w.message(), String.join(", ", e.getValue()))));
        }
        return out;
    }
}
