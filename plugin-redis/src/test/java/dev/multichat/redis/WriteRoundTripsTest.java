package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a single server, an update, a trim and an append that also replaces the metadata
 * ({@link SessionStore#appendStamped}) are one command each, as an append is: the script
 * moves the session's owner-index entry to its new time and publishes the change hint itself
 * (only when a store besides the writer listens). Counted with {@link CommandCounter}; the
 * index entry's score read back with a client of its own.
 */
class WriteRoundTripsTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");

    @Test
    @DisplayName("update and trim are one EVALSHA each and leave the owner-index entry at the session's new time")
    void updateAndTrimAreOneCommand() {
        RedisProcess server = REDIS.setup();
        RedisClient raw = RedisClient.create("redis://127.0.0.1:" + server.port());
        try (CommandCounter commands = new CommandCounter();
                SessionStore store = commands.open(server, "prefix=writes");
                StatefulRedisConnection<String, String> connection = raw.connect()) {
            SessionId id = store.create(NewSession.of("written", "ann")).id();
            store.append(id, List.of(MessageDraft.of(Role.USER, "me", "one"), MessageDraft.of(Role.USER, "me", "two")));
            store.update(id, SessionPatch.title("warm-up"), Expect.any());
            store.trim(id, 1);
            store.append(id, List.of(MessageDraft.of(Role.USER, "me", "three")));

            commands.clear();
            ChatSession updated = store.update(id, SessionPatch.title("renamed"), Expect.any());
            assertThat(commands.sent()).containsExactly("EVALSHA");
            assertThat(indexTime(connection, id)).isEqualTo(updated.state().updatedAt().toEpochMilli());

            commands.clear();
            assertThat(store.trim(id, 2)).isEqualTo(1);
            assertThat(commands.sent()).containsExactly("EVALSHA");
            ChatSession trimmed = store.find(id).orElseThrow();
            assertThat(trimmed.version()).isGreaterThan(updated.version());
            assertThat(indexTime(connection, id)).isEqualTo(trimmed.state().updatedAt().toEpochMilli());
        } finally {
            raw.shutdown();
        }
    }

    @Test
    @DisplayName("an append with a metadata stamp is one EVALSHA: messages, metadata and version (by two) together")
    void appendStampedIsOneCommand() {
        RedisProcess server = REDIS.setup();
        try (CommandCounter commands = new CommandCounter();
                SessionStore store = commands.open(server, "prefix=stamped")) {
            SessionId id = store.create(NewSession.of("stamped", "ann")).id();
            ChatSession before = store.append(id, List.of(MessageDraft.of(Role.USER, "me", "one"))).session();

            commands.clear();
            ChatSession stamped = store.appendStamped(id, List.of(MessageDraft.of(Role.USER, "me", "two")),
                    Map.of("stamp", "2"), Expect.version(before.version())).session();
            assertThat(commands.sent()).containsExactly("EVALSHA");
            assertThat(stamped.version()).isEqualTo(before.version() + 2);
            assertThat(store.find(id).orElseThrow().info().metadata()).isEqualTo(Map.of("stamp", "2"));
        }
    }

    /** @return the time the owner index holds for the session (its score is minus updatedAt) */
    private static long indexTime(StatefulRedisConnection<String, String> connection, SessionId id) {
        Double score = connection.sync().zscore("writes:o:{ann}", id.value());
        assertThat(score).as("the session's owner-index entry").isNotNull();
        return -score.longValue();
    }
}
