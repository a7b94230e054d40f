package org.permeate.properties.food;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;
import org.permeate.properties.species.Species;

/**
 * Dynamic viscosity of milk and milk concentrates from temperature and total solids.
 *
 * <p>Source: Fernández-Martín, F. (1972), "Influence of temperature and composition on some physical
 * properties of milk and milk concentrates. II. Viscosity", J. Dairy Research 39(1), 75–82,
 * doi:10.1017/S0022029900013868, in the form tabulated in Fox &amp; McSweeney (eds.), Advanced Dairy
 * Chemistry vol. 3, Table 15.5 (read in a text copy whose minus signs were lost; the signs were
 * restored so that the equation returns water's viscosity at TS = 0, 1.77 mPa·s at 0 °C and
 * 1.02 mPa·s at 20 °C, against 1.79 and 1.00 for water):
 * \[ \log_{10}\eta = (0.249 - 1.3\times10^{-2}\theta + 5.2\times10^{-5}\theta^2)
 *   + (2.549\times10^{-2} - 9.8\times10^{-5}\theta + 4\times10^{-7}\theta^2)\,TS
 *   + (5.43\times10^{-4} - 1.39\times10^{-5}\theta + 1.117\times10^{-7}\theta^2)\,TS^2 \]
 * with η in mPa·s, θ in °C and TS the total solids in % w/w. Validity stated with it: milks and
 * concentrates of 8–30 % total solids, 0.07–7.4 % fat, fat to solids-not-fat ratio 0.01–0.4,
 * 0–80 °C; milks are Newtonian at the shear rates of a membrane channel there.
 *
 * <p>The solids that are not dissolved (protein, fat, colloidal salts) are not in a {@link Solution}.
 * This model carries them as a fixed ratio to one dissolved tracer species (lactose for milk): the
 * membrane retains both almost completely, so the ratio stays that of the raw milk as it is
 * concentrated. Total solids are then (dissolved solutes + tracer mass × ratio) over the whole mass.
 *
 * <p>Stateless and thread-safe.
 */
public final class FernandezMartinMilkViscosity implements ViscosityModel {

    /** Stable name. */
    public static final String NAME = "fernandez-martin-1972";

    private static final double TS_MIN = 8.0;
    private static final double TS_MAX = 30.0;
    private static final double T_MIN = 0.0;
    private static final double T_MAX = 80.0;

    private final Species tracer;
    private final double retainedPerTracerMass;

    /**
     * @param tracer                a dissolved species that is retained like the undissolved solids
     * @param retainedPerTracerMass kg of undissolved solids per kg of the tracer, ≥ 0
     */
    public FernandezMartinMilkViscosity(final Species tracer, final double retainedPerTracerMass) {
        if (tracer == null) {
            throw new IllegalArgumentException("tracer species required");
        }
        this.tracer = tracer;
        this.retainedPerTracerMass = Checks.nonNegative("retained solids per tracer mass", retainedPerTracerMass);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The correlation itself.
     *
     * @param celsius     temperature, °C (the correlation's own unit)
     * @param totalSolids total solids, % w/w
     * @return dynamic viscosity, Pa·s
     */
    public static double viscosity(final double celsius, final double totalSolids) {
        final double t = celsius;
        final double ts = totalSolids;
        final double log10 = (0.249 - 1.3e-2 * t + 5.2e-5 * t * t)
                + (2.549e-2 - 9.8e-5 * t + 4e-7 * t * t) * ts
                + (5.43e-4 - 1.39e-5 * t + 1.117e-7 * t * t) * ts * ts;
        return Math.pow(10.0, log10) * 1e-3;
    }

    /**
     * @param c a composition
     * @return its total solids, mass fraction 0–1, with the undissolved solids carried by the tracer
     */
    public double totalSolids(final Composition c) {
        final double dissolved = c.soluteMassPerWaterMass();
        final double retained = c.molality(tracer) * tracer.molarMass() * retainedPerTracerMass;
        return (dissolved + retained) / (1.0 + dissolved + retained);
    }

    @Override
    public double dynamicViscosity(final Solution solution) {
        return viscosity(solution.celsius(), 100.0 * totalSolids(solution.composition()));
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> out = new ArrayList<>(2);
        final double ts = 100.0 * totalSolids(solution.composition());
        if (ts < TS_MIN || ts > TS_MAX) {
            out.add(ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, NAME, "total solids",
                    Numbers.compact(ts) + " %", "8 to 30 %"));
        }
        final double t = solution.celsius();
        if (t < T_MIN || t > T_MAX) {
            out.add(ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, NAME, "temperature",
                    Numbers.compact(t) + " °C", "0 to 80 °C"));
        }
        return out;
    }
}
