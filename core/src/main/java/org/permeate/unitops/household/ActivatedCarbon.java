package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;

/**
 * An activated-carbon cartridge (carbon block or granular carbon) that destroys the oxidants of
 * disinfected tap water before they reach the polyamide membrane.
 *
 * <p><b>Model.</b> Carbon reduces free chlorine (HOCl/OCl⁻) and, much more slowly, monochloramine
 * to chloride at its surface; at a given carbon and water the outlet follows first-order kinetics
 * in the empty-bed contact time \( \tau = V_{bed}/Q \):
 * \[ C_{out} = C_{in}\,e^{-k\tau} \]
 * (F. Meng, G. Li, B. Zhang, J. Guo, "Chemical kinetics and particle size effects of activated
 * carbon for free chlorine removal from drinking water", Water Practice &amp; Technology 14(1)
 * (2019) 19–26: ln C linear in 1/Q, first order; the DIN 19603 "half-value length" test rests on
 * the same law, Desotec "Dechlorination half-length", desotec.com). The rate constant k of one
 * carbon is fixed from a rating, never from a generic value:
 * <ul>
 * <li>{@link #ratedReduction}: a maker's rated reduction at its rated flow,
 *     \( k = -\ln(1 - f)\,Q/V \) (e.g. CA Ware CBC-1010AAC 10-inch 5 µm coconut carbon block,
 *     NSF 42 Class 1: "98 % chlorine removal at end of cartridge life" at 1 gpm, 5,000 gal at
 *     1 ppm chlorine; softenerparts.com/633225e12.htm);</li>
 * <li>{@link #halfValueLength}: a granular carbon's DIN 19603 half-value length \( L_{1/2} \) at
 *     the test's superficial velocity v (6 cm/min), \( k = v \ln 2 / L_{1/2} \) (Desotec's example
 *     carbon: 3 cm).</li>
 * </ul>
 * Monochloramine: "the ability of activated carbon to destroy chloramines is lower than that to
 * destroy chlorine" (R.A. Hayden, A.F. McClure, N.E. Megonnell, "Chloramines, part 1", WC&amp;P
 * March 2000; J.D. Komorita, V.L. Snoeyink, "Monochloramine removal from water by activated
 * carbon", J. AWWA 77(1) 1985), but no rate constant or ratio was found; a carbon without a
 * chloramine rating is taken to remove none (the safe side for the membrane) and the result says
 * so.
 *
 * <p><b>Capacity.</b> The carbon is spent after a rated volume at a rated chlorine concentration
 * (5,000 gal at 1 mg/L above); with the chlorine it destroys per volume proportional to the inlet
 * concentration, the hours left at a flow are \( V_{cap}C_{cap}/(Q\,C_{in}) \).
 *
 * <p><b>Membrane tolerance.</b> FilmTec FT30 polyamide: "a chlorine tolerance of up to 1,000
 * ppm-hours before noticeable loss of salt rejection" (FilmTec "Dechlorinating feedwater", form
 * 609-22010, Lenntech copy; the FilmTec manual gives 200–1,000 ppm·h, "faster under alkaline pH
 * ... and with iron"); the element datasheets' free-chlorine limit of &lt; 0.1 mg/L is the value the
 * issue states (the datasheet line itself was not read here). Above 0.1 mg/L reaching the element
 * a {@link WarningKind#OUTSIDE_MAKER_LIMIT} warning is attached, with the hours to 1,000 ppm·h.
 *
 * @param name                   label, e.g. "carbon block 10-inch"
 * @param bedVolume              the carbon's empty-bed volume, m³, &gt; 0
 * @param freeChlorineRate       k for free chlorine, 1/s, &gt; 0
 * @param chloramineRate         k for monochloramine, 1/s, ≥ 0 (0: not rated, none removed)
 * @param capacityVolume         water the cartridge treats before it is spent, m³, &gt; 0
 * @param capacityConcentration  the free-chlorine concentration that volume is rated at, kg/m³, &gt; 0
 */
public record ActivatedCarbon(String name, double bedVolume, double freeChlorineRate, double chloramineRate,
                              double capacityVolume, double capacityConcentration) {

    /** The polyamide membrane's free-chlorine limit, 0.1 mg/L, kg/m³. */
    public static final double MEMBRANE_CHLORINE_LIMIT = 0.1e-3;

    /** FT30's chlorine tolerance, 1,000 ppm·h, as (kg/m³)·s. */
    public static final double MEMBRANE_CHLORINE_TOLERANCE = 1000 * 1e-3 * Units.HOUR;

    /** DIN 19603 half-value-length test velocity, 6 cm/min, m/s. */
    public static final double DIN_19603_VELOCITY = 0.06 / 60;

    private static final String SOURCE = "FilmTec FT30 chlorine tolerance";

    public ActivatedCarbon {
        if (name == null || name.isBlank()) {
            throw new PermeateException(Message.MISSING, "carbon cartridge", "a name");
        }
        Checks.positive("carbon bed volume", bedVolume);
        Checks.positive("free-chlorine rate constant", freeChlorineRate);
        Checks.nonNegative("chloramine rate constant", chloramineRate);
        Checks.positive("carbon rated capacity (volume)", capacityVolume);
        Checks.positive("carbon capacity's chlorine concentration", capacityConcentration);
    }

    /**
     * k from a rated reduction at a rated flow.
     *
     * @param name                  label
     * @param bedVolume             empty-bed volume, m³
     * @param ratedFlow             m³/s, &gt; 0
     * @param ratedReduction        fraction of free chlorine removed at that flow, in (0, 1)
     * @param capacityVolume        rated capacity, m³
     * @param capacityConcentration chlorine concentration of the capacity rating, kg/m³
     * @return the carbon (no chloramine rating)
     */
    public static ActivatedCarbon ratedReduction(final String name, final double bedVolume, final double ratedFlow,
                                                 final double ratedReduction, final double capacityVolume,
                                                 final double capacityConcentration) {
        Checks.positive("rated flow", ratedFlow);
        Checks.positive("carbon bed volume", bedVolume);
        requireFraction("rated chlorine reduction", ratedReduction);
        return new ActivatedCarbon(name, bedVolume, -Math.log1p(-ratedReduction) * ratedFlow / bedVolume, 0.0,
                capacityVolume, capacityConcentration);
    }

    /**
     * k from a DIN 19603 half-value length.
     *
     * @param name                  label
     * @param bedVolume             empty-bed volume, m³
     * @param halfValueLength       bed depth that halves 5 mg/L free chlorine at 6 cm/min, m, &gt; 0
     * @param capacityVolume        rated capacity, m³
     * @param capacityConcentration chlorine concentration of the capacity rating, kg/m³
     * @return the carbon (no chloramine rating)
     */
    public static ActivatedCarbon halfValueLength(final String name, final double bedVolume,
                                                  final double halfValueLength, final double capacityVolume,
                                                  final double capacityConcentration) {
        Checks.positive("half-value length", halfValueLength);
        return new ActivatedCarbon(name, bedVolume, DIN_19603_VELOCITY * Math.log(2) / halfValueLength, 0.0,
                capacityVolume, capacityConcentration);
    }

    /**
     * The CA Ware CBC-1010AAC-type 10-inch carbon block: 98 % at 1 gpm, 5,000 gal at 1 mg/L, bed
     * volume of a 2.5-inch OD, 1-inch ID, 9.75-inch block (0.659 L; geometry of the standard
     * 10-inch block, not from the maker's sheet).
     *
     * @return the carbon block
     */
    public static ActivatedCarbon carbonBlock10Inch() {
        final double od = 2.5 * Units.INCH;
        final double id = 1.0 * Units.INCH;
        final double volume = Math.PI / 4 * (od * od - id * id) * 9.75 * Units.INCH;
        return ratedReduction("carbon block 10-inch", volume, Units.US_GALLON / 60, 0.98, 5000 * Units.US_GALLON,
                1e-3);
    }

    /**
     * @param rate k for monochloramine from the cartridge's own chloramine rating, 1/s
     * @return this carbon with it
     */
    public ActivatedCarbon withChloramineRate(final double rate) {
        return new ActivatedCarbon(name, bedVolume, freeChlorineRate, rate, capacityVolume, capacityConcentration);
    }

    /**
     * k for monochloramine from the cartridge's own chloramine rating (e.g. an NSF 42 chloramine
     * reduction claim: the fraction removed at its rated flow), \( k = -\ln(1 - f)\,Q/V \).
     *
     * @param ratedFlow      m³/s, &gt; 0
     * @param ratedReduction fraction of monochloramine removed at that flow, in (0, 1)
     * @return this carbon with that chloramine rate
     */
    public ActivatedCarbon withChloramineRating(final double ratedFlow, final double ratedReduction) {
        Checks.positive("rated flow", ratedFlow);
        requireFraction("rated chloramine reduction", ratedReduction);
        return withChloramineRate(-Math.log1p(-ratedReduction) * ratedFlow / bedVolume);
    }

    /**
     * What reaches the element.
     *
     * @param flow              flow through the carbon, m³/s, &gt; 0
     * @param freeChlorine      free chlorine in, kg/m³, ≥ 0
     * @param chloramine        monochloramine in (as Cl2), kg/m³, ≥ 0
     * @return the outlet, the cartridge's life and the warnings
     */
    public Oxidants treat(final double flow, final double freeChlorine, final double chloramine) {
        Checks.positive("flow through the carbon", flow);
        Checks.nonNegative("free chlorine", freeChlorine);
        Checks.nonNegative("chloramine", chloramine);
        final double contact = bedVolume / flow;
        final double cl = freeChlorine * Math.exp(-freeChlorineRate * contact);
        final double nh2cl = chloramine * Math.exp(-chloramineRate * contact);
        final double life = freeChlorine > 0 ? capacityVolume * capacityConcentration / (flow * freeChlorine)
                : Double.POSITIVE_INFINITY;
        final List<ModelWarning> w = new ArrayList<>();
        final double total = cl + nh2cl;
        if (total > MEMBRANE_CHLORINE_LIMIT) {
            w.add(new ModelWarning(WarningKind.OUTSIDE_MAKER_LIMIT, SOURCE, String.format(Locale.ROOT,
                    "%.3g mg/L of chlorine reaches the polyamide membrane (limit 0.1 mg/L): its 1,000 ppm·h "
                            + "tolerance is used up in %.0f h of running", total * 1e3,
                    MEMBRANE_CHLORINE_TOLERANCE / total / Units.HOUR)));
        }
        if (chloramine > 0 && chloramineRate == 0) {
            w.add(new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, name,
                    "the carbon has no chloramine rating: no chloramine removal is assumed"));
        }
        return new Oxidants(cl, nh2cl, contact, life, List.copyOf(w));
    }

    /**
     * @param freeChlorine      free chlorine leaving the carbon, kg/m³
     * @param chloramine        monochloramine leaving it (as Cl2), kg/m³
     * @param contactTime       empty-bed contact time, s
     * @param timeToExhaustion time to the rated capacity at this flow and inlet, s (infinite without chlorine)
     * @param warnings          membrane-tolerance and missing-rating warnings
     */
    public record Oxidants(double freeChlorine, double chloramine, double contactTime, double timeToExhaustion,
                           List<ModelWarning> warnings) {

        /** @return time of membrane running to 1,000 ppm·h at this outlet (infinite without oxidant), s */
        public double timeToMembraneTolerance() {
            final double c = freeChlorine + chloramine;
            return c > 0 ? MEMBRANE_CHLORINE_TOLERANCE / c : Double.POSITIVE_INFINITY;
        }
    }

    private static void requireFraction(final String field, final double f) {
        Checks.finite(field, f);
        if (!(f > 0 && f < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, field, f, "0 (exclusive)", "1 (exclusive)");
        }
    }
}
