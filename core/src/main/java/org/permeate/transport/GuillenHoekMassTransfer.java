package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;

/**
 * Sherwood number of a spacer-filled channel as used by WaterTAP for both flat-sheet and
 * spiral-wound channels, attributed to Guillen &amp; Hoek (2009):
 * \[ Sh = 0.46\,(Re\,Sc)^{0.36} \]
 * with Sh and Re on the hydraulic diameter of {@link ChannelGeometry} and the interstitial velocity
 * of {@link ChannelFlow} (WaterTAP: \( Re = \dot m\,d_h/(A_c\,\mu) \) with \( A_c = hW\varepsilon \),
 * which is the same number).
 *
 * <p>Source: G. Guillen, E.M.V. Hoek, "Modeling the impacts of feed spacer design, permeate flux,
 * and cross flow velocity on concentration polarization in reverse osmosis channels", Chemical
 * Engineering Journal 149 (2009) 221–231 (two-dimensional CFD of a channel with circular spacer
 * filaments).
 *
 * <p><b>Verification.</b> The expression and its coefficients are read from WaterTAP,
 * {@code watertap/core/membrane_channel_base.py} (constraint {@code eq_N_Sh}/{@code eq_N_Sh_comp},
 * {@code N_Sh == 0.46 * (N_Re * N_Sc) ** 0.36}), which gives no citation in the code. The attribution
 * to Guillen &amp; Hoek (2009) is the WaterTAP maintainers': issue watertap-org/watertap#867
 * (T. Bartholomew, 2022: "the sherwood number calculation we use from Guillen and Hoek (2009)") and
 * the tutorial of pull request #1163 ("a correlation derived by Guillen et al from CFD simulation of 2D
 * flow in RO channel with circular spacer filaments"). The paper itself was not read, so its equation
 * number and fitted range are not known. This class reproduces WaterTAP's expression exactly (the
 * same operations in the same order), so WaterTAP's RO cases can be reproduced with it.
 *
 * <p><b>Range.</b> The paper's range was not found. {@link #warnings} uses the only stated bounds,
 * the variable bounds WaterTAP puts on its channel model (\( 10 \le Re \le 5000 \),
 * \( 100 \le Sc \le 2000 \)); those are solver bounds, not a fitted range.
 *
 * <p>Stateless and thread-safe; {@link #sherwood} does not allocate.
 */
public final class GuillenHoekMassTransfer implements MassTransferCorrelation {

    /** The shared instance. */
    public static final GuillenHoekMassTransfer INSTANCE = new GuillenHoekMassTransfer();

    /** Stable name used in files and reports. */
    public static final String NAME = "guillen-hoek-2009";

    /** Leading coefficient. */
    public static final double COEFFICIENT = 0.46;

    /** Exponent of the Péclet number Re·Sc. */
    public static final double EXPONENT = 0.36;

    /** Lower Reynolds bound of WaterTAP's channel model. */
    public static final double MIN_REYNOLDS = 10.0;

    /** Upper Reynolds bound of WaterTAP's channel model. */
    public static final double MAX_REYNOLDS = 5000.0;

    /** Lower Schmidt bound of WaterTAP's channel model. */
    public static final double MIN_SCHMIDT = 100.0;

    /** Upper Schmidt bound of WaterTAP's channel model. */
    public static final double MAX_SCHMIDT = 2000.0;

    private static final String SOURCE = "Guillen & Hoek (2009) Sherwood correlation (WaterTAP bounds)";

    private GuillenHoekMassTransfer() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "G. Guillen, E.M.V. Hoek, Modeling the impacts of feed spacer design, permeate flux, and cross "
                + "flow velocity on concentration polarization in reverse osmosis channels, Chem. Eng. J. 149 "
                + "(2009) 221-231; Sh = 0.46 (Re Sc)^0.36 as implemented in WaterTAP membrane_channel_base.py";
    }

    /**
     * @param reynolds Reynolds number, ≥ 0
     * @param schmidt  Schmidt number, &gt; 0
     * @param geometry the channel (not used)
     * @return \( 0.46\,(Re\,Sc)^{0.36} \); 0 at Re = 0
     */
    @Override
    public double sherwood(final double reynolds, final double schmidt, final ChannelGeometry geometry) {
        Checks.nonNegative("Reynolds number", reynolds);
        Checks.positive("Schmidt number", schmidt);
        return COEFFICIENT * Math.pow(reynolds * schmidt, EXPONENT);
    }

    /**
     * @return {@code FLOW_OUTSIDE_FITTED_RANGE} warnings when Re is outside 10–5000 or Sc outside 100–2000
     */
    @Override
    public List<ModelWarning> warnings(final double reynolds, final double schmidt) {
        return RangeWarnings.reynoldsSchmidt(SOURCE, reynolds, MIN_REYNOLDS, MAX_REYNOLDS, schmidt, MIN_SCHMIDT,
                MAX_SCHMIDT);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
