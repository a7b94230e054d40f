package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.chemistry.Component;
import org.permeate.chemistry.Speciation;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;
import org.permeate.properties.DensityModel;

/** The water at the faucet after a simulated day. */
class TapWaterTest {

    private static final double FAUCET = 0.5 * Units.US_GALLON / 60;
    private static HouseholdSystem unit;
    private static DayResult day;
    private static DensityModel density;

    @BeforeAll
    static void simulate() {
        unit = HouseholdFixtures.unit75();
        day = DaySimulation.run(unit, HouseholdRatings.TYPICAL_DAY, 86_400, 120, 0.0);
        density = unit.options().properties().density();
    }

    @Test
    void plainTapWaterIsTheMeanOfWhatWasDrawn() {
        final TapWater tap = TapWater.of(day, unit.feed().temperature(), density, LogRemoval.RO_CREDITED, null, null,
                FAUCET, 0.98);
        for (int i = 0; i < day.species().size(); i++) {
            assertThat(tap.composition().molality(i)).isCloseTo(day.drawnSolute()[i] / day.drawnWater(),
                    within(1e-15));
        }
        // the solutes delivered, by mass, over the volume delivered, is the TDS (volume at 1 atm)
        double mass = 0;
        for (int i = 0; i < day.species().size(); i++) {
            mass += day.drawnSolute()[i] * day.species().species(i).molarMass();
        }
        final double tds = mass / day.drawnVolume();
        assertThat(tap.totalDissolvedSolids()).isCloseTo(tds, within(1e-3 * tds));
        assertThat(tap.totalDissolvedSolids() * 1e3).isBetween(1.0, 40.0); // mg/L from ~250 mg/L tap water
        assertThat(tap.uv()).isNull();
        assertThat(tap.remineralization()).isNull();
        assertThat(tap.purifier()).isFalse();
        assertThat(tap.warnings()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WarningKind.DESIGN_GUIDELINE));
        assertThat(tap.calciteSaturationIndex()).isNegative(); // RO water is aggressive
    }

    @Test
    void remineralizationAndUvAddCalciumAndLogs() {
        final UvReactor uv = new UvReactor(4.0, 0.0125, 0.032);
        final TapWater plain = TapWater.of(day, unit.feed().temperature(), density, LogRemoval.RO_INTACT, null, null,
                FAUCET, 0.98);
        final TapWater tap = TapWater.of(day, unit.feed().temperature(), density, LogRemoval.RO_INTACT,
                Remineralizer.withApproach(1.0), uv, FAUCET, 0.98);
        assertThat(tap.calciteSaturationIndex()).isCloseTo(0, within(1e-6));
        assertThat(tap.pH()).isGreaterThan(plain.pH());
        final double caBefore = Speciation.totalsOf(plain.composition()).getOrDefault(Component.CALCIUM, 0.0);
        final double caAfter = Speciation.totalsOf(tap.composition()).get(Component.CALCIUM);
        assertThat(caAfter - caBefore).isCloseTo(tap.remineralization().dissolved(), within(1e-9 * caAfter));
        assertThat(tap.totalDissolvedSolids()).isGreaterThan(plain.totalDissolvedSolids());
        assertThat(tap.logRemoval()).isEqualTo(LogRemoval.RO_INTACT.plus(LogRemoval.of(uv.treat(FAUCET, 0.98))));
        assertThat(tap.purifier()).isTrue();
    }

    @Test
    void impossibleInputGetsClearErrors() {
        assertThatThrownBy(() -> TapWater.of(day, 293.15, density, LogRemoval.RO_CREDITED, null, null, -1, 0.98))
                .isInstanceOf(PermeateException.class).hasMessageContaining("faucet flow");
        final DayResult dry = DaySimulation.run(unit, List.of(), 3600, 120, 0.0);
        assertThatThrownBy(() -> TapWater.of(dry, 293.15, density, LogRemoval.RO_CREDITED, null, null, FAUCET, 0.98))
                .isInstanceOf(PermeateException.class).hasMessageContaining("no water was drawn");
        assertThatThrownBy(() -> TapWater.of(day, 293.15, density, LogRemoval.RO_CREDITED, null,
                new UvReactor(4.0, 0.0125, 0.032), FAUCET, 1.5)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("UV transmittance");
    }
}
