package org.permeate.lab;

import org.permeate.errors.Checks;

/**
 * Drinking a salty water, in numbers: the osmoles it brings and the urine the kidneys need to
 * excrete them, after Guyton &amp; Hall, Textbook of Medical Physiology, 13th ed. (2016), p. 373:
 * the human kidney concentrates urine to at most about 1200 mOsm/L, of which other solutes,
 * chiefly urea, take about 600 mOsm/L, so salt leaves at no more than about 600 mOsm/L.
 *
 * <p>Two bounds are given: urine carrying nothing but the salt at the maximal osmolality (the
 * best case), and urine whose salt is limited to the maximal osmolality less the other solutes
 * (Guyton &amp; Hall's reasoning). Urine is taken as 1 kg of water per litre (an approximation).
 *
 * @param volumeDrunk       m³ of the solution drunk
 * @param waterDrunk        m³ of water in it (kg of water / 1000 kg/m³)
 * @param osmoles           osmol brought in (osmolality × kg of water)
 * @param urineSaltOnly     m³ of urine at the maximal osmolality carrying only these osmoles
 * @param urineWithUrea     m³ of urine when the other solutes take their share
 * @param netWater          waterDrunk − urineWithUrea, m³ (negative: the body loses water)
 */
public record SaltExcretion(double volumeDrunk, double waterDrunk, double osmoles, double urineSaltOnly,
                            double urineWithUrea, double netWater) {

    /** Maximal urine osmolality of the human kidney, osmol/kg (Guyton &amp; Hall 2016, p. 373). */
    public static final double MAX_URINE_OSMOLALITY = 1.2;
    /** Share of urea and other solutes in maximally concentrated urine, osmol/kg (same source). */
    public static final double OTHER_URINE_SOLUTES = 0.6;
    /** Normal plasma osmolality, osmol/kg (clinical reference ranges 275–295 mOsm/kg). */
    public static final double PLASMA_OSMOLALITY = 0.290;

    /**
     * @param volume       m³ drunk (above 0)
     * @param osmolality   osmol/kg of water of the solution
     * @param massDensity  kg/m³ of the solution
     * @param soluteMassFraction kg dissolved per kg of solution
     * @return the balance
     */
    public static SaltExcretion of(final double volume, final double osmolality, final double massDensity,
                                   final double soluteMassFraction) {
        Checks.positive("volume drunk (m³)", volume);
        Checks.nonNegative("osmolality (osmol/kg)", osmolality);
        final double waterMass = volume * massDensity * (1.0 - soluteMassFraction);
        final double osm = osmolality * waterMass;
        final double saltOnly = osm / MAX_URINE_OSMOLALITY / 1000.0;
        final double withUrea = osm / (MAX_URINE_OSMOLALITY - OTHER_URINE_SOLUTES) / 1000.0;
        return new SaltExcretion(volume, waterMass / 1000.0, osm, saltOnly, withUrea, waterMass / 1000.0 - withUrea);
    }
}
