package org.permeate.design.compliance;

import java.util.OptionalDouble;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Unit;

/**
 * One row of the drinking-water limits table ({@code drinking-water-limits.csv}).
 *
 * @param authority   who sets it
 * @param parameter   what it limits
 * @param low         lower limit (pH only), in SI (kg/m³ for concentrations, pH as is)
 * @param high        upper limit, in SI (kg/m³ for concentrations, pH as is)
 * @param unit        unit the limit is printed in (mg/L, ng/L), or null for pH
 * @param expressedAs formula the mass is counted as ("N" for nitrate-nitrogen, "NO3" for nitrate), or "-"
 * @param basis       health, provisional, action level, aesthetic or acceptability
 * @param source      reference key (see the CSV header) with the citation
 * @param note        remark printed with the row
 */
public record DrinkingWaterLimit(Authority authority, Parameter parameter, OptionalDouble low, double high, Unit unit,
                                 String expressedAs, LimitBasis basis, String source, String note) {

    public DrinkingWaterLimit {
        if (authority == null || parameter == null || basis == null || low == null) {
            throw new PermeateException(Message.MISSING, "drinking-water limit", "authority, parameter, basis and range");
        }
        if (!(high > 0) || !Double.isFinite(high)) {
            throw new PermeateException(Message.TOO_SMALL, "upper limit of " + parameter.id(), "more than 0", high);
        }
        if (low.isPresent() && !(low.getAsDouble() < high)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "lower limit of " + parameter.id(), low.getAsDouble(),
                    0.0, high);
        }
    }

    /**
     * @param value the water's value, SI
     * @return true if within the limit; a value equal to a limit is within (compared with a relative
     *         tolerance of 1e-9 so that a value given as exactly the limit survives the mg/L round trip)
     */
    public boolean admits(final double value) {
        final double eps = 1e-9;
        return value <= high * (1 + eps) && (low.isEmpty() || value >= low.getAsDouble() * (1 - eps));
    }

    /** @return true for the pH row (no unit) */
    public boolean isPh() {
        return parameter == Parameter.PH;
    }
}
