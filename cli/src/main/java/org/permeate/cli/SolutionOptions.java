package org.permeate.cli;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.measure.Dimension;
import org.permeate.measure.Quantity;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.species.SpeciesCatalog;

import picocli.CommandLine.Option;

/** The ways a command can be told what the solution is. */
public final class SolutionOptions {

    @Option(names = "--salinity", paramLabel = "AMOUNT",
            description = "Seawater of reference composition by salinity, e.g. \"35 g/kg\" (or \"36 g/L\").")
    String salinity;

    @Option(names = "--solute", paramLabel = "NAME",
            description = "One solute: a salt (NaCl, CaCl2, MgSO4, Na2SO4, ...), an ion, or a neutral solute "
                    + "(sucrose, glucose, fructose, lactose, urea, ethanol, B(OH)3, SiO2).")
    String solute;

    @Option(names = "--concentration", paramLabel = "AMOUNT",
            description = "Amount of --solute: mg/L, g/L, mol/L, ppm, g/kg, %%, mol/kg, e.g. \"2000 mg/L\".")
    String concentration;

    @Option(names = "--brix", paramLabel = "DEGREES",
            description = "Amount of --solute (default sucrose) in °Brix, i.e. mass percent.")
    String brix;

    @Option(names = "--ions", paramLabel = "LIST",
            description = "A list of solutes and amounts, e.g. \"Na 500 mg/L, Cl 800 mg/L, Ca 40 mg/L\".")
    String ions;

    @Option(names = "--osmolality", paramLabel = "AMOUNT",
            description = "Ideal osmotically active particles by osmolality, e.g. \"290 mOsm/kg\".")
    String osmolality;

    @Option(names = "--solution", paramLabel = "SPEC",
            description = "Any solution in one string: \"seawater 35 g/kg\", \"NaCl 0.9 %%\", \"sucrose 8 Brix\", "
                    + "\"Na 500 mg/L, Cl 800 mg/L\", \"290 mOsm/kg\".")
    String solution;

    /**
     * @param seawaterKind true when the command's positional kind was "seawater"
     * @return the solution described by exactly one of the options
     */
    SolutionSpec spec(final boolean seawaterKind) {
        final List<String> given = new ArrayList<>();
        if (salinity != null) {
            given.add("--salinity");
        }
        if (solute != null || concentration != null || brix != null) {
            given.add("--solute");
        }
        if (ions != null) {
            given.add("--ions");
        }
        if (osmolality != null) {
            given.add("--osmolality");
        }
        if (solution != null) {
            given.add("--solution");
        }
        if (given.size() > 1) {
            throw new PermeateException(Message.CONFLICTING, given.get(0), given.get(1));
        }
        if (seawaterKind && salinity == null) {
            throw new PermeateException(Message.MISSING, "--salinity", "seawater needs a salinity, e.g. --salinity \"35 g/kg\"");
        }
        if (given.isEmpty()) {
            throw new PermeateException(Message.MISSING, "a solution",
                    "give seawater --salinity, --solute with --concentration or --brix, --ions, --osmolality or --solution");
        }
        if (salinity != null) {
            final Quantity q = QuantityParser.parse("--salinity", salinity,
                    java.util.EnumSet.of(Dimension.MASS_FRACTION, Dimension.MASS_CONCENTRATION));
            return new SolutionSpec(SolutionSpecParser.seawater("--salinity", q), true, "seawater " + salinity.strip());
        }
        if (ions != null) {
            return SolutionSpecParser.parse("--ions", ions);
        }
        if (osmolality != null) {
            final Quantity q = QuantityParser.parse("--osmolality", osmolality, Dimension.OSMOLALITY);
            return new SolutionSpec(List.of(new ConcentrationConverter.Entry(SpeciesCatalog.OSMOLYTE, q)), false,
                    osmolality.strip());
        }
        if (solution != null) {
            return SolutionSpecParser.parse("--solution", solution);
        }
        // --solute with --concentration or --brix
        if (concentration != null && brix != null) {
            throw new PermeateException(Message.CONFLICTING, "--concentration", "--brix");
        }
        final String name = solute != null ? solute : "sucrose";
        if (brix != null) {
            final Quantity q = QuantityParser.parse("--brix", brix.matches("\\s*[+\\-.\\d][\\d.eE+\\-]*\\s*")
                    ? brix.strip() + " Brix" : brix, Dimension.MASS_FRACTION);
            return new SolutionSpec(SolutionSpecParser.solute("--solute", name, q), false,
                    name + " " + org.permeate.errors.Numbers.compact(q.in(Units.BRIX)) + " °Bx");
        }
        if (concentration == null) {
            throw new PermeateException(Message.MISSING, "--concentration",
                    "the amount of " + name + ", e.g. --concentration \"2000 mg/L\" (or --brix for sugars)");
        }
        final Quantity q = QuantityParser.parse("--concentration", concentration, SolutionSpecParser.AMOUNT);
        return new SolutionSpec(SolutionSpecParser.solute("--solute", name, q), false, name + " " + concentration.strip());
    }
}
