package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.SessionView;
import dev.multichat.redis.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tail read without a script ({@code HMGET} + {@code LRANGE} back to back, or {@code HGETALL}
 * + {@code LRANGE} for a view) raced by real writer threads on one store: every answer is a
 * tail that existed, never a gap, a duplicate, a trimmed message, a stale tail or a partial one.
 * Acknowledged writes are recorded independently of the reads (what each append returned, the
 * highest trim acknowledged) and the reads checked against them.
 */
class TailRaceTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    private static final int READERS = 3;

    /**
     * What the writers had acknowledged, recorded independently of the reads.
     *
     * @param stored each acknowledged seq's content
     * @param appended the highest acknowledged seq
     * @param trimmed the highest acknowledged trim
     */
    private record Acked(Map<Long, String> stored, AtomicLong appended, AtomicLong trimmed) {
    }

    @Test
    @DisplayName("tails and views racing appends and trims from threads: consecutive seqs, nothing older than an"
            + " acknowledged trim, nothing older than an acknowledged append, each message the one stored")
    void tailsRacingAppendsAndTrims() throws Exception {
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=race")) {
            SessionId id = store.create(NewSession.of("raced", "o")).id();
            Acked acked = new Acked(new ConcurrentHashMap<>(), new AtomicLong(), new AtomicLong());
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(READERS + 2);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    boolean view = r == 0;
                    readers.add(threads.submit(() -> readWhile(store, id, view, writing, acked)));
                }
                Future<?> appender = threads.submit(() -> {
                    for (int i = 0; i < 1_500; i++) {
                        for (ChatMessage m : store.append(id, List.of(draft("a" + i), draft("b" + i))).messages()) {
                            acked.stored().put(m.seq(), m.draft().content());
                            acked.appended().accumulateAndGet(m.seq(), Math::max);
                        }
                    }
                });
                Future<?> trimmer = threads.submit(() -> {
                    while (!appender.isDone()) {
                        long through = Math.max(0, acked.appended().get() - 25);
                        store.trim(id, through);
                        acked.trimmed().accumulateAndGet(through, Math::max);
                    }
                });
                appender.get(2, TimeUnit.MINUTES);
                trimmer.get(1, TimeUnit.MINUTES);
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(1, TimeUnit.MINUTES)).as("answers checked").isPositive();
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    @DisplayName("tails and views racing deletes and re-creates: NotFound, empty (just created) or a whole tail of"
            + " one incarnation, never a partial answer; NotFound once the delete is acknowledged")
    void tailsRacingDeletes() throws Exception {
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=gone")) {
            SessionId id = SessionId.of("deleted");
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(READERS);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    boolean view = r == 0;
                    readers.add(threads.submit(() -> readDeleted(store, id, view, writing)));
                }
                for (int round = 0; round < 300; round++) {
                    store.create(NewSession.of("deleted", "o"));
                    List<MessageDraft> batch = new ArrayList<>();
                    for (int i = 1; i <= 30; i++) {
                        batch.add(draft(round + "-" + i));
                    }
                    store.append(id, batch);
                    store.delete(id);
                    assertThatThrownBy(() -> store.tail(id, 20)).isInstanceOf(SessionNotFoundException.class);
                    assertThat(store.view(id, MessageRange.tail(20))).isEmpty();
                }
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(1, TimeUnit.MINUTES)).as("answers checked").isPositive();
                }
            } finally {
                writing.set(false);
                threads.shutdownNow();
            }
        }
    }

    private static int readWhile(SessionStore store, SessionId id, boolean view, AtomicBoolean writing,
                                 Acked acked) {
        int answers = 0;
        while (writing.get()) {
            long trimmedBefore = acked.trimmed().get();
            long appendedBefore = acked.appended().get();
            List<ChatMessage> tail = view ? store.view(id, MessageRange.tail(20)).orElseThrow().messages()
                    : store.tail(id, 20);
            if (tail.isEmpty()) {
                assertThat(appendedBefore).as("an empty tail before any acknowledged append").isZero();
                continue;
            }
            assertThat(tail).hasSizeLessThanOrEqualTo(20);
            long first = tail.get(0).seq();
            for (int i = 0; i < tail.size(); i++) {
                ChatMessage m = tail.get(i);
                assertThat(m.seq()).as("consecutive seqs").isEqualTo(first + i);
                String content = acked.stored().get(m.seq());
                assertThat(content == null || content.equals(m.draft().content())).as("the stored message").isTrue();
            }
            assertThat(first).as("nothing trimmed before the read").isGreaterThan(trimmedBefore);
            assertThat(tail.get(tail.size() - 1).seq()).as("not older than an acknowledged append")
                    .isGreaterThanOrEqualTo(appendedBefore);
            answers++;
        }
        return answers;
    }

    private static int readDeleted(SessionStore store, SessionId id, boolean view, AtomicBoolean writing) {
        int answers = 0;
        while (writing.get()) {
            List<ChatMessage> tail = List.of();
            if (view) {
                Optional<SessionView> seen = store.view(id, MessageRange.tail(20));
                if (seen.isPresent()) {
                    tail = seen.get().messages();
                    assertThat(tail).as("the view's session and messages agree")
                            .hasSize(seen.get().session().lastSeq() == 0 ? 0 : 20);
                }
            } else {
                try {
                    tail = store.tail(id, 20);
                } catch (SessionNotFoundException e) {
                    tail = List.of();
                }
            }
            if (!tail.isEmpty()) {
                assertThat(tail).as("a whole tail").hasSize(20);
                String round = tail.get(0).draft().content().split("-")[0];
                for (int i = 0; i < 20; i++) {
                    assertThat(tail.get(i).seq()).isEqualTo(11 + i);
                    assertThat(tail.get(i).draft().content()).as("one incarnation").isEqualTo(round + "-" + (11 + i));
                }
            }
            answers++;
        }
        return answers;
    }

    private static MessageDraft draft(String content) {
        return MessageDraft.of(Role.USER, "u", content);
    }
}
