package dev.multichat.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreConfig;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MicrometerStoreMetricsTest {
    private static final SessionId ID = SessionId.of("s1");
    private static final List<MessageDraft> ONE = List.of(MessageDraft.of(Role.USER, "u", "hi"));

    @Test
    @DisplayName("each operation is timed in Micrometer by operation and outcome")
    void metricsRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StoreConfig config = StoreConfig.of("memory:").withMetrics(MicrometerStoreMetrics.of(registry, "memory"));
        try (SessionStore store = SessionStores.open(config)) {
            store.create(NewSession.of("s1", "o"));
            store.append(ID, ONE);
            store.append(ID, ONE);
            assertThatThrownBy(() -> store.append(ID, List.of())).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store.append(SessionId.of("nope"), ONE))
                    .isInstanceOf(SessionNotFoundException.class);
        }
        assertThat(timer(registry, "append", "ok").count()).isEqualTo(2);
        assertThat(timer(registry, "append", "ok").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(timer(registry, "append", "InvalidInputException").count()).isEqualTo(1);
        assertThat(timer(registry, "append", "SessionNotFoundException").count()).isEqualTo(1);
        assertThat(timer(registry, "create", "ok").count()).isEqualTo(1);
        assertThat(timer(registry, "close", "ok").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("use after close is counted as a StoreClosedException outcome")
    void closedOutcomeRecorded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SessionStore store = SessionStores.open(StoreConfig.of("memory:")
                .withMetrics(MicrometerStoreMetrics.of(registry, "memory")));
        store.close();
        assertThatThrownBy(() -> store.find(ID)).isInstanceOf(StoreClosedException.class);
        assertThat(timer(registry, "find", "StoreClosedException").count()).isEqualTo(1);
    }

    private static Timer timer(SimpleMeterRegistry registry, String operation, String outcome) {
        return registry.get(MicrometerStoreMetrics.TIMER).tag("store", "memory")
                .tag("operation", operation).tag("outcome", outcome).timer();
    }
}
