package dev.multichat.hybrid.internal.mirror;

/**
 * Which durable messages a cached copy holds: seqs {@code first..last} (empty when
 * {@code first == last + 1}), stored in the copy at seq {@code durableSeq - offset}.
 *
 * @param first the oldest durable seq held
 * @param last the newest durable seq held: the durable session's last seq when the copy was stamped
 * @param offset durable seq minus the copy's own seq
 * @param complete whether no older message exists in the durable tier (trimmed or never written)
 */
record Window(long first, long last, long offset, boolean complete) {
    /**
     * @param newLast the durable last seq after an append
     * @param size the window's size
     * @return this window moved forward to {@code newLast}, keeping at most {@code size} messages
     */
    Window extend(long newLast, int size) {
        long newFirst = Math.max(first, newLast - size + 1);
        return new Window(newFirst, newLast, offset, complete && newFirst == first);
    }

    /** @return the durable seq from which a read of the newest {@code n} would start, if held */
    long tailStart(int n) {
        long start = last - n + 1;
        return start >= first || complete ? Math.max(start, first) : -1;
    }
}
