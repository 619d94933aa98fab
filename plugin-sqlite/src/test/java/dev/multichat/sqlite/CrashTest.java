package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child JVM appends and reports each acknowledged seq; after
 * every kill the database opens, every acknowledged message is there intact with its seq, seqs
 * are gapless and {@code PRAGMA integrity_check} is ok. Rounds at synchronous=full:
 * {@code -Dmultichat.crash.rounds} (default 12; the {@code soak} profile runs 200); a quarter as
 * many at synchronous=normal, whose promise also covers a process crash.
 */
class CrashTest {
    private static final String SESSION = "crash";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAppendSurvivesKillDashNineAtFull() throws Exception {
        killRepeatedly("full", Integer.getInteger("multichat.crash.rounds", 12));
    }

    @Test
    void everyAcknowledgedAppendSurvivesKillDashNineAtNormal() throws Exception {
        killRepeatedly("normal", Math.max(2, Integer.getInteger("multichat.crash.rounds", 12) / 4));
    }

    private void killRepeatedly(String synchronous, int rounds) throws Exception {
        long seed = Long.getLong("multichat.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path file = dir.resolve(synchronous + ".db");
        String uri = "sqlite:" + file + "?synchronous=" + synchronous;
        Map<Long, String> acked = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            int wanted = 1 + random.nextInt(300);
            try (Child child = new Child(uri, "r" + round, 0, List.of(SESSION), dir.resolve("child.log"))) {
                child.awaitReady();
                child.go();
                for (int i = 0; i < wanted; i++) {
                    String[] ack = child.nextLine().split(" ");
                    acked.put(Long.parseLong(ack[2]), ack[3]);
                }
                child.kill();
            }
            verify(file, acked, synchronous + ", seed " + seed + ", round " + round);
        }
    }

    private static void verify(Path file, Map<Long, String> acked, String where) throws Exception {
        try (SessionStore store = Stores.open(file)) {
            List<ChatMessage> all = store.read(SessionId.of(SESSION), MessageRange.all());
            long last = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
            assertThat(all).as(where).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
            Map<Long, ChatMessage> bySeq = new HashMap<>();
            all.forEach(m -> bySeq.put(m.seq(), m));
            acked.forEach((seq, id) -> {
                ChatMessage stored = bySeq.get(seq);
                assertThat(stored).as("%s: acknowledged seq %d", where, seq).isNotNull();
                assertThat(stored.draft().id()).as(where).isEqualTo(id);
                assertThat(stored.content()).as(where).isEqualTo(AppendChild.contentOf(id));
            });
        }
        assertThat(RawSql.scalar(file, "PRAGMA integrity_check")).as(where).isEqualTo("ok");
    }
}
