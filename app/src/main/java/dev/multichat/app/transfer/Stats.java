package dev.multichat.app.transfer;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionStore;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what a store holds for the named owners: sessions, messages, content bytes (UTF-8),
 * the oldest and newest activity, sessions expiring within a window, and the owners with the
 * most messages. Reads everything once, in pages (constant memory apart from one counter per
 * owner). Not thread-safe.
 */
public final class Stats {

    private final SessionStore store;
    private final Map<String, long[]> perOwner = new TreeMap<>();
    private long messages;
    private long bytes;
    private long expiring;
    private Instant oldest;
    private Instant newest;

    /**
     * Stats of a store.
     *
     * @param store the store
     */
    public Stats(SessionStore store) {
        this.store = store;
    }

    /**
     * Reads the owners' sessions and prints the figures.
     *
     * @param owners the owners
     * @param soon the window for "expiring soon"
     * @param top how many owners to rank
     * @param out where to print
     */
    public void print(List<String> owners, Duration soon, int top, PrintStream out) {
        Instant horizon = Instant.now().plus(soon);
        Walk.sessions(store, owners, session -> count(session, horizon));
        long sessions = perOwner.values().stream().mapToLong(c -> c[0]).sum();
        out.printf("sessions        %d%n", sessions);
        out.printf("messages        %d%n", messages);
        out.printf("content bytes   %d%n", bytes);
        out.printf("oldest activity %s%n", oldest == null ? "-" : oldest);
        out.printf("newest activity %s%n", newest == null ? "-" : newest);
        out.printf("expiring within %s: %d%n", soon, expiring);
        out.printf("top owners by messages:%n");
        perOwner.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> out.printf("  %-24s %8d sessions %10d messages%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1]));
    }

    private void count(ChatSession session, Instant horizon) {
        long[] counts = perOwner.computeIfAbsent(session.owner(), owner -> new long[2]);
        counts[0]++;
        Instant updated = session.state().updatedAt();
        oldest = oldest == null || updated.isBefore(oldest) ? updated : oldest;
        newest = newest == null || updated.isAfter(newest) ? updated : newest;
        Instant expires = session.state().expiresAt();
        if (expires != null && expires.isBefore(horizon)) {
            expiring++;
        }
        Walk.messages(store, session.id(), 0, session.lastSeq(), message -> {
            counts[1]++;
            messages++;
            bytes += message.content().getBytes(StandardCharsets.UTF_8).length;
        });
    }
}
