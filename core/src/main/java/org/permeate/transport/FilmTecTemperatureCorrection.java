package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;

/**
 * DuPont FilmTec's temperature correction factor (TCF) for water and salt permeability:
 * \[ \mathrm{TCF} = \exp\!\left[K\left(\frac{1}{298} - \frac{1}{273 + t}\right)\right], \qquad
 *    K = 2640\ \text{for } t \ge 25\ ^\circ\mathrm{C}, \quad K = 3020\ \text{for } t \le 25\ ^\circ\mathrm{C} \]
 * with t in °C. As published the constants are 298 and 273, not 298.15 and 273.15; the input in
 * kelvin is converted to °C (\( t = T - 273.15 \)) on the first line and the formula is then
 * evaluated as published, so the factor is exactly 1 at 25 °C (273 + 25 = 298) and continuous
 * there (its slope is not: the two branches meet with slopes in the ratio 2640 : 3020).
 *
 * <p>FilmTec applies the same factor to salt transport (permeate concentration \( C_p \propto
 * B\cdot\mathrm{TCF} \), manual Eq. 57 and 71 as quoted), so {@link #solutePermeabilityFactor}
 * returns the same value as {@link #waterPermeabilityFactor}.
 *
 * <p>Source: DuPont Water Solutions, FilmTec™ Reverse Osmosis Membranes Technical Manual (Form
 * 45-D01504), §5.6.6 Eq. 73–74 and design equations Table 27 Eq. 53–54 — <b>secondary</b>: the manual
 * was not seen; the formula was read as quoted in third-party notes (/work/shared/PHYSICS.md §3.1),
 * in several public normalisation codes (e.g. the spreadsheet formula
 * {@code IF(C5>25,EXP(2640*((1/298)-(1/(273+C5)))),EXP(3020*((1/298)-(1/(273+C5)))))} in a public
 * Python RO-monitoring code, and an RO design script with the same two branches), and it reproduces,
 * to the last printed digit, the reciprocal "TCF for thin film" table of an RO maker's data sheet
 * ("Membrane Performance Factors — Temperature Correction", scribd document 472189330, 10–29 °C),
 * see {@code FilmTecTemperatureCorrectionTest}.
 *
 * <p><b>Range.</b> The manual's range was not seen; {@link #warnings} flags temperatures outside
 * 5–45 °C (45 °C being the usual maximum operating temperature of FilmTec polyamide elements, an
 * assumption here).
 *
 * <p>Stateless and thread-safe; the factor methods do not allocate.
 */
public final class FilmTecTemperatureCorrection implements TemperatureCorrection {

    /** The shared instance. */
    public static final FilmTecTemperatureCorrection INSTANCE = new FilmTecTemperatureCorrection();

    /** Stable name used in files and reports. */
    public static final String NAME = "filmtec";

    /** K for t ≥ 25 °C, kelvin. */
    public static final double WARM_CONSTANT = 2640.0;

    /** K for t &lt; 25 °C, kelvin. */
    public static final double COLD_CONSTANT = 3020.0;

    /** Reference temperature as published, K. */
    public static final double PUBLISHED_REFERENCE = 298.0;

    /** Offset from °C to K as published. */
    public static final double PUBLISHED_OFFSET = 273.0;

    /** Lower end of the stated range, K (5 °C). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 5.0;

    /** Upper end of the stated range, K (45 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 45.0;

    private static final double INVERSE_REFERENCE = 1.0 / PUBLISHED_REFERENCE;
    private static final String SOURCE = "FilmTec temperature correction factor";

    private FilmTecTemperatureCorrection() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "DuPont FilmTec Reverse Osmosis Membranes Technical Manual (Form 45-D01504), Eq. 73-74: "
                + "TCF = exp[2640 (1/298 - 1/(273 + t))] for t >= 25 C, exp[3020 (1/298 - 1/(273 + t))] below "
                + "(read as quoted, secondary); applied to A and B";
    }

    /**
     * @param temperature K
     * @return TCF, dimensionless (A(T)/A(25 °C))
     */
    @Override
    public double waterPermeabilityFactor(final double temperature) {
        return factor(temperature);
    }

    /**
     * @param temperature K
     * @return TCF, dimensionless (B(T)/B(25 °C)); the same as the water factor
     */
    @Override
    public double solutePermeabilityFactor(final double temperature) {
        return factor(temperature);
    }

    private static double factor(final double temperature) {
        final double celsius = Inputs.temperature(temperature) - PhysicalConstants.ZERO_CELSIUS;
        final double published = PUBLISHED_OFFSET + celsius;
        if (published <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, "temperature", "0.15 K (-273 °C, where the "
                    + "published formula is singular)", temperature + " K");
        }
        final double k = celsius >= 25.0 ? WARM_CONSTANT : COLD_CONSTANT;
        return Math.exp(k * (INVERSE_REFERENCE - 1.0 / published));
    }

    /**
     * @return a {@code TEMPERATURE_OUTSIDE_FITTED_RANGE} warning outside 5–45 °C
     */
    @Override
    public List<ModelWarning> warnings(final double temperature) {
        return RangeWarnings.temperature(SOURCE, temperature, MIN_TEMPERATURE, MAX_TEMPERATURE);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
