package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;

/**
 * Sherwood number of a spacer-filled spiral-wound feed channel after Schock &amp; Miquel (1987):
 * \[ Sh = 0.065\,Re^{0.875}\,Sc^{0.25} \]
 * with Sh and Re on the hydraulic diameter of the spacer-filled slit (their eq. 17, see
 * {@link ChannelGeometry#hydraulicDiameter()}) and the interstitial velocity of {@link ChannelFlow}.
 *
 * <p>Source: G. Schock, A. Miquel, "Mass transfer and pressure loss in spiral wound modules",
 * Desalination 64 (1987) 339–352. The companion friction law is {@link SchockMiquelFriction}.
 *
 * <p><b>Verification.</b> The paper itself was not read (only its title, journal, volume and pages,
 * from reference lists such as deswater.com DWT vol. 112 references). The coefficients 0.065, 0.875
 * and 0.25 were found, each time attributed to Schock &amp; Miquel, in several independent public
 * codes (JavaScript and Julia RO models found by full-text search of public GitHub files, and design
 * notes that pair it with \( f = 6.23\,Re^{-0.3} \)); one MATLAB model citing Du et al. (2014) uses
 * 0.068 instead of 0.065. The equation number in the paper is therefore not given here. Which
 * velocity the paper puts in Re (interstitial or superficial) was not checked; this class uses the
 * interstitial velocity, as WaterTAP does for its own correlations.
 *
 * <p><b>Range.</b> Reynolds numbers of about 100 to 1000 as commonly quoted for this correlation
 * (not read in the paper); {@link #warnings} flags Re outside that span. No Schmidt-number range was
 * found, so none is checked.
 *
 * <p>Stateless and thread-safe; {@link #sherwood} does not allocate.
 */
public final class SchockMiquelMassTransfer implements MassTransferCorrelation {

    /** The shared instance. */
    public static final SchockMiquelMassTransfer INSTANCE = new SchockMiquelMassTransfer();

    /** Stable name used in files and reports. */
    public static final String NAME = "schock-miquel-1987";

    /** Leading coefficient. */
    public static final double COEFFICIENT = 0.065;

    /** Exponent of the Reynolds number. */
    public static final double REYNOLDS_EXPONENT = 0.875;

    /** Exponent of the Schmidt number. */
    public static final double SCHMIDT_EXPONENT = 0.25;

    /** Lower end of the quoted Reynolds range. */
    public static final double MIN_REYNOLDS = 100.0;

    /** Upper end of the quoted Reynolds range. */
    public static final double MAX_REYNOLDS = 1000.0;

    private static final String SOURCE = "Schock & Miquel (1987) Sherwood correlation";

    private SchockMiquelMassTransfer() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "G. Schock, A. Miquel, Mass transfer and pressure loss in spiral wound modules, "
                + "Desalination 64 (1987) 339-352; Sh = 0.065 Re^0.875 Sc^0.25";
    }

    /**
     * @param reynolds Reynolds number, ≥ 0
     * @param schmidt  Schmidt number, &gt; 0
     * @param geometry the channel (not used)
     * @return \( 0.065\,Re^{0.875}\,Sc^{0.25} \); 0 at Re = 0
     */
    @Override
    public double sherwood(final double reynolds, final double schmidt, final ChannelGeometry geometry) {
        Checks.nonNegative("Reynolds number", reynolds);
        Checks.positive("Schmidt number", schmidt);
        return COEFFICIENT * Math.pow(reynolds, REYNOLDS_EXPONENT) * Math.pow(schmidt, SCHMIDT_EXPONENT);
    }

    /**
     * @return a {@code FLOW_OUTSIDE_FITTED_RANGE} warning when Re is outside 100–1000
     */
    @Override
    public List<ModelWarning> warnings(final double reynolds, final double schmidt) {
        return RangeWarnings.reynolds(SOURCE, reynolds, MIN_REYNOLDS, MAX_REYNOLDS);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
