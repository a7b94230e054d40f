package org.permeate.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/household.md's full example is the shipped example and reads as the document says. */
class DocumentedHouseholdTest {

    @Test
    void theDocumentsFullExampleReadsAndIsTheShippedExample() throws IOException {
        final Path root = ExampleProjectsTest.example("").getParent();
        final String doc = Files.readString(root.resolve("docs").resolve("household.md"));
        final Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).isTrue();
        final HouseholdProject documented = HouseholdReader.read(m.group(1), "documented.yaml", false,
                HouseholdReader.Overrides.NONE);
        final HouseholdProject shipped = HouseholdReader.read(root.resolve("examples")
                .resolve("household-undersink-75.yaml"), HouseholdReader.Overrides.NONE);
        assertThat(documented.unit()).isEqualTo(shipped.unit());
        assertThat(documented.draws()).isEqualTo(shipped.draws());
        assertThat(documented.title()).isEqualTo(shipped.title());
        // every preset the document lists is shipped, and only those
        for (String name : HouseholdReader.PRESETS) {
            assertThat(doc).contains("`" + name + "`");
        }
    }
}
