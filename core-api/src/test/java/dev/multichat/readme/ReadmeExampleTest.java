package dev.multichat.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the usage example of the root README ({@link ReadmeExample}) against {@code memory:}, and
 * checks that the README still shows its lines.
 */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/multichat/readme/ReadmeExample.java");
    private static final Path README = Path.of("../README.md");

    @Test
    @DisplayName("the README's usage example compiles and behaves as its comments say")
    void readmeExample() {
        ReadmeExample.Outcome outcome = ReadmeExample.run("memory:");
        ReadmeExample.assertAsCommented(outcome);
        assertThat(outcome.first().replayed()).as("a fresh store: the first append writes").isFalse();
    }

    @Test
    @DisplayName("every line of the README's usage block appears, in order, in ReadmeExample")
    void readmeShowsTheTestedExample() throws IOException {
        List<String> source = Files.readAllLines(SOURCE).stream().map(String::strip)
                .collect(Collectors.toList());
        List<String> block = usageBlock(Files.readString(README));
        assertThat(block).hasSizeGreaterThan(5);
        int from = 0;
        for (String line : block) {
            int at = source.subList(from, source.size()).indexOf(line);
            assertThat(at).as("README line not found in order in ReadmeExample: %s", line).isNotNegative();
            from += at + 1;
        }
    }

    private static List<String> usageBlock(String readme) {
        String usage = readme.substring(readme.indexOf("## Usage"));
        String code = usage.substring(usage.indexOf("```java") + "```java".length(), usage.indexOf("```\n",
                usage.indexOf("```java") + 7));
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }
}
