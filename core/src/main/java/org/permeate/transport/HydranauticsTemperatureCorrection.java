package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;

/**
 * Hydranautics' temperature correction, in the permeability convention of
 * {@link TemperatureCorrection}:
 * \[ \frac{A(T)}{A(25\ ^\circ\mathrm{C})}
 *    = \exp\!\left[K\left(\frac{1}{298} - \frac{1}{273 + t}\right)\right]
 *    = \frac{1}{\mathrm{TCF}_{\mathrm{Hydranautics}}}, \qquad K = 2700\ \text{K (composite membranes)} \]
 * with t in °C (converted from kelvin on the first line, \( t = T - 273.15 \); 298 and 273 as
 * published). Hydranautics writes its TCF the other way round,
 * \( \mathrm{TCF} = \exp[K(1/(273 + t) - 1/298)] \), greater than 1 below 25 °C, and divides a
 * permeate flow by it; this class returns the reciprocal, the factor that multiplies A.
 *
 * <p>Source: Hydranautics (Nitto), data normalisation / "Terms and Equations of Reverse Osmosis"
 * technical notes, K = 2700 "for composite membrane" — <b>secondary and unverified</b>: read only as
 * quoted in third-party notes citing a Lenntech mirror (/work/shared/PHYSICS.md §3.1); the maker's
 * document was not found. Corroboration: the "Temperature Correction Factor Table (TCF)" of SpectraPure's
 * RO manual (MC-RODI-UHE-400 p. 13 on manualshive.com; the same table in "Calc Formula RO" on scribd,
 * 5–34 °C), a system maker's table multiplying the rated flow, follows this form with K = 2700 to
 * within 0.0015 (best single K about 2697), while FilmTec's 2640/3020 pair misses it by up to 0.04
 * (at 5 °C). Hydranautics corrects salt passage with a separate, maker-supplied "salt transport TCF"
 * that was not found: {@link #INSTANCE} uses K = 2700 for salt too (as FilmTec applies one TCF to
 * both), an assumption. Use the two-constant constructor for other values.
 *
 * <p><b>Range.</b> Not stated in the source seen; {@link #warnings} flags 5–45 °C as for
 * {@link FilmTecTemperatureCorrection} (assumption).
 *
 * <p>Immutable and thread-safe; the factor methods do not allocate.
 */
public final class HydranauticsTemperatureCorrection implements TemperatureCorrection {

    /** Stable name used in files and reports. */
    public static final String NAME = "hydranautics";

    /** K for composite (polyamide) membranes, kelvin. */
    public static final double COMPOSITE_CONSTANT = 2700.0;

    /** The published constant for water, and the same (assumed) for salt. */
    public static final HydranauticsTemperatureCorrection INSTANCE =
            new HydranauticsTemperatureCorrection(COMPOSITE_CONSTANT, COMPOSITE_CONSTANT);

    /** Reference temperature as published, K. */
    public static final double PUBLISHED_REFERENCE = 298.0;

    /** Offset from °C to K as published. */
    public static final double PUBLISHED_OFFSET = 273.0;

    /** Lower end of the stated range, K (5 °C). */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 5.0;

    /** Upper end of the stated range, K (45 °C). */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 45.0;

    private static final double INVERSE_REFERENCE = 1.0 / PUBLISHED_REFERENCE;
    private static final String SOURCE = "Hydranautics temperature correction factor";

    private final double waterConstant;
    private final double soluteConstant;

    /**
     * @param waterConstant  K for the water permeability, kelvin (2700 for composite membranes)
     * @param soluteConstant K for the salt permeability, kelvin
     */
    public HydranauticsTemperatureCorrection(final double waterConstant, final double soluteConstant) {
        this.waterConstant = Checks.finite("Hydranautics water temperature constant", waterConstant);
        this.soluteConstant = Checks.finite("Hydranautics salt temperature constant", soluteConstant);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "Hydranautics normalisation, TCF = exp[K (1/(273 + t) - 1/298)], K = 2700 for composite membranes "
                + "(read as quoted, secondary; salt constant assumed equal); water K = " + waterConstant
                + ", salt K = " + soluteConstant + "; returned as 1/TCF";
    }

    /** @return K for water, kelvin */
    public double waterConstant() {
        return waterConstant;
    }

    /** @return K for salt, kelvin */
    public double soluteConstant() {
        return soluteConstant;
    }

    /**
     * @param temperature K
     * @return A(T)/A(25 °C) = 1/TCF, dimensionless
     */
    @Override
    public double waterPermeabilityFactor(final double temperature) {
        return Math.exp(waterConstant * (INVERSE_REFERENCE - 1.0 / published(temperature)));
    }

    /**
     * @param temperature K
     * @return B(T)/B(25 °C), dimensionless
     */
    @Override
    public double solutePermeabilityFactor(final double temperature) {
        return Math.exp(soluteConstant * (INVERSE_REFERENCE - 1.0 / published(temperature)));
    }

    /** @return 273 + t with t in °C, the temperature as the published formula uses it */
    private static double published(final double temperature) {
        final double value = PUBLISHED_OFFSET + (Inputs.temperature(temperature) - PhysicalConstants.ZERO_CELSIUS);
        if (value <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, "temperature", "0.15 K (-273 °C, where the "
                    + "published formula is singular)", temperature + " K");
        }
        return value;
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
