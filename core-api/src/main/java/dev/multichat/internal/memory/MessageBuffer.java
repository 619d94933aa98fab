package dev.multichat.internal.memory;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's stored messages: a contiguous run of seqs (trim removes a prefix) and the
 * caller's message ids of those messages, for idempotent retries. Not thread-safe: the
 * store's lock guards it. Reads locate messages by arithmetic on seqs, so their cost does
 * not grow with history.
 */
final class MessageBuffer {
    private final List<ChatMessage> live = new ArrayList<>();
    private final Map<String, Long> seqById = new HashMap<>();

    void add(List<ChatMessage> messages) {
        for (ChatMessage message : messages) {
            live.add(message);
            if (message.draft().id() != null) {
                seqById.put(message.draft().id(), message.seq());
            }
        }
    }

    /**
     * @param drafts a batch about to be appended
     * @return the stored messages whose ids some draft carries, in seq order (for
     *     {@link dev.multichat.spi.ReplayDecision})
     */
    List<ChatMessage> stored(List<MessageDraft> drafts) {
        if (seqById.isEmpty()) {
            return List.of();
        }
        List<ChatMessage> stored = new ArrayList<>();
        for (MessageDraft draft : drafts) {
            Long seq = draft.id() == null ? null : seqById.get(draft.id());
            if (seq != null) {
                stored.add(live.get(index(seq)));
            }
        }
        stored.sort(Comparator.comparingLong(ChatMessage::seq));
        return stored;
    }

    List<ChatMessage> read(MessageRange range) {
        int size = live.size();
        switch (range.kind()) {
            case TAIL:
                return List.copyOf(live.subList(Math.max(0, size - range.limit()), size));
            case AFTER:
                int from = size == 0 ? 0
                        : (int) Math.min(size, Math.max(0, range.afterSeq() - firstSeq() + 1));
                return List.copyOf(live.subList(from, Math.min(size, from + range.limit())));
            default:
                return List.copyOf(live);
        }
    }

    /**
     * @param throughSeq the highest seq to remove
     * @return how many messages were removed
     */
    int trimThrough(long throughSeq) {
        if (live.isEmpty() || throughSeq < firstSeq()) {
            return 0;
        }
        int count = (int) Math.min(live.size(), throughSeq - firstSeq() + 1);
        List<ChatMessage> removed = live.subList(0, count);
        for (ChatMessage message : removed) {
            if (message.draft().id() != null) {
                seqById.remove(message.draft().id());
            }
        }
        removed.clear();
        return count;
    }

    private long firstSeq() {
        return live.get(0).seq();
    }

    private int index(long seq) {
        return (int) (seq - firstSeq());
    }
}
