package dev.multichat.compliance.limits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.compliance.support.CheckstyleRunner;
import dev.multichat.compliance.support.Fixtures;
import dev.multichat.compliance.support.PmdRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consuming project can raise or lower each limit, as the README shows. */
class OverrideLimitsTest {

    private static final List<Path> ELEVEN = List.of(Fixtures.file("functions/ElevenFunctionsSpread.java"));

    @Test
    void checkstylePropertyRaisesTheFunctionLimit() {
        Properties properties = new Properties();
        properties.setProperty("v2.maxFunctions", "11");
        assertThat(CheckstyleRunner.run(ELEVEN, properties)).isEmpty();
    }

    @Test
    void checkstylePropertyLowersTheParameterLimit() {
        Properties properties = new Properties();
        properties.setProperty("v2.maxParameters", "4");
        assertThat(CheckstyleRunner.run(List.of(Fixtures.file("parameters/FiveParameters.java")), properties))
                .hasSize(2).allMatch(message -> message.contains("V2 limit of 4"));
    }

    @Test
    void pmdRulePropertyInAConsumerRulesetRaisesTheFunctionLimit(@TempDir Path dir) throws IOException {
        Path ruleset = dir.resolve("my-v2.xml");
        Files.writeString(ruleset, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ruleset name="my V2" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
                  <description>V2 with 11 functions per file</description>
                  <rule ref="dev/multichat/compliance/pmd-v2.xml">
                    <exclude name="V2FunctionsPerFile"/>
                  </rule>
                  <rule ref="dev/multichat/compliance/pmd-v2.xml/V2FunctionsPerFile">
                    <properties>
                      <property name="maxFunctions" value="11"/>
                    </properties>
                  </rule>
                </ruleset>
                """);
        assertThat(PmdRunner.run(ELEVEN, ruleset.toString())).isEmpty();
        assertThat(PmdRunner.run(ELEVEN)).hasSize(1);
    }
}
