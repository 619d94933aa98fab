package dev.multichat.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.Ttl;
import dev.multichat.redis.testing.RedisClusterSetup;
import dev.multichat.redis.testing.RedisProcess;
import dev.multichat.redis.testing.RedisServerExtension;
import dev.multichat.redis.testing.Resp;
import dev.multichat.tck.support.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions spread over every master of a three-master cluster; listing, expiry and delete stay right. */
class ClusterSpreadTest {
    @RegisterExtension
    static final RedisServerExtension REDIS = RedisServerExtension.cluster(3, false);

    @Test
    @DisplayName("sessions land on every master, and paging lists exactly the live ones after deletes and expiry")
    void spreadListingExpiryDelete() throws IOException {
        RedisClusterSetup cluster = REDIS.setup();
        MutableClock clock = new MutableClock();
        try (SessionStore store = SessionStores.open(StoreConfig.of(REDIS.uri() + "?prefix=spread").withClock(clock))) {
            for (int i = 0; i < 30; i++) {
                Ttl ttl = i % 5 == 0 ? Ttl.absolute(Duration.ofSeconds(10)) : Ttl.NONE;
                store.create(NewSession.of("s" + i, "owner").withTtl(ttl));
                clock.advance(Duration.ofMillis(1));
            }
            for (RedisProcess master : cluster.masters()) {
                assertThat((Long) Resp.once(master.port(), "DBSIZE")).as("keys on master %d", master.port())
                        .isPositive();
            }
            IntStream.of(1, 2, 3).forEach(i -> store.delete(SessionId.of("s" + i)));
            clock.advance(Duration.ofSeconds(10));
            List<String> listed = new ArrayList<>();
            Page<ChatSession> page = store.list(SessionQuery.first("owner", 7));
            listed.addAll(page.items().stream().map(s -> s.id().value()).toList());
            while (page.hasNext()) {
                page = store.list(SessionQuery.first("owner", 7).next(page));
                listed.addAll(page.items().stream().map(s -> s.id().value()).toList());
            }
            List<String> expected = IntStream.iterate(29, i -> i >= 0, i -> i - 1)
                    .filter(i -> i % 5 != 0 && i >= 4).mapToObj(i -> "s" + i).toList();
            assertThat(listed).as("live sessions, newest first").containsExactlyElementsOf(expected);
            assertThat(store.health().details().get("nodes")).contains("master").doesNotContain("replica");
            assertThat(store.health().status()).isEqualTo(StoreHealth.Status.UP);
        }
    }
}
