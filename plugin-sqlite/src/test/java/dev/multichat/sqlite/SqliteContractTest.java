package dev.multichat.sqlite;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.CloseUnderLoadContract;
import dev.multichat.tck.SessionStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The whole plugin-tck suite, model-based check included, against real SQLite files opened
 * through {@link SessionStores}. Each store gets its own file under one temporary directory,
 * deleted when the test JVM exits (jqwik runs the model-based property outside JUnit
 * Jupiter's lifecycle, so no {@code @TempDir} is used).
 */
class SqliteContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private static final Path ROOT = createRoot();
    private static final AtomicLong FILES = new AtomicLong();
    private final Map<SessionStore, String> uris = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public SessionStore openStore(Clock clock) {
        String uri = "sqlite:" + ROOT.resolve("contract-" + FILES.incrementAndGet() + ".db");
        SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
        uris.put(store, uri);
        return store;
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(closed)).withClock(clock));
    }

    @Override
    public SessionStore openSameData(SessionStore open, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(open)).withClock(clock));
    }

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("multichat-sqlite-tck");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the contract test's directory", e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
