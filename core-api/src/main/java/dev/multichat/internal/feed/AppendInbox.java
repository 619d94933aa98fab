package dev.multichat.internal.feed;

import dev.multichat.api.Appended;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The append results a session's watch holds between two passes: writers push (one CAS on one
 * shared reference, nothing else), the pass takes them all at once. A push tells the writer
 * whether the inbox was empty, so only the first append after a pass needs to request the
 * next one: the appends that follow ride on that request, and a writer's cost stays one
 * lock-free push, whatever the append rate. At most {@link #CAPACITY} results wait; past that a
 * push is refused (the caller hints instead, and the pass reads). Thread-safe.
 */
final class AppendInbox {
    /** Results held between two passes. */
    static final int CAPACITY = 1024;
    private static final Comparator<Appended> BY_SEQ = Comparator.comparingLong(a -> a.messages().get(0).seq());
    private final AtomicReference<Node> top = new AtomicReference<>();

    /** What a {@link #push} did. */
    enum Pushed {
        /** Held, and the inbox was empty: the caller requests a pass. */
        FIRST,
        /** Held behind others: a pass is already requested for them, and takes this one too. */
        QUEUED,
        /**
         * Held behind others, and the inbox just reached half its capacity ({@link #filling()}):
         * the caller cuts a paced sweeper's pause short (see {@link Pacer#wake()}).
         */
        HALF,
        /** Refused: the inbox is full. */
        FULL
    }

    /**
     * @param appended an append's result
     * @return whether it was held first, held behind others, or refused
     */
    Pushed push(Appended appended) {
        while (true) {
            Node below = top.get();
            int count = below == null ? 1 : below.count + 1;
            if (count > CAPACITY) {
                return Pushed.FULL;
            }
            if (top.compareAndSet(below, new Node(appended, below, count))) {
                return below == null ? Pushed.FIRST : count == CAPACITY / 2 ? Pushed.HALF : Pushed.QUEUED;
            }
        }
    }

    /** @return true if at least half the capacity waits for a pass: a paced sweeper should not pause */
    boolean filling() {
        Node node = top.get();
        return node != null && node.count >= CAPACITY / 2;
    }

    /** @return true if results wait for a pass */
    boolean isPending() {
        return top.get() != null;
    }

    /** @return every result held, in seq order (empty if none); the inbox is then empty */
    List<Appended> takeAll() {
        Node node = top.getAndSet(null);
        if (node == null) {
            return Collections.emptyList();
        }
        List<Appended> taken = new ArrayList<>(node.count);
        for (; node != null; node = node.below) {
            taken.add(node.appended);
        }
        taken.sort(BY_SEQ); // pushed by several threads, in any order
        return taken;
    }

    private static final class Node {
        final Appended appended;
        final Node below;
        final int count;

        Node(Appended appended, Node below, int count) {
            this.appended = appended;
            this.below = below;
            this.count = count;
        }
    }
}
