package org.permeate.flowsheet;

import java.util.List;

import org.permeate.unitops.PumpDuty;

/**
 * The energy balance of a system.
 *
 * @param pumps               every pump's duty
 * @param electricalPower     total electrical power of the pumps, W
 * @param specificEnergy      electrical energy per volume of product, J/m³
 * @param leastWork           least work of separation of the same feed into the same product and
 *                            concentrates (reversible, isothermal), W
 * @param leastSpecificWork   least work per volume of product, J/m³
 * @param secondLawEfficiency least work over electrical power
 */
public record Energy(List<PumpDuty> pumps, double electricalPower, double specificEnergy, double leastWork,
                     double leastSpecificWork, double secondLawEfficiency) {

    public Energy {
        pumps = List.copyOf(pumps);
    }
}
