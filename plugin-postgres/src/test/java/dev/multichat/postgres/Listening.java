package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.testing.SharedPostgres;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.time.Duration;
import java.util.List;

/**
 * A store's parts with their change signals started into {@link RecordedHints}, and a second
 * store instance on the same schema ({@link #other}) whose writes they should hear of.
 */
final class Listening implements AutoCloseable {
    final RecordedHints hints = new RecordedHints();
    final SessionStore other;
    private final StoreParts parts;

    /**
     * Opens both and waits until the signals hear the other instance's writes.
     *
     * @param schema the schema {@code config} names, for the other instance
     */
    Listening(StoreProvider provider, StoreConfig config, String schema) throws InterruptedException {
        parts = provider.open(config);
        parts.signals().start(hints);
        other = SessionStores.open(SharedPostgres.uri(schema, "&sweep=0"));
        awaitListening("probe");
    }

    /**
     * Appends to a new probe session until its hint arrives: notifications sent before the
     * listener's LISTEN took effect are not delivered, so the first ones may be missed.
     */
    void awaitListening(String probe) throws InterruptedException {
        SessionId id = other.create(NewSession.of(probe, "owner")).id();
        long end = System.nanoTime() + RecordedHints.DEADLINE.toNanos();
        while (hints.of(id) == 0) {
            assertThat(System.nanoTime()).as("a hint for %s within %s", probe, RecordedHints.DEADLINE).isLessThan(end);
            other.append(id, List.of(MessageDraft.of(Role.USER, "u", "ping")));
            hints.await(() -> hints.of(id) > 0, Duration.ofMillis(200));
        }
    }

    /** Runs {@code write} and asserts that a hint for {@code id} follows. */
    void expectHint(SessionId id, Runnable write) throws InterruptedException {
        int seen = hints.of(id);
        write.run();
        assertThat(hints.awaitMore(id, seen)).as("a hint for %s after the write", id).isTrue();
    }

    /** @return the store's own parts: writes through them are this instance's own */
    StoreParts own() {
        return parts;
    }

    /** Closes the other instance, then the signals and the store's parts (as the core does). */
    @Override
    public void close() {
        other.close();
        parts.signals().close();
        parts.lifecycle().close();
    }
}
