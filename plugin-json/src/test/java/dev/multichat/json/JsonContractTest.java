package dev.multichat.json;

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
import java.util.stream.Stream;

/**
 * The whole plugin-tck contract suite against real directories, each store in a fresh one.
 * The directories are removed when the test JVM exits (jqwik's properties run after
 * Jupiter's {@code @AfterAll}, so that cannot be the moment).
 */
class JsonContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private static final Path ROOT = createRoot();
    private final Map<SessionStore, String> uris = Collections.synchronizedMap(new IdentityHashMap<>());

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("json-contract");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SessionStore openStore(Clock clock) {
        try {
            String uri = "json:" + Files.createTempDirectory(ROOT, "store") + "?sweep=off";
            SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
            uris.put(store, uri);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(closed)).withClock(clock));
    }

    @Override
    public SessionStore openSameData(SessionStore open, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(open)).withClock(clock));
    }

    private static void removeQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e);
        }
    }
}
