package org.permeate.properties;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.species.Species;

/**
 * Everything a {@link PropertyPackage} says about one solution state. SI units throughout.
 *
 * @param packageName             the property package that computed it
 * @param solution                the state
 * @param osmotic                 φ, a_w, osmolality, π and the ideal π
 * @param massDensity             kg/m³
 * @param dynamicViscosity        Pa·s
 * @param saltDiffusivity         effective diffusivity of the dissolved salt, m²/s
 * @param ionicStrength           mol/kg
 * @param totalDissolvedSolids    dissolved mass per volume of solution, kg/m³
 * @param soluteMassFraction      dissolved mass per mass of solution, kg/kg
 * @param freezingPoint           K
 * @param boilingPoint            normal boiling point (at one standard atmosphere), K
 * @param species                 per-species values
 * @param warnings                warnings from every model used
 */
public record SolutionProperties(String packageName, Solution solution, OsmoticProperties osmotic,
                                 double massDensity, double dynamicViscosity,
                                 double saltDiffusivity, double ionicStrength, double totalDissolvedSolids,
                                 double soluteMassFraction, double freezingPoint, double boilingPoint,
                                 List<SpeciesProperties> species, List<ModelWarning> warnings) {

    public SolutionProperties {
        species = List.copyOf(species);
        warnings = List.copyOf(warnings);
    }

    /**
     * Values for one dissolved species.
     *
     * @param species             the species
     * @param molality            mol/kg of water
     * @param massConcentration   kg/m³ of solution (= g/L)
     * @param activityCoefficient molal activity coefficient γ (1.0 when the model gives none)
     * @param hasActivityCoefficient whether the package's model computes γ for this species
     * @param diffusivity         tracer diffusion coefficient, m²/s
     */
    public record SpeciesProperties(Species species, double molality, double massConcentration,
                                    double activityCoefficient, boolean hasActivityCoefficient, double diffusivity) {
    }
}
