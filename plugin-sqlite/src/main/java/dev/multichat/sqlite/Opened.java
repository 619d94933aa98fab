package dev.multichat.sqlite;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What {@link SqliteStoreProvider#open} has opened so far, so that a failure at any later step
 * closes all of it (newest first) before the failure propagates: no connection, pool or lock
 * outlives a failed open. Not thread-safe: used by the opening thread only.
 */
final class Opened {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    /**
     * @param resource something just opened
     * @param <T> its type
     * @return {@code resource}, recorded to be closed if the open fails
     */
    <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    /**
     * Closes everything recorded, newest first; a failure to close one is added to
     * {@code failure} as suppressed and the others are still closed.
     *
     * @param failure why the open failed
     * @param <E> its type
     * @return {@code failure}, to be thrown
     */
    <E extends Throwable> E closeAll(E failure) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }
}
