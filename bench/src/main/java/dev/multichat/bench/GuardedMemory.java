package dev.multichat.bench;

import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.ServiceLoader;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The in-memory store two ways, to price the core's guard per call (issue 18): {@code guarded}
 * is {@code SessionStores.open("memory:")}, what every user gets (argument checks, the
 * in-flight counter that lets {@code close()} wait for running calls, metrics, error mapping);
 * {@code bare} is the same backend's parts straight from its {@link StoreProvider}, with
 * nothing around them. The difference between the two is the guard's cost.
 */
@State(Scope.Benchmark)
public class GuardedMemory {
    /** {@code guarded} (through the registry) or {@code bare} (the provider's parts). */
    @Param({"guarded", "bare"})
    public String wiring;
    /** Messages in each thread's session at the start of every iteration. */
    @Param({"1000"})
    public int history;
    private SessionStore store;
    private StoreParts parts;

    /** Opens the store the way {@link #wiring} names. */
    @Setup(Level.Trial)
    public void open() {
        if ("guarded".equals(wiring)) {
            store = SessionStores.open("memory:");
        } else {
            StoreProvider memory = ServiceLoader.load(StoreProvider.class).stream().map(ServiceLoader.Provider::get)
                    .filter(p -> p.scheme().equals("memory")).findFirst().orElseThrow();
            parts = memory.open(StoreConfig.of("memory:"));
        }
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void close() {
        if (store != null) {
            store.close();
        } else {
            parts.lifecycle().close();
        }
    }

    /** @return create, find and trim, guarded or bare */
    SessionCatalog catalog() {
        return store != null ? store : parts.catalog();
    }

    /** @return append, read and trim, guarded or bare */
    MessageLog log() {
        return store != null ? store : parts.messages();
    }
}
