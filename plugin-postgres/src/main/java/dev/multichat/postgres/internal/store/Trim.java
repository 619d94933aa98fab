package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.postgres.internal.feed.PgNotifier;
import dev.multichat.spi.SessionRules;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;

/**
 * Trim as one short transaction: lock the live session's row (so the delete, a later
 * statement, sees every message a concurrent append committed), delete the prefix, and move
 * the row on if anything went (and then tell the change notifier).
 */
final class Trim {
    private static final String DELETE = "DELETE FROM {s}.messages WHERE session_id = ? AND seq <= ?";
    private static final String TOUCH = """
            UPDATE {s}.sessions SET version = version + 1, updated_at = ?, expires_at = ? WHERE id = ?""";

    private final PgStorage storage;
    private final PgNotifier notifier;
    private final SessionWrites writes;
    private final String delete;
    private final String touch;

    Trim(PgStorage storage, PgNotifier notifier) {
        this.storage = storage;
        this.notifier = notifier;
        this.writes = new SessionWrites(storage);
        this.delete = storage.sql(DELETE);
        this.touch = storage.sql(TOUCH);
    }

    long trim(SessionId id, long throughSeq) {
        long now = storage.now();
        long trimmed = storage.transaction("trimming session '" + id + "'", c -> {
            ChatSession session = writes.lockLive(c, id, now);
            if (session == null) {
                throw new SessionNotFoundException(id);
            }
            long removed;
            try (PreparedStatement st = c.prepareStatement(delete)) {
                st.setString(1, id.value());
                st.setLong(2, Math.min(throughSeq, session.lastSeq()));
                removed = st.executeUpdate();
            }
            if (removed > 0) {
                Instant expires = SessionRules.written(session, Instant.ofEpochMilli(now), 0).state().expiresAt();
                try (PreparedStatement st = c.prepareStatement(touch)) {
                    st.setLong(1, now);
                    if (expires == null) {
                        st.setNull(2, Types.BIGINT);
                    } else {
                        st.setLong(2, expires.toEpochMilli());
                    }
                    st.setString(3, id.value());
                    st.executeUpdate();
                }
            }
            return removed;
        });
        if (trimmed > 0) {
            notifier.changed(id);
        }
        return trimmed;
    }
}
