package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;

/**
 * Darcy friction factor of a spacer-filled flat-sheet channel as used by WaterTAP:
 * \[ f = 0.42 + \frac{189.3}{Re}, \qquad \frac{dP}{dx} = -\frac{f\,\rho\,v^2}{2\,d_h} \]
 * with Re and \( d_h \) as in {@link ChannelFlow} and {@link ChannelGeometry}.
 *
 * <p>Sources: WaterTAP cites it as "eq. S27 in SI for Cost Optimization of Osmotically Assisted
 * Reverse Osmosis", i.e. the Supporting Information of T.V. Bartholomew, N.S. Siefert, M.S. Mauter,
 * "Cost Optimization of Osmotically Assisted Reverse Osmosis", Environmental Science &amp; Technology
 * 52(20) (2018) 11813–11821, doi:10.1021/acs.est.8b02771 (full reference as listed in WaterTAP's RO
 * costing documentation). According to the WaterTAP maintainers (issue watertap-org/watertap#890,
 * 2023) the relation comes from the work of Guillen &amp; Hoek (G. Guillen, E.M.V. Hoek, Chem. Eng. J.
 * 149 (2009) 221–231) and "is actually specific to a flat-sheet membrane module with specific spacer
 * and channel geometry".
 *
 * <p><b>Verification.</b> Form and coefficients read from {@code watertap/core/membrane_channel_base.py}
 * (constraint {@code (friction_factor_darcy - 0.42) * N_Re == 189.3}) and WaterTAP's RO 0D
 * documentation. Neither the SI of Bartholomew et al. nor the Guillen &amp; Hoek paper was read. The
 * class reproduces WaterTAP's calculated pressure drop of its test case "RO0D_dP_calculated_flat"
 * (see the tests). WaterTAP's RO models at commit 4a26103e applied this factor to spiral-wound modules
 * as well.
 *
 * <p><b>Range.</b> Not found; {@link #warnings} uses WaterTAP's variable bounds on Re (10 to 5000),
 * which are solver bounds, not a fitted range.
 *
 * <p>Stateless and thread-safe; no allocation except in {@link #warnings}.
 */
public final class GuillenHoekFriction implements FrictionCorrelation {

    /** The shared instance. */
    public static final GuillenHoekFriction INSTANCE = new GuillenHoekFriction();

    /** Stable name used in files and reports. */
    public static final String NAME = "guillen-hoek-2009";

    /** Constant term. */
    public static final double CONSTANT = 0.42;

    /** Coefficient of 1/Re. */
    public static final double LAMINAR_COEFFICIENT = 189.3;

    /** Lower Reynolds bound of WaterTAP's channel model. */
    public static final double MIN_REYNOLDS = 10.0;

    /** Upper Reynolds bound of WaterTAP's channel model. */
    public static final double MAX_REYNOLDS = 5000.0;

    private static final String SOURCE = "Guillen & Hoek flat-sheet friction factor (WaterTAP bounds)";

    private GuillenHoekFriction() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "T.V. Bartholomew, N.S. Siefert, M.S. Mauter, Cost Optimization of Osmotically Assisted Reverse "
                + "Osmosis, Environ. Sci. Technol. 52 (2018) 11813-11821, SI eq. S27 (after Guillen & Hoek 2009), "
                + "as implemented in WaterTAP: f = 0.42 + 189.3/Re (Darcy)";
    }

    /**
     * @param reynolds Reynolds number, &gt; 0
     * @param geometry the channel (not used)
     * @return Darcy friction factor \( 0.42 + 189.3/Re \)
     */
    @Override
    public double darcyFrictionFactor(final double reynolds, final ChannelGeometry geometry) {
        Checks.positive("Reynolds number", reynolds);
        return CONSTANT + LAMINAR_COEFFICIENT / reynolds;
    }

    /**
     * As the interface's default, but 0 at zero flow (where f is infinite and f·v² tends to 0).
     *
     * @param flow the flow; its mass flow must not be negative
     * @return pressure gradient dP/dx, Pa/m (≤ 0)
     */
    @Override
    public double pressureGradient(final ChannelFlow flow) {
        if (Checks.nonNegative("channel mass flow", flow.massFlow()) == 0.0) {
            return 0.0;
        }
        return FrictionCorrelation.super.pressureGradient(flow);
    }

    /**
     * @return a {@code FLOW_OUTSIDE_FITTED_RANGE} warning when Re is outside 10–5000
     */
    @Override
    public List<ModelWarning> warnings(final double reynolds) {
        return RangeWarnings.reynolds(SOURCE, reynolds, MIN_REYNOLDS, MAX_REYNOLDS);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
