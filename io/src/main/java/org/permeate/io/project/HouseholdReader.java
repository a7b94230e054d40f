package org.permeate.io.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.permeate.api.DrinkingWater;
import org.permeate.api.Permeate;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterAnalysisBuilder;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.element.catalog.Catalog;
import org.permeate.element.catalog.ElementSpec;
import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.measure.Dimension;
import org.permeate.measure.GaugePressure;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.unitops.household.ActivatedCarbon;
import org.permeate.unitops.household.BladderTank;
import org.permeate.unitops.household.Cartridge;
import org.permeate.unitops.household.Draw;
import org.permeate.unitops.household.FlowRestrictor;
import org.permeate.unitops.household.HouseholdRatings;
import org.permeate.unitops.household.HouseholdPhysics;
import org.permeate.unitops.household.HouseholdSystem;
import org.permeate.unitops.household.HouseholdTrain;
import org.permeate.unitops.household.Remineralizer;
import org.permeate.unitops.household.ShutOffValve;
import org.permeate.unitops.household.TanklessSystem;
import org.permeate.unitops.household.UvReactor;

/**
 * Reads a household RO file (docs/household.md), YAML or JSON, or one of the shipped presets,
 * into a {@link HouseholdProject}. Like {@link ProjectReader}, every mistake — an unknown key, a
 * value without its unit, a negative draw, an unknown element or preset, a set-up the core refuses
 * (a pre-charge at or above the line pressure, a line pressure below the tap water's osmotic
 * pressure) — is a {@link PermeateException} whose message starts with {@code file:line:column:
 * path:}. A file may start from a preset ({@code preset: under-sink-75}); the keys it gives are laid
 * over the preset's, mapping by mapping.
 *
 * <p>The train around the membrane: {@code pretreatment} (sediment cartridges with their
 * loading, a carbon block with the tap's free chlorine and chloramine) and {@code post-treatment}
 * (post-carbon, UV, remineralisation) are built into a {@link HouseholdTrain}; the prefilters'
 * pressure loss goes into the unit itself ({@link HouseholdSystem#prefilters()}). A tap water given
 * as an analysis with its pH is read as a {@link WaterAnalysis} (contaminants such as lead, As(III),
 * As(V), nitrate, fluoride, PFOA included) and fed to the membrane as
 * {@link DrinkingWater#membraneFeed} carries it, so the report can check compliance.
 */
public final class HouseholdReader {

    /** The version of the format this reader reads. */
    public static final int FORMAT_VERSION = 1;

    /** The presets shipped, in the order listed. */
    public static final List<String> PRESETS = List.of("under-sink-50", "under-sink-75", "under-sink-100",
            "countertop-75", "under-sink-75-uv-remin");

    /** The name of the NSF/ANSI 58-style test water as written in files. */
    public static final String TEST_WATER = "nsf-test-water";

    static final String[] KEYS = {"format-version", "household", "description", "preset", "catalog", "element",
        "tap-water", "line-pressure", "temperature", "drain-restrictor", "tank", "shut-off", "use", "pretreatment",
        "post-treatment"};
    private static final String[] WATER_KEYS = {"water", "pH", "free-chlorine", "chloramine"};
    private static final String[] PRE_STAGES = {"sediment", "carbon-block"};
    private static final String[] POST_STAGES = {"carbon", "uv", "remineralisation"};
    private static final String[] SEDIMENT_KEYS = {"name", "pressure-drop", "loading"};
    private static final String[] CARBON_BLOCK_KEYS = {"name", "pressure-drop", "loading", "free-chlorine",
        "chloramine", "chloramine-reduction"};
    private static final String[] POINT_KEYS = {"flow", "drop"};
    private static final String[] REDUCTION_KEYS = {"flow", "reduction"};
    private static final String[] POST_CARBON_KEYS = {"name"};
    private static final String[] UV_KEYS = {"lamp", "uvt", "sleeve-radius", "chamber-radius"};
    private static final String[] REMIN_KEYS = {"approach", "bed-volume", "time-constant"};
    private static final String[] ORIFICE_KEYS = {"orifice", "at"};
    private static final String[] TANK_KEYS = {"volume", "pre-charge"};
    private static final String[] SHUT_OFF_KEYS = {"close", "reopen"};
    private static final String[] USE_KEYS = {"pattern", "draws", "duration", "time-step", "start", "report-interval",
        "faucet-flow"};
    private static final String[] DRAW_KEYS = {"at", "volume"};
    private static final String[] PATTERNS = {"typical", "none"};
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final String RESOURCES = "/org/permeate/io/household/";
    private static final double DEFAULT_STEP = 60.0;
    private static final double DEFAULT_INTERVAL = 600.0;

    /**
     * The element options household units are computed (and their elements calibrated) with:
     * Schock &amp; Miquel floored by the laminar slit ({@link HouseholdPhysics#OPTIONS}).
     */
    private static final ElementOptions OPTIONS = HouseholdPhysics.OPTIONS;

    private HouseholdReader() {
    }

    /**
     * Values given on the command line, laid over the file's (null: keep the file's).
     *
     * @param linePressure absolute line pressure, Pa
     * @param temperature  tap-water temperature, K
     * @param water        the tap water as a composition ("Na 30 mg/L, Cl 50 mg/L", "NaCl 500 mg/L")
     *                     or {@link #TEST_WATER}
     * @param waterOption  the option the water came from, for messages ({@code --water}, {@code --tds})
     */
    public record Overrides(Double linePressure, Double temperature, String water, String waterOption) {

        /** No overrides. */
        public static final Overrides NONE = new Overrides(null, null, null, null);
    }

    /**
     * @param name a preset's name
     * @return its title and description, for listings
     */
    public static String describePreset(final String name) {
        final HouseholdProject p = preset(name, Overrides.NONE);
        return p.title() + ": " + p.description();
    }

    /**
     * @param name      a preset's name ({@link #PRESETS})
     * @param overrides values laid over it
     * @return the preset, read
     * @throws PermeateException {@link Message#UNKNOWN_CHOICE} for a name not shipped
     */
    public static HouseholdProject preset(final String name, final Overrides overrides) {
        return read(presetTree(name, new InputLocation("--preset", "", 0, 0)), "preset " + name, Path.of("."),
                overrides, name);
    }

    /**
     * @param file      a household file, {@code .yaml}, {@code .yml} or {@code .json}
     * @param overrides values laid over it
     * @return the unit and its day
     * @throws PermeateException for a missing or unreadable file and every mistake in it
     */
    public static HouseholdProject read(final Path file, final Overrides overrides) {
        final boolean json = ProjectReader.isJson(file);
        return read(ProjectReader.text(file), file.toString(), json, overrides);
    }

    /**
     * @param text      the file's text
     * @param fileName  its name, for messages (a {@code catalog} in it is found relative to it)
     * @param json      JSON if true, YAML otherwise
     * @param overrides values laid over it
     * @return the unit and its day
     */
    public static HouseholdProject read(final String text, final String fileName, final boolean json,
                                        final Overrides overrides) {
        final Node root = TreeParser.parse(text, fileName, json);
        final Path dir = Path.of(fileName).toAbsolutePath().getParent();
        return read(root, fileName, dir == null ? Path.of(".") : dir, overrides, "");
    }

    // ------------------------------------------------------------------ the tree

    private static Node presetTree(final String name, final InputLocation where) {
        if (!PRESETS.contains(name)) {
            throw PermeateException.located(where, Message.UNKNOWN_CHOICE, "preset", name, String.join(", ", PRESETS));
        }
        return TreeParser.parse(resource("presets/" + name + ".yaml"), "preset " + name, false);
    }

    private static String resource(final String path) {
        try (InputStream in = HouseholdReader.class.getResourceAsStream(RESOURCES + path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCES + path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HouseholdProject read(final Node tree, final String source, final Path dir,
                                         final Overrides overrides, final String presetName) {
        final Located own = Located.root(source, tree);
        final Section ownTop = own.section(KEYS);
        String preset = presetName;
        Located root = own;
        final Optional<Located> presetAt = ownTop.optional("preset");
        if (presetAt.isPresent()) {
            preset = presetAt.get().text("the name of a preset: " + String.join(", ", PRESETS));
            final Node base = presetTree(preset, presetAt.get().location());
            root = own.with(Node.merge(((Node.MapNode) base).without("household").without("description"),
                    ((Node.MapNode) tree).without("preset")));
        }
        final Section top = root.section(KEYS);
        top.optional("format-version").ifPresent(v -> v.count(FORMAT_VERSION, FORMAT_VERSION));
        final Optional<String> title = top.optional("household").map(v -> v.text("a title for the unit"));
        final String description = top.optional("description").map(v -> v.text("a description")).orElse("");

        final Catalog catalog = catalog(top.optional("catalog"), dir);
        final Located elementAt = top.required("element", "the membrane element's model, e.g. TW30-1812-75");
        final String model = elementAt.text("an element model such as TW30-1812-75");
        final ElementSpec spec = catalog.find(model).orElseThrow(() -> elementAt.error(Message.UNKNOWN_CHOICE,
                "element", model, "a model of the catalog (permeate catalog household), e.g. "
                        + String.join(", ", catalog.filter("household").stream().map(ElementSpec::model).toList())));
        final Element element;
        try {
            element = Permeate.element(catalog, spec.model(), OPTIONS).element();
        } catch (PermeateException e) {
            throw elementAt.relocate(e);
        }

        final Optional<Located> temperatureAt = top.optional("temperature");
        final double temperature = overrides.temperature() != null ? overrides.temperature()
                : top.required("temperature", "the tap water's temperature, e.g. 20 C or 68 F")
                        .quantity(Dimension.TEMPERATURE);
        final Optional<Located> lineAt = top.optional("line-pressure");
        final double line;
        if (overrides.linePressure() != null) {
            line = overrides.linePressure();
        } else {
            final Located l = top.required("line-pressure", "the tap's (line) pressure, e.g. 60 psi or 4 bar");
            l.gaugePressure(true);
            line = l.absolutePressure();
        }
        final PropertyPackage properties = OPTIONS.properties();
        final Located waterAt = top.required("tap-water", "the tap water: an analysis {water: \"Na 30 mg/L, ...\","
                + " pH: 7.8}, a composition, or " + TEST_WATER);
        final TapWater tap = overrides.water() != null
                ? relocateTemperature(() -> tapWater(overrides.water(), null, null, temperature, line, properties,
                        overrides.waterOption()), overrides.temperature() != null ? Optional.empty() : temperatureAt,
                        null)
                : tapWater(waterAt, temperature, line, properties,
                        overrides.temperature() != null ? Optional.empty() : temperatureAt);
        final List<Cartridge> prefilters = new ArrayList<>();
        final TrainBuilder train = pretreatment(top.optional("pretreatment"), prefilters, tap);
        postTreatment(top.optional("post-treatment"), train);
        final FlowRestrictor restrictor = restrictor(top.required("drain-restrictor",
                "the drain flow restrictor's rated flow, e.g. 525 mL/min, or {orifice: 525 mL/min, at: 50 psi}"));

        final Located tankAt = top.required("tank", "the storage tank {volume: 3.2 gal, pre-charge: 7 psi},"
                + " or none for a tankless unit");
        final boolean tankless = tankAt.node() instanceof Node.ScalarNode s && !s.isNull()
                && "none".equalsIgnoreCase(s.text().strip());
        final HouseholdProject.Unit unit;
        double full = 0;
        if (tankless) {
            if (top.has("shut-off")) {
                throw top.optional("shut-off").orElseThrow().error(Message.CONFLICTING, "shut-off", "tank: none");
            }
            try {
                unit = new HouseholdProject.Tankless(new TanklessSystem(element, OPTIONS, restrictor, tap.solution(),
                        prefilters));
            } catch (PermeateException e) {
                throw setUpError(e, ownTop, lineAt, waterAt, root, overrides);
            }
        } else {
            final Section t = tankAt.section(TANK_KEYS);
            final Located volumeAt = t.required("volume", "the tank's total volume, e.g. 3.2 gal or 12 L");
            final double volume = volumeAt.positive(Dimension.VOLUME);
            final Located preAt = t.required("pre-charge", "the air pre-charge of the empty tank, e.g. 7 psi");
            final double pre = preAt.gaugePressure(false);
            final ShutOffValve valve = top.optional("shut-off").map(HouseholdReader::shutOff)
                    .orElse(ShutOffValve.TYPICAL);
            final HouseholdSystem system;
            try {
                system = new HouseholdSystem(element, OPTIONS, restrictor, new BladderTank(volume, pre), valve,
                        tap.solution(), prefilters);
            } catch (PermeateException e) {
                // a pre-charge the line (or the shut-off) cannot beat is shown at the pre-charge
                final boolean tankProblem = e.kind() == Message.INFEASIBLE && e.getMessage().contains("pre-charge");
                if (tankProblem && overrides.linePressure() != null) {
                    throw e.at(new InputLocation("--line-pressure", "", 0, 0));
                }
                throw tankProblem ? preAt.relocate(e) : setUpError(e, ownTop, lineAt, waterAt, root, overrides);
            }
            full = system.tank().waterVolume(system.shutOff().closePressure(system.linePressure()));
            unit = new HouseholdProject.WithTank(system);
        }

        // the day
        final Optional<Located> useAt = top.optional("use");
        final Section use = useAt.map(u -> u.section(USE_KEYS)).orElse(null);
        final double duration = use == null ? 86_400.0
                : use.optional("duration").map(v -> v.positive(Dimension.TIME)).orElse(86_400.0);
        final double step = use == null ? DEFAULT_STEP
                : use.optional("time-step").map(v -> v.positive(Dimension.TIME)).orElse(DEFAULT_STEP);
        if (step > duration && use != null) {
            throw use.optional("time-step").orElseThrow().error(Message.TOO_LARGE, "time-step",
                    "the duration", use.optional("time-step").orElseThrow().text(""));
        }
        double interval = use == null ? DEFAULT_INTERVAL
                : use.optional("report-interval").map(v -> v.positive(Dimension.TIME)).orElse(DEFAULT_INTERVAL);
        interval = Math.max(step, Math.round(interval / step) * step);
        String pattern = "typical";
        List<Draw> draws = HouseholdRatings.TYPICAL_DAY;
        if (use != null) {
            final List<String> given = use.atMostOne("pattern", "draws");
            if (!given.isEmpty() && given.get(0).equals("draws")) {
                pattern = "draws";
                draws = draws(use.required("draws", ""), duration);
            } else if (!given.isEmpty()) {
                final Located p = use.required("pattern", "");
                pattern = PATTERNS[p.choice("a named pattern: " + String.join(", ", PATTERNS), PATTERNS)];
                draws = pattern.equals("none") ? List.of() : HouseholdRatings.TYPICAL_DAY;
            }
            if (!pattern.equals("draws")) {
                for (Draw d : draws) {
                    if (d.time() > duration) {
                        throw use.required("pattern", "").error(Message.TOO_LARGE, "draw time",
                                "the duration", d.time() / 3600 + " h");
                    }
                }
            }
        }
        if (use != null) {
            use.optional("faucet-flow").ifPresent(f -> train.faucetFlow = f.positive(Dimension.VOLUME_FLOW));
        }
        final HouseholdTrain built;
        try {
            built = train.build(prefilters);
        } catch (PermeateException e) {
            throw root.relocate(e);
        }
        double initial = full;
        if (use != null && use.has("start")) {
            final Located s = use.required("start", "");
            if (tankless) {
                throw s.error(Message.CONFLICTING, "start", "tank: none");
            }
            final String t = s.text("full, empty or a volume such as 2 L");
            if (t.equalsIgnoreCase("empty")) {
                initial = 0;
            } else if (!t.equalsIgnoreCase("full")) {
                initial = s.quantity(Dimension.VOLUME);
                if (initial < 0 || initial > full * (1 + 1e-12)) {
                    throw s.error(Message.OUT_OF_RANGE, "start", t, "0 L",
                            String.format(java.util.Locale.ROOT, "%.4g L (full: the volume at the shut-off pressure)",
                                    full * 1e3));
                }
            }
        }
        return new HouseholdProject(source, title.orElse(spec.model()), description, preset, spec, unit, tap.label(),
                pattern, draws, duration, step, initial, interval, built, Optional.ofNullable(tap.analysis()));
    }

    /**
     * A set-up error of the core, shown at the key most likely to blame that the user wrote (or
     * at the command-line option that replaced it).
     */
    private static PermeateException setUpError(final PermeateException e, final Section own,
                                                final Optional<Located> lineAt, final Located waterAt,
                                                final Located root, final Overrides overrides) {
        final boolean osmotic = e.getMessage().contains("osmotic");
        if (osmotic && overrides.water() != null) {
            return e.at(new InputLocation(overrides.waterOption(), "", 0, 0));
        }
        if (overrides.linePressure() != null) {
            return e.at(new InputLocation("--line-pressure", "", 0, 0));
        }
        if (osmotic) {
            return (own.has("tap-water") ? waterAt : lineAt.orElse(root)).relocate(e);
        }
        return lineAt.orElse(root).relocate(e);
    }

    // ------------------------------------------------------------------ parts

    private static Catalog catalog(final Optional<Located> at, final Path dir) {
        Catalog c;
        try (Reader r = new InputStreamReader(HouseholdReader.class.getResourceAsStream(RESOURCES + "elements.csv"),
                StandardCharsets.UTF_8)) {
            c = Catalog.SHIPPED.with(r, "household elements.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (at.isEmpty()) {
            return c;
        }
        final Located l = at.get();
        final Path path = dir.resolve(l.text("the path of a CSV file of elements (catalog format)"));
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return c.with(r, path.toString());
        } catch (NoSuchFileException e) {
            throw l.error(Message.MISSING, "catalog", "an existing file; " + path + " does not exist");
        } catch (IOException e) {
            throw l.error(Message.MISSING, "catalog", "a readable file: " + e.getMessage());
        } catch (PermeateException e) {
            throw l.relocate(e);
        }
    }

    /**
     * The tap water as read, with how it was given, its analysis (null unless given with a pH) and
     * its oxidants (kg/m³).
     */
    private record TapWater(Solution solution, String label, WaterAnalysis analysis, double freeChlorine,
                            double chloramine) {
    }

    private static TapWater tapWater(final Located at, final double temperature, final double line,
                                     final PropertyPackage properties, final Optional<Located> temperatureAt) {
        if (at.node() instanceof Node.MapNode) {
            final Section s = at.section(WATER_KEYS);
            final Located w = s.required("water", "the analysis, e.g. \"Na 30 mg/L, Ca 40 mg/L, Cl 50 mg/L\"");
            final Double pH = s.optional("pH").map(v -> v.number(0.0, 14.0)).orElse(null);
            final double cl = s.optional("free-chlorine").map(HouseholdReader::oxidant).orElse(0.0);
            final double nh2cl = s.optional("chloramine").map(HouseholdReader::oxidant).orElse(0.0);
            final TapWater t = relocateTemperature(() -> tapWater(w.text("a composition such as \"Na 30 mg/L, Cl 50 mg/L\""),
                    pH, null, temperature, line, properties, w.name()), temperatureAt, w);
            return new TapWater(t.solution(), t.label(), t.analysis(), cl, nh2cl);
        }
        return relocateTemperature(() -> tapWater(at.text("a composition such as \"Na 30 mg/L, Cl 50 mg/L\", or "
                + TEST_WATER), null, null, temperature, line, properties, at.name()), temperatureAt, at);
    }

    /**
     * Runs {@code read}, showing an error about the temperature (ice, boiling) at the temperature:
     * the file's {@code temperature} key, or {@code --temperature} when {@code temperatureAt} is
     * empty; any other error at {@code waterAt} (left as it is when null: a command-line water).
     */
    private static TapWater relocateTemperature(final java.util.function.Supplier<TapWater> read,
                                                final Optional<Located> temperatureAt, final Located waterAt) {
        try {
            return read.get();
        } catch (PermeateException e) {
            final boolean aboutTemperature = switch (e.kind()) {
                case BELOW_FREEZING, ABOVE_BOILING, NOT_POSITIVE_TEMPERATURE -> true;
                case OUT_OF_RANGE -> e.arguments().length > 0 && String.valueOf(e.arguments()[0]).contains("temperature");
                default -> false;
            };
            if (aboutTemperature && temperatureAt.isEmpty()) {
                // the temperature came from the command line (--temperature), not from the file
                throw e.at(new InputLocation("--temperature", "", 0, 0));
            }
            if (aboutTemperature) {
                throw temperatureAt.get().relocate(e);
            }
            throw waterAt == null ? e : waterAt.relocate(e);
        }
    }

    /**
     * @param text   the composition, or {@link #TEST_WATER}
     * @param pH     the pH to speciate at (carbonate, borate), or null for none
     * @param at     where it was written (null: an option)
     * @param option the option it came from, when {@code at} is null
     */
    private static TapWater tapWater(final String text, final Double pH, final Located at, final double temperature,
                                     final double line, final PropertyPackage properties, final String option) {
        try {
            final Composition c;
            final String label;
            WaterAnalysis analysis = null;
            if (text.strip().equalsIgnoreCase(TEST_WATER)) {
                c = HouseholdRatings.standardTestWater(properties.density()).composition();
                label = "NSF/ANSI 58-style test water, 750 mg/L NaCl";
            } else if (pH != null && (analysis = analysis(text, pH, temperature, properties, option)) != null) {
                // an analysis: contaminants (Pb, As(III), As(V), PFOA, ...) as the membrane carries them
                c = DrinkingWater.membraneFeed(analysis).composition();
                label = text.strip() + ", pH " + pH;
            } else {
                final SolutionSpec spec = SolutionSpecParser.parse(at != null ? at.name() : option, text);
                final Composition given = new ConcentrationConverter(properties.density()).toComposition(
                        spec.entries(), temperature, line);
                c = pH == null ? given : WaterChemistry.equilibrate(given, pH, temperature);
                label = text.strip() + (pH == null ? "" : ", pH " + pH);
            }
            final Solution s = new Solution(c, temperature, line);
            // refuses ice, boiling water, solutes the package cannot describe, salts beyond solubility
            properties.osmotic(s, RangePolicy.WARN);
            return new TapWater(s, label, analysis, 0.0, 0.0);
        } catch (PermeateException e) {
            throw at != null ? at.relocate(e) : e;
        }
    }

    /**
     * @return the tap water as a water analysis (constituents, contaminants included), or null when
     *         it is written as salts ({@code "NaCl 35 g/L"}), which only the composition form reads
     *         (no compliance check then)
     */
    private static WaterAnalysis analysis(final String text, final double pH, final double temperature,
                                          final PropertyPackage properties, final String field) {
        final WaterAnalysisBuilder b = WaterAnalysis.builder(field);
        try {
            b.addAll(text);
        } catch (PermeateException e) {
            if (e.kind() == Message.UNKNOWN_CHOICE) {
                return null;
            }
            throw e;
        }
        b.pH(pH);
        b.temperature(temperature);
        b.density(properties.density());
        return b.build();
    }

    /** @return an oxidant concentration (free chlorine, chloramine as Cl2), kg/m³, ≥ 0 */
    private static double oxidant(final Located at) {
        final double c = at.quantity(Dimension.MASS_CONCENTRATION);
        if (c < 0) {
            throw at.error(Message.TOO_SMALL, at.name(), "0 mg/L", at.text(""));
        }
        return c;
    }

    /** The train as it is read, stage by stage. */
    private static final class TrainBuilder {
        private ActivatedCarbon carbon;
        private double freeChlorine;
        private double chloramine;
        private final List<String> postFilters = new ArrayList<>();
        private UvReactor uv;
        private double uvTransmittance = HouseholdTrain.DEFAULT_UV_TRANSMITTANCE;
        private Remineralizer remineralizer;
        private double faucetFlow = HouseholdTrain.DEFAULT_FAUCET_FLOW;

        HouseholdTrain build(final List<Cartridge> prefilters) {
            return new HouseholdTrain(prefilters, carbon, freeChlorine, chloramine, postFilters, uv, uvTransmittance,
                    remineralizer, faucetFlow);
        }
    }

    /** One stage of a treatment list: {@code {sediment: {...}}} or a bare name ({@code carbon-block}). */
    private record Stage(String kind, Located at, Section keys) {
    }

    private static Stage stage(final Located item, final String[] kinds, final String[] keysOf0, final String[]... keysOf) {
        final String[][] all = new String[kinds.length][];
        all[0] = keysOf0;
        System.arraycopy(keysOf, 0, all, 1, keysOf.length);
        if (item.node() instanceof Node.ScalarNode) {
            final int k = item.choice("a stage: " + String.join(", ", kinds), kinds);
            return new Stage(kinds[k], item, null);
        }
        final Section s = item.section(kinds);
        final String kind = s.exactlyOne("a stage: " + String.join(", ", kinds), kinds);
        final Located at = s.required(kind, "");
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k].equals(kind)) {
                return new Stage(kind, at, at.node() instanceof Node.MapNode ? at.section(all[k]) : null);
            }
        }
        throw new IllegalStateException(kind);
    }

    /** @return the stages of a list, none for {@code none} or an empty list */
    private static List<Located> stages(final Located at) {
        if (at.node() instanceof Node.ScalarNode s && !s.isNull() && "none".equalsIgnoreCase(s.text().strip())) {
            return List.of();
        }
        if (at.node() instanceof Node.ListNode l && l.items().isEmpty()) {
            return List.of();
        }
        return at.list("stage, e.g. {sediment: {loading: 1}}");
    }

    private static TrainBuilder pretreatment(final Optional<Located> at, final List<Cartridge> prefilters,
                                                      final TapWater tap) {
        final TrainBuilder train = new TrainBuilder();
        train.freeChlorine = tap.freeChlorine();
        train.chloramine = tap.chloramine();
        if (at.isEmpty()) {
            return train;
        }
        for (Located item : stages(at.get())) {
            final Stage st = stage(item, PRE_STAGES, SEDIMENT_KEYS, CARBON_BLOCK_KEYS);
            final Section s = st.keys();
            try {
                if (st.kind().equals("sediment")) {
                    final String name = s == null ? "sediment" : s.optional("name").map(v -> v.text("a label"))
                            .orElse("sediment");
                    Cartridge c = s == null || !s.has("pressure-drop") ? Cartridge.sediment10Inch10Micron()
                            : curve(name, s.required("pressure-drop", ""));
                    if (s != null && !s.has("pressure-drop") && s.has("name")) {
                        c = new Cartridge(name + " (LOFTREX 10 µm 10-inch curve)", c.linearCoefficient(),
                                c.quadraticCoefficient(), 1.0);
                    }
                    prefilters.add(withLoading(c, s));
                } else {
                    if (train.carbon != null) {
                        throw item.error(Message.CONFLICTING, "carbon-block", "another carbon-block ahead of it");
                    }
                    final String name = s == null ? "carbon block" : s.optional("name").map(v -> v.text("a label"))
                            .orElse("carbon block");
                    ActivatedCarbon carbon = ActivatedCarbon.carbonBlock10Inch();
                    carbon = new ActivatedCarbon(name, carbon.bedVolume(), carbon.freeChlorineRate(),
                            carbon.chloramineRate(), carbon.capacityVolume(), carbon.capacityConcentration());
                    if (s != null) {
                        final Optional<Located> red = s.optional("chloramine-reduction");
                        if (red.isPresent()) {
                            final Section r = red.get().section(REDUCTION_KEYS);
                            final double q = r.required("flow", "the rated flow, e.g. 0.5 gpm")
                                    .positive(Dimension.VOLUME_FLOW);
                            final Located f = r.required("reduction", "the fraction removed at that flow, e.g. 80 %");
                            carbon = carbon.withChloramineRating(q, f.fraction(1e-9, 1 - 1e-9));
                        }
                        s.optional("free-chlorine").ifPresent(v -> train.freeChlorine = oxidant(v));
                        s.optional("chloramine").ifPresent(v -> train.chloramine = oxidant(v));
                        if (s.has("pressure-drop")) {
                            prefilters.add(withLoading(curve(name, s.required("pressure-drop", "")), s));
                        } else if (s.has("loading")) {
                            throw s.required("loading", "").error(Message.CONFLICTING, "loading",
                                    "a carbon block without pressure-drop (no published curve to load)");
                        }
                    }
                    train.carbon = carbon;
                }
            } catch (PermeateException e) {
                throw e.location() != null ? e : st.at().relocate(e);
            }
        }
        return train;
    }

    private static Cartridge withLoading(final Cartridge c, final Section s) {
        if (s == null || !s.has("loading")) {
            return c;
        }
        final Located l = s.required("loading", "");
        final double factor = l.number(1.0, 1e6);
        return c.withLoadingFactor(factor);
    }

    /** A maker's ΔP curve: one point (linear) or two (a·Q + b·Q²), {@code [{flow: 6.6 gpm, drop: 0.73 psi}]}. */
    private static Cartridge curve(final String name, final Located at) {
        final List<Located> points = at.listOrOne();
        if (points.size() > 2) {
            throw at.error(Message.TOO_LARGE, "pressure-drop", "two points", points.size() + " points");
        }
        final double[] q = new double[points.size()];
        final double[] dp = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            final Section p = points.get(i).section(POINT_KEYS);
            q[i] = p.required("flow", "the flow of the point, e.g. 6.6 gpm").positive(Dimension.VOLUME_FLOW);
            dp[i] = p.required("drop", "the clean pressure drop at that flow, e.g. 0.73 psi").gaugePressure(true);
        }
        try {
            return points.size() == 1 ? Cartridge.linear(name, q[0], dp[0])
                    : Cartridge.throughPoints(name, q[0], dp[0], q[1], dp[1]);
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static void postTreatment(final Optional<Located> at, final TrainBuilder train) {
        if (at.isEmpty()) {
            return;
        }
        for (Located item : stages(at.get())) {
            final Stage st = stage(item, POST_STAGES, POST_CARBON_KEYS, UV_KEYS, REMIN_KEYS);
            final Section s = st.keys();
            switch (st.kind()) {
                case "carbon" -> train.postFilters.add(s == null ? "post-carbon"
                        : s.optional("name").map(v -> v.text("a label")).orElse("post-carbon"));
                case "uv" -> {
                    if (s == null) {
                        throw st.at().error(Message.MISSING, "uv", "lamp, sleeve-radius and chamber-radius "
                                + "(e.g. {lamp: 1.5 W, sleeve-radius: 1.2 cm, chamber-radius: 2.5 cm, uvt: 98 %})");
                    }
                    if (train.uv != null) {
                        throw item.error(Message.CONFLICTING, "uv", "another uv stage");
                    }
                    final double lamp = s.required("lamp", "the lamp's UV-C output at 254 nm, e.g. 1.5 W")
                            .positive(Dimension.POWER);
                    final Located sleeveAt = s.required("sleeve-radius", "the quartz sleeve's outer radius, e.g. 1.2 cm");
                    final double sleeve = sleeveAt.positive(Dimension.LENGTH);
                    final Located chamberAt = s.required("chamber-radius", "the chamber's inner radius, e.g. 2.5 cm");
                    final double chamber = chamberAt.positive(Dimension.LENGTH);
                    try {
                        train.uv = new UvReactor(lamp, sleeve, chamber);
                    } catch (PermeateException e) {
                        throw chamberAt.relocate(e);
                    }
                    s.optional("uvt").ifPresent(v -> train.uvTransmittance = v.fraction(1e-6, 1.0));
                }
                default -> {
                    if (train.remineralizer != null) {
                        throw item.error(Message.CONFLICTING, "remineralisation", "another remineralisation stage");
                    }
                    if (s == null) {
                        throw st.at().error(Message.MISSING, "remineralisation",
                                "{approach: 50 %} or {bed-volume: 0.3 L, time-constant: 30 s}");
                    }
                    final List<String> given = s.atMostOne("approach", "bed-volume");
                    if (given.isEmpty()) {
                        throw st.at().error(Message.MISSING, "remineralisation",
                                "approach (e.g. 50 %) or bed-volume with time-constant");
                    }
                    if (given.get(0).equals("approach")) {
                        if (s.has("time-constant")) {
                            throw s.required("time-constant", "").error(Message.CONFLICTING, "time-constant",
                                    "approach");
                        }
                        train.remineralizer = Remineralizer.withApproach(
                                s.required("approach", "").fraction(0.0, 1.0));
                    } else {
                        final double v = s.required("bed-volume", "").positive(Dimension.VOLUME);
                        final double tau = s.required("time-constant",
                                "the calcite's first-order time constant 1/k, e.g. 30 s").positive(Dimension.TIME);
                        train.remineralizer = Remineralizer.firstOrder(v, 1 / tau);
                    }
                }
            }
        }
    }

    private static FlowRestrictor restrictor(final Located at) {
        try {
            if (at.node() instanceof Node.MapNode) {
                final Section s = at.section(ORIFICE_KEYS);
                final double q = s.required("orifice", "the orifice's rated drain flow, e.g. 525 mL/min")
                        .positive(Dimension.VOLUME_FLOW);
                final double dp = s.required("at", "the pressure the flow is rated at, e.g. 50 psi")
                        .gaugePressure(true);
                return FlowRestrictor.Orifice.rated(q, dp);
            }
            return new FlowRestrictor.Fixed(at.positive(Dimension.VOLUME_FLOW));
        } catch (PermeateException e) {
            throw at.relocate(e);
        }
    }

    private static ShutOffValve shutOff(final Located at) {
        final Section s = at.section(SHUT_OFF_KEYS);
        final Located closeAt = s.required("close", "the tank/line pressure ratio that closes the feed, e.g. 66.7 %");
        final double close = closeAt.fraction(1e-6, 1 - 1e-6);
        final Optional<Located> reopenAt = s.optional("reopen");
        final double reopen = reopenAt.map(v -> v.fraction(1e-6, 1 - 1e-6))
                .orElse(ShutOffValve.TYPICAL.reopenFraction());
        try {
            return new ShutOffValve(close, reopen);
        } catch (PermeateException e) {
            throw reopenAt.orElse(closeAt).relocate(e);
        }
    }

    private static List<Draw> draws(final Located at, final double duration) {
        final List<Draw> out = new ArrayList<>();
        for (Located d : at.list("draw {at: \"07:30\", volume: 1.5 L}")) {
            final Section s = d.section(DRAW_KEYS);
            final Located timeAt = s.required("at", "the time of the draw, e.g. \"07:30\" or 7.5 h");
            final double time = clock(timeAt);
            if (time > duration) {
                throw timeAt.error(Message.TOO_LARGE, "at", "the duration", timeAt.text(""));
            }
            final double volume = s.required("volume", "how much is drawn, e.g. 1.5 L or 0.4 gal")
                    .positive(Dimension.VOLUME);
            out.add(new Draw(time, volume));
        }
        return out;
    }

    /** @return a time of day written {@code 07:30} (or {@code 07:30:15}), or a time such as {@code 7.5 h}, s */
    private static double clock(final Located at) {
        final String t = at.text("a time such as \"07:30\" or 7.5 h");
        final Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            final int h = Integer.parseInt(m.group(1));
            final int min = Integer.parseInt(m.group(2));
            final int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h > 48 || min > 59 || sec > 59) {
                throw at.error(Message.UNPARSABLE_QUANTITY, "at", t, "\"07:30\" (hours:minutes) or 7.5 h");
            }
            return h * 3600.0 + min * 60.0 + sec;
        }
        final double v = at.quantity(Dimension.TIME);
        if (v < 0) {
            throw at.error(Message.TOO_SMALL, "at", "0 h", t);
        }
        return v;
    }

    /** @return the gauge line pressure written as a pressure option is, Pa absolute (for the CLI) */
    public static double linePressureOption(final String option, final String text) {
        final double p = GaugePressure.parse(option, text);
        if (!(GaugePressure.gauge(p) > 0)) {
            throw new PermeateException(Message.NOT_ABOVE, option, "0 psig", text);
        }
        return p;
    }
}
