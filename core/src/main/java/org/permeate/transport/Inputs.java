package org.permeate.transport;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/** Input checks shared by the transport models; allocation-free unless they throw. */
final class Inputs {

    private Inputs() {
    }

    /**
     * @param temperature K
     * @return the temperature if it is finite and above absolute zero
     * @throws PermeateException otherwise
     */
    static double temperature(final double temperature) {
        if (!Double.isFinite(temperature)) {
            throw new PermeateException(Message.NOT_FINITE, "temperature", temperature);
        }
        if (temperature <= 0) {
            throw new PermeateException(Message.NOT_POSITIVE_TEMPERATURE, "temperature", temperature + " K");
        }
        return temperature;
    }
}
