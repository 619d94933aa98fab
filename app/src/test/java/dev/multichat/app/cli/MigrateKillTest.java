package dev.multichat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migrate killed with {@code kill -9} in a separate JVM, mid-copy, then rerun: the rerun
 * continues and the target ends an exact copy (byte-identical exports, verified), with no message
 * duplicated although most carry no id.
 */
class MigrateKillTest {

    private static final Pattern DONE = Pattern.compile("messages (\\d+)/");

    @TempDir
    Path dir;

    @Test
    void aKilledMigrateResumesToAnExactCopy() throws Exception {
        String source = "json:" + dir.resolve("a");
        String target = "sqlite:" + dir.resolve("b.db");
        Corpus.build(source + "?fsync=never", 100, 40);
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.multichat.app.Main", "migrate", source, target,
                "--owner", "alice", "--owner", "bob", "--progress-every", "0"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long copied = waitForProgress(child, 100);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(copied).as("killed mid-copy, not after it").isBetween(100L, 3_999L);
        Cli.Run rerun = Cli.run("", "migrate", source, target, "--owner", "alice", "--owner", "bob");
        assertThat(rerun.code()).as(rerun.err() + rerun.out()).isZero();
        assertThat(rerun.out()).contains("101 sessions").contains("verified");
        assertThat(export(target, "b.jsonl")).isEqualTo(export(source, "a.jsonl"));
    }

    private static long waitForProgress(Process child, long atLeast) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher done = DONE.matcher(line);
            if (done.find() && Long.parseLong(done.group(1)) >= atLeast) {
                return Long.parseLong(done.group(1));
            }
        }
        throw new AssertionError("the child migrate ended before copying " + atLeast + " messages");
    }

    private String export(String uri, String name) throws IOException {
        Path file = dir.resolve(name);
        Cli.Run run = Cli.run("", "export", "--store", uri, "--owner", "alice", "--owner", "bob", file.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return Files.readString(file);
    }
}
