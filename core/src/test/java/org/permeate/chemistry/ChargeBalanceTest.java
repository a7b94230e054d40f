package org.permeate.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.PropertyPackages;

/**
 * Charge balance of analyses with a known imbalance, and every balancing method: each brings the
 * imbalance to rounding level and changes only what it says.
 */
class ChargeBalanceTest {

    private static WaterAnalysis analysis(final Map<Constituent, Double> m) {
        return new WaterAnalysis(m, 7.0, PhysicalConstants.T25, OptionalDouble.of(1.0), OptionalDouble.empty(),
                PropertyPackages.GENERAL.density());
    }

    /** Anions exceed cations by 2 meq/kg (plus the tiny H+/OH- difference at pH 7). */
    private static WaterAnalysis anionExcess() {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        m.put(Constituent.NA, 0.010);
        m.put(Constituent.CA, 0.002);
        m.put(Constituent.CL, 0.011);
        m.put(Constituent.SO4, 0.001);
        m.put(Constituent.HCO3, 0.003);
        m.put(Constituent.SIO2, 0.0005);
        return analysis(m);
    }

    /** Cations exceed anions by 3 meq/kg. */
    private static WaterAnalysis cationExcess() {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        m.put(Constituent.NA, 0.010);
        m.put(Constituent.MG, 0.0025);
        m.put(Constituent.CL, 0.009);
        m.put(Constituent.HCO3, 0.003);
        return analysis(m);
    }

    @Test
    void imbalanceAndPercentAsStandardMethods1030E() {
        final WaterAnalysis w = anionExcess();
        final ChargeBalance b = w.chargeBalance();
        final double h = w.hydrogenIonMolality();
        final double oh = w.hydroxideMolality();
        assertThat(b.cations()).isCloseTo(0.010 + 2 * 0.002 + h, within(1e-17));
        assertThat(b.anions()).isCloseTo(0.011 + 2 * 0.001 + 0.003 + oh, within(1e-17));
        assertThat(b.imbalance()).isCloseTo(-0.002 + h - oh, within(1e-17));
        // 100 (Σcat − Σan)/(Σcat + Σan)
        assertThat(b.percent()).isCloseTo(100 * (-0.002 + h - oh) / (0.030 + h + oh), within(1e-12));
        assertThat(b.percent()).isCloseTo(-6.667, within(1e-3));
        assertThat(new ChargeBalance(0, 0).percent()).isZero();
    }

    static Set<ChargeBalance.Method> forAnionExcess() {
        return Set.of(ChargeBalance.Method.NA_OR_CL, ChargeBalance.Method.ADD_NA, ChargeBalance.Method.SCALE_CATIONS,
                ChargeBalance.Method.SCALE_ANIONS, ChargeBalance.Method.ADJUST_HCO3);
    }

    static Set<ChargeBalance.Method> forCationExcess() {
        return Set.of(ChargeBalance.Method.NA_OR_CL, ChargeBalance.Method.ADD_CL, ChargeBalance.Method.SCALE_CATIONS,
                ChargeBalance.Method.SCALE_ANIONS, ChargeBalance.Method.ADJUST_HCO3);
    }

    @ParameterizedTest
    @MethodSource("forAnionExcess")
    void balancesAnAnionExcess(final ChargeBalance.Method method) {
        checkBalanced(anionExcess(), method);
    }

    @ParameterizedTest
    @MethodSource("forCationExcess")
    void balancesACationExcess(final ChargeBalance.Method method) {
        checkBalanced(cationExcess(), method);
    }

    /** Neutral to rounding; only the constituents the method names changed; pH, T, TDS kept. */
    private static void checkBalanced(final WaterAnalysis w, final ChargeBalance.Method method) {
        final ChargeBalance.Balanced result = w.balance(method);
        final WaterAnalysis b = result.analysis();
        assertThat(Math.abs(b.chargeBalance().percent())).as(method.name()).isLessThanOrEqualTo(1e-9);
        assertThat(Math.abs(b.chargeBalance().imbalance())).isLessThanOrEqualTo(1e-15);
        assertThat(b.pH()).isEqualTo(w.pH());
        assertThat(b.temperature()).isEqualTo(w.temperature());
        assertThat(b.measuredTds()).isEqualTo(w.measuredTds());
        assertThat(result.before()).isEqualTo(w.chargeBalance());
        assertThat(result.description()).isNotBlank();
        final boolean anionsExceed = w.chargeBalance().imbalance() < 0;
        for (Constituent c : Constituent.values()) {
            final boolean mayChange = switch (method) {
                case NA_OR_CL -> c == (anionsExceed ? Constituent.NA : Constituent.CL);
                case ADD_NA -> c == Constituent.NA;
                case ADD_CL -> c == Constituent.CL;
                case SCALE_CATIONS -> c.isCation() && w.gives(c);
                case SCALE_ANIONS -> c.isAnion() && w.gives(c);
                case ADJUST_HCO3 -> c == Constituent.HCO3;
            };
            final double change = b.molality(c) - w.molality(c);
            if (mayChange) {
                assertThat(result.changes()).as(c.symbol()).containsKey(c);
                assertThat(result.changes().get(c)).isCloseTo(change, within(1e-18));
            } else {
                assertThat(b.molality(c)).as(method + " must not change " + c.symbol()).isEqualTo(w.molality(c));
                assertThat(result.changes()).doesNotContainKey(c);
            }
        }
        if (method == ChargeBalance.Method.SCALE_CATIONS || method == ChargeBalance.Method.SCALE_ANIONS) {
            // one factor for all: ratios between the scaled ions are kept
            final Constituent a = method == ChargeBalance.Method.SCALE_CATIONS ? Constituent.NA : Constituent.CL;
            final Constituent c = method == ChargeBalance.Method.SCALE_CATIONS
                    ? (w.gives(Constituent.CA) ? Constituent.CA : Constituent.MG) : Constituent.HCO3;
            assertThat(b.molality(a) / b.molality(c)).isCloseTo(w.molality(a) / w.molality(c), within(1e-12));
        }
    }

    @Test
    void defaultAddsSodiumOrChloride() {
        assertThat(ChargeBalance.Method.DEFAULT).isEqualTo(ChargeBalance.Method.NA_OR_CL);
        final WaterAnalysis a = anionExcess();
        final double needed = -a.chargeBalance().imbalance();
        assertThat(a.balance(ChargeBalance.Method.DEFAULT).changes()).containsOnlyKeys(Constituent.NA);
        assertThat(a.balance(ChargeBalance.Method.DEFAULT).changes().get(Constituent.NA)).isCloseTo(needed, within(1e-18));
        assertThat(a.balance(ChargeBalance.Method.DEFAULT).description()).contains("Na+").contains("mmol/kg");
        assertThat(cationExcess().balance(ChargeBalance.Method.DEFAULT).changes()).containsOnlyKeys(Constituent.CL);
    }

    @ParameterizedTest
    @EnumSource(ChargeBalance.Method.class)
    void everyPresetBalancesByEveryPossibleMethod(final ChargeBalance.Method method) {
        for (TypicalWaters.Preset p : TypicalWaters.all()) {
            final WaterAnalysis w = p.analysis();
            final double net = w.chargeBalance().imbalance();
            final boolean impossible = (method == ChargeBalance.Method.ADD_NA && net > 0)
                    || (method == ChargeBalance.Method.ADD_CL && net < 0)
                    || (method == ChargeBalance.Method.ADJUST_HCO3 && w.molality(Constituent.HCO3) + net < 0);
            if (impossible) {
                assertThatThrownBy(() -> w.balance(method)).isInstanceOf(PermeateException.class);
                continue;
            }
            assertThat(Math.abs(w.balance(method).analysis().chargeBalance().percent())).as(p.name() + " " + method)
                    .isLessThanOrEqualTo(1e-9);
        }
    }

    private static void assertImpossible(final WaterAnalysis w, final ChargeBalance.Method method, final String... fragments) {
        assertThatThrownBy(() -> w.balance(method)).isInstanceOf(PermeateException.class)
                .satisfies(e -> assertThat(((PermeateException) e).kind()).isEqualTo(Message.IMPOSSIBLE_BALANCE))
                .hasMessageContaining(method.phrase())
                .hasMessageContaining("meq/kg")
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }

    @Test
    void refusesBalancesThatCannotBeReached() {
        assertImpossible(anionExcess(), ChargeBalance.Method.ADD_CL, "anions already exceed cations by 2");
        assertImpossible(cationExcess(), ChargeBalance.Method.ADD_NA, "cations already exceed anions by 3");
        final WaterAnalysis onlyAnions = analysis(Map.of(Constituent.CL, 0.01, Constituent.SO4, 0.002));
        assertImpossible(onlyAnions, ChargeBalance.Method.SCALE_CATIONS, "no cations");
        final WaterAnalysis onlyCations = analysis(Map.of(Constituent.NA, 0.01));
        assertImpossible(onlyCations, ChargeBalance.Method.SCALE_ANIONS, "no anions");
        // anions exceed by more than the HCO3 there is
        final WaterAnalysis littleHco3 = analysis(Map.of(Constituent.NA, 0.01, Constituent.CL, 0.0115,
                Constituent.HCO3, 0.0005));
        assertImpossible(littleHco3, ChargeBalance.Method.ADJUST_HCO3, "HCO3- would have to fall from 0.5");
        // but adding sodium works there
        assertThat(littleHco3.balance(ChargeBalance.Method.ADD_NA).analysis().molality(Constituent.NA))
                .isCloseTo(0.0115 + 0.0005 + littleHco3.hydroxideMolality() - littleHco3.hydrogenIonMolality(),
                        within(1e-15));
    }

    @Test
    void aBalancedAnalysisIsLeftAlone() {
        final WaterAnalysis w = anionExcess().balance(ChargeBalance.Method.ADD_NA).analysis();
        final ChargeBalance.Balanced again = w.balance(ChargeBalance.Method.SCALE_ANIONS);
        assertThat(Math.abs(again.analysis().chargeBalance().percent())).isLessThanOrEqualTo(1e-9);
        for (Map.Entry<Constituent, Double> e : again.changes().entrySet()) {
            assertThat(Math.abs(e.getValue())).isLessThanOrEqualTo(1e-15);
        }
    }
}
