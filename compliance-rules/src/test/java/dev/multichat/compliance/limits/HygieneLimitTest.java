package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.compliance.support.CheckstyleRunner;
import dev.multichat.compliance.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hygiene the build enforces beside the V2 limits: lines of at most 120 characters, one top-level type per file. */
class HygieneLimitTest {

    @Test
    void lineOf120CharactersPasses() {
        assertThat(CheckstyleRunner.run(List.of(Fixtures.file("hygiene/Line120.java")))).isEmpty();
    }

    @Test
    void lineOf121CharactersIsReported() {
        assertThat(CheckstyleRunner.run(List.of(Fixtures.file("hygiene/Line121.java"))))
                .singleElement().asString().contains("Line121.java:2", "121 characters", "limit of 120");
    }

    @Test
    void secondTopLevelTypeIsReported() {
        assertThat(CheckstyleRunner.run(List.of(Fixtures.file("hygiene/TwoTopLevel.java"))))
                .singleElement().asString().contains("TwoTopLevel.java", "2 top-level types");
    }
}
