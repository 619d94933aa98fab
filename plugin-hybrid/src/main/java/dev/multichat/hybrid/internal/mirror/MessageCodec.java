package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A durable message to and from its cached form. The cached form carries no message id (so the
 * fast tier's idempotent-replay rule never applies to a refill); the durable id rides in the
 * reserved attribute {@code hybrid.id}. A message appended to the copy with the fast tier's
 * clock pinned to its durable timestamp ({@link dev.multichat.hybrid.internal.tier.CopyClock})
 * carries that timestamp itself; any other carries it in the reserved attribute
 * {@code hybrid.at}. So a message without its own attributes and id is cached as the very draft
 * the durable tier returned, and read back as it is. A message whose own attributes use a
 * reserved name cannot be cached. Stateless.
 */
final class MessageCodec {
    private static final String AT = "hybrid.at";
    private static final String ID = "hybrid.id";

    private MessageCodec() {
    }

    /**
     * @param messages durable messages, in order
     * @param pinned the time the fast tier's clock is pinned to for the append (null: not pinned):
     *     messages of that time carry no {@code hybrid.at}
     * @return the cached drafts, or empty if one message cannot be cached
     */
    static Optional<List<MessageDraft>> encode(List<ChatMessage> messages, @Nullable Instant pinned) {
        List<MessageDraft> drafts = new ArrayList<>(messages.size());
        for (ChatMessage message : messages) {
            MessageDraft draft = message.draft();
            if (draft.attributes().containsKey(AT) || draft.attributes().containsKey(ID)) {
                return Optional.empty();
            }
            boolean ownTime = message.at().equals(pinned);
            if (ownTime && draft.id() == null) {
                drafts.add(draft);
                continue;
            }
            Map<String, String> attributes = new HashMap<>(draft.attributes());
            if (!ownTime) {
                attributes.put(AT, Instants.text(message.at()));
            }
            if (draft.id() != null) {
                attributes.put(ID, draft.id());
            }
            drafts.add(new MessageDraft(null, draft.author(), draft.role(), draft.content(), attributes));
        }
        return Optional.of(drafts);
    }

    /**
     * @param drafts what was appended to the copy (from {@link #encode})
     * @param stored the copy's messages the append returned
     * @param durable the durable messages they stand for
     * @return whether every message cached without {@code hybrid.at} got its durable time in the copy
     */
    static boolean timesKept(List<MessageDraft> drafts, List<ChatMessage> stored, List<ChatMessage> durable) {
        if (stored.size() != drafts.size()) {
            return false;
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (!drafts.get(i).attributes().containsKey(AT) && !stored.get(i).at().equals(durable.get(i).at())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param cached messages read from a copy, in order
     * @param offset durable seq minus the copy's own seq
     * @param from the first durable seq expected
     * @param to the last durable seq expected (at most the stamp's newest seq)
     * @return the durable messages {@code from..to}, or empty if the copy does not hold them all
     *     without a gap (others, e.g. messages newer than the stamp, not committed yet, are left out)
     */
    static Optional<List<ChatMessage>> decode(List<ChatMessage> cached, long offset, long from, long to) {
        List<ChatMessage> result = new ArrayList<>((int) Math.max(0, Math.min(cached.size(), to - from + 1)));
        long expected = from;
        for (ChatMessage message : cached) {
            long seq = message.seq() + offset;
            if (seq < from || seq > to) {
                continue;
            }
            if (seq != expected) {
                return Optional.empty();
            }
            result.add(durable(message, seq));
            expected++;
        }
        return expected == to + 1 ? Optional.of(result) : Optional.empty();
    }

    /** @return the durable message a cached one stands for: itself, renumbered, when it carries nothing reserved */
    private static ChatMessage durable(ChatMessage message, long seq) {
        MessageDraft draft = message.draft();
        Map<String, String> cached = draft.attributes();
        if (cached.isEmpty()) {
            return seq == message.seq() ? message : new ChatMessage(seq, message.at(), draft);
        }
        String at = cached.get(AT);
        return new ChatMessage(seq, at == null ? message.at() : Instants.parse(at),
                new MessageDraft(cached.get(ID), draft.author(), draft.role(), draft.content(), own(cached)));
    }

    /**
     * @return the message's own attributes: the cached ones without the two reserved names (an
     *     empty map, not a copy, when it has none of its own, as most messages)
     */
    private static Map<String, String> own(Map<String, String> cached) {
        int reserved = (cached.containsKey(AT) ? 1 : 0) + (cached.containsKey(ID) ? 1 : 0);
        if (cached.size() == reserved) {
            return Map.of();
        }
        if (reserved == 0) {
            return cached;
        }
        Map<String, String> own = new HashMap<>(cached);
        own.remove(AT);
        own.remove(ID);
        return own;
    }
}
