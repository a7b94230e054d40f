package org.permeate.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.RangePolicy;
import org.permeate.properties.seawater.ReferenceSeawater;

/** The property-package example of docs/property-models.md, as written there, so that it stays true. */
class PropertiesExampleTest {

    @Test
    void readmeExample() {
        PropertyPackage seawater = PropertyPackages.get("seawater");
        Solution sw = Solution.atAtmosphericPressure(ReferenceSeawater.composition(0.035), 298.15); // 35 g/kg, 25 °C
        SolutionProperties p = seawater.evaluate(sw, RangePolicy.WARN);
        double pi = p.osmotic().osmoticPressure();   // Pa: 2.588e6
        double rho = p.massDensity();                // kg/m³

        assertThat(pi).isCloseTo(2.588e6, within(500.0));
        assertThat(rho).isCloseTo(1023.5, within(0.1));
        assertThat(p.warnings()).isEmpty();
    }
}
