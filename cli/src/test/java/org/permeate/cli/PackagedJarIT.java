package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as the launcher does, in a separate JVM: catches what unit tests cannot
 * (a dependency missing from the shaded jar, a resource not packaged).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("permeate.jar", "target/permeate.jar"));

    record Result(int status, String out, String err) {
    }

    private static Result run(final String... args) throws IOException, InterruptedException {
        final List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        final Path out = Files.createTempFile("permeate", ".out");
        final Path err = Files.createTempFile("permeate", ".err");
        final Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void everyFormatRunsFromTheJar() throws Exception {
        assertThat(JAR).exists();
        for (String format : new String[] {"text", "json", "csv"}) {
            final Result r = run("osmotic", "seawater", "--salinity", "35 g/kg", "--format", format);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("osmotic");
        }
        final Result tonicity = run("tonicity", "--inside", "290 mOsm/kg", "--outside", "sucrose 8 Brix", "--format", "json");
        assertThat(tonicity.status()).as(tonicity.err()).isZero();
        assertThat(run("--version").out()).startsWith("Permeate 0.");
    }

    @Test
    void aMistakeExitsWithTwoAndNoStackTrace() throws Exception {
        final Result r = run("osmotic", "--solute", "NaCl", "--concentration", "lots");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("permeate: ").doesNotContain("\tat ");
    }
}
