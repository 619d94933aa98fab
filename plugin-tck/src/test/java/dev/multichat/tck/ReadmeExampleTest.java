package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plugin guide shows the example test exactly as it is compiled and run here. */
class ReadmeExampleTest {
    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLE =
            Path.of("src/test/java/dev/multichat/tck/example/ExampleStoreContractTest.java");

    @Test
    @DisplayName("The README's example test class is the compiled ExampleStoreContractTest, character for character.")
    void readmeShowsTheCompiledExample() throws IOException {
        String readme = Files.readString(README);
        String example = Files.readString(EXAMPLE);
        int section = readme.indexOf("### 4.");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```", start);
        assertThat(section).isPositive();
        assertThat(readme.substring(start, end)).isEqualTo(example);
    }
}
