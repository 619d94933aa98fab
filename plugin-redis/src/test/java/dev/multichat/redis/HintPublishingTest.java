package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.Subscription;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.redis.testing.Resp;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The append script publishes its change hint only when a subscriber besides the appending store
 * listens, and a store subscribes only while something in it is followed: the server's own
 * {@code INFO commandstats} counts the {@code PUBLISH}es, {@code PUBSUB NUMSUB} the subscribers.
 */
class HintPublishingTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.single("--save", "");
    private static final Pattern PUBLISH_CALLS = Pattern.compile("cmdstat_publish:calls=(\\d+)");
    private static final long WAIT_S = 30;

    @Test
    @DisplayName("no hint per append from a store alone, nor to a store that follows nothing; one to a follower")
    void publishesOnlyToOthersThatFollow() throws Exception {
        SessionId id = SessionId.of("alone");
        try (SessionStore store = SessionStores.open(REDIS.uri() + "?prefix=pub")) {
            store.create(NewSession.of(id.value(), "o"));
            try (Subscription own = store.followSession(id, 0, batch -> { })) {
                assertThat(subscribers()).as("the appending store's own subscription, while it follows").isEqualTo(1);
                assertThat(publishesOf(store, id, 3)).as("PUBLISH calls of a store alone").isZero();
            }
            try (SessionStore other = SessionStores.open(REDIS.uri() + "?prefix=pub")) {
                assertThat(subscribers()).as("subscriptions while nothing is followed").isZero();
                assertThat(publishesOf(store, id, 3)).as("PUBLISH calls with another store not following").isZero();
                CountDownLatch seen = new CountDownLatch(1);
                Subscription follower = other.followSession(id, store.find(id).orElseThrow().lastSeq(), batch -> {
                    if (batch.get(batch.size() - 1).draft().content().equals("m2")) {
                        seen.countDown();
                    }
                });
                assertThat(subscribers()).as("the other store's subscription, once it follows").isEqualTo(1);
                assertThat(publishesOf(store, id, 3)).as("PUBLISH calls with another store following").isEqualTo(3);
                assertThat(seen.await(WAIT_S, TimeUnit.SECONDS)).as("the follower received the appends").isTrue();
                follower.close();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
                while (subscribers() > 0) { // an unsubscription never made keeps this loop to its deadline
                    assertThat(System.nanoTime() - deadline).as("unsubscribed within %d s", WAIT_S).isNegative();
                    Thread.onSpinWait();
                }
                assertThat(publishesOf(store, id, 3)).as("PUBLISH calls after the follower left").isZero();
            }
        }
    }

    /** @return the PUBLISH calls the server counted for {@code n} appends (and one with an id) */
    private static long publishesOf(SessionStore store, SessionId id, int n) throws IOException {
        long before = publishes();
        for (int i = 0; i < n - 1; i++) {
            store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + i)));
        }
        store.append(id, List.of(MessageDraft.of(Role.USER, "u", "m" + (n - 1)).withId(UUID.randomUUID().toString())));
        return publishes() - before;
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
