package org.permeate.unitops.household;

import java.util.Locale;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;

/**
 * A pre-charged bladder (diaphragm) storage tank: a fixed volume shared by a bag of water and a
 * cushion of air. Empty, the air fills the whole tank at the pre-charge pressure; as water is
 * pushed in, the air is compressed and its pressure is the pressure of the stored water, which is
 * the back-pressure on the membrane's permeate side.
 *
 * <p>The air is an ideal gas compressed slowly enough to stay at room temperature (Boyle's law,
 * isothermal, absolute pressures):
 * \( P_{air} V_{air} = P_{pre} V_{tank} \), with \( V_{air} = V_{tank} - V_w \), so
 * \( P(V_w) = P_{pre} V_{tank} / (V_{tank} - V_w) \) and \( V_w(P) = V_{tank}(1 - P_{pre}/P) \).
 * Reference: R. Boyle, <i>A Defence of the Doctrine Touching the Spring and Weight of the Air</i>,
 * 1662; any thermodynamics text (e.g. Çengel &amp; Boles, <i>Thermodynamics</i>, 8th ed., 2015,
 * eq. 3-10 with T constant). Valid while the air stays ideal (a few bar) and isothermal (fills
 * take minutes); the bladder's own stiffness and the water's compressibility are neglected.
 * Pre-charge of household tanks is typically 5–7 psig empty (Rayne RayneClear manual, Table A,
 * manualshive.com/en/manual/rayne/rayneclear/790530?page=5; aqua.pk "Water Tanks": 5–10 psi).
 *
 * @param totalVolume            the tank's total internal volume (water plus air), m³, &gt; 0
 * @param prechargeGaugePressure the air pressure of the empty tank above the atmosphere, Pa, ≥ 0
 */
public record BladderTank(double totalVolume, double prechargeGaugePressure) {

    /** The atmosphere gauge pressures are referred to, Pa. */
    public static final double ATMOSPHERE = PhysicalConstants.STANDARD_ATMOSPHERE;

    public BladderTank {
        Checks.positive("tank total volume", totalVolume);
        Checks.nonNegative("tank pre-charge (gauge) pressure", prechargeGaugePressure);
    }

    /**
     * A typical under-sink tank: 3.2 US gal total (sold as a "4 gallon" tank), 7 psig pre-charge.
     *
     * @return the tank
     */
    public static BladderTank typical() {
        return new BladderTank(3.2 * Units.US_GALLON, 7 * Units.PSI);
    }

    /** @return the pre-charge as an absolute pressure, Pa */
    public double prechargePressure() {
        return prechargeGaugePressure + ATMOSPHERE;
    }

    /**
     * Boyle's law, \( P = P_{pre} V_{tank} / (V_{tank} - V_w) \).
     *
     * @param waterVolume stored water, m³, 0 ≤ V_w &lt; total volume
     * @return the absolute pressure of the air and of the stored water, Pa
     */
    public double pressure(final double waterVolume) {
        Checks.nonNegative("stored water volume", waterVolume);
        if (waterVolume >= totalVolume) {
            throw new PermeateException(Message.TOO_LARGE, "stored water volume",
                    totalVolume + " m³ less the air cushion", waterVolume + " m³");
        }
        return prechargePressure() * totalVolume / (totalVolume - waterVolume);
    }

    /**
     * Boyle's law inverted, \( V_w = V_{tank}(1 - P_{pre}/P) \); no water below the pre-charge.
     *
     * @param pressure absolute pressure of the water side, Pa, &gt; 0
     * @return the water volume stored at that pressure, m³
     */
    public double waterVolume(final double pressure) {
        Checks.positive("tank pressure (absolute)", pressure);
        return pressure <= prechargePressure() ? 0.0 : totalVolume * (1.0 - prechargePressure() / pressure);
    }

    /**
     * The most water the tank can hold when filled at the line pressure (no shut-off).
     *
     * @param linePressure absolute line (feed) pressure, Pa
     * @return the maximum stored volume, m³
     * @throws PermeateException {@link Message#INFEASIBLE} when the pre-charge is at or above the
     *                           line pressure: no water can be pushed in
     */
    public double maxWaterVolume(final double linePressure) {
        requireBelow(linePressure, "line pressure");
        return waterVolume(linePressure);
    }

    /**
     * @param pressure absolute pressure the tank must be filled to, Pa
     * @param what     what that pressure is, for the message
     * @throws PermeateException {@link Message#INFEASIBLE} when the pre-charge is at or above it
     */
    void requireBelow(final double pressure, final String what) {
        if (!(prechargePressure() < pressure)) {
            throw new PermeateException(Message.INFEASIBLE, "water storage", "this tank", "its pre-charge of "
                    + psig(prechargePressure()) + " is at or above the " + what + " of " + psig(pressure)
                    + ", so no water can enter the bladder");
        }
    }

    /** @return an absolute pressure written as gauge psi and bar, for messages */
    static String psig(final double absolute) {
        final double g = absolute - ATMOSPHERE;
        return String.format(Locale.ROOT, "%.4g psig (%.4g bar gauge)", g / Units.PSI, g / 1e5);
    }
}
