package org.permeate.element;

import org.permeate.properties.Composition;
import org.permeate.properties.Solution;

/**
 * Everything known at one point of the feed channel: the bulk feed, the membrane surface, the
 * local permeate, and the fluxes between them. SI units.
 *
 * @param position                distance from the element inlet, m
 * @param bulk                    bulk feed solution (composition, T, p)
 * @param waterMassFlow           feed-side water flow, kg/s
 * @param density                 bulk density, kg/m³
 * @param viscosity               bulk dynamic viscosity, Pa·s
 * @param velocity                interstitial velocity, m/s
 * @param reynolds                Reynolds number on the hydraulic diameter
 * @param massTransferCoefficient film coefficient of the reference (salt) diffusivity, m/s (0 when not computed)
 * @param waterFlux               water mass flux through the membrane, kg/(m²·s)
 * @param volumetricFlux          J_v = J_w/ρ_s, m/s
 * @param soluteFlux              mass flux of each solute through the membrane, kg/(m²·s)
 * @param wall                    composition at the membrane surface, mol/kg
 * @param permeate                composition of the local permeate, mol/kg
 * @param polarization            β_i = c_m,i / c_b,i per solute (1 for an absent solute)
 * @param bulkOsmoticPressure     π of the bulk, Pa
 * @param wallOsmoticPressure     π at the membrane surface, Pa
 * @param permeateOsmoticPressure π of the local permeate, Pa
 * @param transmembranePressure   ΔP = feed pressure − permeate pressure, Pa
 * @param netDrivingPressure      ΔP − σ(π_m − π_p), Pa
 * @param pressureGradient        dP/dx of the feed, Pa/m
 */
public record LocalState(double position, Solution bulk, double waterMassFlow, double density, double viscosity,
                         double velocity, double reynolds, double massTransferCoefficient, double waterFlux,
                         double volumetricFlux, double[] soluteFlux, Composition wall, Composition permeate,
                         double[] polarization, double bulkOsmoticPressure, double wallOsmoticPressure,
                         double permeateOsmoticPressure, double transmembranePressure, double netDrivingPressure,
                         double pressureGradient) {

    public LocalState {
        soluteFlux = soluteFlux.clone();
        polarization = polarization.clone();
    }

    @Override
    public double[] soluteFlux() {
        return soluteFlux.clone();
    }

    @Override
    public double[] polarization() {
        return polarization.clone();
    }

    /** @return the largest β over the solutes present */
    public double maxPolarization() {
        double max = 1.0;
        for (int i = 0; i < polarization.length; i++) {
            if (bulk.composition().molality(i) > 0) {
                max = Math.max(max, polarization[i]);
            }
        }
        return max;
    }

    /** @return total dissolved mass flux, kg/(m²·s) */
    public double totalSoluteFlux() {
        double s = 0;
        for (double j : soluteFlux) {
            s += j;
        }
        return s;
    }

    /**
     * @return how far the transmembrane pressure falls short of the bulk osmotic pressure, Pa (0
     *         when it does not): a fully rejecting membrane would produce no water here; water
     *         still permeates only because solute permeates with it
     */
    public double pressureDeficit() {
        return Math.max(0.0, bulkOsmoticPressure - transmembranePressure);
    }
}
