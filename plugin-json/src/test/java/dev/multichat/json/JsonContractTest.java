package dev.multichat.json;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.SessionStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole plugin-tck contract suite against real directories, each store in a fresh one.
 * The directories are removed when the test JVM exits (jqwik's properties run after
 * Jupiter's {@code @AfterAll}, so that cannot be the moment).
 */
class JsonContractTest implements SessionStoreContract {
    private static final Path ROOT = createRoot();

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
            Path dir = Files.createTempDirectory(ROOT, "store");
            return SessionStores.open(StoreConfig.of("json:" + dir + "?sweep=off").withClock(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
