package dev.multichat.app.live;

import dev.multichat.api.ChatMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last batch of message events written, so that a batch the change feed fans out to many
 * streams of one session is serialized once, not once per client. A batch is recognised by the
 * identity of its first and last message objects and its size (the feed hands every follower
 * the same objects; seqs are contiguous, so those three pin the batch); anything else is
 * serialized anew. Thread-safe.
 */
final class EventCache {

    private final AtomicReference<Entry> last = new AtomicReference<>();

    /**
     * The {@code message} events of a batch.
     *
     * @param messages the batch, in seq order, not empty
     * @return its events as one chunk (shared: do not modify)
     */
    byte[] messages(List<ChatMessage> messages) {
        ChatMessage first = messages.get(0);
        ChatMessage end = messages.get(messages.size() - 1);
        Entry entry = last.get();
        if (entry != null && entry.first() == first && entry.end() == end && entry.size() == messages.size()) {
            return entry.bytes();
        }
        byte[] bytes = SseEvents.messages(messages);
        last.set(new Entry(first, end, messages.size(), bytes));
        return bytes;
    }

    /** One serialized batch. */
    private record Entry(ChatMessage first, ChatMessage end, int size, byte[] bytes) {
    }
}
