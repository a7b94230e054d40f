package org.permeate.unitops.household;

import java.util.List;

import org.permeate.element.ElementResult;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Quantity;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.DensityModel;
import org.permeate.properties.Solution;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The performance ratings of a household RO unit in the manner of NSF/ANSI 58 (Reverse osmosis
 * drinking water treatment systems). The standard itself could not be read (only the covers of
 * the 2009 and 2013 editions were in reach); the definitions below follow R. Andrew (NSF),
 * "Total dissolved solids reduction testing of point-of-use reverse osmosis systems under
 * NSF/ANSI 58", <i>Water Conditioning &amp; Purification</i>, January 2008, and "POU RO TDS
 * reduction testing", WC&amp;P, July 2017:
 * <ul>
 * <li><b>daily production rate</b>: "the volume of water produced by the system per day"; here
 *     with the tank bypassed (permeate at the atmosphere), as issue 6 states the test water; the
 *     standard measures it under its daily-use pattern, which would give less;</li>
 * <li><b>recovery rating</b>: "the percentage of inlet water available as product water when the
 *     system is operated without a storage tank, or when the storage tank is bypassed";</li>
 * <li><b>efficiency rating</b>: "for RO systems with an automatic shut-off valve and storage tank,
 *     the percentage of inlet water available to the consumer under operating conditions that
 *     approximate typical daily use"; the standard's use pattern was not found, so the pattern is
 *     an argument ({@link #TYPICAL_DAY} is Permeate's own);</li>
 * <li><b>TDS reduction</b>: 1 − TDS of the product / TDS of the feed.</li>
 * </ul>
 * Test conditions: inlet pressure 50 psig (R. Andrew, "An overview of the standard for RO
 * treatment technologies", WC&amp;P, July 2002: "the initial inlet pressure is 50 pounds per square
 * inch gauge"), 25 °C (77 °F) and 750 mg/L TDS (a maker's NSF-style system test: Rayne RayneClear
 * manual, Table A, note 2, "55 psig, 77°F, and 750 ppm TDS"); the TDS is taken as sodium chloride,
 * as issue 6 states (not confirmed from the standard's text).
 */
public final class HouseholdRatings {

    /** Test inlet pressure, 50 psig, as absolute Pa. */
    public static final double TEST_PRESSURE = 50 * Units.PSI + PhysicalConstants.STANDARD_ATMOSPHERE;

    /** Test temperature, 25 °C, K. */
    public static final double TEST_TEMPERATURE = PhysicalConstants.T25;

    /** Test TDS, 750 mg/L as NaCl, kg/m³. */
    public static final double TEST_TDS = 0.750;

    /**
     * A day of draws, 11 L in eight draws of 1–2 L between 07:00 and 21:00: Permeate's own
     * pattern, not the standard's.
     */
    public static final List<Draw> TYPICAL_DAY = List.of(Draw.atHour(7, 1.5), Draw.atHour(8, 1.0),
            Draw.atHour(12, 2.0), Draw.atHour(13, 1.0), Draw.atHour(16, 1.0), Draw.atHour(18, 2.0),
            Draw.atHour(19, 1.5), Draw.atHour(21, 1.0));

    private static final double DAY = 86_400.0;

    private HouseholdRatings() {
    }

    /**
     * The ratings.
     *
     * @param productionRate       daily production rate (tank bypassed), m³/s (× 86 400 for m³/d)
     * @param recovery             recovery rating, permeate / (permeate + drain) by volume, tank bypassed
     * @param efficiency           efficiency rating, product delivered / feed used by volume, with tank
     *                             and shut-off over the day of draws (the second of two identical days)
     * @param tdsReduction         1 − TDS permeate / TDS feed, tank bypassed
     * @param deliveredTdsReduction 1 − TDS of the water delivered over the rated day / TDS feed
     * @param day                  the rated day
     */
    public record Ratings(double productionRate, double recovery, double efficiency, double tdsReduction,
                          double deliveredTdsReduction, DayResult day) {
    }

    /**
     * @param density the density model for mg/L
     * @return NSF-style test water: 750 mg/L NaCl at 25 °C and 50 psig
     */
    public static Solution standardTestWater(final DensityModel density) {
        final double naFraction = SpeciesCatalog.NA.molarMass()
                / (SpeciesCatalog.NA.molarMass() + SpeciesCatalog.CL.molarMass());
        final Composition c = new ConcentrationConverter(density).toComposition(List.of(
                new ConcentrationConverter.Entry(SpeciesCatalog.NA,
                        Quantity.of(TEST_TDS * naFraction, Units.KG_PER_M3_CONC)),
                new ConcentrationConverter.Entry(SpeciesCatalog.CL,
                        Quantity.of(TEST_TDS * (1 - naFraction), Units.KG_PER_M3_CONC))),
                TEST_TEMPERATURE, TEST_PRESSURE);
        return new Solution(c, TEST_TEMPERATURE, TEST_PRESSURE);
    }

    /**
     * The recovery of the unit with the tank bypassed, by volume.
     *
     * @param system the unit
     * @return permeate / (permeate + drain)
     */
    public static double recovery(final HouseholdSystem system) {
        return recovery(system, system.bypassed());
    }

    private static double recovery(final HouseholdSystem system, final ElementResult r) {
        final DensityModel d = system.options().properties().density();
        final double qp = r.permeate().volumetricFlow(d.massDensity(r.permeate().solution()));
        final double qc = r.concentrate().volumetricFlow(d.massDensity(r.concentrate().solution()));
        return qp / (qp + qc);
    }

    /**
     * Rates a unit at its own feed (pass {@code system.withFeed(standardTestWater(..))} for the
     * standard's conditions). The efficiency is that of the second of two identical days, the first
     * starting with a full tank, so the tank's content at the start is what the pattern leaves.
     *
     * @param system  the unit
     * @param pattern one day's draws
     * @param step    time step of the day simulation, s
     * @return the ratings
     */
    public static Ratings rate(final HouseholdSystem system, final List<Draw> pattern, final double step) {
        final DensityModel d = system.options().properties().density();
        final ConcentrationConverter conv = new ConcentrationConverter(d);
        final ElementResult bypassed = system.bypassed();
        final double production = bypassed.permeate().volumetricFlow(d.massDensity(bypassed.permeate().solution()));
        final double feedTds = conv.totalDissolvedSolids(system.feed());
        final double tds = 1 - conv.totalDissolvedSolids(bypassed.permeate().solution()) / feedTds;
        final double full = system.tank().waterVolume(system.shutOff().closePressure(system.linePressure()));
        final DayResult warmUp = DaySimulation.run(system, pattern, DAY, step, full);
        final DayResult day = DaySimulation.run(system, pattern, DAY, step, Math.min(warmUp.finalTankVolume(), full));
        // one TDS definition for feed, permeate and delivered water (dissolved CO2, a gas, left out)
        final double delivered = day.drawnVolume() > 0
                ? 1 - day.deliveredTotalDissolvedSolids(conv, system.feed().temperature()) / feedTds : Double.NaN;
        return new Ratings(production, recovery(system, bypassed), day.efficiency(), tds, delivered, day);
    }
}
