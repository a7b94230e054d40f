package org.permeate.properties.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.properties.species.SpeciesCatalog.CA;
import static org.permeate.properties.species.SpeciesCatalog.CL;
import static org.permeate.properties.species.SpeciesCatalog.HCO3;
import static org.permeate.properties.species.SpeciesCatalog.K;
import static org.permeate.properties.species.SpeciesCatalog.MG;
import static org.permeate.properties.species.SpeciesCatalog.NA;
import static org.permeate.properties.species.SpeciesCatalog.SO4;
import static org.permeate.properties.species.SpeciesCatalog.SUCROSE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.ReferenceTable;
import org.permeate.properties.water.Iapws97Water;

class NernstHartleyDiffusivityTest {

    private final NernstHartleyDiffusivity model = new NernstHartleyDiffusivity(Iapws97Water.INSTANCE);

    static Solution at25(final Map<Species, Double> molalities) {
        return Solution.atAtmosphericPressure(Composition.of(molalities), 298.15);
    }

    static Solution salt(final Species cation, final Species anion, final double m) {
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(cation, m * Math.abs(anion.charge()));
        map.put(anion, m * cation.charge());
        return at25(map);
    }

    private static double d(final Species s) {
        return InfiniteDilutionDiffusivities.at25C(s);
    }

    @Test
    void hasItsStableName() {
        assertThat(model.name()).isEqualTo("nernst-hartley");
    }

    @Test
    void limitingSaltDiffusivitiesMatchPublishedValues() {
        // tolerance 0.5 %: see the resource (fit intercepts; lambda with 3-4 digits)
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "limiting-salt-diffusivity-25C.csv").rows()) {
            final Species cation = SpeciesCatalog.get(row.text("cation"));
            final Species anion = SpeciesCatalog.get(row.text("anion"));
            final double expected = row.number("D_1e-9_m2_per_s") * 1e-9;
            final double actual = model.saltDiffusivity(salt(cation, anion, 0.001));
            System.out.printf("limiting D %-6s %.4e vs %.4e: %+.2f %%%n", row.text("salt"), actual, expected,
                    100 * (actual / expected - 1));
            assertThat(actual).as(row.text("salt")).isCloseTo(expected, within(0.005 * expected));
        }
    }

    @Test
    void singleSaltIsTheNernstHartleyFormula() {
        // (z+ + |z-|) D+ D- / (z+ D+ + |z-| D-) -- CRC Handbook form; CaCl2: 3 D+ D- / (2 D+ + D-)
        final double caCl2 = 3 * d(CA) * d(CL) / (2 * d(CA) + d(CL));
        assertThat(model.saltDiffusivity(salt(CA, CL, 0.01))).isCloseTo(caCl2, within(1e-22));
        final double mgSo4 = 4 * d(MG) * d(SO4) / (2 * d(MG) + 2 * d(SO4));
        assertThat(model.saltDiffusivity(salt(MG, SO4, 0.01))).isCloseTo(mgSo4, within(1e-22));
        assertThat(model.saltDiffusivity(salt(NA, CL, 0.01))).isCloseTo(1.6103e-9, within(1e-13));
    }

    @Test
    void ignoresConcentrationAndDeviatesFromDataAsDocumented() {
        final double dilute = model.saltDiffusivity(salt(NA, CL, 0.001));
        assertThat(model.saltDiffusivity(salt(NA, CL, 5.0))).isEqualTo(dilute);
        // Rard & Miller (1979) NaCl (secondary fit, see resource): the limiting law is high at finite
        // concentration; the class comment states "up to 9 %". Asserted at 10 %.
        double worst = 0;
        for (ReferenceTable.Row row : ReferenceTable.load(getClass(), "nacl-mutual-diffusion-25C.csv").rows()) {
            final double deviation = dilute / (row.number("D_1e-9_m2_per_s") * 1e-9) - 1;
            worst = Math.max(worst, Math.abs(deviation));
            assertThat(deviation).isPositive();
        }
        System.out.printf("nernst-hartley vs Rard & Miller NaCl 0.05-6 mol/kg: max deviation %.2f %%%n", 100 * worst);
        assertThat(worst).isLessThan(0.10);
    }

    @Test
    void tracerDiffusivityIsTheTableScaledWithTemperature() {
        final Solution s25 = salt(NA, CL, 0.5);
        assertThat(model.diffusivity(s25, NA)).isEqualTo(d(NA));
        assertThat(model.diffusivity(s25, SUCROSE)).isEqualTo(d(SUCROSE));
        final Solution s45 = s25.withTemperature(318.15);
        final double factor = new StokesEinsteinScaling(Iapws97Water.INSTANCE).factor(318.15, s45.pressure());
        assertThat(model.diffusivity(s45, CL)).isCloseTo(d(CL) * factor, within(1e-22));
        assertThat(model.saltDiffusivity(s45) / model.saltDiffusivity(s25)).isCloseTo(factor, within(1e-12));
    }

    private static Map<Species, Double> seawaterLike() {
        // major ions of standard seawater, mol/kg (Millero et al. 2008 proportions, rounded; charge balanced)
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 0.4860);
        map.put(MG, 0.0547);
        map.put(CA, 0.0107);
        map.put(K, 0.0106);
        map.put(CL, 0.5658);
        map.put(SO4, 0.0293);
        map.put(HCO3, 0.0017);
        return map;
    }

    @Test
    void mixtureLiesBetweenItsPairsAndIsInvariantToOrderAndScale() {
        final Map<Species, Double> sw = seawaterLike();
        final double mix = model.saltDiffusivity(at25(sw));
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Species c : sw.keySet()) {
            for (Species a : sw.keySet()) {
                if (c.isCation() && a.isAnion()) {
                    final double pair = model.saltDiffusivity(salt(c, a, 0.01));
                    lo = Math.min(lo, pair);
                    hi = Math.max(hi, pair);
                }
            }
        }
        assertThat(mix).isBetween(lo, hi);
        // NaCl carries 70 % of the pair weight; MgCl2 (1.25e-9) and Na2SO4 (1.23e-9) pull the mean 8 % below
        // NaCl. Hand calculation of the same rule (pair weights x_i y_j, harmonic mean): 1.4780e-9.
        assertThat(mix).isCloseTo(1.4780e-9, within(1e-13));
        System.out.printf("seawater-like major ions: %.4e m2/s (NaCl %.4e)%n", mix,
                model.saltDiffusivity(salt(NA, CL, 0.5)));
        // reversed order
        final Map<Species, Double> reversed = new LinkedHashMap<>();
        final List<Species> keys = List.copyOf(sw.keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            reversed.put(keys.get(i), sw.get(keys.get(i)));
        }
        assertThat(model.saltDiffusivity(at25(reversed))).isCloseTo(mix, within(1e-12 * mix));
        // concentrated 3x
        assertThat(model.saltDiffusivity(at25(sw).withComposition(Composition.of(sw).scaled(3))))
                .isCloseTo(mix, within(1e-12 * mix));
    }

    @Test
    void mixtureIsContinuousInComposition() {
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 1.0);
        map.put(CL, 1.0 + 1e-9);
        map.put(K, 1e-9);
        assertThat(model.saltDiffusivity(at25(map))).isCloseTo(model.saltDiffusivity(salt(NA, CL, 1.0)),
                within(1e-17));
    }

    @Test
    void neutralSolutesAreAveragedHarmonicallyByOsmoticShare() {
        // NaCl 0.5 mol/kg (1 mol/kg of particles) + sucrose 1 mol/kg: equal osmotic shares
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 0.5);
        map.put(CL, 0.5);
        map.put(SUCROSE, 1.0);
        final double nacl = model.saltDiffusivity(salt(NA, CL, 0.5));
        final double expected = 1 / (0.5 / nacl + 0.5 / d(SUCROSE));
        assertThat(model.saltDiffusivity(at25(map))).isCloseTo(expected, within(1e-12 * expected));
        assertThat(expected).isCloseTo(0.79e-9, within(0.01e-9));
        // a neutral solute alone is its own diffusivity
        assertThat(model.saltDiffusivity(at25(Map.of(SUCROSE, 0.3)))).isCloseTo(d(SUCROSE), within(1e-22));
    }

    @Test
    void ionsWithoutCounterIonsUseTheirTracerValues() {
        assertThat(model.saltDiffusivity(at25(Map.of(NA, 0.1)))).isCloseTo(d(NA), within(1e-22));
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 0.1);
        map.put(CA, 0.05);
        // equal equivalents: harmonic mean
        assertThat(model.saltDiffusivity(at25(map))).isCloseTo(1 / (0.5 / d(NA) + 0.5 / d(CA)), within(1e-21));
    }

    @Test
    void solventOnlyCompositions() {
        final Map<Species, Double> zeros = new LinkedHashMap<>();
        zeros.put(NA, 0.0);
        zeros.put(CL, 0.0);
        assertThat(model.saltDiffusivity(at25(zeros))).isCloseTo(model.saltDiffusivity(salt(NA, CL, 0.1)),
                within(1e-22));
        assertThatThrownBy(() -> model.saltDiffusivity(Solution.atAtmosphericPressure(Composition.pureWater(), 298.15)))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining("solutes of the solution");
    }

    @Test
    void uncoveredSpeciesAreLeftOutWithAWarningAndRefusedAsTracers() {
        final Species stranger = new Species("Xx+", "unobtainium", "Li", 1, 0.007, Species.Kind.ION, List.of());
        final Map<Species, Double> map = new LinkedHashMap<>();
        map.put(NA, 0.1);
        map.put(CL, 0.2);
        map.put(stranger, 0.1);
        final Solution s = at25(map);
        assertThat(model.saltDiffusivity(s)).isCloseTo(model.saltDiffusivity(salt(NA, CL, 0.1)), within(1e-22));
        final List<ModelWarning> w = model.warnings(s);
        assertThat(w).extracting(ModelWarning::kind).containsExactly(WarningKind.SOLUTE_NOT_IN_MODEL);
        assertThat(w.get(0).message()).contains("Xx+");
        assertThatThrownBy(() -> model.diffusivity(s, stranger))
                .isInstanceOf(PermeateException.class)
                .hasMessageContaining("nernst-hartley")
                .hasMessageContaining("Xx+");
    }

    @Test
    void warnsAboutTheGenericOsmolyteAndTemperature() {
        final Solution s = at25(Map.of(SpeciesCatalog.OSMOLYTE, 0.3));
        assertThat(model.saltDiffusivity(s)).isEqualTo(1.0e-9);
        assertThat(model.warnings(s)).extracting(ModelWarning::kind).containsExactly(WarningKind.SOLUTE_NOT_IN_MODEL);
        assertThat(model.warnings(salt(NA, CL, 0.5))).isEmpty();
        // at 2 bar water is liquid at 110 °C: the only warning is the scaling's own range
        assertThat(model.warnings(salt(NA, CL, 0.5).withTemperature(383.15).withPressure(2e5)))
                .extracting(ModelWarning::kind).containsExactly(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE);
    }
}
