package dev.multichat.tck;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Walks an owner's session list page by page. */
final class Listing {
    private static final int MAX_PAGES = 10_000;

    private Listing() {
    }

    /**
     * Lists every page, calling {@code betweenPages} with the page number after each page
     * that has a successor.
     *
     * @return the concatenated items of all pages
     */
    static List<ChatSession> walk(SessionStore store, String owner, int limit, IntConsumer betweenPages) {
        List<ChatSession> seen = new ArrayList<>();
        SessionQuery query = SessionQuery.first(owner, limit);
        for (int page = 1; page <= MAX_PAGES; page++) {
            Page<ChatSession> result = store.list(query);
            if (result.items().size() > limit) {
                throw new AssertionError("page of " + result.items().size() + " items exceeds limit " + limit);
            }
            seen.addAll(result.items());
            if (!result.hasNext()) {
                return seen;
            }
            betweenPages.accept(page);
            query = query.next(result);
        }
        throw new AssertionError("paging did not end after " + MAX_PAGES + " pages");
    }

    /** @return every session of the owner, paging with {@code limit} */
    static List<ChatSession> walk(SessionStore store, String owner, int limit) {
        return walk(store, owner, limit, page -> { });
    }

    /** @return the sessions' ids, in order */
    static List<SessionId> ids(List<ChatSession> sessions) {
        return sessions.stream().map(ChatSession::id).toList();
    }

    /** @return ids of the given values */
    static List<SessionId> ids(String... values) {
        return java.util.Arrays.stream(values).map(SessionId::of).toList();
    }
}
