package org.permeate.cli;

import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;

/**
 * Temperature and pressure as typed.
 *
 * @param temperature K
 * @param pressure    absolute pressure, Pa
 */
record StateInputs(double temperature, double pressure) {

    static StateInputs parse(final String temperature, final String pressure) {
        final double t = QuantityParser.parse("--temperature", temperature, Dimension.TEMPERATURE).si();
        final double p = QuantityParser.parse("--pressure", pressure, Dimension.PRESSURE).si();
        if (t <= 0) {
            throw new org.permeate.errors.PermeateException(org.permeate.errors.Message.NOT_POSITIVE_TEMPERATURE,
                    "--temperature", temperature);
        }
        if (p <= 0) {
            throw new org.permeate.errors.PermeateException(org.permeate.errors.Message.NOT_ABOVE,
                    "--pressure (absolute)", "0", pressure);
        }
        return new StateInputs(t, p);
    }
}
