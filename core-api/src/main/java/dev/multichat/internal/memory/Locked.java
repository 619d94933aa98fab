package dev.multichat.internal.memory;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/** The memory store's one lock: many readers or one writer, for every session at once. */
final class Locked {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    <T> T reading(Supplier<T> body) {
        return under(lock.readLock(), body);
    }

    <T> T writing(Supplier<T> body) {
        return under(lock.writeLock(), body);
    }

    private static <T> T under(Lock held, Supplier<T> body) {
        held.lock();
        try {
            return body.get();
        } finally {
            held.unlock();
        }
    }
}
