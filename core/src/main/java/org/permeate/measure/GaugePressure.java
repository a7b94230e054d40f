package org.permeate.measure;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Reads a pressure where engineers write gauge pressure — the feed pressure of a pump, a vessel,
 * an element: "55 bar", "800 psi", "5.5 MPa" mean that much above the atmosphere. Units that say
 * they are absolute ({@code bara}, {@code psia}, {@code atm}) or gauge ({@code barg},
 * {@code psig}) are honoured as such. The result is always absolute, Pa.
 */
public final class GaugePressure {

    private GaugePressure() {
    }

    /**
     * @param field the option or field, for messages
     * @param text  what the user wrote
     * @return the absolute pressure, Pa (at least 0)
     */
    public static double parse(final String field, final String text) {
        final Quantity q = QuantityParser.parse(field, text, Dimension.PRESSURE);
        final Unit u = q.unit();
        final double absolute;
        if (u == Units.BAR_ABSOLUTE || u == Units.PSI_ABSOLUTE || u == Units.ATM || u.offset() != 0) {
            absolute = q.si();
        } else {
            absolute = q.si() + Units.ATMOSPHERE;
        }
        if (!(absolute > 0)) {
            throw new PermeateException(Message.NOT_ABOVE, field + " (absolute)", "0", text);
        }
        return absolute;
    }

    /**
     * @param absolute absolute pressure, Pa
     * @return gauge pressure, Pa
     */
    public static double gauge(final double absolute) {
        return absolute - Units.ATMOSPHERE;
    }
}
