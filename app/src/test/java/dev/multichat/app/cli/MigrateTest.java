package dev.multichat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate} json -> sqlite -> json preserves every byte, and a rerun copies nothing. */
class MigrateTest {

    @TempDir
    Path dir;

    private String export(String uri, String name) throws IOException {
        return Cli.export(uri, dir.resolve(name));
    }

    @Test
    void jsonToSqliteAndBackIsAnExactCopyAndARerunCopiesNothing() throws IOException {
        String json = "json:" + dir.resolve("a");
        String sqlite = "sqlite:" + dir.resolve("b.db");
        String back = "json:" + dir.resolve("c");
        Corpus.build(json + "?fsync=never", 6, 10);
        Cli.Run there = Cli.run("", "migrate", json, sqlite, "--owner", "alice", "--owner", "bob");
        assertThat(there.code()).as(there.err() + there.out()).isZero();
        assertThat(there.out()).contains("7 sessions").contains("60 messages copied").contains("verified");
        assertThat(there.err()).contains("sessions 7/7").contains("messages 60/60").contains("msg/s").contains("ETA");
        Cli.Run home = Cli.run("", "migrate", sqlite, back, "--owner", "alice", "--owner", "bob");
        assertThat(home.code()).as(home.err()).isZero();
        String original = export(json, "a.jsonl");
        assertThat(original).contains("\"type\":\"session\"").contains("tool_call_id");
        assertThat(export(sqlite, "b.jsonl")).isEqualTo(original);
        assertThat(export(back, "c.jsonl")).isEqualTo(original);
        Cli.Run again = Cli.run("", "migrate", json, sqlite, "--owner", "alice", "--owner", "bob");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("7 sessions (7 already complete), 0 messages copied");
        assertThat(export(sqlite, "b2.jsonl")).isEqualTo(original);
    }

    @Test
    void aTargetThatDiffersFailsVerificationWithExitCode4() {
        String json = "json:" + dir.resolve("a");
        String other = "json:" + dir.resolve("o");
        Corpus.build(json + "?fsync=never", 2, 4);
        Corpus.build(other + "?fsync=never", 2, 6);
        Cli.Run run = Cli.run("", "migrate", json, other, "--owner", "alice", "--owner", "bob");
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("verification failed").contains("chat-0");
    }

    @Test
    void usageErrorsAndUnknownSchemesExitWith2() {
        assertThat(Cli.run("", "migrate", "json:x").code()).isEqualTo(2);
        Cli.Run unknown = Cli.run("", "migrate", "nosuch:x", "memory:", "--owner", "a");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("nosuch");
        assertThat(Cli.run("", "--version").out()).contains("multichat");
        Cli.Run plugins = Cli.run("", "plugins");
        assertThat(plugins.out()).contains("sqlite").contains("json").contains("memory");
    }
}
