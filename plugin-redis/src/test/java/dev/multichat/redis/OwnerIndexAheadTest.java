package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.api.VersionConflictException;
import dev.multichat.redis.testing.RedisClusterSetup;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.tck.support.MutableClock;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import io.lettuce.core.event.command.CommandSucceededEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a cluster, an append whose session's owner the store already knows sends the owner-index
 * move beside its script (one round trip of latency): the entry ends at the session's time after
 * a stored append, and back at it after a refused one (version conflict, replay); a deleted
 * session's entry is never re-added. Checked against the index itself ({@code ZSCORE} through a
 * plain cluster connection) and the listing.
 */
class OwnerIndexAheadTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.cluster(3, false);

    private static final MessageDraft HELLO = MessageDraft.of(Role.USER, "ann", "hello");

    @Test
    @DisplayName("cluster: the entry follows stored appends, returns to the session's time after refused ones")
    void entryFollowsTheSession() {
        REDIS.<RedisClusterSetup>setup();
        MutableClock clock = new MutableClock();
        RedisClusterClient client = RedisClusterClient.create(List.of(RedisURI.create(
                REDIS.uri().replace("redis-cluster://", "redis://").split(",")[0])));
        try (SessionStore store = SessionStores.open(StoreConfig.of(REDIS.uri() + "?prefix=ahead").withClock(clock));
                StatefulRedisClusterConnection<String, String> raw = client.connect()) {
            SessionId a = store.create(NewSession.of("a", "owner")).id();
            clock.advance(Duration.ofMillis(5));
            SessionId b = store.create(NewSession.of("b", "owner")).id();
            clock.advance(Duration.ofMillis(5));
            store.append(a, List.of(HELLO));
            clock.advance(Duration.ofMillis(5));
            ChatSession second = store.append(a, List.of(HELLO)).session();
            assertThat(score(raw, "a")).as("moved by the early ZADD").isEqualTo(updatedAt(second));
            clock.advance(Duration.ofMillis(5));
            assertThatThrownBy(() -> store.append(a, List.of(HELLO), Expect.version(1)))
                    .isInstanceOf(VersionConflictException.class);
            assertThat(score(raw, "a")).as("back at the session's time after a conflict").isEqualTo(updatedAt(second));
            clock.advance(Duration.ofMillis(5));
            ChatSession withId = store.append(a, List.of(HELLO.withId("m1"))).session();
            clock.advance(Duration.ofMillis(5));
            assertThat(store.append(a, List.of(HELLO.withId("m1"))).replayed()).isTrue();
            assertThat(score(raw, "a")).as("back at the session's time after a replay").isEqualTo(updatedAt(withId));
            assertThat(store.list(SessionQuery.first("owner", 10)).items()).extracting(ChatSession::id)
                    .containsExactly(a, b);
            store.delete(a);
            clock.advance(Duration.ofMillis(5));
            assertThatThrownBy(() -> store.append(a, List.of(HELLO))).isInstanceOf(SessionNotFoundException.class);
            assertThat(raw.sync().zscore("ahead:o:{owner}", "a")).as("a deleted session is never re-added").isNull();
        } finally {
            client.shutdown();
        }
    }

    @Test
    @DisplayName("cluster: once the owner is known, the index ZADD goes out before the append script's reply")
    void moveGoesOutBesideTheScript() {
        REDIS.<RedisClusterSetup>setup();
        RedisClusterClient client = RedisClusterClient.create(List.of(RedisURI.create(
                REDIS.uri().replace("redis-cluster://", "redis://").split(",")[0])));
        client.setOptions(RedisClientStoreProvider.recommendedClusterOptions(Duration.ofSeconds(2)));
        List<String> events = new CopyOnWriteArrayList<>();
        client.addListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                events.add("sent " + event.getCommand().getType());
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                events.add("answered " + event.getCommand().getType());
            }
        });
        try (SessionStore store = RedisClientStoreProvider.on(client).open("prefix=ahead2")) {
            SessionId id = createOnceConnected(store);
            store.append(id, List.of(HELLO));
            events.clear();
            store.append(id, List.of(HELLO));
            List<String> seen = whenAnswered(events);
            assertThat(seen).contains("sent EVALSHA", "sent ZADD", "answered EVALSHA", "answered ZADD");
            assertThat(seen.indexOf("sent ZADD")).as("ZADD sent before the script answered: %s", seen)
                    .isLessThan(seen.indexOf("answered EVALSHA"));
        } finally {
            client.shutdown();
        }
    }

    /**
     * A store on an application's cluster client connects to the nodes on first use, and a
     * command to a node still connecting is rejected: retries the first create until the node
     * answers (deadline 30 s, polling every 20 ms).
     */
    private static SessionId createOnceConnected(SessionStore store) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return store.create(NewSession.of("s", "owner")).id();
            } catch (StoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    /**
     * Lettuce tells its listeners a command succeeded on its event loop, possibly just after the
     * caller's future completed: waits until both answers are recorded (deadline 30 s, polling
     * every millisecond), then returns the events in their order.
     */
    private static List<String> whenAnswered(List<String> events) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(events.contains("answered EVALSHA") && events.contains("answered ZADD"))
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
        return List.copyOf(events);
    }

    private static long score(StatefulRedisClusterConnection<String, String> raw, String id) {
        return (long) -raw.sync().zscore("ahead:o:{owner}", id);
    }

    private static long updatedAt(ChatSession session) {
        return session.state().updatedAt().toEpochMilli();
    }
}
