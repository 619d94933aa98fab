package dev.multichat.hybrid;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.spi.StoreLifecycle;
import dev.multichat.spi.StoreParts;
import java.time.Clock;
import java.time.Duration;

/**
 * Test provider {@code ownclock:}: a real {@code memory:} store (fresh on every open) that takes its timestamps
 * from its own clock, one hour ahead of the system clock, ignoring the clock it is opened with
 * (as a store whose server assigns the time would). Stateless.
 */
public final class OwnClockStoreProvider implements dev.multichat.spi.StoreProvider {
    private static final Clock AHEAD = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @Override
    public String scheme() {
        return "ownclock";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        SessionStore memory = SessionStores.open(StoreConfig.of("memory:").withClock(AHEAD));
        return new StoreParts(memory, memory, new StoreLifecycle() {
            @Override
            public StoreHealth health() {
                return memory.health();
            }

            @Override
            public void close() {
                memory.close();
            }
        });
    }
}
