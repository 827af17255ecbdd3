// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Quick start holds exactly the two set-up commands, and CI runs the second one verbatim. */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static List<String> quickStart() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        var m = Pattern.compile("## Quick start\\s+```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a Quick start section with one sh block").isTrue();
        return m.group(1).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void quickStart_isTheDemoThenTheTests() throws Exception {
        assertThat(quickStart()).containsExactly("./lifeline demo", "./lifeline test");
        assertThat(Files.readString(ROOT.resolve("README.md"))).startsWith("# Lifeline\n\n## Quick start");
    }

    @Test
    void ci_runsTheReadmeTestCommand() throws Exception {
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(ci).contains(quickStart().get(1));
        assertThat(Files.isExecutable(ROOT.resolve("lifeline"))).isTrue();
    }
}
