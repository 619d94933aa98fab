package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.postgres.internal.feed.PgNotifier;
import dev.multichat.spi.SessionRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The session catalog on PostgreSQL. Each write is one short transaction that locks only its
 * session's row; once it committed, the session id goes to the change notifier
 * ({@link PgNotifier#changed}). Reads are single statements that filter expired sessions
 * themselves.
 * Thread-safe; safe with any number of store instances on one schema.
 */
public final class PgCatalog implements SessionCatalog {
    private static final String DROP_EXPIRED = """
            DELETE FROM {s}.sessions WHERE id = ? AND expires_at <= ? RETURNING id""";
    private static final String INSERT = """
            INSERT INTO {s}.sessions (id, owner, title, metadata, ttl_ms, ttl_sliding, expires_at,
                                      created_at, updated_at, version, last_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0) ON CONFLICT (id) DO NOTHING RETURNING id""";
    private static final String UPDATE = """
            UPDATE {s}.sessions SET title = ?, metadata = ?, ttl_ms = ?, ttl_sliding = ?, expires_at = ?,
                                    updated_at = ?, version = version + 1
            WHERE id = ?""";
    private static final String DELETE_LIVE = """
            DELETE FROM {s}.sessions WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)
            RETURNING id""";

    private final PgStorage storage;
    private final PgNotifier notifier;
    private final SessionWrites writes;
    private final SessionReads reads;
    private final String dropExpired;
    private final String insert;
    private final String update;
    private final String deleteLive;

    /**
     * @param storage the shared storage
     * @param notifier tells other instances' change feeds about committed writes
     */
    public PgCatalog(PgStorage storage, PgNotifier notifier) {
        this.storage = storage;
        this.notifier = notifier;
        this.writes = new SessionWrites(storage);
        this.reads = new SessionReads(storage);
        this.dropExpired = storage.sql(DROP_EXPIRED);
        this.insert = storage.sql(INSERT);
        this.update = storage.sql(UPDATE);
        this.deleteLive = storage.sql(DELETE_LIVE);
    }

    @Override
    public ChatSession create(NewSession spec) {
        long now = storage.now();
        ChatSession session = storage.transaction("creating session '" + spec.id() + "'", c -> {
            deleteIfExpired(c, spec.id(), now);
            ChatSession created = SessionRules.created(spec, Instant.ofEpochMilli(now));
            try (PreparedStatement st = c.prepareStatement(insert)) {
                st.setString(1, spec.id().value());
                st.setString(2, created.owner());
                SessionWrites.bindInfo(c, st, 3, created.info(), created.state().expiresAt());
                st.setLong(8, now);
                st.setLong(9, now);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new SessionExistsException(spec.id());
                    }
                }
            }
            return created;
        });
        notifier.changed(spec.id());
        return session;
    }

    private void deleteIfExpired(Connection c, SessionId id, long now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(dropExpired)) {
            st.setString(1, id.value());
            st.setLong(2, now);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    writes.dropMessages(c, id.value());
                }
            }
        }
    }

    @Override
    public Optional<ChatSession> find(SessionId id) {
        return reads.find(id);
    }

    @Override
    public Page<ChatSession> list(SessionQuery query) {
        return reads.list(query);
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        long now = storage.now();
        ChatSession updated = storage.transaction("updating session '" + id + "'", c -> {
            ChatSession current = writes.lockLive(c, id, now);
            if (current == null) {
                throw new SessionNotFoundException(id);
            }
            SessionRules.checkVersion(id, expect, current.version());
            ChatSession patched = SessionRules.patched(current, patch, Instant.ofEpochMilli(now));
            try (PreparedStatement st = c.prepareStatement(update)) {
                SessionWrites.bindInfo(c, st, 1, patched.info(), patched.state().expiresAt());
                st.setLong(6, now);
                st.setString(7, id.value());
                st.executeUpdate();
            }
            return patched;
        });
        notifier.changed(id);
        return updated;
    }

    @Override
    public boolean delete(SessionId id) {
        long now = storage.now();
        boolean deleted = storage.transaction("deleting session '" + id + "'", c -> {
            try (PreparedStatement st = c.prepareStatement(deleteLive)) {
                st.setString(1, id.value());
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            writes.dropMessages(c, id.value());
            return true;
        });
        if (deleted) {
            notifier.changed(id);
        }
        return deleted;
    }
}
