package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.postgres.testing.CrashServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The server is killed ({@code kill -9} of the postmaster) under load from appending and
 * reading threads, then restarted: every acknowledged append is present, every call made
 * meanwhile failed with {@link StoreUnavailableException} within its timeout, and the same store
 * instance carries on (each writer retries its failed batch with the same message ids, so
 * nothing is written twice).
 */
class CrashTest {
    private static final int WRITERS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** connectTimeout + statementTimeout (the socket timeout is statementTimeout + 2s) + scheduling slack. */
    private static final Duration FAIL_WITHIN = TIMEOUT.multipliedBy(2).plusSeconds(4);
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @Test
    void acknowledgedAppendsSurviveKillNineAndTheStoreCarriesOn() throws Exception {
        try (CrashServer server = new CrashServer()) {
            String uri = server.uri("crash", "&connectTimeout=" + TIMEOUT.toSeconds()
                    + "&statementTimeout=" + TIMEOUT.toSeconds() + "s&pool=6&sweep=0");
            try (SessionStore store = SessionStores.open(uri)) {
                for (int s = 0; s < WRITERS; s++) {
                    store.create(NewSession.of("crash-" + s, "owner"));
                }
                Load load = new Load(store);
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    running.add(pool.submit(() -> load.write(writer)));
                }
                running.add(pool.submit(load::read));
                try {
                    awaitTrue("appends before the kill", () -> load.count.get() >= 200);
                    server.kill9();
                    awaitTrue("a call failing after the kill", () -> !load.failures.isEmpty());
                    server.restart();
                    int before = load.count.get();
                    awaitTrue("appends after the restart", () -> load.count.get() >= before + 200);
                } finally {
                    load.stop.set(true);
                    pool.shutdown();
                }
                for (Future<?> f : running) {
                    f.get(1, TimeUnit.MINUTES);
                }
                assertThat(load.failures).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(FAIL_WITHIN));
                for (int s = 0; s < WRITERS; s++) {
                    SessionId id = SessionId.of("crash-" + s);
                    History.assertExactly(store, id, load.ackedOf(id));
                }
            }
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** The load and its independent record: acknowledged messages, failed calls' durations. */
    private static final class Load {
        final Map<SessionId, Queue<ChatMessage>> acked = new ConcurrentHashMap<>();
        final AtomicInteger count = new AtomicInteger();
        final Queue<Duration> failures = new ConcurrentLinkedQueue<>();
        final AtomicBoolean stop = new AtomicBoolean();
        private final SessionStore store;

        Load(SessionStore store) {
            this.store = store;
        }

        /** Appends one-message batches; a failed batch is retried with the same id until stored. */
        void write(int writer) {
            SessionId id = SessionId.of("crash-" + writer);
            for (int i = 0; !stop.get(); i++) {
                MessageDraft draft = MessageDraft.of(Role.USER, "w" + writer, "m" + i).withId("w" + writer + "-" + i);
                while (!stop.get() && !attempt(() -> ack(id, store.append(id, List.of(draft)).messages()))) {
                    Thread.onSpinWait();
                }
            }
        }

        void read() {
            while (!stop.get()) {
                attempt(() -> store.tail(SessionId.of("crash-0"), 5));
            }
        }

        private boolean attempt(Runnable call) {
            Instant start = Instant.now();
            try {
                call.run();
                return true;
            } catch (StoreUnavailableException e) {
                failures.add(Duration.between(start, Instant.now()));
                return false;
            }
        }

        private void ack(SessionId id, List<ChatMessage> messages) {
            acked.computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>()).addAll(messages);
            count.addAndGet(messages.size());
        }

        Queue<ChatMessage> ackedOf(SessionId id) {
            return acked.getOrDefault(id, new ConcurrentLinkedQueue<>());
        }
    }
}
