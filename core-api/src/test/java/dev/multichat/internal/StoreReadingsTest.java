package dev.multichat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreLifecycle;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A backend's own readings reach {@link SessionStore#readings()} through the core's composition. */
class StoreReadingsTest {
    @Test
    @DisplayName("a store publishes its lifecycle's readings, current on every call and after close")
    void readingsPassThrough() {
        AtomicLong hits = new AtomicLong();
        SessionStore store = SessionStores.open(StoreConfig.of("counting:"), new Counting(hits));
        hits.set(3);
        assertThat(store.readings()).singleElement().satisfies(reading -> {
            assertThat(reading.name()).isEqualTo("multichat.counting.hits");
            assertThat(reading.tags()).containsEntry("result", "hit");
            assertThat(reading.value()).isEqualTo(3.0);
        });
        store.close();
        hits.set(4);
        assertThat(store.readings()).extracting(StoreReading::value).containsExactly(4.0);
    }

    @Test
    @DisplayName("a backend without readings publishes none; a reading's name must start with multichat.")
    void defaultsAndNames() {
        try (SessionStore store = SessionStores.open("memory:plain")) {
            assertThat(store.readings()).isEmpty();
        }
        assertThatThrownBy(() -> new StoreReading("hits", Map.of(), StoreReading.Kind.COUNTER, 1, "hits"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'hits'")
                .hasMessageContaining("multichat.");
    }

    /** The memory store with a lifecycle that publishes one counter. */
    private record Counting(AtomicLong hits) implements StoreProvider {
        @Override
        public String scheme() {
            return "counting";
        }

        @Override
        public Set<String> options() {
            return Set.of();
        }

        @Override
        public StoreParts open(StoreConfig config) {
            StoreParts memory = new MemoryStoreProvider().open(StoreConfig.of("memory:counting"));
            StoreLifecycle lifecycle = new StoreLifecycle() {
                @Override
                public StoreHealth health() {
                    return memory.lifecycle().health();
                }

                @Override
                public List<StoreReading> readings() {
                    return List.of(new StoreReading("multichat.counting.hits", Map.of("result", "hit"),
                            StoreReading.Kind.COUNTER, hits.get(), "reads served"));
                }

                @Override
                public void close() {
                    memory.lifecycle().close();
                }
            };
            return new StoreParts(memory.catalog(), memory.messages(), lifecycle, memory.signals());
        }
    }
}
