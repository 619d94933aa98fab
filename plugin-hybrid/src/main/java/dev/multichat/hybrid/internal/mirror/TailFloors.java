package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps this instance's tails from going backwards. A write reaches the durable tier before it
 * moves the cached copy forward, so for that moment a tail read through the durable tier (after
 * a miss) can show a message the copy does not hold yet; a later tail served from the copy would
 * then show an older state than the one already returned. Each tail answered by the durable tier
 * leaves its newest seq here as the session's floor; a tail from a copy whose newest seq is
 * below the floor is not used (it is read through again), and one at or above it lifts the floor.
 * So the floor lives only while the copy lags a write in flight. Bounded: past
 * {@value #MAX_SESSIONS} floors (only when the fast tier stays behind for that many sessions,
 * e.g. while its circuit is open) they are all dropped at once, and the copies' own promise
 * (never older than an acknowledged write) still holds. Thread-safe.
 */
final class TailFloors {
    static final int MAX_SESSIONS = 10_000;

    private final Map<SessionId, Long> floors = new ConcurrentHashMap<>();

    /**
     * @param id the session
     * @param range the read
     * @param answer what the durable tier answered
     */
    void answeredByDurable(SessionId id, MessageRange range, List<ChatMessage> answer) {
        if (range.kind() != MessageRange.Kind.TAIL) {
            return;
        }
        if (answer.isEmpty()) {
            floors.remove(id);
            return;
        }
        if (floors.size() >= MAX_SESSIONS) {
            floors.clear();
        }
        floors.put(id, answer.get(answer.size() - 1).seq());
    }

    /**
     * @param id the session
     * @param range the read
     * @param lookup what the copy said
     * @return the lookup, or {@link Lookup#DURABLE} if it is a tail below the session's floor
     */
    Lookup check(SessionId id, MessageRange range, Lookup lookup) {
        List<ChatMessage> messages = lookup.messages();
        if (messages == null || floors.isEmpty() || range.kind() != MessageRange.Kind.TAIL) {
            return lookup;
        }
        Long floor = floors.get(id);
        if (floor == null) {
            return lookup;
        }
        long newest = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).seq();
        if (newest < floor) {
            return Lookup.DURABLE;
        }
        floors.remove(id, floor);
        return lookup;
    }

    /** @return how many sessions have a floor (for tests) */
    int size() {
        return floors.size();
    }
}
