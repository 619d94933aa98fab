package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.spi.IsoInstant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A durable message to and from its cached form. The cached form carries no message id (so the
 * fast tier's idempotent-replay rule never applies to a refill); the durable id and timestamp
 * ride in two reserved attributes, removed again on the way out. A message whose own attributes
 * use a reserved name cannot be cached. Stateless.
 */
final class MessageCodec {
    private static final String AT = "hybrid.at";
    private static final String ID = "hybrid.id";

    private MessageCodec() {
    }

    /** @return the cached drafts, or empty if one message cannot be cached */
    static Optional<List<MessageDraft>> encode(List<ChatMessage> messages) {
        List<MessageDraft> drafts = new ArrayList<>(messages.size());
        for (ChatMessage message : messages) {
            MessageDraft draft = message.draft();
            if (draft.attributes().containsKey(AT) || draft.attributes().containsKey(ID)) {
                return Optional.empty();
            }
            Map<String, String> attributes = new HashMap<>(draft.attributes());
            attributes.put(AT, message.at().toString());
            if (draft.id() != null) {
                attributes.put(ID, draft.id());
            }
            drafts.add(new MessageDraft(null, draft.author(), draft.role(), draft.content(), attributes));
        }
        return Optional.of(drafts);
    }

    /**
     * @param cached messages read from a copy, in order
     * @param window the copy's window (for the seq offset)
     * @param from the first durable seq expected
     * @return the durable messages, or empty if the copy does not hold exactly {@code from..}
     *     without a gap
     */
    static Optional<List<ChatMessage>> decode(List<ChatMessage> cached, Window window, long from) {
        List<ChatMessage> result = new ArrayList<>(cached.size());
        long expected = from;
        for (ChatMessage message : cached) {
            long seq = message.seq() + window.offset();
            MessageDraft draft = message.draft();
            String at = draft.attributes().get(AT);
            if (seq != expected || at == null) {
                return Optional.empty();
            }
            result.add(new ChatMessage(seq, IsoInstant.parse(at), new MessageDraft(draft.attributes().get(ID),
                    draft.author(), draft.role(), draft.content(), own(draft.attributes()))));
            expected++;
        }
        return Optional.of(result);
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
        Map<String, String> own = new HashMap<>(cached);
        own.remove(AT);
        own.remove(ID);
        return own;
    }
}
