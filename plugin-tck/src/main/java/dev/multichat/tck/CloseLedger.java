package dev.multichat.tck;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * The independent record of a close-under-load round: every message an append acknowledged,
 * and for each session the highest seq any trim was asked to remove (acknowledged or not: a
 * trim cut off by close may or may not have happened). Thread-safe.
 */
final class CloseLedger {
    private final Map<SessionId, Queue<ChatMessage>> acknowledged = new ConcurrentHashMap<>();
    private final Map<SessionId, LongAccumulator> trimmed = new ConcurrentHashMap<>();
    private final CountDownLatch warmedUp;

    /** @param appendsBeforeClose how many acknowledged appends let the closer start */
    CloseLedger(int appendsBeforeClose) {
        this.warmedUp = new CountDownLatch(appendsBeforeClose);
    }

    void acknowledged(SessionId id, List<ChatMessage> messages) {
        acknowledged.computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>()).addAll(messages);
        warmedUp.countDown();
    }

    /** Records a trim before it is sent. */
    void trimming(SessionId id, long throughSeq) {
        trimmed.computeIfAbsent(id, k -> new LongAccumulator(Math::max, 0)).accumulate(throughSeq);
    }

    /** @return the latch the closer waits on */
    CountDownLatch warmedUp() {
        return warmedUp;
    }

    /** @return the acknowledged messages of a session that no trim may have removed */
    List<ChatMessage> mustSurvive(SessionId id) {
        long cut = trimmed.containsKey(id) ? trimmed.get(id).get() : 0;
        return acknowledged.getOrDefault(id, new ConcurrentLinkedQueue<>()).stream()
                .filter(m -> m.seq() > cut).sorted(java.util.Comparator.comparingLong(ChatMessage::seq)).toList();
    }

    /** @return how many messages were acknowledged in all */
    int count() {
        return acknowledged.values().stream().mapToInt(Queue::size).sum();
    }
}
