package dev.multichat.internal.feed;

import dev.multichat.api.SessionId;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import dev.multichat.spi.StoreLifecycle;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Opens stores on one memory backend's data, like app instances on one database: what one
 * store writes is another process's write to the others, whose feeds learn of it only from a
 * bare hint the test gives with {@link #hint} (as a backend's signals would). Closing a store
 * keeps the data.
 */
final class SharedMemory implements StoreProvider {
    private final StoreParts memory = new MemoryStoreProvider().open(StoreConfig.of("memory:shared"));
    private final List<ChangeSink> sinks = new CopyOnWriteArrayList<>();

    @Override
    public String scheme() {
        return "shared";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        return new StoreParts(memory.catalog(), memory.messages(), new KeepData(memory.lifecycle()), new Signals());
    }

    /** @param id a session another store wrote: every store's feed gets a bare hint */
    void hint(SessionId id) {
        sinks.forEach(sink -> sink.changed(id));
    }

    /** The shared data's lifecycle, minus closing it. */
    private record KeepData(StoreLifecycle data) implements StoreLifecycle {
        @Override
        public StoreHealth health() {
            return data.health();
        }

        @Override
        public void close() {
            // the data outlives each store, as a database outlives its clients
        }
    }

    /** Registers each store's sink, for {@link #hint}. */
    private final class Signals implements ChangeSignals {
        private ChangeSink sink;

        @Override
        public void start(ChangeSink s) {
            sink = s;
            sinks.add(s);
        }

        @Override
        public void close() {
            sinks.remove(sink);
        }
    }
}
