package org.permeate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.permeate.chemistry.CalciumCarbonateIndex;
import org.permeate.chemistry.ChargeBalance;
import org.permeate.chemistry.Dosing;
import org.permeate.chemistry.Langelier;
import org.permeate.chemistry.Minerals;
import org.permeate.chemistry.ScalingLimits;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.StiffDavis;
import org.permeate.chemistry.TypicalWaters;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterAnalysisBuilder;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.report.Renderer;
import org.permeate.io.report.Report;
import org.permeate.io.report.Table;
import org.permeate.io.report.Value;
import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;
import org.permeate.properties.species.Species;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code permeate water}: a water analysis, its balance, speciation and scaling against recovery. */
@Command(name = "water", mixinStandardHelpOptions = true,
        description = {"Reads a water analysis (a preset or a list of constituents), balances its charge if asked,"
            + " speciates it (Pitzer activities, PHREEQC constants) and prints its summary, the saturation of the"
            + " scaling minerals, LSI and S&DSI, and how far RO recovery can go before each mineral saturates;"
            + " --dose shows what acid or caustic does."},
        footer = {"", "Examples:",
            "  permeate water --preset brackish-el-paso",
            "  permeate water examples/brackish-two-stage.yaml",
            "  permeate water --analysis \"Na 420 mg/L, Ca 80 mg/L, Mg 25 mg/L, Cl 600 mg/L, SO4 250 mg/L, HCO3 180 mg/L\""
                + " --ph 7.6 --temperature \"20 C\"",
            "  permeate water --preset seawater --dose \"H2SO4 to pH 7\"",
            "  permeate water --preset brackish-el-paso --dose \"HCl 30 mg/L\" --balance add-na"})
final class WaterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "An analysis file"
            + " (water:, pH:, temperature:, YAML or JSON) or a project file (its first case's feed, or --case's).")
    java.nio.file.Path file;

    @Option(names = "--case", paramLabel = "NAME", description = "With a project file: the case whose feed to read.")
    String caseName;

    @Option(names = "--preset", paramLabel = "NAME", description = "A typical water: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Presets.class)
    String preset;

    @Option(names = "--analysis", paramLabel = "LIST", description = "Constituents and amounts, e.g. \"Na 420 mg/L,"
            + " Ca 4 meq/L, HCO3 150 mg/L as CaCO3, B 1 mg/L, SiO2 20 mg/L\" (mg/L, ppm, mmol/L, meq/L, as CaCO3).")
    String analysis;

    @Option(names = "--ph", paramLabel = "PH", description = "pH (required with --analysis unless the list gives it).")
    String pH;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature, e.g. \"25 C\" (default 25 C for"
            + " --analysis; a preset's own otherwise).")
    String temperature;

    @Option(names = "--balance", paramLabel = "METHOD", description = "Balance the charge first: na-or-cl, add-na,"
            + " add-cl, scale-cations, scale-anions, adjust-hco3.")
    String balance;

    @Option(names = "--dose", paramLabel = "DOSE", description = "Acid or caustic: \"HCl 30 mg/L\", \"H2SO4 to pH 6.8\","
            + " \"NaOH to pH 10\".")
    String dose;

    @Option(names = "--allowed-si", paramLabel = "SI", defaultValue = "0", description = "Saturation index allowed in"
            + " the concentrate (with an antiscalant, e.g. 1.8 for calcite); default ${DEFAULT-VALUE}.")
    double allowedSi;

    @Mixin
    OutputOptions output;

    /** Preset names for the help text. */
    static final class Presets extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Presets() {
            super(TypicalWaters.names());
        }
    }

    @Override
    public Integer call() {
        WaterAnalysis w = read();
        final Report.Builder b = Report.builder("water", "Water analysis: " + (preset != null ? preset
                : file != null ? file.getFileName().toString() : "as given"));
        if (balance != null) {
            final ChargeBalance.Method m = Choices.of("--balance", balance, ChargeBalance.Method.class);
            final ChargeBalance.Balanced balanced = w.balance(m);
            b.note("Charge balanced by " + m.phrase() + ": " + balanced.description());
            w = balanced.analysis();
        }
        final Speciated s = WaterChemistry.atPh(w.composition(), w.pH(), w.temperature());
        b.input(Value.of("temperature", "temperature", w.temperature(), Dimension.TEMPERATURE, 4));
        b.input(Value.of("pH", "pH", w.pH(), Dimension.DIMENSIONLESS, 3));
        b.section("summary", "Analysis", summary(w, s));
        b.table(saturation("saturation", "Saturation indices (> 0 may scale)", s));
        b.table(limits("limits", "Recovery before each mineral reaches SI " + allowedSi + " in the concentrate "
                + "(CO2 passing the membrane)", s));
        if (dose != null) {
            final Speciated dosed = dosed(s, b);
            b.table(saturation("saturationDosed", "Saturation indices after dosing", dosed));
            b.table(limits("limitsDosed", "Recovery limits after dosing", dosed));
        }
        b.note("Speciation: Pitzer activities (HMW84/PHREEQC pitzer.dat), constants of pitzer.dat and phreeqc.dat;"
                + " pH on the unscaled convention. LSI: " + "Carrier form; S&DSI: K from pK2 − pKsp (see"
                + " docs/water-analysis.md).");
        spec.commandLine().getOut().print(Renderer.render(b.build(), output.format, output.units));
        return 0;
    }

    private WaterAnalysis read() {
        final int given = (file != null ? 1 : 0) + (preset != null ? 1 : 0) + (analysis != null ? 1 : 0);
        if (given != 1) {
            throw new PermeateException(Message.MISSING, "one of FILE, --preset, --analysis",
                    "give one water: a file, a preset or an analysis");
        }
        WaterAnalysis w;
        if (file != null) {
            w = org.permeate.io.project.AnalysisReader.read(file, caseName);
        } else if (preset != null) {
            w = TypicalWaters.analysis(preset);
        } else {
            final WaterAnalysisBuilder b = WaterAnalysis.builder("--analysis").addAll(analysis);
            if (!b.hasPh() && pH == null) {
                throw new PermeateException(Message.MISSING, "--ph", "the pH of the water, 0 to 14");
            }
            if (pH != null) {
                b.pH(QuantityParser.parse("--ph", pH, Dimension.DIMENSIONLESS).si());
            }
            if (temperature != null) {
                b.temperature(QuantityParser.parse("--temperature", temperature, Dimension.TEMPERATURE).si());
            } else if (!b.hasTemperature()) {
                b.temperature(298.15);
            }
            return b.build();
        }
        if (pH != null) {
            w = w.withPH(QuantityParser.parse("--ph", pH, Dimension.DIMENSIONLESS).si());
        }
        if (temperature != null) {
            w = w.withTemperature(QuantityParser.parse("--temperature", temperature, Dimension.TEMPERATURE).si());
        }
        return w;
    }

    private static List<Value> summary(final WaterAnalysis w, final Speciated s) {
        final List<Value> v = new ArrayList<>();
        v.add(Value.of("tds", "TDS (sum of ions, Standard Methods 1030E)",
                w.totalDissolvedSolids(WaterAnalysis.TdsBasis.STANDARD_METHODS_1030E), Dimension.MASS_CONCENTRATION, 5));
        v.add(Value.of("ionicStrength", "ionic strength (speciated)", s.ionicStrength(), Dimension.MOLALITY, 4));
        // eq/m³ × 50.04 g of CaCO3 per eq = g/m³ as CaCO3
        final double asCaCo3 = WaterAnalysis.CALCIUM_CARBONATE_PER_EQUIVALENT;
        v.add(Value.of("hardness", "total hardness as CaCO3", w.totalHardness(false) * asCaCo3,
                Dimension.MASS_CONCENTRATION, 4));
        v.add(Value.of("alkalinity", "total alkalinity as CaCO3", w.totalAlkalinity() * asCaCo3,
                Dimension.MASS_CONCENTRATION, 4));
        v.add(Value.of("osmoticPressure", "osmotic pressure", w.osmoticPressure(), Dimension.PRESSURE, 4));
        final ChargeBalance cb = w.chargeBalance();
        v.add(Value.of("chargeImbalance", "charge imbalance (Σcat − Σan)/(Σcat + Σan)", cb.percent() / 100,
                Dimension.FRACTION, 3));
        v.add(Value.of("co2", "dissolved CO2", s.molality(org.permeate.properties.species.SpeciesCatalog.CO2)
                * org.permeate.properties.species.SpeciesCatalog.CO2.molarMass() * w.waterPerVolume(),
                Dimension.MASS_CONCENTRATION, 4));
        final var conductivity = w.conductivity(org.permeate.chemistry.McCleskeyConductivity.INSTANCE,
                org.permeate.errors.RangePolicy.WARN);
        v.add(Value.of("conductivity", "conductivity at 25 °C (McCleskey et al. 2012)", conductivity.value(),
                Dimension.ELECTRICAL_CONDUCTIVITY, 4));
        final CalciumCarbonateIndex lsi = Langelier.of(w);
        v.add(Value.of("lsi", "Langelier saturation index", lsi.value(), Dimension.DIMENSIONLESS, 3));
        final CalciumCarbonateIndex sdsi = StiffDavis.of(w);
        v.add(Value.of("sdsi", "Stiff & Davis stability index", sdsi.value(), Dimension.DIMENSIONLESS, 3));
        return v;
    }

    private static Table saturation(final String key, final String title, final Speciated s) {
        final List<List<Value>> rows = new ArrayList<>();
        for (org.permeate.chemistry.Mineral m : Minerals.SCALING) {
            m.saturationIndex(s).ifPresent(si -> rows.add(List.of(Value.text("mineral", "mineral", m.name()),
                    Value.text("formula", "formula", m.formula()),
                    Value.of("si", "saturation index", si, Dimension.DIMENSIONLESS, 3),
                    Value.text("source", "log K from", m.k().source()))));
        }
        return new Table(key, title, rows);
    }

    private Table limits(final String key, final String title, final Speciated s) {
        final List<List<Value>> rows = new ArrayList<>();
        for (ScalingLimits.Limit l : ScalingLimits.limits(s, Minerals.RO_SCALANTS, allowedSi)) {
            final String limit = l.exceededInFeed() ? "already above in the feed"
                    : l.limitRecovery() >= ScalingLimits.MAX_RECOVERY ? "not below 98 %"
                    : String.format(Locale.ROOT, "%.1f %%", 100 * l.limitRecovery());
            rows.add(List.of(Value.text("mineral", "mineral", l.mineral().name()),
                    Value.of("feedSi", "SI in the feed", l.feedIndex(), Dimension.DIMENSIONLESS, 3),
                    Value.text("recovery", "recovery at the limit", limit)));
        }
        return new Table(key, title, rows);
    }

    /** "HCl 30 mg/L" (a dose) or "NaOH to pH 10" (a target). */
    private Speciated dosed(final Speciated s, final Report.Builder b) {
        final String[] parts = dose.strip().split("\\s+", 2);
        final Dosing.Reagent r = Choices.of("--dose", parts[0], Dosing.Reagent.class);
        if (parts.length < 2) {
            throw new PermeateException(Message.MISSING, "--dose", "an amount (\"" + parts[0] + " 30 mg/L\") or a"
                    + " target (\"" + parts[0] + " to pH 7\")");
        }
        final String rest = parts[1].strip();
        final double molPerKg;
        if (rest.toLowerCase(Locale.ROOT).startsWith("to ph")) {
            final double target = QuantityParser.parse("--dose", rest.substring(5).strip(), Dimension.DIMENSIONLESS).si();
            molPerKg = Dosing.doseForPh(s, r, target);
        } else {
            // mass of pure reagent per volume of water ≈ per kg of water (dilute)
            final double kgPerM3 = QuantityParser.parse("--dose", rest, Dimension.MASS_CONCENTRATION).si();
            molPerKg = kgPerM3 / 1000.0 / r.molarMass();
        }
        final Speciated d = Dosing.dose(s, r, molPerKg);
        b.section("dosing", "Dosing " + r.name(), List.of(
                Value.of("dose", "dose (pure reagent, per litre)", molPerKg * r.molarMass() * 1000.0,
                        Dimension.MASS_CONCENTRATION, 4),
                Value.of("pHBefore", "pH before", s.pH(), Dimension.DIMENSIONLESS, 3),
                Value.of("pHAfter", "pH after", d.pH(), Dimension.DIMENSIONLESS, 3),
                Value.of("co2After", "dissolved CO2 after", d.molality(co2()) * co2().molarMass() * 1000.0,
                        Dimension.MASS_CONCENTRATION, 4)));
        return d;
    }

    private static Species co2() {
        return org.permeate.properties.species.SpeciesCatalog.CO2;
    }
}
