package org.permeate.io.report;

import java.util.ArrayList;
import java.util.List;

import org.permeate.measure.Dimension;
import org.permeate.properties.OsmoticProperties;
import org.permeate.properties.SolutionProperties;
import org.permeate.properties.SolutionProperties.SpeciesProperties;

/** Turns {@link SolutionProperties} into report sections and tables. */
public final class PropertiesReport {

    private PropertiesReport() {
    }

    /**
     * @param p the colligative properties
     * @return the osmotic quantities: π, van 't Hoff π, their ratio, φ, a_w, osmolality
     */
    public static List<Value> osmotic(final OsmoticProperties p) {
        return List.of(
                Value.of("osmoticPressure", "osmotic pressure", p.osmoticPressure(), Dimension.PRESSURE),
                Value.of("vantHoffOsmoticPressure", "van 't Hoff (ideal) osmotic pressure", p.vantHoffOsmoticPressure(),
                        Dimension.PRESSURE),
                Value.of("ratioToVantHoff", "ratio to van 't Hoff", p.ratioToVantHoff(), Dimension.DIMENSIONLESS, 4),
                Value.of("osmoticCoefficient", "osmotic coefficient φ", p.osmoticCoefficient(), Dimension.DIMENSIONLESS),
                Value.of("waterActivity", "water activity", p.waterActivity(), Dimension.DIMENSIONLESS, 6),
                Value.of("osmolality", "osmolality φΣm", p.osmolality(), Dimension.OSMOLALITY));
    }

    /**
     * @param p the properties
     * @return density, viscosity, diffusivity, ionic strength, dissolved solids, freezing and boiling points
     */
    public static List<Value> physical(final SolutionProperties p) {
        return List.of(
                Value.of("massDensity", "density", p.massDensity(), Dimension.MASS_DENSITY, 6),
                Value.of("dynamicViscosity", "dynamic viscosity", p.dynamicViscosity(), Dimension.DYNAMIC_VISCOSITY, 4),
                Value.of("saltDiffusivity", "salt diffusivity", p.saltDiffusivity(), Dimension.DIFFUSIVITY, 4),
                Value.of("ionicStrength", "ionic strength", p.ionicStrength(), Dimension.MOLALITY, 4),
                Value.of("totalDissolvedSolids", "total dissolved solids", p.totalDissolvedSolids(),
                        Dimension.MASS_CONCENTRATION),
                Value.of("soluteMassFraction", "dissolved mass fraction", p.soluteMassFraction(), Dimension.MASS_FRACTION),
                Value.of("freezingPoint", "freezing point", p.freezingPoint(), Dimension.TEMPERATURE, 4),
                Value.of("boilingPoint", "boiling point at 1 atm", p.boilingPoint(), Dimension.TEMPERATURE, 5));
    }

    /**
     * @param p the properties
     * @return a table of the dissolved species
     */
    public static Table species(final SolutionProperties p) {
        final List<List<Value>> rows = new ArrayList<>();
        for (SpeciesProperties s : p.species()) {
            final List<Value> row = new ArrayList<>();
            row.add(Value.text("species", "species", s.species().id()));
            row.add(Value.of("molality", "molality", s.molality(), Dimension.MOLALITY, 5));
            row.add(Value.of("massConcentration", "concentration", s.massConcentration(), Dimension.MASS_CONCENTRATION, 5));
            if (s.hasActivityCoefficient()) {
                row.add(Value.of("activityCoefficient", "γ", s.activityCoefficient(), Dimension.DIMENSIONLESS, 4));
            } else {
                row.add(Value.text("activityCoefficient", "γ", "-"));
            }
            row.add(Value.of("diffusivity", "diffusivity", s.diffusivity(), Dimension.DIFFUSIVITY, 4));
            rows.add(row);
        }
        return new Table("species", "Dissolved species", rows);
    }
}
