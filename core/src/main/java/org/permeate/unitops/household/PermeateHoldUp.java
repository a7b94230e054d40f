package org.permeate.unitops.household;

import org.permeate.element.Element;
import org.permeate.errors.Checks;
import org.permeate.measure.Units;
import org.permeate.properties.Composition;

/**
 * The permeate-side hold-up of a household element (permeate carrier and permeate tube, up to the
 * check valve) and the salt that creeps into it while the unit stands still: "TDS creep".
 *
 * <p><b>Phenomenon.</b> "The appearance of salt in RO product water which sometimes occurs as a
 * result of the reduction of differential pressure across the membrane as can occur when the RO
 * unit has been shut down ... water flow will cease to permeate through the membrane when there is
 * insufficient differential water pressure across the membrane. However TDS permeates through the
 * membrane as a function of the TDS concentration difference across the membrane" (Ideal H2O
 * glossary, "TDS creep", idealh2o.com/glossary/tds-creep); Water Quality Association, "Are you
 * prepared for TDS creep?", Plumbing &amp; Mechanical ("Water Wisdom"), August 2021; G. Franks, "How
 * much do permeate pumps contribute to TDS creep in home RO units?", Pure Water Gazette (the first
 * glass of a tankless unit after standstill reads higher, then falls after a short flush).
 *
 * <p><b>Model.</b> Solution–diffusion with no water flux: each solute crosses at
 * \( N_i = B_i A (c_{f,i} - c_{h,i}) \) (the wall concentration equals the bulk's without flux),
 * into a well-mixed hold-up of volume V<sub>h</sub>, so with the feed side held at the tap water's
 * concentration the hold-up approaches it exponentially:
 * \[ n_i(t) = V_h c_{f,i} + (n_i(0) - V_h c_{f,i})\,e^{-B_i A t / V_h} \]
 * (exact for the linear law; concentrations are taken as molality × the same water per volume on
 * both sides, the dilute-water approximation). When permeate flows again at Q<sub>p</sub>, the
 * hold-up is washed out as a well-mixed volume:
 * \( n_i(t) = V_h c_{p,i} + (n_i(0) - V_h c_{p,i})\,e^{-Q_p t / V_h} \), and what leaves it goes
 * to the tank (or the tap). The feed side is taken as tap water throughout the standstill (its own
 * loss of salt to the hold-up, B·A·t/V<sub>feed channel</sub>, is made good by the next feed and
 * counted as fed), and the small diffusion while the unit runs is already in the steady permeate.
 *
 * <p><b>Hold-up volume: an assumption</b> (no published hold-up of an 1812 element was found).
 * Permeate carrier: half the membrane area (each envelope has two membrane faces on one carrier)
 * × 0.25 mm (10 mil tricot) × 40 % open volume; permeate tube: 10 mm bore over 0.30 m (an 1812
 * element's 12-inch tube). For the TW30-1812-75 (0.47 m² estimated area) that is about 24 + 24 =
 * 47 mL.
 *
 * @param volume the hold-up volume, m³, &gt; 0
 */
public record PermeateHoldUp(double volume) {

    /** Assumed permeate-carrier thickness, 0.25 mm (10 mil). */
    public static final double CARRIER_THICKNESS = 0.25e-3;

    /** Assumed open (void) fraction of the permeate carrier. */
    public static final double CARRIER_POROSITY = 0.4;

    /** Assumed permeate-tube bore, 10 mm. */
    public static final double TUBE_BORE = 0.010;

    /** An 1812 element's permeate-tube length, 12 inches. */
    public static final double TUBE_LENGTH = 12 * Units.INCH;

    public PermeateHoldUp {
        Checks.positive("permeate hold-up volume", volume);
    }

    /**
     * @param element a household (1812-size) element
     * @return its hold-up by the assumed construction above
     */
    public static PermeateHoldUp of(final Element element) {
        final double carrier = element.geometry().area() / 2 * CARRIER_THICKNESS * CARRIER_POROSITY;
        final double tube = Math.PI / 4 * TUBE_BORE * TUBE_BORE * TUBE_LENGTH;
        return new PermeateHoldUp(carrier + tube);
    }

    /**
     * Salt creeping in while no water flows.
     *
     * @param element     the element (its area and solute permeabilities at {@code temperature})
     * @param feed        the feed side's composition, mol/kg
     * @param temperature K
     * @param water       the hold-up's water, kg
     * @param moles       the hold-up's moles of each solute (index as in {@code feed}), updated in place
     * @param time        standstill, s, ≥ 0
     * @return the moles of each solute that crossed the membrane
     */
    public double[] creep(final Element element, final Composition feed, final double temperature,
                          final double water, final double[] moles, final double time) {
        final double area = element.geometry().area();
        final double factor = element.membrane().solutePermeabilityFactorAt(temperature);
        final double[] crossed = new double[moles.length];
        for (int i = 0; i < moles.length; i++) {
            final double b = element.membrane().solutePermeabilities().of(feed.species(i)) * factor;
            final double target = water * feed.molality(i);
            final double next = target + (moles[i] - target) * Math.exp(-b * area * time / volume);
            crossed[i] = next - moles[i];
            moles[i] = next;
        }
        return crossed;
    }

    /**
     * The hold-up washed by permeate.
     *
     * @param permeate     the permeate entering it, mol/kg (index as {@code moles})
     * @param permeateFlow the permeate flow, m³/s, ≥ 0
     * @param water        the hold-up's water, kg
     * @param moles        the hold-up's moles, updated in place
     * @param time         how long the permeate flows, s, ≥ 0
     * @return the moles of each solute the hold-up gives up beyond what it keeps of the permeate
     *         (the excess carried on to the tank or tap, negative if it was fresher)
     */
    public double[] washOut(final Composition permeate, final double permeateFlow, final double water,
                            final double[] moles, final double time) {
        final double[] released = new double[moles.length];
        final double decay = Math.exp(-permeateFlow * time / volume);
        for (int i = 0; i < moles.length; i++) {
            final double target = water * permeate.molality(i);
            final double next = target + (moles[i] - target) * decay;
            released[i] = moles[i] - next;
            moles[i] = next;
        }
        return released;
    }
}
