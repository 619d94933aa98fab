package dev.multichat.redis.internal;

import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import dev.multichat.redis.internal.link.ConnectionChanges;
import dev.multichat.spi.StoreLifecycle;
import java.util.ArrayList;
import java.util.List;

/**
 * A Redis store's lifecycle that also publishes the {@link ConnectionChanges} reading of the
 * client the store created. Thread-safe.
 *
 * @param lifecycle health and close
 * @param changes the client's connection changes
 */
record CountedLifecycle(StoreLifecycle lifecycle, ConnectionChanges changes) implements StoreLifecycle {
    @Override
    public StoreHealth health() {
        return lifecycle.health();
    }

    @Override
    public List<StoreReading> readings() {
        List<StoreReading> all = new ArrayList<>(lifecycle.readings());
        all.add(changes.reading());
        return all;
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
