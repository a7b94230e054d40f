package org.permeate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code permeate lab}: the osmosis lab, for teaching. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = {"The osmosis lab: osmosis in a U-tube or Pfeffer cell, diffusion after a partition is",
            "removed, and cells in hypotonic, isotonic and hypertonic media. Text, JSON, CSV, or an HTML",
            "page with an animation."},
        subcommands = {LabOsmosisCommand.class, LabDiffusionCommand.class, LabCellCommand.class},
        footer = {"", "Examples:",
            "  permeate lab osmosis --preset pfeffer",
            "  permeate lab diffusion --gases CO2,air --length \"10 cm\"",
            "  permeate lab cell --preset red-blood-cell --medium water --format html --out rbc.html"})
final class LabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
