package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCursor;
import java.util.List;

/** Page + cursor from {@code limit + 1} rows, until the spi's shared rule lands. */
final class Pages {
    private Pages() {
    }

    static Page<ChatSession> of(List<ChatSession> rows, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<ChatSession> items = rows.subList(0, limit);
        return new Page<>(items, SessionCursor.after(items.get(limit - 1)).encode());
    }
}
