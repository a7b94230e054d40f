package org.permeate.transport;

import java.util.List;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;

/**
 * The makers' empirical element pressure drop, a power law in the mean of feed and concentrate flow:
 * \[ \Delta P = a\,\bar q^{\,b}\ \text{psi}, \qquad \bar q = (Q_f + Q_c)/2 \ \text{in gpm} \]
 * per element (the FilmTec form for \( n \) elements in series is \( \Delta P_{fc} = 0.01\,n\,\bar
 * q_{fc}^{1.7} \), i.e. \( a = 0.01 \), \( b = 1.7 \), here per element).
 *
 * <p>In SI, as computed: \( \Delta P = a\,\mathrm{psi}\,(\bar Q/\mathrm{gpm})^{b} \) with
 * \( \bar Q \) in m³/s, 1 psi = 6894.757 Pa and 1 gpm = 6.30902×10⁻⁵ m³/s; the constructor folds
 * the unit conversion into one prefactor, so a call is one {@code pow} and one multiplication.
 *
 * <p>Source of the default {@link #FILMTEC}: DuPont FilmTec Reverse Osmosis Membranes Technical
 * Manual (Form 45-D01504), design equations, Eq. 67 — <b>secondary</b>: read only as quoted in
 * third-party notes (/work/shared/PHYSICS.md §1.5, "[S: AQ quoting DuPont manual Eq. 67]"); the
 * manual itself was not seen. Corroboration: the exponent 1.7 is exactly the flow exponent of the
 * Schock &amp; Miquel (1987) channel friction law (\( f \propto Re^{-0.3} \), so
 * \( \Delta P \propto v^{1.7} \)), and for a typical 8-inch element (37 m², 28 mil spacer, porosity
 * 0.85, 0.95 m active length) that law gives 1.03 times this formula's value at every flow (0.73
 * times at porosity 0.9); see {@code EmpiricalPressureDropTest}.
 *
 * <p><b>Range.</b> The manual gives none. {@link #FILMTEC} uses 10 to 75 gpm (2.3 to 17 m³/h) of mean
 * flow, an assumption: the flows of an 8-inch element within FilmTec's design guidelines (minimum
 * concentrate about 12–15 gpm per vessel, maximum feed about 70–75 gpm per vessel); at 74 gpm the
 * formula reaches the makers' 15 psi (1 bar) per-element limit.
 *
 * <p>Immutable and thread-safe; {@link #pressureDrop} does not allocate.
 */
public final class EmpiricalPressureDrop implements ElementPressureDrop {

    /** One US gallon per minute, m³/s. */
    public static final double GPM = Units.US_GALLON / 60.0;

    /** Lower end of the default flow range, m³/s (10 gpm). */
    public static final double FILMTEC_MIN_FLOW = 10.0 * GPM;

    /** Upper end of the default flow range, m³/s (75 gpm). */
    public static final double FILMTEC_MAX_FLOW = 75.0 * GPM;

    /** DuPont FilmTec's form, 0.01 psi·gpm^-1.7 and exponent 1.7, for 8-inch elements. */
    public static final EmpiricalPressureDrop FILMTEC =
            new EmpiricalPressureDrop("filmtec", 0.01, 1.7, FILMTEC_MIN_FLOW, FILMTEC_MAX_FLOW);

    private final String name;
    private final double coefficient;
    private final double exponent;
    private final double minimumFlow;
    private final double maximumFlow;
    private final double prefactor;

    /**
     * @param name        stable name of this parametrisation
     * @param coefficient a, psi per gpm^b, &gt; 0
     * @param exponent    b, dimensionless, in [1, 2] (between laminar and fully turbulent)
     * @param minimumFlow lower end of the intended range of mean flow, m³/s, ≥ 0
     * @param maximumFlow upper end of the intended range of mean flow, m³/s, &gt; minimumFlow
     */
    public EmpiricalPressureDrop(final String name, final double coefficient, final double exponent,
                                 final double minimumFlow, final double maximumFlow) {
        if (name == null || name.isBlank()) {
            throw new PermeateException(Message.MISSING, "pressure-drop model name", "a non-blank name");
        }
        this.name = name;
        this.coefficient = Checks.positive("pressure-drop coefficient", coefficient);
        this.exponent = Checks.inRange("pressure-drop flow exponent", exponent, 1.0, 2.0);
        this.minimumFlow = Checks.nonNegative("minimum mean flow", minimumFlow);
        this.maximumFlow = Checks.finite("maximum mean flow", maximumFlow);
        if (!(maximumFlow > minimumFlow)) {
            throw new PermeateException(Message.NOT_ABOVE, "maximum mean flow", Numbers.compact(minimumFlow) + " m³/s",
                    maximumFlow);
        }
        // SI on the first line: a psi (Q/gpm)^b = [a psi / gpm^b] Q^b
        this.prefactor = coefficient * Units.PSI / Math.pow(GPM, exponent);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return "DuPont FilmTec Reverse Osmosis Membranes Technical Manual (Form 45-D01504), Eq. 67: "
                + "dP = 0.01 n qbar^1.7 psi, qbar in gpm (read as quoted, secondary); here a = "
                + Numbers.compact(coefficient) + ", b = " + Numbers.compact(exponent) + " per element";
    }

    /** @return a, psi per gpm^b */
    public double coefficient() {
        return coefficient;
    }

    /** @return b, dimensionless */
    public double exponent() {
        return exponent;
    }

    /**
     * @return the SI prefactor \( a\,\mathrm{psi}/\mathrm{gpm}^{b} \), Pa per (m³/s)^b, so that
     *         \( \Delta P = \text{prefactor}\cdot\bar Q^{\,b} \) with \( \bar Q \) in m³/s (the
     *         coefficient of {@code org.permeate.element.PressureDrop.Empirical})
     */
    public double siCoefficient() {
        return prefactor;
    }

    /**
     * @param averageFlow mean of feed and concentrate volumetric flows, m³/s, ≥ 0
     * @return pressure drop over one element, Pa
     */
    @Override
    public double pressureDrop(final double averageFlow) {
        Checks.nonNegative("mean element flow", averageFlow);
        return prefactor * Math.pow(averageFlow, exponent);
    }

    /**
     * @param averageFlow mean of feed and concentrate volumetric flows of the stage, m³/s
     * @param elements    elements in series, ≥ 1
     * @return the manual's stage form \( a\,n\,\bar q^{\,b} \), Pa
     */
    public double pressureDrop(final double averageFlow, final int elements) {
        if (elements < 1) {
            throw new PermeateException(Message.TOO_SMALL, "elements in series", "1", elements);
        }
        return elements * pressureDrop(averageFlow);
    }

    /**
     * @return a {@code FLOW_OUTSIDE_FITTED_RANGE} warning when the mean flow is outside the intended range
     */
    @Override
    public List<ModelWarning> warnings(final double averageFlow) {
        if (averageFlow >= minimumFlow && averageFlow <= maximumFlow) {
            return List.of();
        }
        return List.of(ModelWarning.outsideRange(WarningKind.FLOW_OUTSIDE_FITTED_RANGE,
                "empirical element pressure drop '" + name + "'", "mean element flow",
                Numbers.significant(averageFlow / GPM, 4) + " gpm",
                Numbers.significant(minimumFlow / GPM, 4) + " to " + Numbers.significant(maximumFlow / GPM, 4)
                        + " gpm"));
    }

    @Override
    public String toString() {
        return name;
    }
}
