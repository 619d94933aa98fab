package dev.multichat.internal.memory;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionQuery;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lists an owner's live sessions by scanning, in {@link Pages#LIST_ORDER}. */
final class MemoryListing {
    private MemoryListing() {
    }

    static Page<ChatSession> page(Collection<MemorySession> sessions, SessionQuery query, Instant now) {
        SessionCursor position = SessionCursor.of(query);
        List<ChatSession> matching = new ArrayList<>();
        for (MemorySession session : sessions) {
            ChatSession snapshot = session.snapshot();
            if (snapshot.owner().equals(query.owner()) && !session.expiredAt(now)
                    && (position == null || position.precedes(snapshot))) {
                matching.add(snapshot);
            }
        }
        matching.sort(Pages.LIST_ORDER);
        return Pages.fromRows(matching, query);
    }
}
