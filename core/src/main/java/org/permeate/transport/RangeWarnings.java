package org.permeate.transport;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;

/**
 * Builds the fitted-range warnings of the transport correlations. Called only when a caller asks
 * for warnings, never on the hot path; returns the shared empty list when all is in range.
 */
final class RangeWarnings {

    private RangeWarnings() {
    }

    /**
     * @param source   the correlation, as shown to the user
     * @param reynolds Reynolds number
     * @param minimum  lower end of the range
     * @param maximum  upper end of the range
     * @return one warning if the Reynolds number is outside [minimum, maximum], else an empty list
     */
    static List<ModelWarning> reynolds(final String source, final double reynolds, final double minimum,
                                       final double maximum) {
        if (reynolds >= minimum && reynolds <= maximum) {
            return List.of();
        }
        return List.of(flow(source, "Reynolds number", reynolds, minimum, maximum));
    }

    /**
     * @return warnings for a Reynolds and a Schmidt number outside their ranges (empty list if both are inside)
     */
    static List<ModelWarning> reynoldsSchmidt(final String source, final double reynolds, final double minRe,
                                              final double maxRe, final double schmidt, final double minSc,
                                              final double maxSc) {
        final boolean reInside = reynolds >= minRe && reynolds <= maxRe;
        final boolean scInside = schmidt >= minSc && schmidt <= maxSc;
        if (reInside && scInside) {
            return List.of();
        }
        final List<ModelWarning> out = new ArrayList<>(2);
        if (!reInside) {
            out.add(flow(source, "Reynolds number", reynolds, minRe, maxRe));
        }
        if (!scInside) {
            out.add(flow(source, "Schmidt number", schmidt, minSc, maxSc));
        }
        return List.copyOf(out);
    }

    /**
     * @param source      the correlation
     * @param temperature K
     * @param minimum     lower end, K
     * @param maximum     upper end, K
     * @return one warning if the temperature is outside [minimum, maximum], shown in °C
     */
    static List<ModelWarning> temperature(final String source, final double temperature, final double minimum,
                                          final double maximum) {
        if (temperature >= minimum && temperature <= maximum) {
            return List.of();
        }
        return List.of(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, source,
                "temperature", celsius(temperature) + " °C",
                celsius(minimum) + " to " + celsius(maximum) + " °C"));
    }

    private static String celsius(final double kelvin) {
        return Numbers.significant(kelvin - PhysicalConstants.ZERO_CELSIUS, 4);
    }

    static ModelWarning flow(final String source, final String quantity, final double value, final double minimum,
                             final double maximum) {
        return ModelWarning.outsideRange(WarningKind.FLOW_OUTSIDE_FITTED_RANGE, source, quantity,
                Numbers.significant(value, 4), Numbers.compact(minimum) + " to " + Numbers.compact(maximum));
    }
}
