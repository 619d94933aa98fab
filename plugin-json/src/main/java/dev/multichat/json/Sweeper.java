package dev.multichat.json;

import dev.multichat.api.StoreClosedException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs {@link StoreScan#run(boolean) the sweep} at the configured interval:
 * removes expired sessions' files and re-reads the listing index from the files (which also
 * picks up sessions other processes created). Stopped by {@link #close()}.
 */
final class Sweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private final ScheduledExecutorService executor;
    private final AtomicReference<Thread> thread = new AtomicReference<>();

    Sweeper(StoreScan scan, Duration interval, String root) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "multichat-json-sweep " + root);
            t.setDaemon(true);
            thread.set(t);
            return t;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                scan.run(true);
            } catch (StoreClosedException e) {
                LOG.debug("sweep of {} stopped: the store closed", root);
            } catch (IOException | RuntimeException e) {
                LOG.warn("sweep of {} failed, will retry in {} ms: {}", root, millis, e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts no more sweeps (a running one stops at its next session once the store is closed). */
    @Override
    public void close() {
        // not shutdownNow: interrupting a thread inside a FileChannel call closes the channel
        executor.shutdown();
    }

    /** Waits, up to {@code wait}, until the sweep thread has ended. */
    void awaitEnd(Duration wait) throws InterruptedException {
        if (executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            Thread t = thread.get();
            if (t != null) {
                t.join(wait.toMillis());
            }
        }
    }
}
