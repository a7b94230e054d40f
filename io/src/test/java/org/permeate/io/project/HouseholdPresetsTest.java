package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.element.ElementResult;
import org.permeate.measure.Units;
import org.permeate.properties.DensityModel;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.HouseholdRatings;

/**
 * Each shipped preset's ratings, pinned: at the NSF/ANSI 58-style test conditions (50 psig, 25 °C,
 * 750 mg/L NaCl) over Permeate's typical day, at the preset's 60 s step, with the household
 * physics ({@code HouseholdPhysics.OPTIONS}, elements calibrated with it). The pinned numbers are
 * this model's (non-regression snapshots, not measurements), with 0.1 gpd and 0.05 percentage
 * point tolerances.
 *
 * <p>Sanity check against the datasheet: the element's rating is measured by its maker at 50 psi
 * on 250 mg/L NaCl at 15 % recovery with the full cross-flow of a test bench. At the standard's
 * water the same 50 psi meets three times the salt (osmotic pressure about 0.58 bar instead of
 * 0.19 bar against 3.45 bar of feed pressure: about 12 % less net driving pressure before
 * polarisation) and, behind a drain restrictor of 420 to 800 mL/min, a tenth of a bench's
 * cross-flow, so the concentration polarisation is stronger (at Reynolds numbers near 15, below
 * the fitted range of Schock &amp; Miquel, whose mass transfer the household physics floors by the
 * laminar slit's: {@code HouseholdPhysics}). Production at
 * the standard's conditions must therefore fall below the rating, but not far below: the band is
 * 60 % to 90 % of the rated gpd. NSF-listed systems are commonly rated well below their membrane's
 * nominal gpd for the same reasons; no published pairing of a listed system with its membrane was
 * found to tighten the band.
 */
class HouseholdPresetsTest {

    private static final Map<String, HouseholdProject> PROJECTS = new LinkedHashMap<>();
    private static final Map<String, HouseholdRatings.Ratings> RATINGS = new LinkedHashMap<>();
    private static final Map<String, DayResult> DAYS = new LinkedHashMap<>();

    @BeforeAll
    static void rateEveryPreset() {
        for (String name : HouseholdReader.PRESETS) {
            final HouseholdProject p = HouseholdReader.preset(name, HouseholdReader.Overrides.NONE);
            PROJECTS.put(name, p);
            RATINGS.put(name, p.unit().rateAtTestConditions(p.timeStep()));
            DAYS.put(name, p.simulate());
        }
    }

    private static void assertRatings(final String name, final double gpd, final double recovery,
                                      final double efficiency, final double tdsReduction) {
        final HouseholdRatings.Ratings r = RATINGS.get(name);
        assertThat(r.productionRate() / Units.GPD.factor()).as(name + " production, gpd").isCloseTo(gpd, within(0.1));
        assertThat(r.recovery()).as(name + " recovery").isCloseTo(recovery, within(5e-4));
        assertThat(r.efficiency()).as(name + " efficiency").isCloseTo(efficiency, within(5e-4));
        assertThat(r.tdsReduction()).as(name + " TDS reduction").isCloseTo(tdsReduction, within(5e-4));
        assertThat(r.day().shortfallVolume()).as(name + " shortfall").isZero();
    }

    @Test
    void underSink50() {
        assertRatings("under-sink-50", 38.96, 0.1960, 0.0830, 0.9752);
    }

    @Test
    void underSink75() {
        assertRatings("under-sink-75", 54.36, 0.2140, 0.0939, 0.9699);
    }

    @Test
    void underSink100() {
        assertRatings("under-sink-100", 70.26, 0.1876, 0.0813, 0.9677);
    }

    @Test
    void countertop75() {
        assertRatings("countertop-75", 54.36, 0.2140, 0.2140, 0.9699);
        // tankless: the efficiency is the recovery (to the density difference of the streams)
        final HouseholdRatings.Ratings r = RATINGS.get("countertop-75");
        assertThat(r.efficiency()).isCloseTo(r.recovery(), within(1e-3 * r.recovery()));
    }

    @Test
    void underSink75WithUvAndRemineralisation() {
        // the same RO part as under-sink-75: UV and calcite act after the tank, on the drawn water only
        assertRatings("under-sink-75-uv-remin", 54.36, 0.2140, 0.0939, 0.9699);
    }

    @Test
    void productionAtTheStandardsConditionsIsWithinTheBandOfTheElementsRating() {
        for (String name : HouseholdReader.PRESETS) {
            final double rated = PROJECTS.get(name).element().permeateFlow();
            assertThat(RATINGS.get(name).productionRate() / rated).as(name).isBetween(0.60, 0.90);
        }
        // the bigger element makes more, in the order of their ratings
        assertThat(RATINGS.get("under-sink-50").productionRate()).isLessThan(RATINGS.get("under-sink-75").productionRate());
        assertThat(RATINGS.get("under-sink-75").productionRate()).isLessThan(RATINGS.get("under-sink-100").productionRate());
    }

    @Test
    void theRecoveryRatingIsTheMembranesOwnWithTheTankBypassed() {
        for (String name : HouseholdReader.PRESETS) {
            final HouseholdProject p = PROJECTS.get(name);
            final HouseholdProject.Unit unit = p.unit();
            final ElementResult e;
            final DensityModel d;
            if (unit instanceof HouseholdProject.WithTank t) {
                final var test = t.system().withFeed(HouseholdRatings.standardTestWater(
                        t.system().options().properties().density()));
                e = test.bypassed();
                d = test.options().properties().density();
            } else {
                final var t = ((HouseholdProject.Tankless) unit).system();
                final var test = t.withFeed(HouseholdRatings.standardTestWater(t.options().properties().density()));
                e = test.running();
                d = test.options().properties().density();
            }
            final double qp = e.permeate().volumetricFlow(d.massDensity(e.permeate().solution()));
            final double qc = e.concentrate().volumetricFlow(d.massDensity(e.concentrate().solution()));
            assertThat(RATINGS.get(name).recovery()).as(name).isCloseTo(qp / (qp + qc), within(1e-12));
            // the element's own recovery (by mass of water) is the same to the streams' density difference
            assertThat(RATINGS.get(name).recovery()).as(name).isCloseTo(e.recovery(), within(2e-3));
            // and with the tank's back-pressure and shut-off the unit recovers less over the day
            if (unit instanceof HouseholdProject.WithTank) {
                assertThat(RATINGS.get(name).efficiency()).as(name).isLessThan(RATINGS.get(name).recovery());
            }
        }
    }

    @Test
    void waterAndEachSoluteBalanceOverEachPresetsDay() {
        for (String name : HouseholdReader.PRESETS) {
            for (DayResult day : new DayResult[] {DAYS.get(name), RATINGS.get(name).day()}) {
                assertThat(day.drawnVolume()).as(name).isCloseTo(11e-3, within(1e-12));
                assertThat(Math.abs(day.waterImbalance())).as(name).isLessThanOrEqualTo(1e-9 * day.feedWater());
                for (int i = 0; i < day.species().size(); i++) {
                    assertThat(Math.abs(day.soluteImbalance(i))).as(name + " " + day.species().species(i).id())
                            .isLessThanOrEqualTo(1e-9 * day.feedSolute()[i]);
                }
            }
        }
    }
}
