package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.compliance.arch.V2ArchitectureCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * This module is not a child of multichat-parent (see pom.xml), so the parent's ArchUnit
 * binding does not reach it: this test applies the same check to its own classes.
 */
class OwnArchitectureTest {

    @Test
    void ownClassesPassEveryV2Rule() {
        List<Path> dirs = List.of(Path.of("target", "classes"), Path.of("target", "test-classes"));
        assertThat(V2ArchitectureCheck.check(V2ArchitectureCheck.importClasses(dirs))).isEmpty();
    }
}
