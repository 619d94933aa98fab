package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.redis.testing.Resp;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The append script publishes its change hint only when a subscriber besides the appending store
 * listens: the server's own {@code INFO commandstats} counts the {@code PUBLISH}es.
 */
class HintPublishingTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");
    private static final Pattern PUBLISH_CALLS = Pattern.compile("cmdstat_publish:calls=(\\d+)");

    @Test
    @DisplayName("a store alone on its prefix publishes no hint per append; with a second store listening, one")
    void publishesOnlyToOthers() throws IOException {
        SessionId id = SessionId.of("alone");
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=pub")) {
            store.create(NewSession.of(id.value(), "o"));
            long before = publishes();
            for (int i = 0; i < 3; i++) {
                store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + i)));
            }
            store.append(id, List.of(MessageDraft.of(Role.USER, "u", "with id").withId("m-id")));
            assertThat(publishes() - before).as("PUBLISH calls of a store alone").isZero();
            try (SessionStore other = SessionStores.open(REDIS.uri() + "?prefix=pub")) {
                assertThat(subscribers()).as("the two stores' subscriptions").isEqualTo(2);
                long withOther = publishes();
                store.append(id, List.of(MessageDraft.of(Role.USER, "u", "seen")));
                assertThat(publishes() - withOther).as("PUBLISH calls with another store listening").isEqualTo(1);
                assertThat(other.tail(id, 1).get(0).draft().content()).isEqualTo("seen");
            }
        }
    }

    private static long publishes() throws IOException {
        RedisProcess server = REDIS.setup();
        Matcher calls = PUBLISH_CALLS.matcher(String.valueOf(Resp.once(server.port(), "INFO", "commandstats")));
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }

    private static long subscribers() throws IOException {
        RedisProcess server = REDIS.setup();
        List<?> reply = (List<?>) Resp.once(server.port(), "PUBSUB", "NUMSUB", "pub:chg");
        return (Long) reply.get(1);
    }
}
