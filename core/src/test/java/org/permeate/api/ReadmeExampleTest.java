package org.permeate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.FeedWater;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.properties.Solution;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/** The README's Java example, as written there, so that it stays true. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        InstalledElement sw = Permeate.element("SW30HRLE-400");            // calibrated to its datasheet
        FeedWater feed = new FeedWater(new Solution(ReferenceSeawater.composition(0.035), 298.15, 3.01325e5),
                200.0 / 3600, FeedSource.SEAWATER_OPEN_MF);                 // 35 g/kg, 25 °C, 2 bar(g), 200 m³/h
        PassDesign pass = PassDesign.of(List.of(StageDesign.of(25, Collections.nCopies(7, sw))),
                new Pump(0.85, 0.96),
                new EnergyRecovery.PressureExchanger(0.96, 0.02, 0.05, 0.0, new Pump(0.8, 0.95)),
                PressureSpec.Recovery.volumetric(0.45));
        SystemDesign design = new SystemDesign("seawater", feed, List.of(pass), 0.0, MembraneCondition.NEW,
                ElementOptions.defaults());
        Projection p = Permeate.project(design);
        double pressure = p.result().passes().get(0).feedPressure();      // Pa (absolute): 5.68e6
        double sec = p.result().energy().specificEnergy() / 3.6e6;        // kWh/m³: 1.90

        assertThat(pressure).isCloseTo(5.68e6, within(0.005e6));
        assertThat(sec).isCloseTo(1.90, within(0.005));
        assertThat(p.warnings()).isNotEmpty();
    }
}
