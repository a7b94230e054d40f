package org.permeate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

import picocli.CommandLine.Model.CommandSpec;

/** Where a command's rendered report goes: the terminal, or the {@code --out} file (said on standard error). */
final class ReportOutput {

    private ReportOutput() {
    }

    /**
     * Prints the text, or writes it to {@code out} and says so on standard error.
     *
     * @param spec the command, for its output streams
     * @param out  the file of {@code --out}, or null for the terminal
     * @param text the rendered report
     * @throws PermeateException naming {@code --out} when the file cannot be written
     */
    static void emit(final CommandSpec spec, final Path out, final String text) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PermeateException(e, new InputLocation(out.toString(), "", 0, 0), Message.MISSING, "--out",
                    "a writable file: " + e.getMessage());
        }
        spec.commandLine().getErr().println("permeate: wrote " + out);
    }
}
