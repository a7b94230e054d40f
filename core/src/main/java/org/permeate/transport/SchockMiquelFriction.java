package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;

/**
 * Darcy friction factor of a spacer-filled spiral-wound feed channel after Schock &amp; Miquel
 * (1987), eq. 24:
 * \[ f = 6.23\,Re^{-0.3}, \qquad \frac{dP}{dx} = -\frac{f\,\rho\,v^2}{2\,d_h} \]
 * with Re and \( d_h \) as in {@link ChannelFlow} and {@link ChannelGeometry} (eq. 17 of the same
 * paper).
 *
 * <p>Source: G. Schock, A. Miquel, "Mass transfer and pressure loss in spiral wound modules",
 * Desalination 64 (1987) 339–352.
 *
 * <p><b>Verification.</b> Form, coefficients and equation number from WaterTAP:
 * {@code watertap/core/membrane_channel_base.py} (comment "Darcy friction factor based on eq. 24 in
 * Mass transfer and pressure loss in spiral wound modules (Schock &amp; Miquel, 1987)", constraint
 * {@code friction_factor_darcy == 6.23 * N_Re ** -0.3}), its RO 0D documentation
 * ({@code f = 6.23/Re^0.3}, spiral-wound) and issue watertap-org/watertap#890; the same numbers
 * appear in independent public RO codes. The paper itself was not read. WaterTAP uses it as a Darcy
 * factor, and so does this class. Note: WaterTAP's RO models at commit 4a26103e did not apply it even
 * for spiral-wound modules (they used the flat-sheet {@link GuillenHoekFriction}); see
 * /work/shared/refdata/watertap_ro0d_cases.json, "quirk_spiral_wound_friction".
 *
 * <p>With \( \Delta P \propto f\,v^2 \propto v^{1.7} \) this law has exactly the flow exponent 1.7
 * of the makers' element pressure-drop formula ({@link EmpiricalPressureDrop}).
 *
 * <p><b>Range.</b> Re of about 100 to 1000, as commonly quoted for the Schock &amp; Miquel
 * correlations (not read in the paper); {@link #warnings} flags Re outside.
 *
 * <p>Stateless and thread-safe; no allocation except in {@link #warnings}.
 */
public final class SchockMiquelFriction implements FrictionCorrelation {

    /** The shared instance. */
    public static final SchockMiquelFriction INSTANCE = new SchockMiquelFriction();

    /** Stable name used in files and reports. */
    public static final String NAME = "schock-miquel-1987";

    /** Leading coefficient. */
    public static final double COEFFICIENT = 6.23;

    /** Exponent of the Reynolds number. */
    public static final double REYNOLDS_EXPONENT = -0.3;

    /** Lower end of the quoted Reynolds range. */
    public static final double MIN_REYNOLDS = 100.0;

    /** Upper end of the quoted Reynolds range. */
    public static final double MAX_REYNOLDS = 1000.0;

    private static final String SOURCE = "Schock & Miquel (1987) eq. 24 friction factor";

    private SchockMiquelFriction() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "G. Schock, A. Miquel, Mass transfer and pressure loss in spiral wound modules, "
                + "Desalination 64 (1987) 339-352, eq. 24: f = 6.23 Re^-0.3 (Darcy)";
    }

    /**
     * @param reynolds Reynolds number, &gt; 0
     * @param geometry the channel (not used)
     * @return Darcy friction factor \( 6.23\,Re^{-0.3} \)
     */
    @Override
    public double darcyFrictionFactor(final double reynolds, final ChannelGeometry geometry) {
        Checks.positive("Reynolds number", reynolds);
        return COEFFICIENT * Math.pow(reynolds, REYNOLDS_EXPONENT);
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
     * @return a {@code FLOW_OUTSIDE_FITTED_RANGE} warning when Re is outside 100–1000
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
