package dev.multichat.app.transfer;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a store's contents page by page through the public API, in constant memory: an
 * owner's sessions (the API lists per owner only, so the caller names the owners) and a
 * session's messages. Stateless.
 */
public final class Walk {

    private static final int PAGE = 500;

    private Walk() {
    }

    /**
     * Every session of the given owners, owner by owner.
     *
     * @param store the store
     * @param owners the owners
     * @param each called with each session
     */
    public static void sessions(SessionStore store, List<String> owners, Consumer<ChatSession> each) {
        for (String owner : owners) {
            SessionQuery query = SessionQuery.first(owner, PAGE);
            while (true) {
                Page<ChatSession> page = store.list(query);
                page.items().forEach(each);
                if (!page.hasNext()) {
                    break;
                }
                query = query.next(page);
            }
        }
    }

    /**
     * A session's messages after a seq, oldest first, up to a seq.
     *
     * @param store the store
     * @param id the session
     * @param afterSeq the seq to start after (0 for all)
     * @param throughSeq the last seq to read (a snapshot's {@code lastSeq})
     * @param each called with each message
     */
    public static void messages(SessionStore store, SessionId id, long afterSeq, long throughSeq,
                                Consumer<ChatMessage> each) {
        long after = afterSeq;
        while (after < throughSeq) {
            List<ChatMessage> page = store.read(id, MessageRange.after(after, PAGE));
            for (ChatMessage message : page) {
                if (message.seq() > throughSeq) {
                    return;
                }
                each.accept(message);
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /**
     * The seq of a session's oldest kept message (messages before it were trimmed).
     *
     * @param store the store
     * @param id the session
     * @return the first seq, or {@code 0} when it has no messages
     */
    public static long firstSeq(SessionStore store, SessionId id) {
        List<ChatMessage> first = store.read(id, MessageRange.after(0, 1));
        return first.isEmpty() ? 0 : first.get(0).seq();
    }
}
