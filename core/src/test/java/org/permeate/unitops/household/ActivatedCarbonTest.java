package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;

/** First-order dechlorination; references in household-train-references.md. */
class ActivatedCarbonTest {

    private static final double GPM = Units.US_GALLON / 60;
    private static final double MG_PER_L = 1e-3;

    @Test
    void carbonBlockMeetsItsRatingAtTheRatedFlow() {
        // CBC-1010AAC: 98 % chlorine removal at 1 gpm, 5,000 gal at 1 ppm
        final ActivatedCarbon c = ActivatedCarbon.carbonBlock10Inch();
        final ActivatedCarbon.Oxidants at1gpm = c.treat(GPM, 1 * MG_PER_L, 0);
        assertThat(at1gpm.freeChlorine() / MG_PER_L).isCloseTo(0.02, within(1e-12));
        assertThat(at1gpm.timeToExhaustion() / 60).isCloseTo(5000.0, within(1e-9)); // 5,000 gal at 1 gpm
        // bed volume of the standard block, 0.659 L; contact time 10.4 s at 1 gpm
        assertThat(c.bedVolume() * 1e3).isCloseTo(0.659, within(0.001));
        assertThat(at1gpm.contactTime()).isCloseTo(10.4, within(0.1));
    }

    @Test
    void householdFeedFlowsLeaveNothingForTheMembrane() {
        // a 75 gpd unit takes about 0.1 gpm: four times the contact time, 0.02^4 of the chlorine
        final ActivatedCarbon c = ActivatedCarbon.carbonBlock10Inch();
        final ActivatedCarbon.Oxidants r = c.treat(0.25 * GPM, 2 * MG_PER_L, 0);
        assertThat(r.freeChlorine() / MG_PER_L).isCloseTo(2 * Math.pow(0.02, 4), within(1e-12));
        assertThat(r.warnings()).isEmpty();
        // capacity scales with flow and inlet chlorine: 5,000 gal·ppm / (0.25 gpm · 2 ppm) = 10,000 min
        assertThat(r.timeToExhaustion() / 60).isCloseTo(10_000.0, within(1e-6));
    }

    @Test
    void halfValueLengthHalvesTheChlorineAtTheTestVelocity() {
        // DIN 19603: a bed one half-value length deep at 6 cm/min halves free chlorine
        final double area = 1e-3;
        final double hvl = 0.03;
        final ActivatedCarbon gac = ActivatedCarbon.halfValueLength("GAC", area * hvl, hvl, 1, 1e-3);
        final double q = area * ActivatedCarbon.DIN_19603_VELOCITY;
        assertThat(gac.treat(q, 5 * MG_PER_L, 0).freeChlorine() / MG_PER_L).isCloseTo(2.5, within(1e-12));
        // two half-value lengths deep: a quarter
        final ActivatedCarbon deep = ActivatedCarbon.halfValueLength("GAC", 2 * area * hvl, hvl, 1, 1e-3);
        assertThat(deep.treat(q, 5 * MG_PER_L, 0).freeChlorine() / MG_PER_L).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void chlorineReachingTheMembraneIsFlagged() {
        // a spent or overrun carbon: rated 50 % at 1 gpm, run at 3 gpm with 2 mg/L
        final ActivatedCarbon weak = ActivatedCarbon.ratedReduction("weak", 0.5e-3, GPM, 0.5, 1, 1e-3);
        final ActivatedCarbon.Oxidants r = weak.treat(3 * GPM, 2 * MG_PER_L, 0);
        assertThat(r.freeChlorine()).isGreaterThan(ActivatedCarbon.MEMBRANE_CHLORINE_LIMIT);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WarningKind.OUTSIDE_MAKER_LIMIT));
        // 1,000 ppm·h at the outlet concentration
        assertThat(r.timeToMembraneTolerance() / 3600).isCloseTo(1000 / (r.freeChlorine() / MG_PER_L),
                within(1e-9));
        // chloramine: no rating, nothing removed, and said so
        final ActivatedCarbon.Oxidants nh2cl = ActivatedCarbon.carbonBlock10Inch().treat(0.25 * GPM, 0, 1.5 * MG_PER_L);
        assertThat(nh2cl.chloramine()).isEqualTo(1.5 * MG_PER_L);
        assertThat(nh2cl.warnings()).extracting(w -> w.kind())
                .contains(WarningKind.SOLUTE_NOT_IN_MODEL, WarningKind.OUTSIDE_MAKER_LIMIT);
        // with a chloramine rate (slower than chlorine), some is removed
        final ActivatedCarbon rated = ActivatedCarbon.carbonBlock10Inch().withChloramineRate(0.01);
        assertThat(rated.treat(0.25 * GPM, 0, 1.5 * MG_PER_L).chloramine()).isLessThan(1.5 * MG_PER_L);
        // from a chloramine rating: 80 % at 0.5 gpm reproduces itself, and the carbon stays faster on chlorine
        final ActivatedCarbon claim = ActivatedCarbon.carbonBlock10Inch().withChloramineRating(0.5 * GPM, 0.8);
        assertThat(claim.treat(0.5 * GPM, 0, 3 * MG_PER_L).chloramine() / MG_PER_L).isCloseTo(0.6, within(1e-12));
        assertThat(claim.chloramineRate()).isLessThan(claim.freeChlorineRate());
    }

    @Test
    void impossibleInputGetsClearErrors() {
        final ActivatedCarbon c = ActivatedCarbon.carbonBlock10Inch();
        assertThatThrownBy(() -> c.treat(-GPM, 1e-3, 0)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("flow through the carbon");
        assertThatThrownBy(() -> c.treat(GPM, -1e-3, 0)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("free chlorine");
        assertThatThrownBy(() -> ActivatedCarbon.ratedReduction("x", 1e-3, GPM, 1.0, 1, 1e-3))
                .isInstanceOf(PermeateException.class).hasMessageContaining("rated chlorine reduction");
        assertThatThrownBy(() -> c.withChloramineRate(-1)).isInstanceOf(PermeateException.class);
    }
}
