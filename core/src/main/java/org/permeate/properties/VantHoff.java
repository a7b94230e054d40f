package org.permeate.properties;

import java.util.List;

import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.species.Species;

/**
 * The ideal reference: van 't Hoff's law \( \pi = RT\sum_i c_i \), with \( c_i \) the amount of
 * each dissolved particle per volume of solution (mol/m³), i.e. \( \pi = iCRT \) for one solute
 * that splits into i particles. Exact in the limit of infinite dilution, where every real model
 * must meet it.
 *
 * <p>van 't Hoff, J.H. (1887), Die Rolle des osmotischen Druckes in der Analogie zwischen Lösungen
 * und Gasen, Z. Phys. Chem. 1, 481–508.
 *
 * <p>Its osmotic coefficient is 1 and its water activity the ideal-dilute
 * \( \ln a_w = -M_w\sum m_i \). The concentrations per volume need the solution's density, from
 * the injected {@link DensityModel}.
 */
public final class VantHoff implements OsmoticModel {

    private final DensityModel density;

    /** @param density density model used to turn molalities into amounts per volume */
    public VantHoff(final DensityModel density) {
        this.density = density;
    }

    @Override
    public String name() {
        return "vant-hoff";
    }

    @Override
    public String source() {
        return "van 't Hoff (1887), Z. Phys. Chem. 1, 481: pi = RT sum(c_i), ideal";
    }

    @Override
    public boolean supports(final Species species) {
        return true;
    }

    @Override
    public double osmoticCoefficient(final Solution solution) {
        return 1.0;
    }

    /**
     * @param solution the state
     * @return Σ c_i, the amount of dissolved particles per volume of solution, mol/m³
     */
    public double particleConcentration(final Solution solution) {
        final Composition c = solution.composition();
        final double waterPerVolume = density.massDensity(solution) / (1.0 + c.soluteMassPerWaterMass()); // kg water / m³
        return c.totalMolality() * waterPerVolume;
    }

    @Override
    public double osmoticPressure(final Solution solution) {
        return PhysicalConstants.GAS_CONSTANT * solution.temperature() * particleConcentration(solution);
    }

    @Override
    public List<org.permeate.errors.ModelWarning> warnings(final Solution solution) {
        return density.warnings(solution);
    }
}
