package dev.multichat.internal.feed;

import dev.multichat.api.ChatMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The batches a session's watch published, shared by all its followers: the last
 * {@link #CAPACITY}, numbered from 1. Each follower keeps only the number of the last batch it
 * took, so publishing costs the same for one follower or a thousand and no follower holds a
 * copy. A follower that fell more than {@link #CAPACITY} batches behind finds its next one
 * overwritten and reads the store instead (the bounded buffer). One writer (the watcher
 * thread), any number of readers.
 */
final class BatchRing {
    /** Batches kept. */
    static final int CAPACITY = 256;
    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(CAPACITY);
    private volatile long head;

    /**
     * Watcher thread only.
     *
     * @param batch messages in ascending seq order, not empty, never modified afterwards
     */
    void publish(List<ChatMessage> batch) {
        long number = head + 1;
        slots.set((int) (number % CAPACITY), new Entry(number, batch));
        head = number;
    }

    /** @return the number of the newest batch, 0 before the first */
    long head() {
        return head;
    }

    /**
     * @param number a batch's number, at most {@link #head()}
     * @return that batch (unmodifiable), or null if a newer one took its place
     */
    List<ChatMessage> get(long number) {
        Entry entry = slots.get((int) (number % CAPACITY));
        return entry != null && entry.number() == number ? entry.batch() : null;
    }

    private record Entry(long number, List<ChatMessage> batch) {
    }
}
