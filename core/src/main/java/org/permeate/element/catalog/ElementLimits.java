package org.permeate.element.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.permeate.element.ElementResult;
import org.permeate.element.LocalState;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;

/**
 * The operating limits a datasheet states. A limit the sheet does not give is 0.
 *
 * @param maxPressure           maximum operating (gauge) pressure, Pa
 * @param maxTemperature        maximum operating temperature, K
 * @param maxFeedFlow           maximum feed flow, m³/s
 * @param minConcentrateFlow    minimum concentrate flow, m³/s
 * @param maxPressureDrop       maximum pressure drop per element, Pa
 * @param minPH                 lowest pH in continuous operation
 * @param maxPH                 highest pH in continuous operation
 */
public record ElementLimits(double maxPressure, double maxTemperature, double maxFeedFlow, double minConcentrateFlow,
                            double maxPressureDrop, double minPH, double maxPH) {

    private static final double PSI = Units.PSI;
    private static final double M3H = 1.0 / Units.HOUR;
    private static final double GPM = Units.US_GALLON / 60.0;

    /**
     * The limits an element's operation exceeds (pH is not checked: the element model takes the
     * speciation as given).
     *
     * @param model  the element's model name, for the messages
     * @param result an element solved at some operating point
     * @return one {@link WarningKind#OUTSIDE_MAKER_LIMIT} warning per limit exceeded, in metric and US units
     */
    public List<ModelWarning> check(final String model, final ElementResult result) {
        final List<ModelWarning> w = new ArrayList<>(2);
        final double pressure = result.feed().pressure() - PhysicalConstants.STANDARD_ATMOSPHERE;
        if (maxPressure > 0 && pressure > maxPressure) {
            w.add(warning(model, String.format(Locale.ROOT, "feed pressure %.1f bar (%.0f psi) is above the maximum "
                    + "operating pressure %.1f bar (%.0f psi)", pressure / 1e5, pressure / PSI, maxPressure / 1e5,
                    maxPressure / PSI)));
        }
        final double t = result.feed().temperature();
        if (maxTemperature > 0 && t > maxTemperature) {
            w.add(warning(model, String.format(Locale.ROOT, "feed temperature %.1f °C (%.0f °F) is above the maximum "
                    + "operating temperature %.1f °C (%.0f °F)", t - 273.15, fahrenheit(t), maxTemperature - 273.15,
                    fahrenheit(maxTemperature))));
        }
        final LocalState inlet = result.segments().get(0).inlet();
        final LocalState outlet = result.segments().get(result.segments().size() - 1).outlet();
        final double feedFlow = volumetricFlow(inlet);
        if (maxFeedFlow > 0 && feedFlow > maxFeedFlow) {
            w.add(warning(model, String.format(Locale.ROOT, "feed flow %.2f m³/h (%.1f gpm) is above the maximum "
                    + "feed flow %.2f m³/h (%.1f gpm)", feedFlow / M3H, feedFlow / GPM, maxFeedFlow / M3H,
                    maxFeedFlow / GPM)));
        }
        final double concentrateFlow = volumetricFlow(outlet);
        if (minConcentrateFlow > 0 && concentrateFlow < minConcentrateFlow) {
            w.add(warning(model, String.format(Locale.ROOT, "concentrate flow %.2f m³/h (%.1f gpm) is below the "
                    + "minimum concentrate flow %.2f m³/h (%.1f gpm)", concentrateFlow / M3H, concentrateFlow / GPM,
                    minConcentrateFlow / M3H, minConcentrateFlow / GPM)));
        }
        final double drop = result.pressureDrop();
        if (maxPressureDrop > 0 && drop > maxPressureDrop) {
            w.add(warning(model, String.format(Locale.ROOT, "pressure drop %.2f bar (%.1f psi) is above the maximum "
                    + "pressure drop per element %.2f bar (%.1f psi)", drop / 1e5, drop / PSI, maxPressureDrop / 1e5,
                    maxPressureDrop / PSI)));
        }
        return List.copyOf(w);
    }

    private static ModelWarning warning(final String model, final String what) {
        return new ModelWarning(WarningKind.OUTSIDE_MAKER_LIMIT, model + " datasheet", model + ": " + what);
    }

    private static double volumetricFlow(final LocalState s) {
        return s.waterMassFlow() * (1.0 + s.bulk().composition().soluteMassPerWaterMass()) / s.density();
    }

    private static double fahrenheit(final double kelvin) {
        return Units.FAHRENHEIT.fromSi(kelvin);
    }
}
