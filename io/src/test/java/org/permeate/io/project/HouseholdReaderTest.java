package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.unitops.household.Draw;
import org.permeate.unitops.household.FlowRestrictor;
import org.permeate.unitops.household.HouseholdRatings;
import org.permeate.unitops.household.HouseholdSystem;

/** The household file format: what it reads, and the place of every mistake. */
class HouseholdReaderTest {

    private static final double ATM = Units.ATMOSPHERE;

    /** A complete file; tests change one line of it. */
    private static final String UNIT = """
            format-version: 1
            household: Test unit
            element: TW30-1812-75
            tap-water:
              water: "Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L"
              pH: 7.8
            line-pressure: 60 psi
            temperature: 68 F
            drain-restrictor: 300 mL/min
            tank:
              volume: 3.2 gal
              pre-charge: 7 psi
            shut-off:
              close: 66.7 %
              reopen: 45 %
            use:
              draws:
                - {at: "07:30", volume: 1.5 L}
                - {at: 12 h, volume: 0.5 gal}
              duration: 24 h
              time-step: 1 min
              start: empty
              report-interval: 15 min
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
    void everyKeyIsReadInSi() {
        final HouseholdProject p = read(UNIT);
        assertThat(p.title()).isEqualTo("Test unit");
        assertThat(p.element().model()).isEqualTo("TW30-1812-75");
        final HouseholdSystem s = ((HouseholdProject.WithTank) p.unit()).system();
        assertThat(s.linePressure()).isCloseTo(ATM + 60 * Units.PSI, within(1e-6));
        assertThat(s.feed().temperature()).isCloseTo(293.15, within(1e-9));
        assertThat(((FlowRestrictor.Fixed) s.restrictor()).flow()).isCloseTo(300e-6 / 60, within(1e-15));
        assertThat(s.tank().totalVolume()).isCloseTo(3.2 * Units.US_GALLON, within(1e-12));
        assertThat(s.tank().prechargeGaugePressure()).isCloseTo(7 * Units.PSI, within(1e-6));
        assertThat(s.shutOff().closeFraction()).isCloseTo(0.667, within(1e-12));
        assertThat(s.shutOff().reopenFraction()).isCloseTo(0.45, within(1e-12));
        assertThat(p.draws()).containsExactly(new Draw(7.5 * 3600, 1.5e-3), new Draw(12 * 3600, 0.5 * Units.US_GALLON));
        assertThat(p.duration()).isEqualTo(86_400.0);
        assertThat(p.timeStep()).isEqualTo(60.0);
        assertThat(p.initialVolume()).isZero();
        assertThat(p.reportInterval()).isEqualTo(900.0);
        final double tds = new ConcentrationConverter(s.options().properties().density()).totalDissolvedSolids(s.feed());
        assertThat(tds).isCloseTo(0.240, within(0.005));
    }

    @Test
    void defaultsAreTheTypicalDayAFullTankAndTheTypicalValve() {
        final HouseholdProject p = read(UNIT.replaceAll("(?s)shut-off:.*", ""));
        final HouseholdSystem s = ((HouseholdProject.WithTank) p.unit()).system();
        assertThat(s.shutOff()).isEqualTo(org.permeate.unitops.household.ShutOffValve.TYPICAL);
        assertThat(p.draws()).isEqualTo(HouseholdRatings.TYPICAL_DAY);
        assertThat(p.pattern()).isEqualTo("typical");
        assertThat(p.timeStep()).isEqualTo(60.0);
        assertThat(p.initialVolume()).isCloseTo(s.tank().waterVolume(s.shutOff().closePressure(s.linePressure())),
                within(1e-15));
    }

    @Test
    void yamlAndJsonReadTheSame() {
        final String json = """
                {"format-version": 1, "household": "Test unit", "element": "TW30-1812-75",
                 "tap-water": {"water": "Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L", "pH": 7.8},
                 "line-pressure": "60 psi", "temperature": "68 F", "drain-restrictor": "300 mL/min",
                 "tank": {"volume": "3.2 gal", "pre-charge": "7 psi"},
                 "shut-off": {"close": "66.7 %", "reopen": "45 %"},
                 "use": {"draws": [{"at": "07:30", "volume": "1.5 L"}, {"at": "12 h", "volume": "0.5 gal"}],
                         "duration": "24 h", "time-step": "1 min", "start": "empty", "report-interval": "15 min"}}
                """;
        final HouseholdProject fromJson = HouseholdReader.read(json, "unit.json", true, HouseholdReader.Overrides.NONE);
        final HouseholdProject fromYaml = read(UNIT);
        assertThat(fromJson.unit()).isEqualTo(fromYaml.unit());
        assertThat(fromJson.draws()).isEqualTo(fromYaml.draws());
        assertThat(fromJson.initialVolume()).isEqualTo(fromYaml.initialVolume());
    }

    @Test
    void aFileStartsFromAPresetAndOverridesKeys() {
        final HouseholdProject p = read("""
                preset: under-sink-75
                line-pressure: 45 psi
                tank: {pre-charge: 5 psi}
                """);
        final HouseholdSystem s = ((HouseholdProject.WithTank) p.unit()).system();
        assertThat(p.preset()).isEqualTo("under-sink-75");
        assertThat(s.linePressure()).isCloseTo(ATM + 45 * Units.PSI, within(1e-6));
        assertThat(s.tank().prechargeGaugePressure()).isCloseTo(5 * Units.PSI, within(1e-6));
        // the rest is the preset's
        assertThat(s.tank().totalVolume()).isCloseTo(3.2 * Units.US_GALLON, within(1e-12));
        assertThat(((FlowRestrictor.Fixed) s.restrictor()).flow()).isCloseTo(525e-6 / 60, within(1e-15));
    }

    @Test
    void overridesFromTheCommandLineReplaceTheFilesValues() {
        final HouseholdProject p = HouseholdReader.read(UNIT, "unit.yaml", false, new HouseholdReader.Overrides(
                ATM + 3e5, 303.15, "NaCl 500 mg/L", "--tds"));
        final HouseholdSystem s = ((HouseholdProject.WithTank) p.unit()).system();
        assertThat(s.linePressure()).isEqualTo(ATM + 3e5);
        assertThat(s.feed().temperature()).isEqualTo(303.15);
        final double tds = new ConcentrationConverter(s.options().properties().density()).totalDissolvedSolids(s.feed());
        assertThat(tds).isCloseTo(0.5, within(1e-6));
        final HouseholdProject test = HouseholdReader.read(UNIT, "unit.yaml", false, new HouseholdReader.Overrides(
                null, null, "nsf-test-water", "--water"));
        assertThat(test.tapWater()).contains("750 mg/L NaCl");
    }

    @Test
    void aTanklessUnitAndAnOrificeRestrictor() {
        final HouseholdProject p = read(UNIT.replaceAll("(?s)tank:.*", "tank: none\n"));
        assertThat(p.unit()).isInstanceOf(HouseholdProject.Tankless.class);
        final HouseholdProject o = read(UNIT.replace("drain-restrictor: 300 mL/min",
                "drain-restrictor: {orifice: 300 mL/min, at: 50 psi}"));
        final HouseholdSystem s = ((HouseholdProject.WithTank) o.unit()).system();
        assertThat(s.restrictor().concentrateFlow(50 * Units.PSI)).isCloseTo(300e-6 / 60, within(1e-15));
    }

    // ------------------------------------------------------------------ mistakes, at their place

    @Test
    void aNegativeDrawIsShownAtItsLine() {
        final PermeateException e = error(UNIT.replace("volume: 1.5 L", "volume: -1.5 L"));
        assertThat(e.getMessage()).startsWith("unit.yaml:18:").contains("use.draws[0]", "volume", "greater than 0",
                "-1.5 L");
    }

    @Test
    void anUnknownPresetIsRefused() {
        final PermeateException e = error("preset: under-sink-60\n");
        assertThat(e.kind()).isEqualTo(Message.UNKNOWN_CHOICE);
        assertThat(e.getMessage()).startsWith("unit.yaml:1:9:").contains("under-sink-60", "under-sink-75",
                "countertop-75");
        assertThatThrownBy(() -> HouseholdReader.preset("nope", HouseholdReader.Overrides.NONE))
                .isInstanceOf(PermeateException.class).hasMessageContaining("nope").hasMessageContaining("under-sink-50");
    }

    @Test
    void aPrechargeAboveTheLinePressureIsTheCoresMessageAtThePrecharge() {
        final PermeateException e = error(UNIT.replace("pre-charge: 7 psi", "pre-charge: 70 psi"));
        assertThat(e.kind()).isEqualTo(Message.INFEASIBLE);
        assertThat(e.getMessage()).startsWith("unit.yaml:12:15:").contains("tank.pre-charge", "pre-charge of 70.00 psig",
                "line pressure of 60.00 psig");
        // at or above the shut-off pressure (2/3 of 60 = 40 psig) too
        assertThat(error(UNIT.replace("pre-charge: 7 psi", "pre-charge: 45 psi")).getMessage())
                .startsWith("unit.yaml:12:15:").contains("shut-off pressure");
    }

    @Test
    void aLinePressureBelowTheOsmoticPressureIsShownAtTheTapWater() {
        final PermeateException e = error(UNIT.replace("\"Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L, HCO3 120 mg/L\"",
                "\"NaCl 35 g/L\"").replace("pH: 7.8", "pH: 7"));
        assertThat(e.kind()).isEqualTo(Message.INFEASIBLE);
        assertThat(e.getMessage()).startsWith("unit.yaml:5:3: tap-water:").contains("osmotic pressure", "line pressure of 60.00 psig");
    }

    @Test
    void otherMistakesNameTheirPlace() {
        assertThat(error(UNIT.replace("element: TW30-1812-75", "element: TW30-9999")).getMessage())
                .startsWith("unit.yaml:3:10:").contains("TW30-9999", "TW30-1812-75", "TW30-1812-50");
        assertThat(error(UNIT.replace("line-pressure: 60 psi", "line-pressure: 60")).getMessage())
                .startsWith("unit.yaml:7:").contains("line-pressure", "unit");
        assertThat(error(UNIT.replace("line-pressure: 60 psi", "line-pressure: 0 psi")).getMessage())
                .startsWith("unit.yaml:7:").contains("line-pressure");
        assertThat(error(UNIT.replace("at: \"07:30\"", "at: \"25:99\"")).getMessage())
                .startsWith("unit.yaml:18:").contains("25:99");
        assertThat(error(UNIT.replace("at: 12 h", "at: 30 h")).getMessage())
                .startsWith("unit.yaml:19:").contains("at", "duration");
        assertThat(error(UNIT.replace("reopen: 45 %", "reopen: 70 %")).getMessage())
                .startsWith("unit.yaml:15:").contains("reopen");
        assertThat(error(UNIT.replace("start: empty", "start: 30 L")).getMessage())
                .startsWith("unit.yaml:22:").contains("start", "30 L");
        assertThat(error(UNIT.replace("temperature: 68 F", "temperature: -5 C")).getMessage())
                .startsWith("unit.yaml:8:").contains("temperature");
        assertThat(error(UNIT + "tank-extra: 1\n").getMessage()).contains("unknown key \"tank-extra\"");
        // a misspelt stage is refused, not ignored (the train itself: HouseholdTrainReaderTest)
        assertThat(error(UNIT + "pretreatment: [sediments]\n").getMessage()).contains("sediments", "carbon-block");
        assertThat(error(UNIT.replaceAll("(?s)tank:.*", "tank: none\nshut-off: {close: 60 %}\n")).kind())
                .isEqualTo(Message.CONFLICTING);
        assertThat(error(UNIT.replace("      - {at: 12 h, volume: 0.5 gal}\n", "").replace("draws:", "pattern: typical\n  draws:"))
                .kind()).isEqualTo(Message.CONFLICTING);
        assertThat(error(UNIT.replace("  draws:\n    - {at: \"07:30\", volume: 1.5 L}\n    - {at: 12 h, volume: 0.5 gal}\n",
                "  pattern: weekly\n")).getMessage()).contains("weekly", "typical");
    }

    @Test
    void theShippedExampleReads() {
        final HouseholdProject p = HouseholdReader.read(Path.of("../examples/household-undersink-75.yaml"),
                HouseholdReader.Overrides.NONE);
        assertThat(p.unit()).isInstanceOf(HouseholdProject.WithTank.class);
        assertThat(p.draws()).hasSizeGreaterThan(3);
        assertThat(List.copyOf(p.draws())).allSatisfy(d -> assertThat(d.time()).isLessThanOrEqualTo(p.duration()));
    }
}
