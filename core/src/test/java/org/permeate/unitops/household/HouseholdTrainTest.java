package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;

/** The stages around the membrane as one record: what reaches the membrane, the carbon's life, refusals. */
class HouseholdTrainTest {

    private static HouseholdTrain train(final ActivatedCarbon carbon, final double chlorine) {
        return new HouseholdTrain(List.of(), carbon, chlorine, 0, List.of(), null,
                HouseholdTrain.DEFAULT_UV_TRANSMITTANCE, null, HouseholdTrain.DEFAULT_FAUCET_FLOW);
    }

    @Test
    void withoutCarbonTheTapsChlorineReachesTheMembraneWithAWarning() {
        final ActivatedCarbon.Oxidants ox = train(null, 1e-3).oxidantsAtMembrane(1e-5);
        assertThat(ox.freeChlorine()).isEqualTo(1e-3);
        assertThat(ox.warnings()).extracting(w -> w.kind()).containsExactly(WarningKind.OUTSIDE_MAKER_LIMIT);
        // 1,000 ppm·h at 1 mg/L: 1,000 h
        assertThat(ox.timeToMembraneTolerance()).isCloseTo(1000 * Units.HOUR, within(1e-6));
        assertThat(train(null, 0.05e-3).oxidantsAtMembrane(1e-5).warnings()).isEmpty();
    }

    @Test
    void theCarbonBlockProtectsTheMembraneAndLastsItsRatedCapacity() {
        final HouseholdTrain t = train(ActivatedCarbon.carbonBlock10Inch(), 1e-3);
        // at a household feed flow (0.2 gpm) the block's contact time is five times its rated one: 98 % → (2 %)^5
        final double q = 0.2 * Units.US_GALLON / 60;
        assertThat(t.oxidantsAtMembrane(q).freeChlorine()).isCloseTo(1e-3 * Math.pow(0.02, 5), within(1e-15));
        assertThat(t.oxidantsAtMembrane(q).warnings()).isEmpty();
        // 5,000 gal at 1 mg/L: 100 L a day of 1 mg/L tap water uses it up in 189 days
        assertThat(t.carbonLifeDays(0.1)).isCloseTo(5000 * Units.US_GALLON / 0.1, within(1e-9));
        assertThat(train(ActivatedCarbon.carbonBlock10Inch(), 2e-3).carbonLifeDays(0.1))
                .isCloseTo(t.carbonLifeDays(0.1) / 2, within(1e-9));
        assertThat(train(null, 1e-3).carbonLifeDays(0.1)).isInfinite();
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> new HouseholdTrain(List.of(), null, -1e-3, 0, List.of(), null, 0.98, null, 1e-5))
                .isInstanceOf(PermeateException.class).hasMessageContaining("free chlorine");
        assertThatThrownBy(() -> new HouseholdTrain(List.of(), null, 0, 0, List.of(), null, 1.2, null, 1e-5))
                .isInstanceOf(PermeateException.class).hasMessageContaining("UV transmittance");
        assertThatThrownBy(() -> new HouseholdTrain(List.of(), null, 0, 0, List.of(), null, 0.98, null, 0))
                .isInstanceOf(PermeateException.class).hasMessageContaining("faucet flow");
    }
}
