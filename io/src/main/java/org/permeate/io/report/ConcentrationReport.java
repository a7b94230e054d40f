package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Numbers;
import org.permeate.flowsheet.concentration.ConcentrationMode;
import org.permeate.flowsheet.concentration.ConcentrationPoint;
import org.permeate.flowsheet.concentration.ConcentrationResult;
import org.permeate.flowsheet.concentration.ConcentrationSpec;
import org.permeate.flowsheet.concentration.SoluteBalance;
import org.permeate.measure.Dimension;

/**
 * The report of a concentration run ({@code permeate concentrate}): what was run, the outcome
 * (with the stop message), energy and the evaporator comparison, what the pressure limit allows,
 * the mass balance, and the path over time as a table and (HTML) charts.
 */
public final class ConcentrationReport {

    /** Rows of the time table (the run's points, sampled evenly in time). */
    static final int TIME_ROWS = 24;

    private static final double BTU = 1055.056;

    private ConcentrationReport() {
    }

    /**
     * @param r      the run's result
     * @param source where the run came from (file or preset), for the title
     * @return the report
     */
    public static Report of(final ConcentrationResult r, final String source) {
        final ConcentrationSpec s = r.spec();
        final String measure = s.product().measure().symbol();
        final Report.Builder b = Report.builder("concentrate", "Concentration of " + s.product().description()
                + " (" + source + ")");
        b.input(Value.text("product", "product", s.product().description()));
        b.input(Value.text("productSource", "composition from", s.product().source()));
        b.input(Value.text("mode", "mode", s.mode() == ConcentrationMode.BATCH ? "batch" : "feed-and-bleed"));
        b.input(Value.of("volume", s.mode() == ConcentrationMode.BATCH ? "batch volume" : "supply volume", s.volume(),
                Dimension.VOLUME, 4));
        if (s.mode() == ConcentrationMode.FEED_AND_BLEED) {
            b.input(Value.of("loopVolume", "loop tank volume", s.loopVolume(), Dimension.VOLUME, 4));
        }
        b.input(Value.text("element", "element", s.element().name() + " × " + s.elementsInSeries() + " in series × "
                + s.trains() + " train(s)"));
        b.input(Value.of("area", "membrane area", s.area(), Dimension.AREA, 4));
        b.input(Value.of("temperature", "temperature", s.temperature(), Dimension.TEMPERATURE, 4));
        b.input(Value.of("pressureLimit", "feed pressure limit (gauge)", s.pressureLimit(), Dimension.PRESSURE, 4));
        b.input(Value.of("crossflow", "crossflow per train", s.crossflow(), Dimension.VOLUME_FLOW, 4));
        b.input(Value.of("flux", "set mean flux", s.flux(), Dimension.FLUX, 4));
        b.input(Value.text("target", "target", s.target().describe()));
        b.input(Value.of("evaporatorEfficiency", "evaporator efficiency", s.evaporatorEfficiency(), Dimension.FRACTION, 3));

        final ConcentrationPoint start = r.points().get(0);
        final ConcentrationPoint end = r.end();
        final List<Value> outcome = new ArrayList<>();
        outcome.add(Value.text("termination", "outcome", r.termination().name().toLowerCase().replace('_', ' ')));
        outcome.add(Value.text("message", "message", r.message()));
        outcome.add(Value.of("time", "time", end.time(), Dimension.TIME, 4));
        outcome.add(Value.text("timeHours", "time (hours)", Numbers.significant(end.time() / 3600, 4) + " h"));
        outcome.add(Value.text("measureStart", "concentration at the start", percent(start.measure()) + " " + measure));
        outcome.add(Value.text("measureEnd", "concentration at the end", percent(end.measure()) + " " + measure));
        outcome.add(Value.of("concentrationFactor", "concentration factor", end.concentrationFactor(),
                Dimension.DIMENSIONLESS, 4));
        outcome.add(Value.of("tankVolumeEnd", "tank volume at the end", end.tankVolume(), Dimension.VOLUME, 4));
        outcome.add(Value.of("productMass", "concentrate produced", r.productMass(), Dimension.MASS, 4));
        outcome.add(Value.of("waterRemoved", "water removed (permeate)", r.water().permeate(), Dimension.MASS, 5));
        outcome.add(Value.of("waterRemovedFraction", "share of the water removed", r.waterRemovedFraction(),
                Dimension.FRACTION, 4));
        outcome.add(Value.of("solidsLost", "dissolved solids lost to the permeate", end.solidsLost(), Dimension.MASS, 3));
        outcome.add(Value.of("feedPressureStart", "feed pressure at the start (gauge)", start.feedPressure(),
                Dimension.PRESSURE, 4));
        outcome.add(Value.of("feedPressureEnd", "feed pressure at the end (gauge)", end.feedPressure(),
                Dimension.PRESSURE, 4));
        outcome.add(Value.of("osmoticPressureEnd", "osmotic pressure in the tank at the end", end.osmoticPressure(),
                Dimension.PRESSURE, 4));
        outcome.add(Value.of("viscosityEnd", "viscosity in the tank at the end", end.viscosity(),
                Dimension.DYNAMIC_VISCOSITY, 3));
        b.section("outcome", "Outcome", outcome);

        final List<Value> energy = new ArrayList<>();
        energy.add(Value.of("pumpEnergy", "pump electricity", r.pumpEnergy(), Dimension.ENERGY, 4));
        energy.add(Value.of("specificEnergy", "per m³ of permeate", r.specificEnergy(), Dimension.SPECIFIC_ENERGY, 3));
        energy.add(Value.of("latentHeat", "latent heat of water at 100 °C", r.latentHeat(),
                Dimension.SPECIFIC_ENERGY_MASS, 5));
        energy.add(Value.of("evaporatorEnergySaved", "evaporator fuel heat saved", r.evaporatorEnergySaved(),
                Dimension.ENERGY, 4));
        energy.add(Value.text("evaporatorEnergySavedBtu", "evaporator fuel heat saved (BTU)",
                Numbers.significant(r.evaporatorEnergySaved() / BTU, 4) + " BTU"));
        b.section("energy", "Energy", energy);

        final List<Value> limit = new ArrayList<>();
        limit.add(Value.text("maxAtSetFlux", "most this limit allows at the set flux",
                percent(r.limit().measureAtSetFlux()) + " " + measure + " (factor "
                        + Numbers.significant(r.limit().factorAtSetFlux(), 3) + ")"));
        limit.add(Value.text("maxAtZeroFlux", "where the osmotic pressure equals the limit (no flux left)",
                percent(r.limit().measureAtZeroFlux()) + " " + measure + " (factor "
                        + Numbers.significant(r.limit().factorAtZeroFlux(), 3) + ")"));
        b.section("pressureLimit", "What the pressure limit allows (direct calculation)", limit);

        final List<List<Value>> balance = new ArrayList<>();
        for (SoluteBalance sb : r.balances()) {
            balance.add(List.of(Value.text("component", "component", sb.component() + " (" + sb.unit() + ")"),
                    Value.of("initial", "at the start", sb.initial(), Dimension.DIMENSIONLESS, 6),
                    Value.of("tank", "tank at the end", sb.tank(), Dimension.DIMENSIONLESS, 6),
                    Value.of("permeate", "permeate", sb.permeate(), Dimension.DIMENSIONLESS, 6),
                    Value.of("bled", "bled", sb.bled(), Dimension.DIMENSIONLESS, 6),
                    Value.of("toPermeate", "share to permeate", sb.fractionToPermeate(), Dimension.FRACTION, 3),
                    Value.of("balanceError", "balance error (relative)", sb.relativeError(), Dimension.DIMENSIONLESS,
                            2)));
        }
        b.table(new Table("balance", "Mass balance", balance));

        final List<List<Value>> rows = new ArrayList<>();
        for (ConcentrationPoint p : sample(r.points())) {
            rows.add(List.of(Value.of("time", "time", p.time(), Dimension.TIME, 4),
                    Value.of("measure", "concentration (" + measure + ")", 100 * p.measure(), Dimension.DIMENSIONLESS, 4),
                    Value.of("concentrationFactor", "factor", p.concentrationFactor(), Dimension.DIMENSIONLESS, 4),
                    Value.of("tankVolume", "tank volume", p.tankVolume(), Dimension.VOLUME, 4),
                    Value.of("feedPressure", "feed pressure (gauge)", p.feedPressure(), Dimension.PRESSURE, 4),
                    Value.of("osmoticPressure", "osmotic pressure", p.osmoticPressure(), Dimension.PRESSURE, 4),
                    Value.of("flux", "mean flux", p.meanFlux(), Dimension.FLUX, 4),
                    Value.of("permeateMeasure", "permeate solids", p.permeateMeasure(), Dimension.MASS_FRACTION, 3),
                    Value.of("waterRemoved", "water removed", p.waterRemoved(), Dimension.MASS, 4),
                    Value.of("energy", "pump energy", p.energy(), Dimension.ENERGY, 4)));
        }
        b.table(new Table("path", "Path over time", rows));
        // x: the time column (s inside, shown in h), a continuous axis
        b.chart(new Chart("concentrationChart", "Concentration in the tank", "path", "time", measure,
                List.of("measure"), null, null, null, false, "time"));
        b.chart(new Chart("pressureChart", "Feed and osmotic pressure", "path", "time", "pressure",
                List.of("feedPressure", "osmoticPressure"), null, null, null, true, "time"));
        b.chart(new Chart("fluxChart", "Mean permeate flux", "path", "time", null, List.of("flux"), null, null, null,
                true, "time"));
        b.note("The train is taken at steady state for the tank's contents at each moment; the feed pressure is the one "
                + "that gives the set flux. Evaporator saving = water removed × latent heat / evaporator efficiency.");
        b.warnings(r.warnings());
        return b.build();
    }

    /** The points at {@value #TIME_ROWS} even times (the nearest point at or after each), first and last kept. */
    static List<ConcentrationPoint> sample(final List<ConcentrationPoint> points) {
        final List<ConcentrationPoint> out = new ArrayList<>();
        final double t1 = points.get(points.size() - 1).time();
        int j = 0;
        for (int k = 0; k < TIME_ROWS; k++) {
            final double t = t1 * k / (TIME_ROWS - 1);
            while (j < points.size() - 1 && points.get(j).time() < t) {
                j++;
            }
            if (out.isEmpty() || out.get(out.size() - 1) != points.get(j)) {
                out.add(points.get(j));
            }
        }
        if (out.get(out.size() - 1) != points.get(points.size() - 1)) {
            out.add(points.get(points.size() - 1));
        }
        return out;
    }

    private static String percent(final double fraction) {
        return Numbers.significant(100 * fraction, 4);
    }
}
