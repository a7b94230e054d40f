package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permeate.api.Permeate;
import org.permeate.element.Discretization;
import org.permeate.element.ElementOptions;
import org.permeate.element.MembraneCondition;
import org.permeate.element.catalog.Catalog;
import org.permeate.flowsheet.Boost;
import org.permeate.flowsheet.FeedSource;
import org.permeate.flowsheet.FeedWater;
import org.permeate.flowsheet.InstalledElement;
import org.permeate.flowsheet.PassDesign;
import org.permeate.flowsheet.PermeateRoute;
import org.permeate.flowsheet.PressureSpec;
import org.permeate.flowsheet.StageDesign;
import org.permeate.flowsheet.SystemDesign;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.measure.PhysicalConstants;
import org.permeate.measure.Units;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.unitops.EnergyRecovery;
import org.permeate.unitops.Pump;

/** Reading each section of a project file into the core's records. */
class ProjectReaderTest {

    private static final double ATM = PhysicalConstants.STANDARD_ATMOSPHERE;

    /** One case; {@code %s} is replaced by the text of its passes. */
    private static final String CASE = """
            project: test plant
            cases:
              - name: design
                feed:
                  water: "Na 420 mg/L, Cl 650 mg/L"
                  temperature: 25 C
                  flow: 60 m3/h
                  pressure: 2 bar
                  source: well
                passes:
            %s""";

    private static final String ONE_PASS = """
                  - recovery: 75 %
                    stages:
                      - vessels: 4
                        elements: BW30-400 x 6
                      - vessels: 2
                        elements: BW30-400 x 6
            """;

    static Project yaml(final String text) {
        return ProjectReader.read(text, "plant.yaml", false);
    }

    static SystemDesign design(final String text) {
        return yaml(text).cases().get(0).design();
    }

    static SystemDesign withPasses(final String passes) {
        return design(CASE.formatted(passes));
    }

    /**
     * @param lines the pass's keys besides its stages, one per line, written as at the pass's own
     *              indentation (nested lines indented further by the caller)
     * @return one pass of a 4 x 6 BW30-400 stage with those keys
     */
    static String pass(final String... lines) {
        return "      - " + String.join("\n        ", lines) + "\n        stages:\n          - vessels: 4\n"
                + "            elements: BW30-400 x 6\n";
    }

    static List<InstalledElement> bw30(final int n) {
        return Collections.nCopies(n, Permeate.element("BW30-400"));
    }

    @Test
    void readsAWholeCaseIntoTheCoreRecords() {
        final Project p = yaml(CASE.formatted(ONE_PASS));
        assertThat(p.file()).isEqualTo(Path.of("plant.yaml"));
        assertThat(p.cases()).hasSize(1);
        final ProjectCase c = p.cases().get(0);
        assertThat(c.name()).isEqualTo("design");
        assertThat(c.years()).isEmpty();

        final ConcentrationConverter cc = new ConcentrationConverter(PropertyPackages.GENERAL.density());
        final var spec = SolutionSpecParser.parse("water", "Na 420 mg/L, Cl 650 mg/L");
        final var feed = new FeedWater(new org.permeate.properties.Solution(
                cc.toComposition(spec.entries(), 298.15, ATM + 2e5), 298.15, ATM + 2e5), 60.0 / 3600, FeedSource.WELL);
        final PassDesign pass = PassDesign.of(List.of(StageDesign.of(4, bw30(6)), StageDesign.of(2, bw30(6))),
                new Pump(0.80, 0.95), new EnergyRecovery.None(), PressureSpec.Recovery.volumetric(0.75));
        final SystemDesign expected = new SystemDesign("design", feed, List.of(pass), 0.0,
                new MembraneCondition(1.0, 0.0, 0.07, 0.10), ElementOptions.defaults());
        assertThat(c.design()).isEqualTo(expected);
    }

    @Test
    void readsUsUnitsAndAbsolutePressures() {
        final SystemDesign d = design(CASE.formatted(ONE_PASS).replace("25 C", "77 F")
                .replace("60 m3/h", "264.172 gpm").replace("pressure: 2 bar", "pressure: 30 psia"));
        assertThat(d.feed().solution().temperature()).isCloseTo(298.15, within(1e-9));
        assertThat(d.feed().volumetricFlow() * 3600).isCloseTo(60.0, within(1e-4));
        assertThat(d.feed().solution().pressure()).isCloseTo(30 * Units.PSI, within(1e-6));
    }

    @Test
    void feedGivenByItsProductSetsTheFlowAndSolvesTheFirstPassForIt() {
        final SystemDesign d = design(CASE.formatted("""
                  - stages:
                      - vessels: 4
                        elements: BW30-400 x 6
            """).replace("flow: 60 m3/h", "product: {flow: 45 m3/h, recovery: 75 %}"));
        assertThat(d.feed().volumetricFlow() * 3600).isCloseTo(60.0, within(1e-12));
        assertThat(d.passes().get(0).pressure()).isEqualTo(new PressureSpec.ProductFlow(45.0 / 3600));
    }

    @Test
    void supplyPressureDefaultsToTheAtmosphereAndPhIsAccepted() {
        final SystemDesign d = design(CASE.formatted(ONE_PASS).replace("      pressure: 2 bar\n", "      pH: 7.5\n"));
        assertThat(d.feed().solution().pressure()).isEqualTo(ATM);
    }

    @Test
    void readsTheMembraneConditionAndTheAgesToProject() {
        final ProjectCase c = yaml(CASE.formatted(ONE_PASS).replace("    passes:\n", """
                    membrane: {fouling-factor: 85 %, age: 2 years, flux-decline: 5 %/year, salt-passage-increase: 0.08}
                    project-years: [0, 2.5, 5 years]
                    bypass: 10 %
                    passes:
                """)).cases().get(0);
        assertThat(c.design().condition()).isEqualTo(new MembraneCondition(0.85, 2.0, 0.05, 0.08));
        assertThat(c.years()).containsExactly(0.0, 2.5, 5.0);
        assertThat(c.design().feedBypass()).isEqualTo(0.10);
    }

    @Test
    void optionsChooseThePhysicsAndTheElementsAreCalibratedWithThem() {
        final SystemDesign d = design(CASE.formatted(ONE_PASS).replace("    passes:\n", """
                    options: {properties: seawater, segments: 4, discretization: backward-difference, formulation: watertap}
                    passes:
                """));
        final ElementOptions o = ElementOptions.defaults().withProperties(PropertyPackages.SEAWATER).withSegments(4)
                .withDiscretization(Discretization.BACKWARD_DIFFERENCE)
                .withFormulation(ElementOptions.Formulation.WATERTAP);
        assertThat(d.options()).isEqualTo(o);
        assertThat(d.passes().get(0).stages().get(0).elements().get(0))
                .isEqualTo(Permeate.element(Catalog.SHIPPED, "BW30-400", o));
    }

    @Test
    void readsEachWayOfFixingThePressure() {
        assertThat(withPasses(pass("feed-pressure: 12 bar")).passes().get(0).pressure())
                .isEqualTo(new PressureSpec.FeedPressure(12e5));
        assertThat(withPasses(pass("permeate-flow: 45 m3/h")).passes().get(0).pressure())
                .isEqualTo(new PressureSpec.PermeateFlow(45.0 / 3600));
        assertThat(withPasses(pass("recovery: 0.74", "recovery-basis: water-mass")).passes().get(0).pressure())
                .isEqualTo(new PressureSpec.Recovery(0.74, PressureSpec.Basis.WATER_MASS));
    }

    @Test
    void readsPumpLimitsAndRecirculation() {
        final PassDesign p = withPasses(pass("recovery: 75 %", "pump: {efficiency: 82 %, motor-efficiency: 0.96}",
                "max-pressure: 600 psi", "recirculation: 20 %")).passes().get(0);
        assertThat(p.pump()).isEqualTo(new Pump(0.82, 0.96));
        assertThat(p.maxPressureGauge()).isCloseTo(600 * Units.PSI, within(1e-6));
        assertThat(p.recirculation()).isEqualTo(0.20);
    }

    @Test
    void readsEachKindOfEnergyRecovery() {
        assertThat(withPasses(pass("recovery: 75 %", "energy-recovery:", "  type: pressure-exchanger",
                "  efficiency: 95 %", "  leakage: 1 %", "  mixing: 4 %", "  discharge-pressure: 1 bar",
                "  booster: {efficiency: 75 %, motor-efficiency: 90 %}")).passes().get(0).energyRecovery())
                .isEqualTo(new EnergyRecovery.PressureExchanger(0.95, 0.01, 0.04, 1e5, new Pump(0.75, 0.90)));
        assertThat(withPasses(pass("recovery: 75 %", "energy-recovery: {type: pressure-exchanger, efficiency: 96 %}"))
                .passes().get(0).energyRecovery())
                .isEqualTo(new EnergyRecovery.PressureExchanger(0.96, 0.02, 0.05, 0.0, new Pump(0.80, 0.95)));
        assertThat(withPasses(pass("recovery: 75 %", "energy-recovery: {type: turbocharger, efficiency: 70 %}"))
                .passes().get(0).energyRecovery()).isEqualTo(new EnergyRecovery.Turbocharger(0.70, 0.0));
        assertThat(withPasses(pass("recovery: 75 %",
                "energy-recovery: {type: turbine, efficiency: 85 %, discharge-pressure: 0.5 bar}")).passes().get(0)
                .energyRecovery()).isEqualTo(new EnergyRecovery.Turbine(0.85, 0.5e5));
        assertThat(withPasses(pass("recovery: 75 %", "energy-recovery: none")).passes().get(0).energyRecovery())
                .isEqualTo(new EnergyRecovery.None());
        assertThat(withPasses(pass("recovery: 75 %", "energy-recovery: {type: none}")).passes().get(0)
                .energyRecovery()).isEqualTo(new EnergyRecovery.None());
    }

    @Test
    void readsStagesWithMixedElementsSplitPermeateAndBoosters() {
        final PassDesign p = withPasses("""
                  - feed-pressure: 60 bar
                    stages:
                      - vessels: 10
                        elements: [SW30HRLE-400 x 5, SW30HR-380, SW30HR-380]
                        permeate-pressure: 0.5 bar
                        front-elements: 3
                      - vessels: 5
                        elements: SW30HRLE-400 x 7
                        booster: {pressure-rise: 5 bar, efficiency: 78 %}
                      - vessels: 2
                        elements: SW30HRLE-400
                        booster: {balance-flux: true}
            """).passes().get(0);
        final InstalledElement le = Permeate.element("SW30HRLE-400");
        final InstalledElement hr = Permeate.element("SW30HR-380");
        final StageDesign s0 = p.stages().get(0);
        assertThat(s0.vessels()).isEqualTo(10);
        assertThat(s0.elements()).containsExactly(le, le, le, le, le, hr, hr);
        assertThat(s0.permeateGauge()).isEqualTo(0.5e5);
        assertThat(s0.frontElements()).isEqualTo(3);
        assertThat(p.stages().get(1).boost()).isEqualTo(new Boost.Fixed(5e5, new Pump(0.78, 0.95)));
        assertThat(p.stages().get(1).elements()).hasSize(7);
        assertThat(p.stages().get(2).boost()).isEqualTo(new Boost.BalanceFlux(new Pump(0.80, 0.95)));
        assertThat(p.stages().get(2).elements()).containsExactly(le);
    }

    @Test
    void readsALaterPassFedByThePreviousPermeate() {
        final SystemDesign d = withPasses("""
                  - feed-pressure: 60 bar
                    stages:
                      - vessels: 10
                        elements: SW30HRLE-400 x 7
                        front-elements: 3
                  - feed: {from: rear-permeate, fraction: 90 %}
                    recovery: 85 %
                    concentrate-recycle: 100 %
                    stages:
                      - vessels: 3
                        elements: BW30-400 x 6
            """);
        final PassDesign second = d.passes().get(1);
        assertThat(second.route()).isEqualTo(PermeateRoute.REAR);
        assertThat(second.feedFraction()).isEqualTo(0.90);
        assertThat(second.concentrateRecycle()).isEqualTo(1.0);
        assertThat(second.pressure()).isEqualTo(PressureSpec.Recovery.volumetric(0.85));
        final PassDesign plain = withPasses(ONE_PASS + ONE_PASS).passes().get(1);
        assertThat(plain.route()).isEqualTo(PermeateRoute.ALL);
        assertThat(plain.feedFraction()).isEqualTo(1.0);
        assertThat(plain.concentrateRecycle()).isEqualTo(0.0);
    }

    @Test
    void aCaseBasedOnAnotherInheritsWhatItDoesNotWrite() {
        final Project p = yaml(CASE.formatted(ONE_PASS) + """
                  - name: winter
                    based-on: design
                    feed: {temperature: 12 C}
                  - name: product
                    based-on: winter
                    feed: {flow: null, product: {flow: 40 m3/h, recovery: 70 %}}
                    passes:
                      - stages: [{vessels: 4, elements: BW30-400 x 6}]
                """);
        assertThat(p.cases()).extracting(ProjectCase::name).containsExactly("design", "winter", "product");
        final SystemDesign design = p.cases().get(0).design();
        final SystemDesign winter = p.cases().get(1).design();
        assertThat(winter.feed().solution().temperature()).isCloseTo(285.15, within(1e-9));
        assertThat(winter.passes()).isEqualTo(design.passes());
        assertThat(winter.name()).isEqualTo("winter");
        final SystemDesign product = p.cases().get(2).design();
        assertThat(product.feed().solution().temperature()).isCloseTo(285.15, within(1e-9));
        assertThat(product.feed().volumetricFlow() * 3600).isCloseTo(40 / 0.70, within(1e-9));
        assertThat(product.passes()).hasSize(1);
        assertThat(product.passes().get(0).stages()).hasSize(1);
    }

    @Test
    void yamlAnchorsAliasesAndMergeKeysAreResolved() {
        final SystemDesign d = withPasses("""
                  - recovery: 75 %
                    pump: &pump {efficiency: 82 %, motor-efficiency: 96 %}
                    stages:
                      - &stage
                        vessels: 4
                        elements: BW30-400 x 6
                      - <<: *stage
                        vessels: 2
                        booster: {pressure-rise: 2 bar, <<: *pump}
            """);
        final PassDesign p = d.passes().get(0);
        assertThat(p.pump()).isEqualTo(new Pump(0.82, 0.96));
        assertThat(p.stages().get(1).vessels()).isEqualTo(2);
        assertThat(p.stages().get(1).elements()).isEqualTo(bw30(6));
        assertThat(p.stages().get(1).boost()).isEqualTo(new Boost.Fixed(2e5, new Pump(0.82, 0.96)));
    }

    @Test
    void aUserCatalogBesideTheProjectAddsElements(@TempDir final Path dir) throws IOException {
        final String shipped = new String(Catalog.class.getResourceAsStream("/org/permeate/element/catalog.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        final String header = shipped.lines().filter(l -> l.startsWith("maker,")).findFirst().orElseThrow();
        final String row = shipped.lines().filter(l -> l.startsWith("DuPont FilmTec,BW30-400,")).findFirst()
                .orElseThrow().replace(",BW30-400,", ",MY-BW-400,");
        Files.writeString(dir.resolve("my-elements.csv"), header + "\n" + row + "\n");
        final Path file = dir.resolve("plant.yaml");
        Files.writeString(file, ("catalog: my-elements.csv\n" + CASE.formatted(ONE_PASS))
                .replace("BW30-400 x 6", "MY-BW-400 x 6"));
        final Project p = ProjectReader.read(file);
        assertThat(p.file()).isEqualTo(file);
        final InstalledElement e = p.cases().get(0).design().passes().get(0).stages().get(0).elements().get(0);
        assertThat(e.model()).isEqualTo("MY-BW-400");
        assertThat(e.element().membrane()).isEqualTo(Permeate.element("BW30-400").element().membrane());
    }

    @Test
    void readsAFileByItsExtension(@TempDir final Path dir) throws IOException {
        final Path yml = dir.resolve("plant.yml");
        Files.writeString(yml, CASE.formatted(ONE_PASS));
        assertThat(ProjectReader.read(yml).cases().get(0).design()).isEqualTo(withPasses(ONE_PASS));
    }
}
