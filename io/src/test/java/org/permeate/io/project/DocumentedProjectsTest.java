package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The projects docs/project-format.md shows are read as it says. */
class DocumentedProjectsTest {

    private static List<String> blocks(final String text, final String language) {
        final Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        final List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyWholeProjectInTheFormatDocumentReadsAndTheFullExampleIsTheSameInYamlAndJson() throws IOException {
        final String doc = Files.readString(ExampleProjectsTest.example("").getParent().resolve("docs")
                .resolve("project-format.md"));
        final List<String> yaml = blocks(doc, "yaml").stream().filter(b -> b.contains("cases:")).toList();
        final List<String> json = blocks(doc, "json");
        assertThat(yaml).hasSize(2);
        assertThat(json).hasSize(1);
        final Project minimal = ProjectReader.read(yaml.get(0), "minimal.yaml", false);
        assertThat(minimal.cases()).hasSize(1);
        final Project full = ProjectReader.read(yaml.get(1), "full.yaml", false);
        assertThat(full.cases()).extracting(ProjectCase::name).containsExactly("design", "summer");
        assertThat(full.cases().get(0).years()).containsExactly(0.0, 5.0);
        assertThat(ProjectReader.read(json.get(0), "full.json", true).cases()).isEqualTo(full.cases());
    }
}
