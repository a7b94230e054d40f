package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.permeate.unitops.household.HouseholdRatings;

/**
 * The efficiency rating of a preset falls as the tank pushes back harder on the membrane: a
 * stiffer pre-charge (every litre stored at a higher pressure) or a shut-off that closes at a
 * larger fraction of the line pressure (the tank filled to a higher pressure). The recovery
 * rating, with the tank bypassed, does not change.
 */
class HouseholdBackPressureTest {

    private static HouseholdRatings.Ratings rate(final String overrides) {
        final HouseholdProject p = HouseholdReader.read("preset: under-sink-75\n" + overrides, "unit.yaml", false,
                HouseholdReader.Overrides.NONE);
        return p.unit().rateAtTestConditions(120);
    }

    @Test
    void aStifferPrechargeLowersTheEfficiencyRating() {
        final HouseholdRatings.Ratings soft = rate("tank: {pre-charge: 3 psi}\n");
        final HouseholdRatings.Ratings typical = rate("tank: {pre-charge: 7 psi}\n");
        final HouseholdRatings.Ratings stiff = rate("tank: {pre-charge: 15 psi}\n");
        assertThat(stiff.efficiency()).isLessThan(typical.efficiency());
        assertThat(typical.efficiency()).isLessThan(soft.efficiency());
        assertThat(stiff.recovery()).isEqualTo(soft.recovery());
        for (HouseholdRatings.Ratings r : new HouseholdRatings.Ratings[] {soft, typical, stiff}) {
            assertThat(r.day().shortfallVolume()).isZero();
            assertThat(r.efficiency()).isLessThan(r.recovery());
        }
    }

    @Test
    void aShutOffClosingHigherLowersTheEfficiencyRating() {
        final HouseholdRatings.Ratings low = rate("shut-off: {close: 55 %, reopen: 45 %}\n");
        final HouseholdRatings.Ratings typical = rate("shut-off: {close: 66.7 %, reopen: 45 %}\n");
        final HouseholdRatings.Ratings high = rate("shut-off: {close: 80 %, reopen: 45 %}\n");
        assertThat(high.efficiency()).isLessThan(typical.efficiency());
        assertThat(typical.efficiency()).isLessThan(low.efficiency());
        assertThat(high.recovery()).isEqualTo(low.recovery());
    }
}
