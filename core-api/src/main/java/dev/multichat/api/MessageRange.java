package dev.multichat.api;

import dev.multichat.internal.Require;

/**
 * Which messages {@link MessageLog#read} returns, always in ascending seq order.
 *
 * @param kind what to read
 * @param afterSeq for {@link Kind#AFTER}: only seqs above this; otherwise 0
 * @param limit for {@link Kind#TAIL} and {@link Kind#AFTER}: at most this many (1 to
 *     {@link #MAX_LIMIT}); otherwise 0
 */
public record MessageRange(Kind kind, long afterSeq, int limit) {
    /** Most messages one bounded read returns. */
    public static final int MAX_LIMIT = 10_000;

    /** What a range selects. */
    public enum Kind {
        /** The newest {@code limit} messages. */
        TAIL,
        /** Up to {@code limit} messages with seq greater than {@code afterSeq}. */
        AFTER,
        /** Every stored message. */
        ALL
    }

    /**
     * @throws InvalidInputException if the limit or seq is out of range for the kind
     */
    public MessageRange {
        Require.nonNull(kind, "range kind");
        Require.argument(afterSeq >= 0, "afterSeq must not be negative, got %d", afterSeq);
        boolean bounded = kind != Kind.ALL;
        Require.argument(!bounded || limit >= 1 && limit <= MAX_LIMIT,
                "limit must be 1 to %d, got %d; page with after(seq, limit)", MAX_LIMIT, limit);
    }

    /**
     * @param n how many of the newest messages
     * @return the range of the newest n messages
     */
    public static MessageRange tail(int n) {
        Require.argument(n >= 1 && n <= MAX_LIMIT, "tail(n): n must be 1 to %d, got %d; read(id,"
                + " MessageRange.all()) returns every message", MAX_LIMIT, n);
        return new MessageRange(Kind.TAIL, 0, n);
    }

    /**
     * @param seq read seqs strictly above this (0 for the start)
     * @param limit at most this many
     * @return the range
     */
    public static MessageRange after(long seq, int limit) {
        Require.argument(seq >= 0, "after(seq, limit): seq must not be negative, got %d; pass 0 to read"
                + " from the start", seq);
        Require.argument(limit >= 1 && limit <= MAX_LIMIT, "after(seq, limit): limit must be 1 to %d, got %d;"
                + " page through longer histories with the last seq read", MAX_LIMIT, limit);
        return new MessageRange(Kind.AFTER, seq, limit);
    }

    /** @return every stored message (use bounded ranges for long sessions) */
    public static MessageRange all() {
        return new MessageRange(Kind.ALL, 0, 0);
    }
}
