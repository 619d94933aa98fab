package dev.multichat.adapter.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The adapters' engine: a framework hands it whole message lists, it appends only the message
 * objects it has never stored, and it never deletes what a list left out.
 *
 * <p>A message counts as stored when this very object was read from or written to the store by
 * this instance ({@link MessageIdentity}). A new object gets a random message id before its first
 * append attempt and keeps it, so a retry after a failure or timeout is replayed by the store,
 * never stored twice. Concurrent saves of different new objects to one conversation each append
 * their own and lose nothing: the store's append is atomic.
 *
 * <p>Reading the window: one look at the session; the window is read and decoded only if the
 * session changed since this instance last read it or appended to it ({@link WindowSnapshots}),
 * so a framework that reads the window before every add (a window memory) pays a session lookup,
 * not a tail read, while it is the conversation's only writer. Thread-safe.
 *
 * @param <M> the framework's message type
 */
public final class AppendOnlyMemory<M> {

    private final ConversationLog log;
    private final MessageCodec<M> codec;
    private final int window;
    private final MessageIdentity identity = new MessageIdentity();
    private final WindowSnapshots<M> snapshots = new WindowSnapshots<>();

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

    /** @return the conversation's window ({@link RecentWindow}) as framework messages, oldest first (a new list) */
    public List<M> recent(String conversationId) {
        Optional<ChatSession> session = log.find(conversationId);
        if (session.isEmpty()) {
            snapshots.remove(conversationId);
            return new ArrayList<>();
        }
        WindowSnapshots.Snapshot<M> snapshot = snapshots.get(conversationId);
        if (snapshot == null || !snapshot.isOf(session.get())) {
            // stored messages never change: those already decoded are reused, by seq, within one session
            boolean sameSession = snapshot != null && snapshot.sameSession(session.get());
            snapshot = snapshotOf(session.get(), RecentWindow.read(log, conversationId, window),
                    sameSession ? snapshot.decoded() : Map.of());
            snapshots.put(conversationId, snapshot);
        }
        return new ArrayList<>(snapshot.window());
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
            Appended appended = append(conversationId, drafts, retried);
            for (int i = 0; i < fresh.size(); i++) {
                identity.remember(fresh.get(i), drafts.get(i).id(), true);
            }
            extend(conversationId, appended);
        }
    }

    /** Deletes the conversation and all its history. */
    public void clear(String conversationId) {
        snapshots.remove(conversationId);
        log.delete(conversationId);
    }

    /** @return every conversation id of the configured owner ({@link ConversationLog#conversationIds}) */
    public List<String> conversationIds() {
        return log.conversationIds();
    }

    /** @return the store's answer, or null if the drafts had to be appended one by one */
    private Appended append(String conversationId, List<MessageDraft> drafts, boolean retried) {
        try {
            return log.append(conversationId, drafts);
        } catch (InvalidInputException mixed) {
            if (!retried || drafts.size() == 1) {
                throw mixed;
            }
            // a retry whose earlier attempt stored some of these ids: the store refuses a batch
            // that mixes stored and new ids, so each draft goes alone (replayed or written)
            for (MessageDraft draft : drafts) {
                log.append(conversationId, List.of(draft));
            }
            return null;
        }
    }

    /**
     * Moves the conversation's snapshot past this instance's own append, when that append is the
     * only write since the snapshot (the session's version went up by exactly one); otherwise
     * drops it, and the next read reads the window.
     */
    private void extend(String conversationId, Appended appended) {
        WindowSnapshots.Snapshot<M> base = snapshots.get(conversationId);
        if (base == null || appended != null && appended.replayed() && base.isOf(appended.session())) {
            return;
        }
        boolean onlyChange = appended != null && base.isFollowedBy(appended);
        RecentWindow.Stored now = onlyChange ? merged(base.stored(), appended) : null;
        if (now == null || RecentWindow.shape(now) == null) {
            snapshots.remove(conversationId);
        } else {
            snapshots.put(conversationId, snapshotOf(appended.session(), now, base.decoded()));
        }
    }

    /** @return {@code was} with the appended messages: the newest {@code window} by seq, the first kept */
    private RecentWindow.Stored merged(RecentWindow.Stored was, Appended appended) {
        TreeMap<Long, ChatMessage> bySeq = new TreeMap<>();
        was.tail().forEach(message -> bySeq.put(message.seq(), message));
        appended.messages().forEach(message -> bySeq.put(message.seq(), message));
        while (bySeq.size() > window) {
            bySeq.pollFirstEntry();
        }
        // known and absent: the conversation was empty, so its first message is the first appended
        ChatMessage first = was.first() != null || !was.firstKnown() ? was.first() : appended.messages().get(0);
        return new RecentWindow.Stored(new ArrayList<>(bySeq.values()), first, was.firstKnown());
    }

    /** @return the snapshot of {@code stored} at {@code session}'s state, reusing already decoded messages by seq */
    private WindowSnapshots.Snapshot<M> snapshotOf(ChatSession session, RecentWindow.Stored stored,
                                                   Map<Long, M> known) {
        List<ChatMessage> shaped = RecentWindow.shape(stored);
        List<M> messages = new ArrayList<>(shaped.size());
        Map<Long, M> decoded = new HashMap<>();
        for (ChatMessage message : shaped) {
            M framework = known.get(message.seq());
            if (framework == null) {
                framework = codec.decode(message);
                String id = message.draft().id();
                identity.remember(framework, id == null ? "seq:" + message.seq() : id, true);
            }
            messages.add(framework);
            decoded.put(message.seq(), framework);
        }
        return new WindowSnapshots.Snapshot<>(session.state(), stored, List.copyOf(messages), decoded);
    }
}
