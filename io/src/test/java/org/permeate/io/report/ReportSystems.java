package org.permeate.io.report;

import java.util.Collections;
import java.util.List;

import org.permeate.api.Permeate;
import org.permeate.api.Projection;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.FeedWater;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PermeateRoute;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.Solution;
import org.permeate.properties.seawater.ReferenceSeawater;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/** Systems the report tests project (after core's flowsheet SystemFixtures, which io tests cannot see). */
final class ReportSystems {

    static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;
    static final Pump PUMP = new Pump(0.80, 0.95);

    private ReportSystems() {
    }

    /** Projections the test classes share, each computed once per test JVM. */
    static final class Projected {
        /** {@link #brackish()} new and after 5 years. */
        static final List<Projection> BRACKISH = Permeate.overLife(brackish(), 0, 5);
        /** {@link #seawater()}. */
        static final Projection SEAWATER = Permeate.project(seawater());

        private Projected() {
        }
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

    /**
     * 2:1 array of 6-element BW30-400 vessels, 60 m³/h of well water at 2 bar, 25 °C, 75 %
     * recovery; membranes losing 7 %/year of flux and gaining 10 %/year of salt passage.
     */
    static SystemDesign brackish() {
        final FeedWater feed = new FeedWater(new Solution(brackishWater(), 298.15, ATM + 2e5), 60.0 / 3600,
                FeedSource.WELL);
        final PassDesign pass = PassDesign.of(List.of(StageDesign.of(4, vessel("BW30-400", 6)),
                StageDesign.of(2, vessel("BW30-400", 6))), PUMP, new EnergyRecovery.None(),
                PressureSpec.Recovery.volumetric(0.75));
        return new SystemDesign("brackish", feed, List.of(pass), 0.0, new MembraneCondition(1.0, 0.0, 0.07, 0.10),
                ElementOptions.defaults());
    }

    /**
     * The brackish system with a second pass on all its permeate (3 + 1 vessels of 6 BW30-400,
     * 85 % recovery), whose concentrate is returned to the first pass's feed; computed with the
     * seawater property package, which is quick.
     */
    static SystemDesign twoPass() {
        final SystemDesign one = brackish();
        final PassDesign second = PassDesign.of(List.of(StageDesign.of(3, vessel("BW30-400", 6)),
                StageDesign.of(1, vessel("BW30-400", 6))), PUMP, new EnergyRecovery.None(),
                PressureSpec.Recovery.volumetric(0.85)).fedBy(PermeateRoute.ALL, 1.0, 1.0);
        return one.withPasses(List.of(one.passes().get(0), second)).withCondition(MembraneCondition.NEW)
                .withOptions(ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER));
    }

    /** 25 vessels of 7 SW30HRLE-400 on 35 g/kg seawater, 200 m³/h, 45 % recovery, with a pressure exchanger. */
    static SystemDesign seawater() {
        final FeedWater feed = new FeedWater(new Solution(ReferenceSeawater.composition(0.035), 298.15, ATM + 2e5),
                200.0 / 3600, FeedSource.SEAWATER_OPEN_MF);
        final PassDesign pass = PassDesign.of(List.of(StageDesign.of(25, vessel("SW30HRLE-400", 7))),
                new Pump(0.85, 0.96), new EnergyRecovery.PressureExchanger(0.96, 0.02, 0.05, 0.0, new Pump(0.8, 0.95)),
                PressureSpec.Recovery.volumetric(0.45));
        return new SystemDesign("seawater", feed, List.of(pass), 0.0, MembraneCondition.NEW,
                ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER));
    }
}
