package dev.multichat.adapter.internal;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The adapters' engine: a framework hands it whole message lists, it appends only the message
 * objects it has never stored, and it never deletes what a list left out.
 *
 * <p>A message counts as stored when this very object was read from or written to the store by
 * this instance ({@link MessageIdentity}). A new object gets a random message id before its first
 * append attempt and keeps it, so a retry after a failure or timeout is replayed by the store,
 * never stored twice. Concurrent saves of different new objects to one conversation each append
 * their own and lose nothing: the store's append is atomic. Thread-safe.
 *
 * @param <M> the framework's message type
 */
public final class AppendOnlyMemory<M> {

    private final ConversationLog log;
    private final MessageCodec<M> codec;
    private final int window;
    private final MessageIdentity identity = new MessageIdentity();

    /**
     * @param log where the conversations live
     * @param codec the framework's message mapping
     * @param window how many of the newest messages {@link #recent} returns (1 to 10,000)
     */
    public AppendOnlyMemory(ConversationLog log, MessageCodec<M> codec, int window) {
        if (window < 1 || window > MessageRange.MAX_LIMIT) {
            throw new InvalidInputException("window must be 1 to " + MessageRange.MAX_LIMIT
                    + " messages, got " + window);
        }
        this.log = log;
        this.codec = codec;
        this.window = window;
    }

    /** @return the conversation's window ({@link RecentWindow}) as new framework messages, oldest first */
    public List<M> recent(String conversationId) {
        List<ChatMessage> stored = RecentWindow.read(log, conversationId, window);
        List<M> messages = new ArrayList<>(stored.size());
        for (ChatMessage message : stored) {
            M decoded = codec.decode(message);
            String id = message.draft().id();
            identity.remember(decoded, id == null ? "seq:" + message.seq() : id, true);
            messages.add(decoded);
        }
        return messages;
    }

    /**
     * Appends, in list order and as one atomic batch, the objects of {@code messages} not yet
     * stored; the others are skipped wherever they stand in the list.
     *
     * @throws InvalidInputException if a message cannot be stored (nothing of the batch is written)
     */
    public void saveNew(String conversationId, List<? extends M> messages) {
        List<M> fresh = new ArrayList<>();
        List<MessageDraft> drafts = new ArrayList<>();
        Set<M> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean retried = false;
        for (M message : messages) {
            MessageIdentity.Entry known = identity.lookup(message);
            if (known != null && known.stored() || !seen.add(message)) {
                continue;
            }
            String id = known == null ? UUID.randomUUID().toString() : known.id();
            retried |= known != null;
            drafts.add(codec.encode(message, id));
            identity.remember(message, id, false);
            fresh.add(message);
        }
        if (!drafts.isEmpty()) {
            append(conversationId, drafts, retried);
            for (int i = 0; i < fresh.size(); i++) {
                identity.remember(fresh.get(i), drafts.get(i).id(), true);
            }
        }
    }

    /** Deletes the conversation and all its history. */
    public void clear(String conversationId) {
        log.delete(conversationId);
    }

    /** @return every conversation id of the configured owner ({@link ConversationLog#conversationIds}) */
    public List<String> conversationIds() {
        return log.conversationIds();
    }

    private void append(String conversationId, List<MessageDraft> drafts, boolean retried) {
        try {
            log.append(conversationId, drafts);
        } catch (InvalidInputException mixed) {
            if (!retried || drafts.size() == 1) {
                throw mixed;
            }
            // a retry whose earlier attempt stored some of these ids: the store refuses a batch
            // that mixes stored and new ids, so each draft goes alone (replayed or written)
            for (MessageDraft draft : drafts) {
                log.append(conversationId, List.of(draft));
            }
        }
    }
}
