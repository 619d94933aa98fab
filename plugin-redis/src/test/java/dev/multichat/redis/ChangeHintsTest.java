package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.spi.ChangeSink;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The store's change hints (pub/sub on its channel), read straight from its {@code ChangeSignals}
 * while another store on the same prefix writes: on one server the append script publishes, on
 * a cluster the store publishes after each write (Redis 6.2 here: {@code PUBLISH}, no sharded
 * pub/sub).
 */
class ChangeHintsTest {
    private static final long WAIT_SECONDS = 10;

    @Test
    @DisplayName("one server: appends, an update and a delete by another store are hinted with their session ids")
    void singleServerHints() throws InterruptedException {
        assertHints(new RedisStoreProvider(), SharedRedis.single().uri() + "?prefix=hint1");
    }

    @Test
    @DisplayName("cluster: appends to sessions spread over the masters and a delete are hinted with their ids")
    void clusterHints() throws InterruptedException {
        assertHints(new RedisClusterStoreProvider(), SharedRedis.cluster().uri() + "?prefix=hint2");
    }

    private static void assertHints(StoreProvider provider, String uri) throws InterruptedException {
        StoreParts watcher = provider.open(StoreConfig.of(uri));
        Recorder hints = new Recorder();
        watcher.signals().start(hints);
        watcher.signals().wanted(true); // as the core does when the store's first subscription starts
        try (SessionStore writer = SessionStores.open(uri)) {
            Set<SessionId> ids = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                SessionId id = writer.create(NewSession.of("hinted-" + i, "owner")).id();
                writer.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + i),
                        MessageDraft.of(Role.ASSISTANT, "a", "r" + i)));
                assertThat(hints.next()).as("the hint of the append to %s", id).isEqualTo(id);
                ids.add(id);
            }
            SessionId first = ids.iterator().next();
            writer.delete(first);
            assertThat(hints.next()).as("the hint of the delete").isEqualTo(first);
        } finally {
            watcher.signals().close();
            watcher.lifecycle().close();
        }
    }

    /** Records the hinted ids; {@link #next} waits for one with a deadline. */
    private static final class Recorder implements ChangeSink {
        final BlockingQueue<SessionId> ids = new LinkedBlockingQueue<>();

        @Override
        public void changed(SessionId id) {
            ids.add(id);
        }

        @Override
        public void changedAnywhere() {
            ids.add(SessionId.of("anywhere"));
        }

        @Override
        public Set<SessionId> followed() {
            return Set.of();
        }

        SessionId next() throws InterruptedException {
            return ids.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
