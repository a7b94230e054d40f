package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;

import org.permeate.element.ElementResult;
import org.permeate.element.LocalState;
import org.permeate.element.PressureDeficit;
import org.permeate.element.SegmentResult;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

/** Turns an {@link ElementResult} into report sections and tables. */
public final class ElementReport {

    private final ElementResult result;
    private final PropertyPackage properties;

    /**
     * @param result     the element's performance
     * @param properties the property package it was computed with (for densities)
     */
    public ElementReport(final ElementResult result, final PropertyPackage properties) {
        this.result = result;
        this.properties = properties;
    }

    private double density(final Solution s) {
        return properties.density().massDensity(s);
    }

    private double volumetricFlow(final Stream s) {
        return s.waterMassFlow() > 0 ? s.volumetricFlow(density(s.solution())) : 0.0;
    }

    /** @return dissolved solids per volume, kg/m³ */
    private double tds(final Solution s) {
        final double r = s.composition().soluteMassPerWaterMass();
        return r * density(s) / (1 + r);
    }

    private double concentration(final Composition c, final int i, final Solution at) {
        final Solution s = at.withComposition(c);
        return c.molality(i) * c.species(i).molarMass() * density(s) / (1 + c.soluteMassPerWaterMass());
    }

    /** @return the headline numbers */
    public List<Value> summary() {
        final ElementResult r = result;
        final double feedQ = volumetricFlow(r.feed());
        final double permQ = volumetricFlow(r.permeate());
        final double waterDensity = properties.water().massDensity(r.feed().temperature(), r.permeate().pressure());
        final double cf = tds(r.feed().solution());
        final double cp = tds(r.permeate().solution());
        final List<Value> v = new ArrayList<>();
        v.add(Value.of("feedFlow", "feed flow", feedQ, Dimension.VOLUME_FLOW, 4));
        v.add(Value.of("permeateFlow", "permeate flow", permQ, Dimension.VOLUME_FLOW, 4));
        v.add(Value.of("concentrateFlow", "concentrate flow", volumetricFlow(r.concentrate()), Dimension.VOLUME_FLOW, 4));
        v.add(Value.of("recovery", "recovery (water)", r.recovery(), Dimension.FRACTION, 4));
        v.add(Value.of("meanFlux", "mean water flux", r.meanWaterFlux() / waterDensity, Dimension.FLUX, 4));
        v.add(Value.of("feedPressureGauge", "feed pressure (gauge)", GaugePressure.gauge(r.feed().pressure()),
                Dimension.PRESSURE, 4));
        v.add(Value.of("concentratePressureGauge", "concentrate pressure (gauge)",
                GaugePressure.gauge(r.concentrate().pressure()), Dimension.PRESSURE, 4));
        v.add(Value.of("pressureDrop", "pressure drop", r.pressureDrop(), Dimension.PRESSURE, 3));
        v.add(Value.of("maxPolarization", "largest polarisation β", r.maxPolarization(), Dimension.DIMENSIONLESS, 4));
        v.add(Value.of("feedTds", "feed TDS", cf, Dimension.MASS_CONCENTRATION, 5));
        v.add(Value.of("permeateTds", "permeate TDS", cp, Dimension.MASS_CONCENTRATION, 4));
        v.add(Value.of("concentrateTds", "concentrate TDS", tds(r.concentrate().solution()), Dimension.MASS_CONCENTRATION, 5));
        v.add(Value.of("rejection", "rejection (TDS, 1 − c_p/c_f)", cf > 0 ? 1 - cp / cf : 1.0, Dimension.FRACTION, 5));
        return v;
    }

    /** @return the state along the channel, one row per node */
    public Table profile() {
        final List<List<Value>> rows = new ArrayList<>();
        final List<LocalState> nodes = new ArrayList<>();
        nodes.add(result.segments().get(0).inlet());
        for (SegmentResult s : result.segments()) {
            nodes.add(s.outlet());
        }
        for (LocalState n : nodes) {
            final double rhoW = properties.water().massDensity(n.bulk().temperature(), n.bulk().pressure());
            final List<Value> row = new ArrayList<>();
            row.add(Value.of("position", "x", n.position(), Dimension.LENGTH, 3));
            row.add(Value.of("feedFlow", "feed", n.waterMassFlow() * (1 + n.bulk().composition().soluteMassPerWaterMass())
                    / n.density(), Dimension.VOLUME_FLOW, 4));
            row.add(Value.of("pressureGauge", "p (gauge)", GaugePressure.gauge(n.bulk().pressure()), Dimension.PRESSURE, 4));
            row.add(Value.of("osmoticPressure", "π bulk", n.bulkOsmoticPressure(), Dimension.PRESSURE, 4));
            row.add(Value.of("netDrivingPressure", "NDP", n.netDrivingPressure(), Dimension.PRESSURE, 4));
            row.add(Value.of("waterFlux", "flux", n.waterFlux() / rhoW, Dimension.FLUX, 4));
            row.add(Value.of("polarization", "β", n.maxPolarization(), Dimension.DIMENSIONLESS, 4));
            row.add(Value.of("bulkTds", "TDS bulk", tds(n.bulk()), Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("permeateTds", "TDS permeate", tds(n.bulk().withComposition(n.permeate())),
                    Dimension.MASS_CONCENTRATION, 4));
            rows.add(row);
        }
        return new Table("profile", "Along the element (local values at each node)", rows);
    }

    /** @return each solute in feed, concentrate, at the membrane (outlet) and in the permeate */
    public Table solutes() {
        final Composition c = result.feed().composition();
        final LocalState outlet = result.segments().get(result.segments().size() - 1).outlet();
        final List<List<Value>> rows = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("species", "solute", c.species(i).id()));
            row.add(Value.of("feed", "feed", concentration(c, i, result.feed().solution()), Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("concentrate", "concentrate", concentration(result.concentrate().composition(), i,
                    result.concentrate().solution()), Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("membraneAtOutlet", "membrane at outlet", concentration(outlet.wall(), i, outlet.bulk()),
                    Dimension.MASS_CONCENTRATION, 5));
            row.add(Value.of("permeate", "permeate", concentration(result.permeate().composition(), i,
                    result.permeate().solution()), Dimension.MASS_CONCENTRATION, 4));
            row.add(Value.of("rejection", "rejection", result.rejection(i), Dimension.FRACTION, 5));
            rows.add(row);
        }
        return new Table("solutes", "Solutes (concentrations per volume)", rows);
    }

    /** @return sentences on stretches below the osmotic pressure */
    public List<String> notes() {
        final List<String> notes = new ArrayList<>();
        for (PressureDeficit d : result.deficits()) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "From %.3g m to %.3g m the transmembrane pressure is up to %.3g bar below the feed's osmotic pressure.",
                    d.start(), d.end(), d.maxDeficit() / 1e5));
        }
        return notes;
    }
}
