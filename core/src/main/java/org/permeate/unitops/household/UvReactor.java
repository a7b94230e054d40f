package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;

/**
 * A point-of-use UV reactor: a low-pressure mercury lamp in a quartz sleeve on the axis of a
 * cylindrical chamber, the water flowing along the annulus between sleeve and wall.
 *
 * <p><b>Fluence.</b> The lamp is a line source of UV-C power P (W at 254 nm leaving the sleeve)
 * over the chamber's length L; at radius r the fluence rate is the radial model
 * \( E(r) = \frac{P}{2\pi r L}\,e^{-\alpha (r - r_0)} \), with the water's absorption coefficient
 * \( \alpha = -100\ln(\mathrm{UVT}_{1\,cm}) \) (1/m). Averaged over the annulus
 * \( A = \pi(R^2 - r_0^2) \) and multiplied by the plug-flow residence time \( AL/Q \):
 * \[ H = \frac{P\,(1 - e^{-\alpha (R - r_0)})}{\alpha\,Q} \qquad (\alpha \to 0:\ H = P(R - r_0)/Q) \]
 * i.e. the UV power the water absorbs over its absorption coefficient and flow. Sources: the
 * radial (line-source) model and its comparison with point-source summation, J.R. Bolton,
 * "Calculation of ultraviolet fluence rate distributions in an annular reactor: significance of
 * refraction and reflection", Water Research 34(13) (2000) 3315–3324; fluence and UVT as defined
 * in J.R. Bolton, K.G. Linden, "Standardization of methods for fluence (UV dose) determination
 * in bench-scale UV experiments", J. Environ. Eng. 129(3) (2003) 209–215. The radial model
 * ignores the lamp's finite length, refraction and reflection at the sleeve and wall, and
 * assumes plug flow, so it gives the average fluence, not the reduction-equivalent dose of a
 * validated reactor (which is lower: short-circuiting water sees less); Bolton (2000) found the
 * radial model to overestimate near the lamp ends. Household reactors are certified by
 * biodosimetry; use this model to compare designs and waters, not as a certificate.
 *
 * <p><b>Classes.</b> NSF/ANSI 55 Class A: 40 mJ/cm² at the alarm set point; Class B: 16 mJ/cm²
 * (D. Bentley, "New ANSI/NSF Standard 55", WC&amp;P June 2002; R. Andrew, "Log reduction
 * requirements for LED UV systems under NSF/ANSI 55", WC&amp;P May 2021).
 *
 * @param lampOutput    UV-C output at 254 nm entering the water, W, &gt; 0
 * @param sleeveRadius  outer radius of the quartz sleeve, m, &gt; 0
 * @param chamberRadius inner radius of the chamber, m, &gt; sleeve radius
 */
public record UvReactor(double lampOutput, double sleeveRadius, double chamberRadius) {

    /** NSF/ANSI 55 Class A fluence, 40 mJ/cm², J/m². */
    public static final double CLASS_A_FLUENCE = 40 * UvDoseResponse.MJ_PER_CM2;

    /** NSF/ANSI 55 Class B fluence, 16 mJ/cm², J/m². */
    public static final double CLASS_B_FLUENCE = 16 * UvDoseResponse.MJ_PER_CM2;

    public UvReactor {
        Checks.positive("UV lamp output (254 nm)", lampOutput);
        Checks.positive("UV sleeve radius", sleeveRadius);
        Checks.finite("UV chamber radius", chamberRadius);
        if (!(chamberRadius > sleeveRadius)) {
            throw new PermeateException(Message.NOT_ABOVE, "UV chamber radius",
                    sleeveRadius + " m (the sleeve radius)", chamberRadius + " m");
        }
    }

    /**
     * @param flow          water flow, m³/s, &gt; 0
     * @param transmittance UV transmittance at 254 nm over 1 cm, as a fraction, 0 &lt; UVT ≤ 1
     * @return the average fluence, J/m² (÷ 10 for mJ/cm²)
     */
    public double fluence(final double flow, final double transmittance) {
        Checks.positive("flow through the UV reactor", flow);
        Checks.finite("UV transmittance", transmittance);
        if (!(transmittance > 0 && transmittance <= 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "UV transmittance (1 cm)",
                    String.format(Locale.ROOT, "%.4g %%", 100 * transmittance), "0 % (exclusive)", "100 %");
        }
        final double alpha = -100 * Math.log(transmittance);
        final double gap = chamberRadius - sleeveRadius;
        final double path = alpha * gap < 1e-8 ? gap * (1 - alpha * gap / 2) : -Math.expm1(-alpha * gap) / alpha;
        return lampOutput * path / flow;
    }

    /**
     * The reactor at one flow and water.
     *
     * @param flow          m³/s, &gt; 0 (the faucet flow while drawing, for a reactor after the tank)
     * @param transmittance UVT over 1 cm, fraction
     * @return fluence, log inactivations, class and warnings
     */
    public Result treat(final double flow, final double transmittance) {
        final double h = fluence(flow, transmittance);
        final Map<UvDoseResponse, Double> logs = new EnumMap<>(UvDoseResponse.class);
        final List<ModelWarning> w = new ArrayList<>();
        for (UvDoseResponse o : UvDoseResponse.values()) {
            logs.put(o, o.logInactivation(h));
        }
        if (h < CLASS_A_FLUENCE) {
            w.add(new ModelWarning(WarningKind.DESIGN_GUIDELINE, "NSF/ANSI 55", String.format(Locale.ROOT,
                    "UV fluence %.3g mJ/cm² is below the 40 mJ/cm² of a Class A (disinfecting) reactor%s",
                    h / UvDoseResponse.MJ_PER_CM2, h < CLASS_B_FLUENCE ? " and below Class B's 16 mJ/cm²" : "")));
        }
        final String nsf = h >= CLASS_A_FLUENCE ? "A" : h >= CLASS_B_FLUENCE ? "B" : "none";
        return new Result(h, Collections.unmodifiableMap(logs), nsf, List.copyOf(w));
    }

    /**
     * @param fluence  average fluence, J/m²
     * @param logs     log10 inactivation credited to each organism (in {@link UvDoseResponse} order)
     * @param nsfClass "A" (≥ 40 mJ/cm²), "B" (≥ 16 mJ/cm²) or "none"
     * @param warnings below-class warnings
     */
    public record Result(double fluence, Map<UvDoseResponse, Double> logs, String nsfClass,
                         List<ModelWarning> warnings) {

        /** @return the fluence in mJ/cm² */
        public double fluenceMillijoulesPerSquareCentimetre() {
            return fluence / UvDoseResponse.MJ_PER_CM2;
        }
    }
}
