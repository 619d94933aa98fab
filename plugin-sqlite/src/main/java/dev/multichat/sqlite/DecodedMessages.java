package dev.multichat.sqlite;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.sqlite.internal.sql.StatementCache;

/**
 * The messages and session infos one connection decoded recently, so that reading the same
 * rows again (a chat's tail, read at every turn; the session row, read by every append)
 * reuses their records instead of decoding the text and checking every character again
 * through the record constructors. A hit requires the row's values to equal, byte for byte,
 * those the kept record was decoded from ({@link RawMessage#sameAs}, {@link RawInfo#sameAs});
 * as decoding is a function of those values, a hit returns exactly what decoding would,
 * whatever changed in the database meanwhile (even in another process). Direct-mapped:
 * {@value #SLOTS} slots of each kind, by session (and seq); a message whose content exceeds
 * {@value #MAX_CONTENT} bytes is not kept. Not thread-safe: one per connection, used by
 * whoever holds the connection.
 */
final class DecodedMessages {
    private static final int SLOTS = 256;
    private static final int MAX_CONTENT = 8192;

    private final Entry[] entries = new Entry[SLOTS];
    private final InfoEntry[] infos = new InfoEntry[SLOTS];

    /**
     * @param sql a connection's statements
     * @return the records that connection decoded recently
     */
    static DecodedMessages of(StatementCache sql) {
        return sql.attached(DecodedMessages.class, DecodedMessages::new);
    }

    /**
     * @param session the row's session
     * @param raw the row's values
     * @return the record decoded before from exactly these values, or null
     */
    ChatMessage find(SessionId session, RawMessage raw) {
        Entry entry = entries[slot(session, raw.seq())];
        return entry != null && entry.session().equals(session) && entry.raw().sameAs(raw) ? entry.message() : null;
    }

    /** Keeps {@code message}, decoded from {@code raw}, replacing whatever held its slot. */
    void keep(SessionId session, RawMessage raw, ChatMessage message) {
        if (raw.contentBytes() <= MAX_CONTENT) {
            entries[slot(session, raw.seq())] = new Entry(session, raw, message);
        }
    }

    /**
     * @param session the session
     * @param raw its row's info columns
     * @return the info decoded before from exactly these values, or null
     */
    SessionInfo find(SessionId session, RawInfo raw) {
        InfoEntry entry = infos[slot(session, 0)];
        return entry != null && entry.session().equals(session) && entry.raw().sameAs(raw) ? entry.info() : null;
    }

    /** Keeps {@code info}, decoded from {@code raw}, replacing whatever held its slot. */
    void keep(SessionId session, RawInfo raw, SessionInfo info) {
        infos[slot(session, 0)] = new InfoEntry(session, raw, info);
    }

    private static int slot(SessionId session, long seq) {
        return (session.hashCode() * 31 + Long.hashCode(seq)) & (SLOTS - 1);
    }

    /** A kept record and the values it was decoded from. */
    private record Entry(SessionId session, RawMessage raw, ChatMessage message) {
    }

    /** A kept session info and the values it was decoded from. */
    private record InfoEntry(SessionId session, RawInfo raw, SessionInfo info) {
    }
}
