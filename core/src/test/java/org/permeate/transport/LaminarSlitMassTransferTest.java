package org.permeate.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The empty laminar slit: Lévêque's constant re-derived, both asymptotes, and the floor under
 * Schock &amp; Miquel at household Reynolds numbers. References in
 * unitops/household/household-train-references.md.
 */
class LaminarSlitMassTransferTest {

    /** Γ(4/3) (Abramowitz &amp; Stegun, Table 6.1: Γ(1.3333...) = 0.8929795116). */
    private static final double GAMMA_4_3 = 0.8929795116;

    /** A household spiral-wound channel: 0.7 mm (28 mil) spacer, ε 0.85, 0.3 m long. */
    private static final ChannelGeometry HOUSEHOLD = new ChannelGeometry(0.7e-3, 0.85, 1.0, 0.30);

    @Test
    void levequeConstantFollowsFromPlanePoiseuilleFlow() {
        // local k = D/(9^(1/3) Γ(4/3)) (γ/(D x))^(1/3), wall shear γ = 6ū/H, mean over L = 3/2 local at L,
        // d_s = 2H: Sh = (3/2) 12^(1/3)/(9^(1/3) Γ(4/3)) (Re Sc d_s/L)^(1/3)
        final double derived = 1.5 * Math.cbrt(12) / (Math.cbrt(9) * GAMMA_4_3);
        assertThat(derived).isCloseTo(1.849, within(5e-4));
        assertThat(LaminarSlitMassTransfer.LEVEQUE).isCloseTo(derived, within(5e-4));
    }

    @Test
    void reachesBothAsymptotes() {
        final ChannelGeometry empty = new ChannelGeometry(1e-3, 1.0, 1.0, 0.5);
        // ε = 1: d_h = 4/(2/h) = 2h, the slit's own, so Sh is returned unconverted
        assertThat(empty.hydraulicDiameter()).isCloseTo(2e-3, within(1e-15));
        final double shSmall = LaminarSlitMassTransfer.INSTANCE.sherwood(1e-9, 600, empty);
        assertThat(shSmall).isCloseTo(7.541, within(1e-6));
        final double re = 1000;
        final double sc = 1e4;
        final double gz = re * sc * 2e-3 / 0.5;
        final double shLarge = LaminarSlitMassTransfer.INSTANCE.sherwood(re, sc, empty);
        assertThat(shLarge).isCloseTo(1.849 * Math.cbrt(gz), within(0.002 * shLarge));
        // monotone in Re
        double last = 0;
        for (int i = 0; i <= 100; i++) {
            final double sh = LaminarSlitMassTransfer.INSTANCE.sherwood(i * 10.0, 600, HOUSEHOLD);
            assertThat(sh).isGreaterThanOrEqualTo(last);
            last = sh;
        }
    }

    @Test
    void theCoefficientIsTheSlitsWhateverDiameterItIsExpressedOn() {
        // k = Sh D/d_h must equal Sh_s D/d_s of the same flow in the empty slit
        final double re = 11;
        final double sc = 600;
        final double sh = LaminarSlitMassTransfer.INSTANCE.sherwood(re, sc, HOUSEHOLD);
        final double ds = 2 * HOUSEHOLD.height();
        final double reSlit = re * HOUSEHOLD.porosity() * ds / HOUSEHOLD.hydraulicDiameter();
        final double gz = reSlit * sc * ds / HOUSEHOLD.length();
        final double shSlit = Math.cbrt(Math.pow(7.541, 3) + Math.pow(1.849 * Math.cbrt(gz), 3));
        assertThat(sh / HOUSEHOLD.hydraulicDiameter()).isCloseTo(shSlit / ds, within(1e-12 * shSlit / ds));
    }

    @Test
    void schockMiquelExtrapolatedToHouseholdFlowsFallsBelowTheEmptySlit() {
        final double sc = 600;
        final double sm = SchockMiquelMassTransfer.INSTANCE.sherwood(11, sc, HOUSEHOLD);
        final double slit = LaminarSlitMassTransfer.INSTANCE.sherwood(11, sc, HOUSEHOLD);
        assertThat(sm).isLessThan(slit);
        assertThat(SchockMiquelMassTransfer.INSTANCE.warnings(11, sc)).isNotEmpty();
        final MassTransferCorrelation floored = LaminarSlitMassTransfer.atLeast(SchockMiquelMassTransfer.INSTANCE);
        assertThat(floored.sherwood(11, sc, HOUSEHOLD)).isEqualTo(slit);
        // in Schock & Miquel's own range the spacer correlation is the larger and is kept
        assertThat(floored.sherwood(400, sc, HOUSEHOLD))
                .isEqualTo(SchockMiquelMassTransfer.INSTANCE.sherwood(400, sc, HOUSEHOLD));
        assertThat(floored.name()).isEqualTo("schock-miquel-1987+laminar-floor");
        assertThat(LaminarSlitMassTransfer.INSTANCE.warnings(11, sc, HOUSEHOLD)).isEmpty();
        assertThat(LaminarSlitMassTransfer.INSTANCE.warnings(5000, sc, HOUSEHOLD)).isNotEmpty();
    }
}
