package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child JVM appends and reports each acknowledged seq; after
 * every kill the database opens, every acknowledged message is there intact with its seq, seqs
 * are gapless and {@code PRAGMA integrity_check} is ok. Rounds at synchronous=full:
 * {@code -Dmultichat.crash.rounds} (default 12; the {@code soak} profile runs 200); a quarter as
 * many at synchronous=normal, whose promise also covers a process crash; and half as many with
 * eight writer threads on eight sessions, so kills land in the middle of group commits.
 */
class CrashTest {
    private static final int ROUNDS = Integer.getInteger("multichat.crash.rounds", 12);
    private static final int WRITERS = 8;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAppendSurvivesKillDashNineAtFull() throws Exception {
        killRepeatedly("full", ROUNDS, List.of("crash"));
    }

    @Test
    void everyAcknowledgedAppendSurvivesKillDashNineAtNormal() throws Exception {
        killRepeatedly("normal", Math.max(2, ROUNDS / 4), List.of("crash"));
    }

    @Test
    void everyAcknowledgedAppendOfEightWriterThreadsSurvivesKillDashNine() throws Exception {
        List<String> sessions = IntStream.range(0, WRITERS).mapToObj(i -> "crash-" + i).toList();
        killRepeatedly("full", Math.max(2, ROUNDS / 2), sessions);
    }

    /** With several sessions the child runs one writer thread per session. */
    private void killRepeatedly(String synchronous, int rounds, List<String> sessions) throws Exception {
        long seed = Long.getLong("multichat.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path file = dir.resolve(synchronous + "-" + sessions.size() + ".db");
        String uri = "sqlite:" + file + "?synchronous=" + synchronous;
        List<String> childSessions = new ArrayList<>(sessions);
        if (sessions.size() > 1) {
            childSessions.add(0, AppendChild.THREAD_PER_SESSION);
        }
        Map<String, Map<Long, String>> acked = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            int wanted = 1 + random.nextInt(300 * sessions.size());
            try (Child child = new Child(uri, "r" + round, 0, childSessions, dir.resolve("child.log"))) {
                child.awaitReady();
                child.go();
                for (int i = 0; i < wanted; i++) {
                    String[] ack = child.nextLine().split(" ");
                    acked.computeIfAbsent(ack[1], s -> new HashMap<>()).put(Long.parseLong(ack[2]), ack[3]);
                }
                child.kill();
            }
            String where = synchronous + ", " + sessions.size() + " sessions, seed " + seed + ", round " + round;
            verify(file, sessions, acked, where);
        }
    }

    private static void verify(Path file, List<String> sessions, Map<String, Map<Long, String>> acked,
            String where) throws Exception {
        try (SessionStore store = Stores.open(file)) {
            for (String session : sessions) {
                verifySession(store.read(SessionId.of(session), MessageRange.all()),
                        acked.getOrDefault(session, Map.of()), where + ", session " + session);
            }
        }
        assertThat(RawSql.scalar(file, "PRAGMA integrity_check")).as(where).isEqualTo("ok");
    }

    /** Seqs gapless from 1, and every acknowledged seq holds its message, intact. */
    private static void verifySession(List<ChatMessage> all, Map<Long, String> acked, String where) {
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
}
