package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.permeate.api.DrinkingWater;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.design.compliance.ProductCompliance;
import org.permeate.design.compliance.Standard;
import org.permeate.element.ElementResult;
import org.permeate.element.catalog.MembraneFamily;
import org.permeate.errors.PermeateException;
import org.permeate.io.project.HouseholdProject;
import org.permeate.measure.Dimension;
import org.permeate.measure.Unit;
import org.permeate.measure.Units;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.household.ActivatedCarbon;
import org.permeate.unitops.household.BladderTank;
import org.permeate.unitops.household.Cartridge;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.HouseholdTrain;
import org.permeate.unitops.household.LogRemoval;
import org.permeate.unitops.household.TapWater;
import org.permeate.unitops.household.UvDoseResponse;
import org.permeate.unitops.household.UvReactor;

/**
 * The household report's treatment-train parts: the prefilters' pressure loss at the operating
 * flow, the chlorine reaching the membrane and the carbon's life, the UV fluence, NSF/ANSI 55 class
 * and log inactivations, the train's log removal against the EPA purifier, the water at the tap
 * after post-treatment (pH, TDS, calcium, calcite saturation index) and the drinking-water
 * compliance of the tap water and of the water delivered ({@link ComplianceTables}).
 */
final class HouseholdTrainSections {

    /** Molar mass of CaCO3, kg/mol (IUPAC atomic weights). */
    private static final double CACO3_MOLAR_MASS = 0.1000869;

    /** Faucet and prefilter flows: litres per minute (metric), gpm (US). */
    private static final Unit LITRE_PER_MINUTE = Units.lookup("L/min", Dimension.VOLUME_FLOW).orElseThrow();

    private HouseholdTrainSections() {
    }

    /**
     * @param b        the report being built
     * @param project  the unit as read
     * @param day      its day
     * @param p        its property package
     * @param standard the limits to check against
     * @return whether the unit has stages around its membrane
     */
    static boolean add(final Report.Builder b, final HouseholdProject project, final DayResult day,
                       final PropertyPackage p, final Standard standard) {
        final HouseholdTrain train = project.train();
        final ElementResult running = switch (project.unit()) {
            case HouseholdProject.WithTank t -> t.system().bypassed();
            case HouseholdProject.Tankless t -> t.system().running();
        };
        final double feedFlow = running.feed().volumetricFlow(p.density().massDensity(running.feed().solution()));
        final double temperature = project.unit().feed().temperature();
        if (!train.isEmpty()) {
            pretreatment(b, train, feedFlow, day, project.duration());
        }
        if (!(day.drawnWater() > 0)) {
            b.note("No water was drawn over the simulated stretch: no tap water, post-treatment or compliance to"
                    + " report.");
            return !train.isEmpty();
        }
        final TapWater tap = train.tap(day, temperature, p.density(), LogRemoval.RO_CREDITED);
        final TapWater intact = train.tap(day, temperature, p.density(), LogRemoval.RO_INTACT);
        if (!train.isEmpty()) {
            postTreatment(b, train, tap, intact);
        }
        tapWater(b, tap, temperature, p);
        b.warnings(tap.warnings());
        compliance(b, project, tap, temperature, standard);
        return !train.isEmpty();
    }

    private static void pretreatment(final Report.Builder b, final HouseholdTrain train, final double feedFlow,
                                     final DayResult day, final double duration) {
        final List<List<Value>> rows = new ArrayList<>();
        for (Cartridge c : train.prefilters()) {
            rows.add(List.of(Value.text("cartridge", "cartridge", c.name()),
                    Value.of("loadingFactor", "loading factor (ΔP / clean ΔP)", c.loadingFactor(),
                            Dimension.DIMENSIONLESS, 4),
                    Value.of("flow", "flow (the element's feed, tank bypassed)", feedFlow, Dimension.VOLUME_FLOW, 4)
                            .shownIn(LITRE_PER_MINUTE, Units.GPM),
                    Value.of("pressureDrop", "pressure drop", c.pressureDrop(feedFlow), Dimension.PRESSURE, 3)));
        }
        if (!rows.isEmpty()) {
            b.table(new Table("prefilters", "Prefilter cartridges: pressure drop at the operating flow", rows));
        }
        final List<Value> v = new ArrayList<>();
        v.add(Value.of("freeChlorineAtTap", "free chlorine at the tap", train.freeChlorine(),
                Dimension.MASS_CONCENTRATION, 3));
        v.add(Value.of("chloramineAtTap", "chloramine at the tap (as Cl2)", train.chloramine(),
                Dimension.MASS_CONCENTRATION, 3));
        final ActivatedCarbon.Oxidants ox = train.oxidantsAtMembrane(feedFlow);
        v.add(Value.of("freeChlorineAtMembrane", "free chlorine reaching the membrane", ox.freeChlorine(),
                Dimension.MASS_CONCENTRATION, 3));
        v.add(Value.of("chloramineAtMembrane", "chloramine reaching the membrane", ox.chloramine(),
                Dimension.MASS_CONCENTRATION, 3));
        v.add(Value.text("membraneChlorine", "membrane chlorine (limit 0.1 mg/L)",
                ox.freeChlorine() + ox.chloramine() > ActivatedCarbon.MEMBRANE_CHLORINE_LIMIT
                        ? "ABOVE the limit: see the warnings" : "within the limit"));
        if (ox.freeChlorine() + ox.chloramine() > 0.01 * ActivatedCarbon.MEMBRANE_CHLORINE_LIMIT) {
            v.add(Value.of("timeToMembraneTolerance", "membrane running time to 1,000 ppm·h of chlorine",
                    ox.timeToMembraneTolerance(), Dimension.TIME, 3));
        }
        if (train.carbon() != null) {
            v.add(Value.text("carbon", "carbon ahead of the membrane", train.carbon().name()));
            v.add(Value.of("carbonContactTime", "carbon empty-bed contact time", ox.contactTime(), Dimension.TIME, 3)
                    .shownIn(Units.SECOND, Units.SECOND));
            final double perDay = day.feedVolume() * Units.DAY / duration;
            if (perDay > 0) {
                final double life = train.carbonLifeDays(perDay);
                v.add(Value.of("carbonLife", "carbon life at this day's use (rated chlorine capacity)",
                        Double.isFinite(life) ? life * Units.DAY : 0.0, Dimension.TIME, 3)
                        .shownIn(Units.DAY_UNIT, Units.DAY_UNIT));
                if (!Double.isFinite(life)) {
                    v.add(Value.text("carbonLifeNote", "carbon life", "no free chlorine: not limited by chlorine"));
                }
            }
        }
        b.warnings(ox.warnings());
        b.section("pretreatment", "Pretreatment: what reaches the membrane", v);
    }

    private static void postTreatment(final Report.Builder b, final HouseholdTrain train, final TapWater tap,
                                      final TapWater intact) {
        final List<Value> v = new ArrayList<>();
        if (!train.postFilters().isEmpty()) {
            v.add(Value.text("postFilters", "post-filters (taste and odour; no ion changed)",
                    String.join(", ", train.postFilters())));
        }
        v.add(Value.of("faucetFlow", "faucet flow while drawing", train.faucetFlow(), Dimension.VOLUME_FLOW, 3)
                .shownIn(LITRE_PER_MINUTE, Units.GPM));
        final UvReactor.Result uv = tap.uv();
        if (uv != null) {
            v.add(Value.of("uvTransmittance", "UV transmittance (1 cm)", train.uvTransmittance(), Dimension.FRACTION, 3));
            v.add(Value.of("uvFluence", "UV fluence, mJ/cm² (radial model, average)",
                    uv.fluenceMillijoulesPerSquareCentimetre(), Dimension.DIMENSIONLESS, 3));
            v.add(Value.text("nsf55Class", "NSF/ANSI 55 class", uv.nsfClass()));
            for (Map.Entry<UvDoseResponse, Double> e : uv.logs().entrySet()) {
                v.add(Value.of("uvLog" + e.getKey().name(), "UV log inactivation, " + e.getKey().label(),
                        e.getValue(), Dimension.DIMENSIONLESS, 3));
            }
        }
        if (tap.remineralization() != null) {
            v.add(Value.of("calciteDissolved", "calcite dissolved (CaCO3, per mass of water)",
                    tap.remineralization().dissolved() * CACO3_MOLAR_MASS, Dimension.MASS_FRACTION, 3));
        }
        addLogs(v, "credited", "membrane credited (2 log) + UV", tap.logRemoval(), tap.purifier());
        addLogs(v, "intact", "membrane intact (6 log, challenge tests) + UV", intact.logRemoval(), intact.purifier());
        b.section("postTreatment", "Post-treatment and microbial barriers", v);
        b.note("Microbial log removal: the membrane is shown both as credited (2 log, what regulators credit an RO barrier with"
                + " integrity monitoring, which a household unit lacks) and intact (6 log, MS2 challenge tests);"
                + " the EPA purifier target is 6 / 4 / 3 log (bacteria, viruses, cysts).");
    }

    private static void addLogs(final List<Value> v, final String key, final String label, final LogRemoval l,
                                final boolean purifier) {
        v.add(Value.text("lrv" + key, "log removal, " + label, String.format(java.util.Locale.ROOT,
                "bacteria %.1f, viruses %.1f, cysts %.1f: %s the EPA purifier's 6 / 4 / 3", l.bacteria(),
                l.viruses(), l.cysts(), purifier ? "meets" : "does NOT meet")));
    }

    private static void tapWater(final Report.Builder b, final TapWater tap, final double temperature,
                                 final PropertyPackage p) {
        final Solution s = new Solution(tap.composition(), temperature, BladderTank.ATMOSPHERE);
        final ConcentrationConverter conv = new ConcentrationConverter(p.density());
        final List<Value> v = new ArrayList<>();
        v.add(Value.of("pH", "pH", tap.pH(), Dimension.DIMENSIONLESS, 3));
        v.add(Value.of("tds", "TDS", tap.totalDissolvedSolids(), Dimension.MASS_CONCENTRATION, 3));
        v.add(Value.of("calcium", "calcium", s.composition().contains(SpeciesCatalog.CA)
                ? conv.massConcentration(s, SpeciesCatalog.CA) : 0.0, Dimension.MASS_CONCENTRATION, 3));
        if (Double.isFinite(tap.calciteSaturationIndex())) {
            v.add(Value.of("lsi", "calcite saturation index (thermodynamic LSI)", tap.calciteSaturationIndex(),
                    Dimension.DIMENSIONLESS, 2));
        } else {
            v.add(Value.text("lsi", "calcite saturation index", "no calcium or carbonate"));
        }
        b.section("tap", "At the tap: the day's delivered water after post-treatment", v);
    }

    private static void compliance(final Report.Builder b, final HouseholdProject project, final TapWater tap,
                                   final double temperature, final Standard standard) {
        if (project.tapAnalysis().isEmpty()) {
            ComplianceTables.notes().forEach(b::note);
            b.note("Drinking-water compliance is checked when the tap water is given as an analysis with its pH"
                    + " (tap-water: {water: ..., pH: ...}); this one was not.");
            return;
        }
        final WaterAnalysis feed = project.tapAnalysis().get();
        final ProductCompliance c;
        try {
            c = DrinkingWater.compliance(feed, tap.composition(), temperature, MembraneFamily.HOUSEHOLD, standard);
        } catch (PermeateException e) {
            b.note("Drinking-water compliance could not be checked: " + e.getMessage());
            return;
        }
        b.table(ComplianceTables.limits(c));
        b.table(ComplianceTables.minerals(c));
        ComplianceTables.notes().forEach(b::note);
        b.note("Compliance compares the tap water (feed) with the water delivered at the tap over the day (day"
                + " mean, after post-treatment), " + standard.id().toUpperCase(java.util.Locale.ROOT)
                + " limits.");
        b.warnings(c.warnings());
    }
}
