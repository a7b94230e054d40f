package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementOptions;
import org.permeate.element.ElementResult;
import org.permeate.element.Polarization;
import org.permeate.transport.ChannelFlow;
import org.permeate.transport.LaminarSlitMassTransfer;
import org.permeate.transport.SchockMiquelMassTransfer;

/** The 75 gpd unit with the laminar floor under Schock &amp; Miquel: how the ratings move. */
class HouseholdMassTransferTest {

    @Test
    void theFloorRaisesMassTransferAndProductionOfThe1812() {
        final HouseholdSystem base = HouseholdFixtures.unit75();
        final ElementOptions floored = base.options().withPolarization(
                new Polarization.Film(LaminarSlitMassTransfer.atLeast(SchockMiquelMassTransfer.INSTANCE)));
        final HouseholdSystem withFloor = new HouseholdSystem(base.element(), floored, base.restrictor(),
                base.tank(), base.shutOff(), base.feed());
        final ElementResult a = base.bypassed();
        final ElementResult b = withFloor.bypassed();
        // household Reynolds number at the element inlet
        final double rho = base.options().properties().density().massDensity(a.feed().solution());
        final double mu = 8.9e-4;
        final ChannelFlow flow = new ChannelFlow(base.element().geometry().channel(), a.feed().waterMassFlow(), rho,
                mu, 1.5e-9);
        assertThat(flow.reynolds()).isBetween(3.0, 40.0);
        // less polarisation, so more permeate and a lower permeate TDS
        assertThat(b.maxPolarization()).isLessThan(a.maxPolarization());
        assertThat(b.permeate().waterMassFlow()).isGreaterThanOrEqualTo(a.permeate().waterMassFlow());
        final HouseholdRatings.Ratings ra = HouseholdRatings.rate(base.withFeed(
                HouseholdRatings.standardTestWater(base.options().properties().density())),
                HouseholdRatings.TYPICAL_DAY, 120);
        final HouseholdRatings.Ratings rb = HouseholdRatings.rate(withFloor.withFeed(
                HouseholdRatings.standardTestWater(base.options().properties().density())),
                HouseholdRatings.TYPICAL_DAY, 120);
        System.out.printf("Re %.1f; CP %.4f -> %.4f; production %.2f -> %.2f gpd; recovery %.4f -> %.4f; "
                        + "efficiency %.4f -> %.4f; TDS reduction %.4f -> %.4f%n", flow.reynolds(),
                a.maxPolarization(), b.maxPolarization(), ra.productionRate() * 86400 / 3.785411784e-3,
                rb.productionRate() * 86400 / 3.785411784e-3, ra.recovery(), rb.recovery(), ra.efficiency(),
                rb.efficiency(), ra.tdsReduction(), rb.tdsReduction());
        assertThat(rb.tdsReduction()).isGreaterThan(ra.tdsReduction());
        assertThat(rb.productionRate()).isGreaterThanOrEqualTo(ra.productionRate());
    }
}
