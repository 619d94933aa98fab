package dev.multichat.spi;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionQuery;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a listing page the same way on every backend: the backend fetches up to
 * {@code limit + 1} sessions in {@link #LIST_ORDER} from the query's {@link SessionCursor}
 * on; the extra row, if present, only proves that a next page exists. Stateless.
 */
public final class Pages {
    /** The listing order: {@code updatedAt} descending, then id ascending. */
    public static final Comparator<ChatSession> LIST_ORDER = Comparator
            .comparing((ChatSession s) -> s.state().updatedAt()).reversed()
            .thenComparing(ChatSession::id);

    private Pages() {
    }

    /**
     * @param rows the live sessions after the query's cursor, in {@link #LIST_ORDER}, at most
     *     {@code query.limit() + 1} of them (more are ignored)
     * @param query the query they answer
     * @return the first {@code limit} rows, with a cursor after the last of them if a further
     *     row was given, else with none
     */
    public static Page<ChatSession> fromRows(List<ChatSession> rows, SessionQuery query) {
        int limit = query.limit();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<ChatSession> items = rows.subList(0, limit);
        return new Page<>(items, SessionCursor.after(items.get(limit - 1)).encode());
    }
}
