package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.postgres.testing.PostgresServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appends and updates from several threads on one session, on a database whose default
 * isolation is SERIALIZABLE: every row lock after another commit is a serialization failure
 * (40001). The store re-runs each failed attempt; when one call still fails after its attempts,
 * it is a {@link StoreUnavailableException} caused by 40001 that says nothing was written, and the
 * caller's retry with the same message ids is safe. Every acknowledged message is stored once,
 * gapless, and nothing else.
 */
@ExtendWith(PostgresServer.class)
class SerializableLoadTest {
    private static final int APPENDERS = 4;
    private static final int BATCHES = 25;
    /** A caller gives up after this many failed calls of one operation (the test then fails). */
    private static final int MAX_CALLS = 100;

    @Test
    void contentionUnderSerializableLosesAndDuplicatesNothing() throws Exception {
        OwnDatabase db = OwnDatabase.with("iso_serializable_load", "default_transaction_isolation", "serializable");
        long rollbacks = db.stat("xact_rollback");
        try (SessionStore store = SessionStores.open(db.uri("load", "&sweep=0&pool=8"))) {
            SessionId id = store.create(NewSession.of("hot", "owner")).id();
            Surfaced surfaced = new Surfaced();
            AtomicInteger worker = new AtomicInteger();
            List<List<ChatMessage>> acked = Together.run(APPENDERS + 1, () -> {
                int w = worker.getAndIncrement();
                return w == APPENDERS ? update(store, id, surfaced) : append(store, id, w, surfaced);
            });
            History.assertExactly(store, id, acked.stream().flatMap(List::stream).toList());
            assertThat(surfaced.errors).allSatisfy(e -> {
                assertThat(e.getMessage()).contains("nothing was written");
                assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("40001");
            });
        }
        // read after the store closed: a backend may hold its counts until it exits (PostgreSQL 14)
        assertThat(Poll.until(() -> db.stat("xact_rollback") > rollbacks))
                .as("the server rolled attempts back for serialization failures").isTrue();
    }

    private static List<ChatMessage> append(SessionStore store, SessionId id, int w, Surfaced surfaced) {
        List<ChatMessage> mine = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            List<MessageDraft> batch = List.of(MessageDraft.of(Role.USER, "w" + w, "a").withId("w" + w + "-" + b + "a"),
                    MessageDraft.of(Role.ASSISTANT, "w" + w, "b").withId("w" + w + "-" + b + "b"));
            mine.addAll(surfaced.retry(() -> store.append(id, batch).messages()));
        }
        return mine;
    }

    private static List<ChatMessage> update(SessionStore store, SessionId id, Surfaced surfaced) {
        for (int u = 0; u < BATCHES; u++) {
            String title = "title " + u;
            surfaced.retry(() -> store.update(id, SessionPatch.title(title), Expect.any()));
        }
        return List.of();
    }

    /** The calls that failed after the store's own attempts, retried by the caller. */
    private static final class Surfaced {
        final ConcurrentLinkedQueue<StoreUnavailableException> errors = new ConcurrentLinkedQueue<>();

        <T> T retry(Supplier<T> call) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return call.get();
                } catch (StoreUnavailableException e) {
                    errors.add(e);
                    if (attempt == MAX_CALLS) {
                        throw e;
                    }
                }
            }
        }
    }
}
