package org.permeate.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permeate.api.Permeate;
import org.permeate.api.Projection;
import org.permeate.flowsheet.PassResult;
import org.permeate.flowsheet.SystemResult;
import org.permeate.measure.GaugePressure;
import org.permeate.measure.UnitSystem;
import org.permeate.measure.Units;

class SystemReportTest {

    private static List<Projection> brackish;
    private static Projection seawater;

    @BeforeAll
    static void project() {
        brackish = ReportSystems.Projected.BRACKISH;
        seawater = ReportSystems.Projected.SEAWATER;
    }

    // ------------------------------------------------------------------ helpers

    private static Table table(final Report r, final String key) {
        return r.tables().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + key));
    }

    private static Value value(final List<Value> row, final String key) {
        return row.stream().filter(v -> v.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no value " + key + " in " + row));
    }

    /** @return the number and unit printed after {@code label} on its line of a text report (first match) */
    private static Shown shown(final String text, final String label) {
        final Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + " {2,}(-?[0-9.e+-]+) (\\S+)$").matcher(text);
        assertThat(m.find()).as("line '%s' in%n%s", label, text).isTrue();
        return new Shown(Double.parseDouble(m.group(1)), m.group(2));
    }

    private record Shown(double number, String unit) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    // ------------------------------------------------------------------ numbers and units

    @Test
    void textShowsPressuresFluxAndEnergyInEitherSystem() {
        final Report r = SystemReport.of("well", seawater);
        final SystemResult s = seawater.result();
        final double feedGauge = GaugePressure.gauge(s.passes().get(0).feedPressure());
        final String si = Renderer.render(r, Format.TEXT, UnitSystem.SI);
        final String us = Renderer.render(r, Format.TEXT, UnitSystem.US);

        final Shown bar = shown(si, "membrane feed pressure");
        final Shown psi = shown(us, "membrane feed pressure");
        assertThat(bar.unit()).isEqualTo("bar");
        assertThat(psi.unit()).isEqualTo("psi");
        assertThat(bar.number() * 1e5).isCloseTo(feedGauge, withinPercentage(0.05));
        assertThat(psi.number()).isCloseTo(bar.number() * 14.503774, withinPercentage(0.05));
        assertThat(bar.number()).as("a seawater system at 45 %% runs at 50–70 bar").isBetween(50.0, 70.0);

        final Shown kwhM3 = shown(si, "specific energy consumption");
        final Shown kwhKgal = shown(us, "specific energy consumption");
        assertThat(kwhM3.unit()).isEqualTo("kWh/m³");
        assertThat(kwhKgal.unit()).isEqualTo("kWh/kgal");
        assertThat(kwhM3.number() * 3.6e6).isCloseTo(s.energy().specificEnergy(), withinPercentage(0.05));
        // 1 kgal = 3.785411784 m³
        assertThat(kwhKgal.number()).isCloseTo(kwhM3.number() * 3.785411784, withinPercentage(0.05));
        assertThat(kwhM3.number()).as("SWRO with a pressure exchanger").isBetween(1.8, 4.0);

        final Shown lmh = shown(si, "average flux");
        final Shown gfd = shown(us, "average flux");
        assertThat(lmh.unit()).isEqualTo("LMH");
        assertThat(gfd.unit()).isEqualTo("gfd");
        // 1 gfd = 1.69824 LMH
        assertThat(lmh.number()).isCloseTo(gfd.number() * 1.698244, withinPercentage(0.05));

        final Shown kw = shown(si, "electrical power (all pumps)");
        final Shown hp = shown(us, "electrical power (all pumps)");
        assertThat(kw.unit()).isEqualTo("kW");
        assertThat(hp.unit()).isEqualTo("hp");
        assertThat(hp.number()).isCloseTo(kw.number() / 0.745699872, withinPercentage(0.05));

        final Shown feed = shown(si, "feed flow");
        final Shown gpm = shown(us, "feed flow");
        assertThat(feed.number()).isCloseTo(200.0, within(1e-6));
        assertThat(feed.unit()).isEqualTo("m³/h");
        assertThat(gpm.unit()).isEqualTo("gpm");
        assertThat(gpm.number()).isCloseTo(200.0 / 0.2271247, withinPercentage(0.05));

        final Shown tds = shown(si, "product TDS");
        assertThat(tds.unit()).isEqualTo("mg/L");
        assertThat(shown(us, "product TDS").unit()).isEqualTo("mg/L");
    }

    @Test
    void summaryMatchesTheSolvedSystem() {
        final SystemResult s = brackish.get(0).result();
        final List<Value> summary = table(SystemReport.of("well", brackish.get(0)), "summary").rows().get(0);
        assertThat(value(summary, "membraneAge").text()).isEqualTo("year 0");
        assertThat(value(summary, "recovery").si()).isCloseTo(0.75, within(1e-6));
        assertThat(value(summary, "productFlow").si()).isCloseTo(s.productFlow(), within(1e-15));
        assertThat(value(summary, "supplyPressureGauge").si()).isCloseTo(2e5, within(1e-6));
        assertThat(value(summary, "membraneFeedPressureGaugePass1").si())
                .isCloseTo(s.passes().get(0).feedPressure() - Units.ATMOSPHERE, within(1e-6));
        assertThat(value(summary, "electricalPower").si()).isCloseTo(s.energy().electricalPower(), within(1e-9));
        assertThat(value(summary, "secondLawEfficiency").si()).isBetween(0.0, 1.0);
        final double feedTds = value(summary, "feedTds").si();
        assertThat(feedTds).as("about 2.4 g/L").isBetween(2.0, 2.8);
        assertThat(value(summary, "concentrateTds").si()).as("four times the feed at 75 %%")
                .isCloseTo(feedTds * 4, withinPercentage(3));
        assertThat(value(summary, "saltRejection").si())
                .isCloseTo(1 - value(summary, "productTds").si() / feedTds, within(1e-12));
    }

    // ------------------------------------------------------------------ ions

    @Test
    void productTdsIsTheSumOfItsIonsAndEveryIonBalances() {
        for (Projection p : List.of(brackish.get(0), seawater)) {
            final Report r = SystemReport.of("case", p);
            final double productTds = value(table(r, "summary").rows().get(0), "productTds").si();
            final List<List<Value>> ions = table(r, "ions").rows();
            final List<Value> total = ions.get(ions.size() - 1);
            assertThat(value(total, "species").text()).isEqualTo("TDS");
            double sum = 0;
            double sumRaw = 0;
            for (List<Value> ion : ions.subList(0, ions.size() - 1)) {
                if (value(ion, "species").text().equals("CO2")) {
                    continue; // a dissolved gas: not a solid (Standard Methods 2540 C dries it off)
                }
                sum += value(ion, "product").si();
                sumRaw += value(ion, "rawFeed").si();
            }
            assertThat(sum).isCloseTo(productTds, withinPercentage(1e-9));
            assertThat(value(total, "product").si()).isCloseTo(productTds, withinPercentage(1e-9));
            assertThat(sumRaw).isCloseTo(value(total, "rawFeed").si(), withinPercentage(1e-9));

            // mass of each ion per second: raw feed = product + what the pass discharges (one pass, nothing recycled)
            final SystemResult s = p.result();
            final PassResult pass = s.passes().get(0);
            for (List<Value> ion : ions) {
                final double in = s.feedFlow() * value(ion, "rawFeed").si();
                final double out = s.productFlow() * value(ion, "product").si()
                        + pass.dischargeFlow() * value(ion, "concentratePass1").si();
                assertThat(out).as(value(ion, "species").text()).isCloseTo(in, withinPercentage(1e-6));
            }
        }
    }

    // ------------------------------------------------------------------ tables

    @Test
    void stageAndElementTablesFollowTheTrain() {
        final Report r = SystemReport.of("well", brackish.get(0));
        final List<List<Value>> stages = table(r, "stages").rows();
        assertThat(stages).hasSize(2);
        assertThat(value(stages.get(0), "vessels").si()).isEqualTo(4);
        assertThat(value(stages.get(1), "vessels").si()).isEqualTo(2);
        assertThat(value(stages.get(0), "elementModel").text()).isEqualTo("BW30-400");
        // the second stage is fed with the first's concentrate
        assertThat(value(stages.get(1), "feedFlow").si())
                .isCloseTo(value(stages.get(0), "concentrateFlow").si(), withinPercentage(1e-9));
        assertThat(value(stages.get(1), "feedPressureGauge").si())
                .isCloseTo(value(stages.get(0), "concentratePressureGauge").si(), within(1e-6));

        final List<List<Value>> elements = table(r, "elements").rows();
        assertThat(elements).hasSize(12);
        assertThat(elements.stream().map(e -> (int) value(e, "position").si()).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6);
        double previous = Double.POSITIVE_INFINITY;
        for (List<Value> e : elements.subList(0, 6)) {
            final double flux = value(e, "flux").si();
            assertThat(flux).as("flux falls along a vessel").isLessThan(previous);
            previous = flux;
            assertThat(value(e, "netDrivingPressureOutlet").si()).isLessThan(value(e, "netDrivingPressureInlet").si());
        }
        // per vessel: the first element takes the stage's feed over its 4 vessels
        assertThat(value(elements.get(0), "feedFlow").si())
                .isCloseTo(value(stages.get(0), "feedFlow").si() / 4, withinPercentage(1e-9));
    }

    @Test
    void severalAgesShowSideBySide() {
        final Report r = SystemReport.of("well", brackish);
        assertThat(r.title()).contains("year 0 and year 5");
        final List<List<Value>> summary = table(r, "summary").rows();
        assertThat(summary).hasSize(2);
        assertThat(value(summary.get(1), "membraneAge").text()).isEqualTo("year 5");
        // at a fixed recovery, older membranes need more pressure and pass more salt
        assertThat(value(summary.get(1), "membraneFeedPressureGaugePass1").si())
                .isGreaterThan(value(summary.get(0), "membraneFeedPressureGaugePass1").si());
        assertThat(value(summary.get(1), "productTds").si()).isGreaterThan(value(summary.get(0), "productTds").si());
        assertThat(table(r, "elements").rows()).hasSize(24);
        assertThat(table(r, "elements").rows().get(12).get(0).text()).isEqualTo("year 5");

        final String text = Renderer.render(r, Format.TEXT, UnitSystem.SI);
        assertThat(text).containsPattern("(?m)^ +year 0 +year 5$")
                .containsPattern("(?m)^  membrane feed pressure \\[bar\\] +[0-9.]+ +[0-9.]+$");
        final String us = Renderer.render(r, Format.TEXT, UnitSystem.US);
        assertThat(us).containsPattern("(?m)^  specific energy consumption \\[kWh/kgal\\] +[0-9.]+ +[0-9.]+$");
    }

    @Test
    void pressureExchangerAndItsBoosterAreReported() {
        final Report r = SystemReport.of("sea", seawater);
        final List<Value> px = table(r, "energyRecovery").rows().get(0);
        assertThat(value(px, "device").text()).isEqualTo("pressure exchanger");
        assertThat(value(px, "efficiency").si()).isBetween(0.9, 1.0);
        assertThat(value(px, "salinityIncrease").si()).isPositive();
        assertThat(table(r, "pumps").rows()).extracting(row -> row.get(0).text())
                .containsExactly("high-pressure pump", "pressure-exchanger booster");
        final List<Value> hp = table(r, "pumps").rows().get(0);
        assertThat(value(hp, "electricalPower").si()).isGreaterThan(value(hp, "shaftPower").si());
        assertThat(value(hp, "shaftPower").si()).isGreaterThan(value(hp, "hydraulicPower").si());
        assertThat(table(SystemReport.of("well", brackish.get(0)), "pumps").rows()).hasSize(1);
        assertThat(SystemReport.of("well", brackish.get(0)).tables()).extracting(Table::key)
                .doesNotContain("energyRecovery");
    }

    @Test
    void eachPassHasItsColumnsChartsAndBalances() {
        final Projection p = Permeate.project(ReportSystems.twoPass());
        final Report r = SystemReport.of("two passes", p);
        final List<Value> summary = table(r, "summary").rows().get(0);
        assertThat(value(summary, "membraneFeedPressureGaugePass2").label()).isEqualTo("pass 2 membrane feed pressure");
        assertThat(value(summary, "averageFluxPass2").si()).isPositive();
        assertThat(table(r, "passes").rows()).hasSize(2);
        assertThat(table(r, "stages").rows()).hasSize(4);
        assertThat(table(r, "elements").rows()).hasSize(24);
        assertThat(table(r, "pumps").rows()).extracting(row -> row.get(0).text())
                .containsExactly("pass 1 high-pressure pump", "pass 2 high-pressure pump");

        // the second pass's concentrate all returns to the first pass: what enters leaves as product or pass 1 concentrate
        final SystemResult s = p.result();
        for (List<Value> ion : table(r, "ions").rows()) {
            assertThat(value(ion, "permeatePass2").si()).isCloseTo(value(ion, "product").si(), withinPercentage(1e-9));
            final double in = s.feedFlow() * value(ion, "rawFeed").si();
            final double out = s.productFlow() * value(ion, "product").si()
                    + s.passes().get(0).dischargeFlow() * value(ion, "concentratePass1").si();
            assertThat(out).as(value(ion, "species").text()).isCloseTo(in, withinPercentage(1e-6));
        }

        final String html = HtmlReport.render(r, UnitSystem.SI);
        assertThat(html.split("<svg ", -1)).hasSize(1 + 4 * 2);
        assertThat(html).contains("Flux per element, pass 1", "Flux per element, pass 2", "id=\"f-tdsChart-2\"");
    }

    @Test
    void refusesProjectionsOfDifferentLayouts() {
        assertThatThrownBy(() -> SystemReport.of("mixed", List.of(brackish.get(0), seawater)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seawater");
        assertThatThrownBy(() -> SystemReport.of("none", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ JSON and CSV

    @Test
    void jsonCarriesEverythingInSi() throws Exception {
        final Report r = SystemReport.of("sea", seawater);
        final JsonNode root = JSON.readTree(Renderer.render(r, Format.JSON, UnitSystem.US));
        assertThat(root.get("command").asText()).isEqualTo("run");
        final JsonNode results = root.get("results");
        for (String key : List.of("summary", "passes", "pumps", "energyRecovery", "stages", "elements", "ions")) {
            assertThat(results.has(key)).as(key).isTrue();
            assertThat(results.get(key).isArray()).as(key).isTrue();
        }
        final JsonNode summary = results.get("summary").get(0);
        assertThat(summary.get("specificEnergy").get("unit").asText()).isEqualTo("J/m3");
        assertThat(summary.get("specificEnergy").get("value").asDouble())
                .isCloseTo(seawater.result().energy().specificEnergy(), withinPercentage(1e-9));
        assertThat(summary.get("membraneFeedPressureGaugePass1").get("unit").asText()).isEqualTo("Pa");
        assertThat(summary.get("averageFluxPass1").get("unit").asText()).isEqualTo("m/s");
        assertThat(summary.get("productTds").get("unit").asText()).isEqualTo("kg/m3");
        assertThat(summary.get("electricalPower").get("unit").asText()).isEqualTo("W");
        assertThat(summary.get("warnings").isInt()).isTrue();
        final JsonNode stage = results.get("stages").get(0);
        assertThat(stage.get("vessels").isInt()).isTrue();
        assertThat(stage.get("vessels").asInt()).isEqualTo(25);
        assertThat(results.get("elements")).hasSize(7);
        assertThat(results.get("elements").get(6).get("position").asInt()).isEqualTo(7);
        final List<String> species = new ArrayList<>();
        results.get("ions").forEach(n -> species.add(n.get("species").asText()));
        assertThat(species).contains("Na+", "Cl-", "SO4-2", "TDS");
        assertThat(root.get("inputs").get("temperature").get("value").asDouble()).isEqualTo(298.15);
        assertThat(root.get("warnings").isArray()).isTrue();
        root.get("warnings").forEach(w -> assertThat(w.has("kind") && w.has("source") && w.has("message")).isTrue());
    }

    @Test
    void csvNamesItemsAndUnits() {
        final String si = Renderer.render(SystemReport.of("sea", seawater), Format.CSV, UnitSystem.SI);
        assertThat(si).startsWith("section,item,key,label,value,unit\n")
                .containsPattern("(?m)^summary,year 0,specificEnergy,specific energy consumption,[0-9.]+,kWh/m³$")
                .containsPattern("(?m)^ions,Na\\+,product,product,[0-9.]+,mg/L$")
                .containsPattern("(?m)^stages,0,vessels,vessels,25,$");
        final String us = Renderer.render(SystemReport.of("sea", seawater), Format.CSV, UnitSystem.US);
        assertThat(us).containsPattern("(?m)^summary,year 0,membraneFeedPressureGaugePass1,membrane feed pressure,[0-9.]+,psi$");
        // several ages: the age no longer names a row, the row's number does
        final String ages = Renderer.render(SystemReport.of("well", brackish), Format.CSV, UnitSystem.SI);
        assertThat(ages).containsPattern("(?m)^ions,11,membraneAge,membrane age,year 5,$")
                .containsPattern("(?m)^summary,year 5,productTds,product TDS,[0-9.]+,mg/L$");
    }
}
