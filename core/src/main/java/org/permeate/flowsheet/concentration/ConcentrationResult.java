package org.permeate.flowsheet.concentration;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Composition;

/**
 * The outcome of a concentration run.
 *
 * @param spec               what was run
 * @param termination        why it ended
 * @param message            one sentence saying so, with the concentration reached and the limit
 * @param points             the path, first point at time 0
 * @param concentrate        the tank's (loop's) dissolved composition at the end, mol/kg
 * @param balances           water, each dissolved species and the undissolved solids
 * @param productMass        concentrate produced (tank at the end plus any bled), kg
 * @param productMeasure     its measure (°Brix or total solids), mass fraction
 * @param pumpEnergy         electrical energy of the pump, J
 * @param latentHeat         latent heat used for the evaporator comparison, J/kg
 * @param evaporatorEnergySaved fuel heat an evaporator would need to boil off the water removed, J
 * @param limit              the direct calculation of the concentration the pressure limit allows
 * @param warnings           warnings of every model used (each once)
 */
public record ConcentrationResult(ConcentrationSpec spec, Termination termination, String message,
                                  List<ConcentrationPoint> points, Composition concentrate,
                                  List<SoluteBalance> balances, double productMass, double productMeasure,
                                  double pumpEnergy, double latentHeat, double evaporatorEnergySaved,
                                  PressureLimitAnalysis limit, List<ModelWarning> warnings) {

    public ConcentrationResult {
        points = List.copyOf(points);
        balances = List.copyOf(balances);
        warnings = List.copyOf(warnings);
    }

    /** @return the last point */
    public ConcentrationPoint end() {
        return points.get(points.size() - 1);
    }

    /** @return the water balance */
    public SoluteBalance water() {
        return balances.get(0);
    }

    /** @return the largest relative balance error over every component */
    public double worstBalanceError() {
        double worst = 0.0;
        for (SoluteBalance b : balances) {
            worst = Math.max(worst, Math.abs(b.relativeError()));
        }
        return worst;
    }

    /** @return fraction of the initial water removed as permeate */
    public double waterRemovedFraction() {
        return water().permeate() / water().initial();
    }

    /** @return pump energy per m³ of permeate, J/m³ (permeate taken at 1000 kg/m³) */
    public double specificEnergy() {
        return water().permeate() > 0 ? pumpEnergy / (water().permeate() / 1000.0) : 0.0;
    }
}
