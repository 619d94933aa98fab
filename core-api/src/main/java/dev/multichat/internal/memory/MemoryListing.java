package dev.multichat.internal.memory;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCursor;
import dev.multichat.api.SessionQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Lists an owner's live sessions by scanning: updatedAt descending, then id ascending. */
final class MemoryListing {
    private static final Comparator<ChatSession> ORDER = Comparator
            .comparing((ChatSession s) -> s.state().updatedAt()).reversed()
            .thenComparing(ChatSession::id);

    private MemoryListing() {
    }

    static Page<ChatSession> page(Collection<MemorySession> sessions, SessionQuery query, Instant now) {
        SessionCursor position = query.position();
        List<ChatSession> matching = new ArrayList<>();
        for (MemorySession session : sessions) {
            ChatSession snapshot = session.snapshot();
            if (snapshot.owner().equals(query.owner()) && !session.expiredAt(now)
                    && (position == null || position.precedes(snapshot))) {
                matching.add(snapshot);
            }
        }
        matching.sort(ORDER);
        if (matching.size() <= query.limit()) {
            return new Page<>(matching, null);
        }
        List<ChatSession> items = matching.subList(0, query.limit());
        return new Page<>(items, SessionCursor.after(items.get(items.size() - 1)).encode());
    }
}
