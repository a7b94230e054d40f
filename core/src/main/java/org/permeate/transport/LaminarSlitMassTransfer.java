package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;

/**
 * Sherwood number of laminar flow in an <i>empty</i> slit (parallel plates), both walls at one
 * concentration, averaged over the channel length: the Lévêque entrance solution blended with the
 * fully developed value,
 * \[ Sh_{s} = \left[ Sh_\infty^3 + \left(C_L\,Gz^{1/3}\right)^3 \right]^{1/3},\qquad
 *    Gz = Re_s\,Sc\,\frac{d_s}{L} \]
 * on the slit's own hydraulic diameter \( d_s = 2h \) and superficial velocity.
 * <ul>
 * <li>\( C_L = \tfrac{3}{2}\,12^{1/3}/(9^{1/3}\Gamma(4/3)) = 1.849 \): M.A. Lévêque, "Les lois de
 *     la transmission de chaleur par convection", Annales des Mines 13 (1928) 201–299, the
 *     solution for a linear velocity profile at the wall (shear rate \( 6\bar u/H \) of plane
 *     Poiseuille flow), averaged over the length; the same constant as the mean Nusselt number
 *     of the parallel-plate thermal entrance in R.K. Shah, A.L. London, <i>Laminar Flow Forced
 *     Convection in Ducts</i>, Academic Press 1978 (ch. VI), and the "1.85" of the Sherwood
 *     correlations for laminar channels in the membrane literature (e.g. M.C. Porter, Ind. Eng.
 *     Chem. Prod. Res. Dev. 11 (1972) 234–248). The derivation is repeated in the test.</li>
 * <li>\( Sh_\infty = 7.541 \): fully developed parallel-plate flow with both walls at constant
 *     concentration (Shah &amp; London 1978, the Graetz eigenvalue problem; 7.5407).</li>
 * <li>The cube blend is the Churchill–Usagi form (S.W. Churchill, R. Usagi, AIChE J. 18 (1972)
 *     1121–1128) with exponent 3; it is exact in both limits and, for these two asymptotes,
 *     within a few per cent of the exact Graetz series in between (not checked here against the
 *     series).</li>
 * </ul>
 *
 * <p><b>Use.</b> A spacer mixes the channel and can only raise the Sherwood number above the
 * empty slit's at the same flow (spacer-filled channels give several times the empty-channel
 * mass transfer: G. Schock, A. Miquel, Desalination 64 (1987) 339–352; A.R. Da Costa,
 * A.G. Fane, D.E. Wiley, J. Membr. Sci. 87 (1994) 79–98 — titles read, their low-Re numbers
 * not). So the empty slit is a lower bound for spacer-filled channels. At household flows
 * (Re ≈ 10 in a 1812 element) Schock &amp; Miquel's fit, extrapolated far below its range of
 * about 100–1000, falls <i>below</i> this bound, which cannot be; {@link #atLeast} makes a
 * correlation that never drops under it.
 *
 * <p><b>Conversion to the channel's variables.</b> The element passes Re on the spacer-filled
 * hydraulic diameter \( d_h \) and the interstitial velocity u of {@link ChannelFlow}. The same
 * flow in the empty slit has superficial velocity εu, so \( Re_s = Re\,\varepsilon\,d_s/d_h \),
 * and a coefficient \( k = Sh_s D/d_s \) is returned as \( Sh = Sh_s\,d_h/d_s \).
 *
 * <p><b>Range.</b> Laminar: \( Re_s \) below about 2000 (plane Poiseuille flow; a warning above).
 * Stateless and thread-safe.
 */
public final class LaminarSlitMassTransfer implements MassTransferCorrelation {

    /** The shared instance. */
    public static final LaminarSlitMassTransfer INSTANCE = new LaminarSlitMassTransfer();

    /** Stable name used in files and reports. */
    public static final String NAME = "laminar-slit";

    /** Lévêque's constant for the length-averaged Sherwood number of a slit. */
    public static final double LEVEQUE = 1.849;

    /** Fully developed Sherwood number, parallel plates, constant wall concentration. */
    public static final double FULLY_DEVELOPED = 7.541;

    /** Upper end of laminar flow in a slit, on its own hydraulic diameter. */
    public static final double MAX_SLIT_REYNOLDS = 2000.0;

    private static final String SOURCE = "Lévêque (1928) laminar slit";

    private LaminarSlitMassTransfer() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "M.A. Lévêque, Annales des Mines 13 (1928) 201-299; R.K. Shah, A.L. London, Laminar Flow Forced "
                + "Convection in Ducts (1978): Sh = (7.541^3 + (1.849 (Re Sc d/L)^(1/3))^3)^(1/3), empty slit";
    }

    /**
     * @param reynolds Reynolds number on d_h and the interstitial velocity, ≥ 0
     * @param schmidt  Schmidt number, &gt; 0
     * @param geometry the channel (height, porosity, length used)
     * @return the empty slit's Sherwood number, expressed on d_h
     */
    @Override
    public double sherwood(final double reynolds, final double schmidt, final ChannelGeometry geometry) {
        Checks.nonNegative("Reynolds number", reynolds);
        Checks.positive("Schmidt number", schmidt);
        final double dh = geometry.hydraulicDiameter();
        final double ds = 2 * geometry.height();
        final double graetz = slitReynolds(reynolds, geometry) * schmidt * ds / geometry.length();
        final double entrance = LEVEQUE * Math.cbrt(graetz);
        final double slit = Math.cbrt(FULLY_DEVELOPED * FULLY_DEVELOPED * FULLY_DEVELOPED
                + entrance * entrance * entrance);
        return slit * dh / ds;
    }

    /**
     * @return Re of the same flow in the empty slit, on d_s = 2h and the superficial velocity
     */
    static double slitReynolds(final double reynolds, final ChannelGeometry geometry) {
        return reynolds * geometry.porosity() * 2 * geometry.height() / geometry.hydraulicDiameter();
    }

    /**
     * @return an empty list: the slit Reynolds number needs the geometry, see
     *         {@link #warnings(double, double, ChannelGeometry)} (spiral-wound elements run far below
     *         the slit's laminar limit)
     */
    @Override
    public List<ModelWarning> warnings(final double reynolds, final double schmidt) {
        return List.of();
    }

    /**
     * @param reynolds Re on d_h
     * @param schmidt  Sc
     * @param geometry the channel
     * @return a warning when the slit flow would be turbulent
     */
    public List<ModelWarning> warnings(final double reynolds, final double schmidt, final ChannelGeometry geometry) {
        return RangeWarnings.reynolds(SOURCE + " (slit Reynolds number)", slitReynolds(reynolds, geometry), 0.0,
                MAX_SLIT_REYNOLDS);
    }

    /**
     * A spacer correlation that never falls below the empty slit.
     *
     * @param spacer the spacer-filled channel's correlation (e.g. {@link SchockMiquelMassTransfer#INSTANCE})
     * @return \( \max(Sh_{spacer}, Sh_{slit}) \), named {@code "<spacer>+laminar-floor"}
     */
    public static MassTransferCorrelation atLeast(final MassTransferCorrelation spacer) {
        return new Floored(spacer);
    }

    /** max(spacer, empty slit); its warnings are the spacer's (the floor is used where they apply). */
    private record Floored(MassTransferCorrelation spacer) implements MassTransferCorrelation {

        @Override
        public String name() {
            return spacer.name() + "+laminar-floor";
        }

        @Override
        public String source() {
            return spacer.source() + "; never below the empty laminar slit: " + INSTANCE.source();
        }

        @Override
        public double sherwood(final double reynolds, final double schmidt, final ChannelGeometry geometry) {
            return Math.max(spacer.sherwood(reynolds, schmidt, geometry),
                    INSTANCE.sherwood(reynolds, schmidt, geometry));
        }

        @Override
        public List<ModelWarning> warnings(final double reynolds, final double schmidt) {
            return spacer.warnings(reynolds, schmidt);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    @Override
    public String toString() {
        return NAME;
    }
}
