package org.permeate.cli;

import java.io.PrintWriter;

import org.permeate.errors.PermeateException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code permeate} command. Exit status: 0 on success, 2 for a user's mistake (bad option,
 * bad value, impossible input — one line on standard error, no stack trace), 1 for an internal
 * error (set PERMEATE_DEBUG=1 to see its stack trace).
 */
@Command(name = "permeate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reverse-osmosis simulation: osmotic pressure, membranes, systems.",
        subcommands = {OsmoticCommand.class, TonicityCommand.class, CatalogCommand.class, ElementCommand.class,
            RunCommand.class, WaterCommand.class, ConcentrateCommand.class, LabCommand.class, HouseholdCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  permeate osmotic seawater --salinity \"35 g/kg\" --temperature \"25 C\"",
            "  permeate osmotic --solute NaCl --concentration \"2000 mg/L\"",
            "  permeate osmotic --solute sucrose --brix 8",
            "  permeate tonicity --inside \"290 mOsm/kg\" --outside \"seawater 35 g/kg\""})
public final class PermeateCommand implements Runnable {

    /** Exit status for a user's mistake. */
    public static final int USAGE = 2;
    /** Exit status for an internal error. */
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @param args command-line arguments
     */
    public static void main(final String[] args) {
        final PrintWriter err = new PrintWriter(System.err, true);
        int status;
        try {
            status = execute(args, new PrintWriter(System.out, true), err);
        } catch (Throwable t) {
            // a broken installation (missing class) or a JVM error: still one line, still no stack trace
            status = internalError(t, err);
        }
        System.exit(status);
    }

    private static int internalError(final Throwable t, final PrintWriter err) {
        err.println("permeate: internal error: " + t);
        if (System.getenv("PERMEATE_DEBUG") != null) {
            t.printStackTrace(err);
        } else {
            err.println("(set PERMEATE_DEBUG=1 to see where; please report it)");
        }
        err.flush();
        return INTERNAL;
    }

    /**
     * Runs the command line and returns the exit status (used by tests).
     *
     * @param args arguments
     * @param out  standard output
     * @param err  standard error
     * @return exit status
     */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err) {
        final CommandLine cl = new CommandLine(new PermeateCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("permeate: " + ex.getMessage());
            final CommandLine sub = ex.getCommandLine();
            err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for the options.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof PermeateException pe) {
                err.println("permeate: " + pe.getMessage());
                if (System.getenv("PERMEATE_DEBUG") != null) {
                    pe.printStackTrace(err);    // where a refusal came from, for developers
                }
                return USAGE;
            }
            if (ex instanceof CommandLine.ParameterException pe) {
                err.println("permeate: " + pe.getMessage());
                return USAGE;
            }
            return internalError(ex, err);
        });
        final int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
