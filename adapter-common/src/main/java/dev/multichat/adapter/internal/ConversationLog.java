package dev.multichat.adapter.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A framework's conversations as Multichat sessions of one owner: appends create the session on
 * first use (a concurrent creator is fine), reads of a missing conversation are empty. Thread-safe
 * (the store is).
 */
public final class ConversationLog {

    private static final int PAGE = 500;
    private final SessionStore store;
    private final String owner;

    /**
     * @param store the store the conversations live in (not closed by this class)
     * @param owner the owner every conversation's session is created under and listed by
     */
    public ConversationLog(SessionStore store, String owner) {
        this.store = store;
        this.owner = SessionInfo.checkOwner(owner);
    }

    /** Appends {@code drafts} as one atomic, idempotent batch, creating the session if it is missing. */
    public Appended append(String conversationId, List<MessageDraft> drafts) {
        SessionId id = ConversationIds.sessionOf(conversationId);
        try {
            return store.append(id, drafts);
        } catch (SessionNotFoundException missing) {
            create(id, conversationId);
            return store.append(id, drafts);
        }
    }

    /** @return the messages {@code range} selects, or none if the conversation has no session */
    public List<ChatMessage> read(String conversationId, MessageRange range) {
        try {
            return store.read(ConversationIds.sessionOf(conversationId), range);
        } catch (SessionNotFoundException missing) {
            return List.of();
        }
    }

    /** @return the conversation's session, or empty if it has none (or it expired) */
    public Optional<ChatSession> find(String conversationId) {
        return store.find(ConversationIds.sessionOf(conversationId));
    }

    /** Deletes the conversation's session and every message in it; false if there was none. */
    public boolean delete(String conversationId) {
        return store.delete(ConversationIds.sessionOf(conversationId));
    }

    /** @return every conversation id of the owner, most recently active first, paging through the listing */
    public List<String> conversationIds() {
        List<String> ids = new ArrayList<>();
        SessionQuery query = SessionQuery.first(owner, PAGE);
        while (true) {
            Page<ChatSession> page = store.list(query);
            page.items().forEach(session -> ids.add(ConversationIds.conversationOf(session)));
            if (!page.hasNext()) {
                return ids;
            }
            query = query.next(page);
        }
    }

    private void create(SessionId id, String conversationId) {
        try {
            store.create(NewSession.of(id.value(), owner).withMetadata(ConversationIds.metadataOf(conversationId)));
        } catch (SessionExistsException raced) {
            // another request created it between our append and create: append to it
        }
    }
}
