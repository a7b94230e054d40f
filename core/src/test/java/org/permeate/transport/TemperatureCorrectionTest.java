package org.permeate.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.water.Iapws97Water;
import org.permeate.testsupport.Allocations;
import org.permeate.testsupport.ReferenceTable;

class TemperatureCorrectionTest {

    private static final double R = PhysicalConstants.GAS_CONSTANT;
    private static final FilmTecTemperatureCorrection FILMTEC = FilmTecTemperatureCorrection.INSTANCE;
    private static final HydranauticsTemperatureCorrection HYDRANAUTICS = HydranauticsTemperatureCorrection.INSTANCE;
    private static final ViscosityRatioTemperatureCorrection VISCOSITY =
            new ViscosityRatioTemperatureCorrection(Iapws97Water.INSTANCE);
    private static final ArrheniusTemperatureCorrection ARRHENIUS = new ArrheniusTemperatureCorrection(22e3, 30e3);

    private static final List<TemperatureCorrection> ALL = List.of(FILMTEC, HYDRANAUTICS, VISCOSITY, ARRHENIUS);

    private static double kelvin(final double celsius) {
        return celsius + PhysicalConstants.ZERO_CELSIUS;
    }

    @Test
    void filmTecMatchesThePublishedTables() {
        final ReferenceTable table = ReferenceTable.load(getClass(), "temperature_correction_table.csv");
        double worst = 0;
        for (ReferenceTable.Row row : table.rowsWhere("model", "filmtec")) {
            final double factor = FILMTEC.waterPermeabilityFactor(kelvin(row.number("t_C")));
            final double shown = row.text("convention").equals("reciprocal") ? 1 / factor : factor;
            final double deviation = shown - row.number("value");
            worst = Math.max(worst, Math.abs(deviation) / row.number("tolerance"));
            // tolerance: half a unit in the last printed digit, from the file (plus rounding of the division)
            assertThat(shown).as(row.toString()).isCloseTo(row.number("value"), within(row.number("tolerance") + 1e-9));
            assertThat(FILMTEC.solutePermeabilityFactor(kelvin(row.number("t_C")))).isEqualTo(factor);
        }
        System.out.printf("FilmTec TCF vs published tables: worst deviation %.2f of the rounding half-unit%n", worst);
    }

    @Test
    void hydranauticsConstantMatchesAPublishedTable() {
        // SpectraPure's TCF table (not a Hydranautics document) follows exp[K(1/298 - 1/(273 + t))] with K near 2700;
        // tolerance 0.002 from the file (discriminates K to about +-10 K, rejects FilmTec's 2640)
        double worst = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "temperature_correction_table.csv")
                .rowsWhere("model", "hydranautics")) {
            final double factor = HYDRANAUTICS.waterPermeabilityFactor(kelvin(row.number("t_C")));
            worst = Math.max(worst, Math.abs(factor - row.number("value")));
            assertThat(factor).as(row.toString()).isCloseTo(row.number("value"), within(row.number("tolerance")));
            final double filmTec = FILMTEC.waterPermeabilityFactor(kelvin(row.number("t_C")));
            if (row.number("t_C") == 5) {
                assertThat(Math.abs(filmTec - row.number("value"))).isGreaterThan(row.number("tolerance"));
            }
        }
        System.out.printf("Hydranautics K = 2700 vs SpectraPure TCF table (5-34 degC): max |difference| %.4f%n", worst);
    }

    @Test
    void filmTecUsesThePublishedConstantsNot298Point15() {
        // at 5 degC the published 298/273 form and a 298.15/273.15 form differ in the 4th digit
        final double published = Math.exp(3020 * (1 / 298.0 - 1 / 278.0));
        final double shifted = Math.exp(3020 * (1 / 298.15 - 1 / 278.15));
        assertThat(FILMTEC.waterPermeabilityFactor(kelvin(5))).isCloseTo(published, within(1e-14));
        assertThat(Math.abs(published - shifted)).isGreaterThan(1e-4);
        System.out.printf("FilmTec TCF at 5 degC: %.5f (published constants) vs %.5f (298.15/273.15)%n", published,
                shifted);
    }

    @Test
    void viscosityRatioMatchesTabulatedViscosities() {
        final ReferenceTable.Row row = ReferenceTable.load(getClass(), "temperature_correction_table.csv")
                .rowWhere("model", "viscosity-ratio");
        final double factor = VISCOSITY.waterPermeabilityFactor(kelvin(row.number("t_C")));
        System.out.printf("viscosity ratio mu(25)/mu(20) = %.5f vs %.5f from tabulated viscosities%n", factor,
                row.number("value"));
        assertThat(factor).isCloseTo(row.number("value"), within(row.number("tolerance")));
        // Stokes-Einstein for the solute: an extra T/T0
        final double t = kelvin(40);
        assertThat(VISCOSITY.solutePermeabilityFactor(t))
                .isCloseTo(VISCOSITY.waterPermeabilityFactor(t) * t / 298.15, within(1e-15));
        // identical to the IAPWS ratio it is built from
        assertThat(VISCOSITY.waterPermeabilityFactor(kelvin(10))).isEqualTo(
                Iapws97Water.INSTANCE.dynamicViscosity(298.15, 101_325)
                        / Iapws97Water.INSTANCE.dynamicViscosity(kelvin(10), 101_325));
    }

    @Test
    void everyCorrectionIsOneAt25CAndRisesWithTemperature() {
        for (TemperatureCorrection c : ALL) {
            // FilmTec/Hydranautics: 273 + (298.15 - 273.15) = 298 up to rounding of the subtraction
            assertThat(c.waterPermeabilityFactor(298.15)).as(c.name()).isCloseTo(1.0, within(1e-14));
            assertThat(c.solutePermeabilityFactor(298.15)).as(c.name()).isCloseTo(1.0, within(1e-14));
            double previousWater = 0;
            double previousSolute = 0;
            for (double t = 1; t <= 60; t += 0.5) {
                final double a = c.waterPermeabilityFactor(kelvin(t));
                final double b = c.solutePermeabilityFactor(kelvin(t));
                assertThat(a).as(c.name() + " A at " + t).isGreaterThan(previousWater).isFinite();
                assertThat(b).as(c.name() + " B at " + t).isGreaterThan(previousSolute).isFinite();
                previousWater = a;
                previousSolute = b;
            }
        }
    }

    @Test
    void filmTecIsContinuousAt25CWithTheTwoPublishedSlopes() {
        final double h = 1e-6;
        final double below = FILMTEC.waterPermeabilityFactor(298.15 - h);
        final double above = FILMTEC.waterPermeabilityFactor(298.15 + h);
        assertThat(above - below).isCloseTo(0.0, within(1e-6));
        // d ln TCF / dT = K/(273 + t)^2: 3020/298^2 below, 2640/298^2 above
        final double slopeBelow = (Math.log(FILMTEC.waterPermeabilityFactor(298.15 - 2e-3))
                - Math.log(FILMTEC.waterPermeabilityFactor(298.15 - 1e-3))) / -1e-3;
        final double slopeAbove = (Math.log(FILMTEC.waterPermeabilityFactor(298.15 + 2e-3))
                - Math.log(FILMTEC.waterPermeabilityFactor(298.15 + 1e-3))) / 1e-3;
        assertThat(slopeBelow).isCloseTo(3020 / (298.0 * 298.0), within(1e-6));
        assertThat(slopeAbove).isCloseTo(2640 / (298.0 * 298.0), within(1e-6));
        System.out.printf("slopes at 25 degC: FilmTec %.2f %%/K below, %.2f %%/K above; Hydranautics %.2f %%/K;"
                        + " viscosity ratio %.2f %%/K%n", 100 * slopeBelow, 100 * slopeAbove,
                100 * 2700 / (298.0 * 298.0), 100 * (Math.log(VISCOSITY.waterPermeabilityFactor(298.65))
                        - Math.log(VISCOSITY.waterPermeabilityFactor(297.65))));
    }

    @Test
    void hydranauticsIsTheReciprocalOfItsPublishedTcf() {
        for (double t = 5; t <= 45; t += 5) {
            final double makersTcf = Math.exp(2700 * (1 / (273 + t) - 1 / 298.0)); // > 1 below 25 degC
            assertThat(HYDRANAUTICS.waterPermeabilityFactor(kelvin(t))).isCloseTo(1 / makersTcf,
                    within(1e-13 / makersTcf));
            System.out.printf("%4.0f degC: A(T)/A(25) FilmTec %.3f, Hydranautics %.3f, viscosity %.3f;"
                            + " B(T)/B(25) viscosity (Stokes-Einstein) %.3f%n", t,
                    FILMTEC.waterPermeabilityFactor(kelvin(t)), HYDRANAUTICS.waterPermeabilityFactor(kelvin(t)),
                    VISCOSITY.waterPermeabilityFactor(kelvin(t)), VISCOSITY.solutePermeabilityFactor(kelvin(t)));
        }
        final HydranauticsTemperatureCorrection custom = new HydranauticsTemperatureCorrection(2700, 4000);
        assertThat(custom.solutePermeabilityFactor(kelvin(35)))
                .isGreaterThan(custom.waterPermeabilityFactor(kelvin(35)));
    }

    @Test
    void arrheniusWithTheMakersConstantsReproducesTheirFactors() {
        // FilmTec's K = E/R: with E = 3020 R below and 2640 R above 25 degC, Arrhenius differs from the published
        // formula only through 298.15 vs 298 (and 273.15 vs 273): below 0.2 % over 5-45 degC
        final ArrheniusTemperatureCorrection cold = new ArrheniusTemperatureCorrection(3020 * R, 3020 * R);
        final ArrheniusTemperatureCorrection warm = new ArrheniusTemperatureCorrection(2640 * R, 2640 * R);
        double worst = 0;
        for (double t = 5; t <= 45; t += 1) {
            final TemperatureCorrection a = t < 25 ? cold : warm;
            final double ratio = a.waterPermeabilityFactor(kelvin(t)) / FILMTEC.waterPermeabilityFactor(kelvin(t));
            worst = Math.max(worst, Math.abs(ratio - 1));
        }
        System.out.printf("Arrhenius (E = K R) vs FilmTec formula: max difference %.3f %%%n", 100 * worst);
        assertThat(worst).isLessThan(2e-3);
        // the definition, at one point
        assertThat(ARRHENIUS.waterPermeabilityFactor(310.0))
                .isCloseTo(Math.exp(-22e3 / R * (1 / 310.0 - 1 / 298.15)), within(1e-15));
        assertThat(new ArrheniusTemperatureCorrection(0, 0).waterPermeabilityFactor(350)).isEqualTo(1.0);
    }

    @Test
    void warnsOutsideTheStatedRanges() {
        assertThat(FILMTEC.warnings(kelvin(25))).isEmpty();
        assertThat(FILMTEC.warnings(kelvin(50))).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE))
                .satisfies(w -> assertThat(w.message()).contains("50 °C", "5 to 45 °C"));
        assertThat(HYDRANAUTICS.warnings(kelvin(2))).hasSize(1);
        assertThat(VISCOSITY.warnings(kelvin(60))).isEmpty();
        assertThat(VISCOSITY.warnings(kelvin(-5))).isNotEmpty();
        assertThat(ARRHENIUS.warnings(kelvin(120))).hasSize(1);
    }

    @Test
    void refusesImpossibleTemperatures() {
        for (TemperatureCorrection c : ALL) {
            assertThatThrownBy(() -> c.waterPermeabilityFactor(0)).isInstanceOf(PermeateException.class)
                    .hasMessageContaining("temperature");
            assertThatThrownBy(() -> c.solutePermeabilityFactor(-10)).isInstanceOf(PermeateException.class);
            assertThatThrownBy(() -> c.waterPermeabilityFactor(Double.NaN)).isInstanceOf(PermeateException.class);
        }
        assertThatThrownBy(() -> FILMTEC.waterPermeabilityFactor(0.1)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("0.15 K");
        assertThatThrownBy(() -> new ArrheniusTemperatureCorrection(Double.NaN, 0))
                .isInstanceOf(PermeateException.class);
    }

    @Test
    void factorsDoNotAllocate() {
        final double[] t = {280};
        final long bytes = Allocations.bytesAllocatedBy(100_000, () -> {
            t[0] = t[0] > 315 ? 280 : t[0] + 0.01;
            return FILMTEC.waterPermeabilityFactor(t[0]) + HYDRANAUTICS.solutePermeabilityFactor(t[0])
                    + VISCOSITY.waterPermeabilityFactor(t[0]) + ARRHENIUS.solutePermeabilityFactor(t[0]);
        });
        assertThat(bytes).isLessThan(10_000);
    }
}
