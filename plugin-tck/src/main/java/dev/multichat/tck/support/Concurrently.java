package dev.multichat.tck.support;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Public test helper: runs workers on real threads that start together at a barrier, for a
 * plugin's own concurrency tests. Thread-safe (stateless).
 */
public final class Concurrently {
    private static final long TIMEOUT_SECONDS = 120;
    private static final int MAX_ATTEMPTS = 100_000;

    private Concurrently() {
    }

    /**
     * @param threads how many workers
     * @param worker the body of worker number i
     * @param <T> what a worker returns
     * @return each worker's result, in worker order
     * @throws AssertionError if a worker failed or did not finish within two minutes
     */
    public static <T> List<T> run(int threads, IntFunction<Callable<T>> worker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> body = worker.apply(i);
                futures.add(pool.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return body.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the workers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a worker failed or hung: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Appends with the version just read, retrying on {@link VersionConflictException}.
     *
     * @param store the store
     * @param id the session
     * @param drafts the batch
     * @return the acknowledged append
     */
    public static Appended appendAtCurrentVersion(SessionStore store, SessionId id, List<MessageDraft> drafts) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long version = store.find(id).orElseThrow().version();
            try {
                return store.append(id, drafts, Expect.version(version));
            } catch (VersionConflictException conflict) {
                if (conflict.current() <= version) {
                    throw new AssertionError("conflict reports current version " + conflict.current()
                            + " although version " + version + " was read before", conflict);
                }
            }
        }
        throw new AssertionError("no versioned append succeeded in " + MAX_ATTEMPTS + " attempts");
    }
}
