package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.Ttl;
import dev.multichat.tck.support.KeepingProvider;
import dev.multichat.tck.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expired sessions vanish at once; the sweep removes their files; the sweep thread stops on close. */
class ExpirySweepTest {
    private static final SessionId SHORT = SessionId.of("short-lived");

    @TempDir
    Path dir;

    @Test
    @DisplayName("an expired session is invisible at once, its files stay until a sweep removes them")
    void sweepRemovesExpired() throws Exception {
        MutableClock clock = new MutableClock();
        KeepingProvider.Opened opened = KeepingProvider.open(new JsonStoreProvider(),
                StoreConfig.of("json:" + dir + "?sweep=off").withClock(clock));
        try (SessionStore store = opened.store()) {
            store.create(NewSession.of(SHORT.value(), "o").withTtl(Ttl.absolute(Duration.ofSeconds(10))));
            store.create(NewSession.of("kept", "o"));
            store.append(SHORT, TestStores.drafts("m", 2));
            clock.advance(Duration.ofSeconds(10));
            assertThat(store.find(SHORT)).isEmpty();
            assertThat(store.list(SessionQuery.first("o", 10)).items()).extracting(s -> s.id().value())
                    .containsExactly("kept");
            assertThat(JsonBasicsTest.sessionDir(dir, SHORT.value())).exists();
            opened.lifecycle(JsonStoreLifecycle.class).sweepNow();
            assertThat(JsonBasicsTest.sessionDir(dir, SHORT.value())).doesNotExist();
            assertThat(JsonBasicsTest.sessionDir(dir, "kept")).exists();
        }
    }

    @Test
    @DisplayName("the sweep daemon runs at the configured interval and is stopped by close")
    void sweepDaemon() throws Exception {
        MutableClock clock = new MutableClock();
        GateFileOps ops = new GateFileOps();
        try (SessionStore store = SessionStores.open(
                StoreConfig.of("json:" + dir + "?sweep=50ms").withClock(clock), new JsonStoreProvider(ops))) {
            store.create(NewSession.of(SHORT.value(), "o").withTtl(Ttl.absolute(Duration.ofSeconds(1))));
            assertThat(sweepThreads()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(2));
            assertThat(ops.moved.await(30, TimeUnit.SECONDS)).as("the daemon moved the expired session to trash")
                    .isTrue();
        }
        assertThat(sweepThreads()).isZero();
        try (SessionStore store = SessionStores.open("json:" + dir + "?sweep=off")) {
            assertThat(JsonBasicsTest.sessionDir(dir, SHORT.value())).doesNotExist();
            assertThat(store.find(SHORT)).isEmpty();
        }
    }

    private long sweepThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("multichat-json-sweep " + dir.toAbsolutePath())).count();
    }
}
