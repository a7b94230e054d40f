package org.permeate.flowsheet;

import java.util.Collections;
import java.util.List;

import org.permeate.api.Permeate;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/** Systems the flowsheet tests share. */
final class SystemFixtures {

    static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;
    static final Pump PUMP = new Pump(0.80, 0.95);

    private SystemFixtures() {
    }

    /** A brackish well water (mol/kg), about 2.4 g/L. */
    static Composition brackishWater() {
        return Composition.builder()
                .add(SpeciesCatalog.NA, 0.020).add(SpeciesCatalog.CA, 0.004).add(SpeciesCatalog.MG, 0.002)
                .add(SpeciesCatalog.K, 0.0005).add(SpeciesCatalog.CL, 0.022).add(SpeciesCatalog.SO4, 0.003)
                .add(SpeciesCatalog.HCO3, 0.0045).add(SpeciesCatalog.NO3, 0.0005)
                .add(SpeciesCatalog.SIO2, 0.0004).add(SpeciesCatalog.BOH3, 0.00005).build();
    }

    static List<InstalledElement> vessel(final String model, final int n) {
        return Collections.nCopies(n, Permeate.element(model));
    }

    /** 2:1 array of 6-element BW30-400 vessels, 45 m³/h of well water at 2 bar, 25 °C. */
    static SystemDesign brackish(final PressureSpec spec) {
        final FeedWater feed = new FeedWater(new Solution(brackishWater(), 298.15, ATM + 2e5), 45.0 / 3600,
                FeedSource.WELL);
        final PassDesign pass = PassDesign.of(List.of(StageDesign.of(4, vessel("BW30-400", 6)),
                StageDesign.of(2, vessel("BW30-400", 6))), PUMP, new EnergyRecovery.None(), spec);
        return new SystemDesign("brackish", feed, List.of(pass), 0.0, MembraneCondition.NEW, ElementOptions.defaults());
    }

    /** 25 vessels of 7 SW30HRLE-400 on 35 g/kg seawater, 200 m³/h, with a pressure exchanger (about 14 LMH at 45 %). */
    static SystemDesign seawater(final PressureSpec spec, final ElementOptions options) {
        final FeedWater feed = new FeedWater(new Solution(ReferenceSeawater.composition(0.035), 298.15, ATM + 2e5),
                200.0 / 3600, FeedSource.SEAWATER_OPEN_MF);
        final PassDesign pass = PassDesign.of(List.of(StageDesign.of(25, vessel("SW30HRLE-400", 7))),
                new Pump(0.85, 0.96), new EnergyRecovery.PressureExchanger(0.96, 0.02, 0.05, 0.0, new Pump(0.8, 0.95)),
                spec);
        return new SystemDesign("seawater", feed, List.of(pass), 0.0, MembraneCondition.NEW, options);
    }
}
