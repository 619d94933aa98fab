package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Session reads: one statement each, expired sessions filtered by the statement itself. */
final class SessionReads {
    private static final String FIND = "SELECT " + Rows.SESSION + " FROM {s}.sessions"
            + " WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)";
    // The row comparison (updated_at, id) against the cursor, written so the sessions_by_owner
    // index (owner, updated_at DESC, id) is seeked to the cursor and read in order.
    private static final String LIST = "SELECT " + Rows.SESSION + " FROM {s}.sessions"
            + " WHERE owner = ? AND (expires_at IS NULL OR expires_at > ?)"
            + " AND updated_at <= ? AND (updated_at < ? OR id > ?)"
            + " ORDER BY updated_at DESC, id ASC LIMIT ?";

    private final PgStorage storage;
    private final String find;
    private final String list;

    SessionReads(PgStorage storage) {
        this.storage = storage;
        this.find = storage.sql(FIND);
        this.list = storage.sql(LIST);
    }

    Optional<ChatSession> find(SessionId id) {
        long now = storage.now();
        return storage.call("finding session '" + id + "'", c -> {
            try (PreparedStatement st = c.prepareStatement(find)) {
                st.setString(1, id.value());
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(storage.rows().session(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    Page<ChatSession> list(SessionQuery query) {
        long now = storage.now();
        SessionCursor after = SessionCursor.of(query);
        long time = after == null ? Long.MAX_VALUE : after.updatedAt().toEpochMilli();
        String id = after == null ? "" : after.id().value();
        List<ChatSession> rows = storage.call("listing the sessions of owner '" + query.owner() + "'", c -> {
            try (PreparedStatement st = c.prepareStatement(list)) {
                st.setString(1, query.owner());
                st.setLong(2, now);
                st.setLong(3, time);
                st.setLong(4, time);
                st.setString(5, id);
                st.setInt(6, query.limit() + 1);
                List<ChatSession> found = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(storage.rows().session(rs, 1));
                    }
                }
                return found;
            }
        });
        return Pages.fromRows(rows, query);
    }
}
