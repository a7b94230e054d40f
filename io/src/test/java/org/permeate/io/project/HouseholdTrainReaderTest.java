package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.permeate.design.compliance.Verdict;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.report.Format;
import org.permeate.io.report.HouseholdReport;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.measure.UnitSystem;
import org.permeate.measure.Units;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.household.HouseholdPhysics;
import org.permeate.unitops.household.HouseholdSystem;
import org.permeate.unitops.household.HouseholdTrain;
import org.permeate.unitops.household.LogRemoval;
import org.permeate.unitops.household.TanklessSystem;

/** The treatment train in household files: pretreatment, post-treatment, contaminants, errors at their place. */
class HouseholdTrainReaderTest {

    private static final String UNIT = """
            format-version: 1
            element: TW30-1812-75
            tap-water:
              water: "Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L"
              pH: 7.8
              free-chlorine: 1.5 mg/L
            line-pressure: 60 psi
            temperature: 20 C
            drain-restrictor: 525 mL/min
            tank: {volume: 3.2 gal, pre-charge: 7 psi}
            pretreatment:
              - sediment: {name: sediment 5 µm, pressure-drop: [{flow: 6.6 gpm, drop: 0.73 psi}, {flow: 8.8 gpm, drop: 1 psi}], loading: 1}
              - carbon-block: {chloramine: 0.5 mg/L}
            post-treatment:
              - carbon
              - uv: {lamp: 1.8 W, sleeve-radius: 1.15 cm, chamber-radius: 2.5 cm, uvt: 97 %}
              - remineralisation: {approach: 80 %}
            use:
              faucet-flow: 1.5 L/min
            """;

    private static HouseholdProject read(final String text) {
        return HouseholdReader.read(text, "unit.yaml", false, HouseholdReader.Overrides.NONE);
    }

    private static PermeateException error(final String text) {
        try {
            read(text);
        } catch (PermeateException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + text);
    }

    @Test
    void everyStageIsBuiltIntoTheCoreObjects() {
        final HouseholdProject p = read(UNIT);
        final HouseholdTrain t = p.train();
        final HouseholdSystem s = ((HouseholdProject.WithTank) p.unit()).system();
        assertThat(s.prefilters()).hasSize(1);
        assertThat(s.prefilters().get(0).name()).isEqualTo("sediment 5 µm");
        // the two points of the curve give back their pressure drops
        assertThat(s.prefilters().get(0).pressureDrop(6.6 * Units.US_GALLON / 60)).isCloseTo(0.73 * Units.PSI,
                within(1e-6));
        assertThat(t.carbon()).isNotNull();
        assertThat(t.freeChlorine()).isCloseTo(1.5e-3, within(1e-12));
        assertThat(t.chloramine()).isCloseTo(0.5e-3, within(1e-12));
        assertThat(t.postFilters()).containsExactly("post-carbon");
        assertThat(t.uv().chamberRadius()).isCloseTo(0.025, within(1e-12));
        assertThat(t.uvTransmittance()).isCloseTo(0.97, within(1e-12));
        assertThat(t.remineralizer().approach()).isCloseTo(0.8, within(1e-12));
        assertThat(t.faucetFlow()).isCloseTo(1.5e-3 / 60, within(1e-15));
    }

    @Test
    void aLoadedSedimentCartridgeTakesProductionInTankUnitsAndTanklessOnes() {
        final String loaded = UNIT.replace("loading: 1}", "loading: 1000}");
        final double clean = ((HouseholdProject.WithTank) read(UNIT).unit()).system().bypassed().permeate()
                .waterMassFlow();
        final HouseholdSystem heavy = ((HouseholdProject.WithTank) read(loaded).unit()).system();
        assertThat(heavy.bypassed().permeate().waterMassFlow()).isLessThan(clean * 0.99);
        final String tankless = loaded.replace("tank: {volume: 3.2 gal, pre-charge: 7 psi}", "tank: none");
        final TanklessSystem t = ((HouseholdProject.Tankless) read(tankless).unit()).system();
        assertThat(t.prefilters()).hasSize(1);
        final TanklessSystem bare = t.withPrefilters(java.util.List.of());
        assertThat(t.running().permeate().waterMassFlow()).isLessThan(bare.running().permeate().waterMassFlow() * 0.99);
    }

    @Test
    void aFileOverAPresetReplacesOrRemovesItsTrain() {
        final HouseholdProject preset = HouseholdReader.preset("under-sink-75", HouseholdReader.Overrides.NONE);
        assertThat(preset.train().carbon()).isNotNull();
        assertThat(((HouseholdProject.WithTank) preset.unit()).system().prefilters()).hasSize(1);
        final HouseholdProject bare = read("preset: under-sink-75\npretreatment: none\npost-treatment: []\n");
        assertThat(bare.train().carbon()).isNull();
        assertThat(bare.train().postFilters()).isEmpty();
        assertThat(((HouseholdProject.WithTank) bare.unit()).system().prefilters()).isEmpty();
        // the preset's tap chlorine is kept: with no carbon it reaches the membrane, with a warning
        assertThat(bare.train().oxidantsAtMembrane(1e-5).warnings()).isNotEmpty();
    }

    @Test
    void contaminantsOfTheAnalysisReachTheElement() {
        final HouseholdProject p = read(UNIT.replace("HCO3 120 mg/L\"",
                "HCO3 120 mg/L, NO3 12 mg/L as N, F 1 mg/L, As(V) 30 µg/L as As, As(III) 10 µg/L, Pb 20 µg/L, PFOA 12 ng/L\""));
        final var feed = p.unit().feed().composition();
        assertThat(feed.contains(SpeciesCatalog.H3ASO3)).isTrue();
        assertThat(feed.contains(SpeciesCatalog.H2ASO4)).isTrue();
        assertThat(feed.contains(SpeciesCatalog.PB)).isTrue();
        assertThat(p.tapAnalysis()).isPresent();
        // and the compliance table of the report judges tap and delivered water
        final Report r = HouseholdReport.of(p, p.simulate(), p.unit().rateAtTestConditions(p.timeStep()), false);
        assertThat(r.tables()).anySatisfy(t -> assertThat(t.key()).isEqualTo("compliance"));
        final String text = Renderer.render(r, Format.TEXT, UnitSystem.SI);
        assertThat(text).contains("arsenic", "lead", "Pretreatment", "NSF/ANSI 55 class", "At the tap")
                .doesNotContain("not modelled yet");
    }

    @Test
    void mistakesInTheTrainPointAtTheirPlace() {
        assertThat(error(UNIT.replace("loading: 1}", "loading: 0.5}")).getMessage())
                .startsWith("unit.yaml:12:").contains("loading", "0.5");
        assertThat(error(UNIT.replace("chamber-radius: 2.5 cm", "chamber-radius: 1 cm")).getMessage())
                .startsWith("unit.yaml:16:").contains("chamber radius");
        assertThat(error(UNIT.replace("uvt: 97 %", "uvt: 120 %")).getMessage()).startsWith("unit.yaml:16:")
                .contains("uvt");
        assertThat(error(UNIT.replace("approach: 80 %", "approach: 80 %, time-constant: 30 s")).kind())
                .isEqualTo(Message.CONFLICTING);
        assertThat(error(UNIT.replace("free-chlorine: 1.5 mg/L", "free-chlorine: -1 mg/L")).getMessage())
                .startsWith("unit.yaml:6:").contains("free-chlorine");
        assertThat(error(UNIT.replace("- carbon\n", "- ozone\n")).getMessage()).startsWith("unit.yaml:15:")
                .contains("ozone", "remineralisation");
        assertThat(error(UNIT.replace("drop: 1 psi}", "drop: 0.2 psi}")).getMessage()).startsWith("unit.yaml:12:")
                .contains("pressure-drop");
    }

    @Test
    void theWellExampleFailsBeforeAndShowsWhatTheMembraneDoes() {
        final HouseholdProject p = HouseholdReader.read(Path.of("../examples/household-well-arsenic.yaml"),
                HouseholdReader.Overrides.NONE);
        final var tap = p.train().tap(p.simulate(), p.unit().feed().temperature(),
                HouseholdPhysics.OPTIONS.properties().density(), LogRemoval.RO_CREDITED);
        final var c = org.permeate.api.DrinkingWater.compliance(p.tapAnalysis().orElseThrow(), tap.composition(),
                p.unit().feed().temperature(), org.permeate.element.catalog.MembraneFamily.HOUSEHOLD,
                org.permeate.design.compliance.Standard.EPA);
        for (String parameter : new String[] {"arsenic", "nitrate", "lead", "PFOA"}) {
            final var line = c.lines().stream().filter(l -> l.limit().parameter().label().equals(parameter))
                    .findFirst().orElseThrow();
            assertThat(line.feed().verdict()).as(parameter).isEqualTo(Verdict.FAIL);
            // arsenite passes the membrane: total arsenic still fails; the others pass
            assertThat(line.product().verdict()).as(parameter).isEqualTo(parameter.equals("arsenic")
                    ? Verdict.FAIL : Verdict.PASS);
        }
    }
}
