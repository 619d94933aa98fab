package dev.multichat.internal.feed;

import java.time.Duration;

/**
 * A store's change feed timing, from the core options {@code feed-check} and {@code feed-pace}.
 *
 * @param check the period of the check that heals a missed hint and finds expired sessions
 * @param pace the longest a paced delivery round waits while appends stream ({@link Pacer});
 *     zero delivers every append at once
 */
public record FeedTiming(Duration check, Duration pace) {
    /** Every second; rounds at most 1 ms apart while appends stream. */
    public static final FeedTiming DEFAULT = new FeedTiming(Duration.ofSeconds(1), Duration.ofMillis(1));
}
