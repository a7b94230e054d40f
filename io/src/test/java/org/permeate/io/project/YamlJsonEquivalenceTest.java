package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same project written in YAML and in JSON reads into equal designs. */
class YamlJsonEquivalenceTest {

    private static final String YAML = """
            format-version: 1
            project: Two-pass seawater
            description: every section once
            cases:
              - name: design
                feed:
                  water: "seawater 35 g/kg, B 5 mg/L"
                  temperature: 77 F
                  pH: 8.1
                  product: {flow: 80 m3/h, recovery: 40 %}
                  pressure: 30 psi
                  source: seawater-open-mf
                bypass: 0 %
                membrane: {fouling-factor: 0.9, age: 1 years, flux-decline: 7 %/year, salt-passage-increase: 10 %}
                project-years: [0, 3, 5]
                options: {properties: pitzer}
                passes:
                  - pump: {efficiency: 85 %, motor-efficiency: 96 %}
                    max-pressure: 82 bar
                    energy-recovery:
                      type: pressure-exchanger
                      efficiency: 96 %
                      leakage: 2 %
                      mixing: 5 %
                      discharge-pressure: 0 bar
                      booster: {efficiency: 80 %, motor-efficiency: 95 %}
                    stages:
                      - vessels: 25
                        elements: [SW30HRLE-400 x 5, SW30HR-380 x 2]
                        front-elements: 3
                  - feed: {from: rear-permeate, fraction: 100 %}
                    recovery: 90 %
                    recovery-basis: volume
                    recirculation: 0 %
                    concentrate-recycle: 100 %
                    energy-recovery: none
                    stages:
                      - vessels: 8
                        elements: BW30-400 x 6
                        permeate-pressure: 0.5 bar
                      - vessels: 4
                        elements: BW30-400 x 6
                        booster: {pressure-rise: 3 bar, efficiency: 80 %}
              - name: summer
                based-on: design
                feed: {temperature: 86 F}
            """;

    private static final String JSON = """
            {
              "format-version": 1,
              "project": "Two-pass seawater",
              "description": "every section once",
              "cases": [
                {
                  "name": "design",
                  "feed": {
                    "water": "seawater 35 g/kg, B 5 mg/L",
                    "temperature": "77 F",
                    "pH": 8.1,
                    "product": {"flow": "80 m3/h", "recovery": "40 %"},
                    "pressure": "30 psi",
                    "source": "seawater-open-mf"
                  },
                  "bypass": "0 %",
                  "membrane": {"fouling-factor": 0.9, "age": "1 years", "flux-decline": "7 %/year",
                               "salt-passage-increase": "10 %"},
                  "project-years": [0, 3, 5],
                  "options": {"properties": "pitzer"},
                  "passes": [
                    {
                      "pump": {"efficiency": "85 %", "motor-efficiency": "96 %"},
                      "max-pressure": "82 bar",
                      "energy-recovery": {"type": "pressure-exchanger", "efficiency": "96 %", "leakage": "2 %",
                                          "mixing": "5 %", "discharge-pressure": "0 bar",
                                          "booster": {"efficiency": "80 %", "motor-efficiency": "95 %"}},
                      "stages": [
                        {"vessels": 25, "elements": ["SW30HRLE-400 x 5", "SW30HR-380 x 2"], "front-elements": 3}
                      ]
                    },
                    {
                      "feed": {"from": "rear-permeate", "fraction": "100 %"},
                      "recovery": "90 %",
                      "recovery-basis": "volume",
                      "recirculation": "0 %",
                      "concentrate-recycle": "100 %",
                      "energy-recovery": "none",
                      "stages": [
                        {"vessels": 8, "elements": "BW30-400 x 6", "permeate-pressure": "0.5 bar"},
                        {"vessels": 4, "elements": "BW30-400 x 6",
                         "booster": {"pressure-rise": "3 bar", "efficiency": "80 %"}}
                      ]
                    }
                  ]
                },
                {"name": "summer", "based-on": "design", "feed": {"temperature": "86 F"}}
              ]
            }
            """;

    @Test
    void yamlAndJsonOfTheSameProjectGiveEqualDesigns() {
        final Project y = ProjectReader.read(YAML, "plant.yaml", false);
        final Project j = ProjectReader.read(JSON, "plant.json", true);
        assertThat(y.cases()).hasSize(2);
        assertThat(j.cases()).isEqualTo(y.cases());
        assertThat(y.cases().get(0).years()).containsExactly(0.0, 3.0, 5.0);
        assertThat(y.cases().get(1).design().feed().solution().temperature())
                .isGreaterThan(y.cases().get(0).design().feed().solution().temperature());
    }

    @Test
    void jsonErrorsPointIntoTheJsonText() {
        final String broken = JSON.replace("\"vessels\": 8", "\"vessels\": 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectReader.read(broken, "plant.json", true))
                .hasMessage("plant.json:40:25: cases[0].passes[1].stages[0]: vessels must be at least 1, got 0");
    }
}
