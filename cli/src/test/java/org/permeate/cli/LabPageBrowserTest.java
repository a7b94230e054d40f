package org.permeate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's HTML pages in a real browser: their scripts run without error and draw the scene and
 * the chart. Runs only with PERMEATE_BROWSER_TESTS=1 and Chromium at /usr/bin/chromium (see
 * TOOLCHAIN.md), so the normal build needs no browser.
 */
class LabPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void scriptsDrawTheAnimation(@TempDir final Path dir) throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("PERMEATE_BROWSER_TESTS")) && Files.isExecutable(CHROMIUM),
                "set PERMEATE_BROWSER_TESTS=1 with Chromium installed to run");
        for (String kind : List.of("osmosis", "cell", "diffusion")) {
            final Path page = dir.resolve(kind + ".html");
            assertThat(CommandLineTest.run("lab", kind, "--format", "html", "--out", page.toString()).status()).isZero();
            final Path profile = Files.createTempDirectory(dir, "chromium");
            final Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom",
                    page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            final String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // the script filled both SVGs and the time read-out
            final String scene = dom.substring(dom.indexOf("id=\"lab-scene\""), dom.indexOf("id=\"lab-play\""));
            assertThat(scene).contains("<text").containsPattern("<(rect|circle)");
            final String chart = dom.substring(dom.indexOf("id=\"lab-chart\""));
            assertThat(chart.substring(0, chart.indexOf("</svg>"))).contains("<polyline", "<line");
            assertThat(dom).containsPattern("id=\"lab-time\">[^<]+<");
        }
    }
}
