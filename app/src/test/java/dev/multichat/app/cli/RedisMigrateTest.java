package dev.multichat.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.redis.testing.RedisServerExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate} json -> sqlite -> redis (a real redis-server) and back preserves every byte. */
class RedisMigrateTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single();

    @TempDir
    Path dir;

    @Test
    void jsonToSqliteToRedisAndBackToSqliteAndJsonExportsTheSameBytesAtEveryStep() throws IOException {
        String json = "json:" + dir.resolve("a");
        List<String> hops = List.of(json, "sqlite:" + dir.resolve("b.db"), REDIS.uri() + "?prefix=migrate",
                "sqlite:" + dir.resolve("d.db"), "json:" + dir.resolve("e"));
        Corpus.build(json + "?fsync=never", 6, 10);
        String original = Cli.export(json, dir.resolve("original.jsonl"));
        assertThat(original).contains("\"type\":\"message\"").contains("tool_call_id");
        for (int i = 1; i < hops.size(); i++) {
            Cli.Run hop = Cli.run("", "migrate", hops.get(i - 1), hops.get(i), "--owner", "alice", "--owner", "bob");
            assertThat(hop.code()).as(hops.get(i) + ": " + hop.err() + hop.out()).isZero();
            assertThat(hop.out()).contains("60 messages copied").contains("verified");
            assertThat(Cli.export(hops.get(i), dir.resolve(i + ".jsonl"))).as(hops.get(i)).isEqualTo(original);
        }
    }
}
