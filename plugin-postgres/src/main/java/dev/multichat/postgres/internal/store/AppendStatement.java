package dev.multichat.postgres.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The append, as one statement and so one round trip: lock the live session's row, find which
 * of the batch's message ids are already stored, check the expected version, insert the drafts
 * with the seqs after {@code last_seq}, and move the row on (version, last_seq, updated_at, a
 * sliding expiry). The statement writes only when no id is stored and the version matches; the
 * decisions and their errors stay in Java, with the spi's rules, on what it returns
 * ({@link dev.multichat.spi.ReplayDecision}, {@link dev.multichat.spi.SessionRules}). Its
 * {@code expires_at} expression is {@link dev.multichat.spi.TtlRule#afterWrite} in SQL; the
 * session returned to the caller is computed by the rule itself, and the contract suite's
 * sliding-expiry checks hold the two equal. Under READ COMMITTED the row lock returns the
 * newest committed row, so concurrent appends from any number of connections or instances
 * queue on the row and get consecutive
 * seqs. A duplicate message id committed by a concurrent append after this statement's
 * snapshot fails the insert with unique_violation; {@link PgStorage} re-runs the statement,
 * which then sees it and replays.
 *
 * <p>The statement notifies nothing: a {@code NOTIFY} in the append's transaction would make
 * PostgreSQL serialise its commit with every other notifying transaction's. The caller hands
 * the session id to the change notifier after the commit
 * ({@link dev.multichat.postgres.internal.feed.PgNotifier#changed}).
 */
final class AppendStatement {
    private static final String SQL = """
            WITH p AS (
                SELECT ?::text AS id, ?::bigint AS now, ?::bigint AS expected, ?::bigint AS n,
                       ?::text[] AS mids, ?::text[] AS authors, ?::text[] AS roles, ?::text[] AS contents,
                       ?::text[] AS attrs, ?::int[] AS lo, ?::int[] AS hi
            ), s AS (
                SELECT %1$s FROM {s}.sessions, p
                WHERE sessions.id = p.id AND (expires_at IS NULL OR expires_at > p.now)
                FOR UPDATE OF sessions
            ), dup AS (
                SELECT coalesce(array_agg(u.mid ORDER BY u.ord), '{}') AS ids
                FROM s, p, unnest(p.mids) WITH ORDINALITY AS u(mid, ord)
                JOIN {s}.messages m ON m.msg_id = u.mid
                WHERE m.session_id = s.id
            ), ok AS (
                SELECT s.id, s.last_seq, s.version, s.ttl_ms, s.ttl_sliding, s.expires_at FROM s, dup, p
                WHERE cardinality(dup.ids) = 0 AND (p.expected = 0 OR s.version = p.expected)
            ), ins AS (
                INSERT INTO {s}.messages (session_id, seq, msg_id, author, role, content, attributes, at)
                SELECT ok.id, ok.last_seq + d.ord, d.mid, d.author, d.role, d.content, p.attrs[d.lo:d.hi], p.now
                FROM ok, p, unnest(p.mids, p.authors, p.roles, p.contents, p.lo, p.hi)
                    WITH ORDINALITY AS d(mid, author, role, content, lo, hi, ord)
            ), upd AS (
                UPDATE {s}.sessions t
                SET last_seq = ok.last_seq + p.n, version = ok.version + 1, updated_at = p.now,
                    expires_at = CASE WHEN ok.ttl_sliding THEN p.now + ok.ttl_ms ELSE ok.expires_at END
                FROM ok, p WHERE t.id = ok.id
                RETURNING t.version
            )
            SELECT s.*, dup.ids, upd.version
            FROM s CROSS JOIN dup LEFT JOIN upd ON true""".formatted(Rows.SESSION.replace("id,", "sessions.id,"));

    /** Column of the batch's message ids already stored, in batch order. */
    static final int STORED_IDS = 12;
    /** Column of the version after the write, NULL if nothing was written. */
    static final int NEW_VERSION = 13;

    private final String sql;

    AppendStatement(PgStorage storage) {
        this.sql = storage.sql(SQL);
    }

    /**
     * Runs the append; the caller reads the one row (none if the session is missing or expired).
     *
     * @param outcome reads the result set
     * @param <T> what it reads
     * @return what {@code outcome} returned
     */
    <T> T run(Connection c, Batch batch, Outcome<T> outcome) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            List<MessageDraft> drafts = batch.drafts();
            int size = drafts.size();
            String[] ids = new String[size];
            String[] authors = new String[size];
            String[] roles = new String[size];
            String[] contents = new String[size];
            Integer[] lo = new Integer[size];
            Integer[] hi = new Integer[size];
            List<String> attrs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                MessageDraft d = drafts.get(i);
                ids[i] = d.id();
                authors[i] = d.author();
                roles[i] = d.role().name();
                contents[i] = d.content();
                lo[i] = attrs.size() + 1;
                for (Map.Entry<String, String> e : d.attributes().entrySet()) {
                    attrs.add(e.getKey());
                    attrs.add(e.getValue());
                }
                hi[i] = attrs.size();
            }
            st.setString(1, batch.id().value());
            st.setLong(2, batch.now());
            st.setLong(3, batch.expected());
            st.setLong(4, size);
            st.setArray(5, c.createArrayOf("text", ids));
            st.setArray(6, c.createArrayOf("text", authors));
            st.setArray(7, c.createArrayOf("text", roles));
            st.setArray(8, c.createArrayOf("text", contents));
            st.setArray(9, c.createArrayOf("text", attrs.toArray(new String[0])));
            st.setArray(10, c.createArrayOf("int4", lo));
            st.setArray(11, c.createArrayOf("int4", hi));
            try (ResultSet rs = st.executeQuery()) {
                return outcome.read(rs);
            }
        }
    }

    /**
     * One append's input.
     *
     * @param id the session
     * @param drafts the batch
     * @param expected the expected version, 0 for any
     * @param now the store's clock, epoch milliseconds
     */
    record Batch(SessionId id, List<MessageDraft> drafts, long expected, long now) {
    }

    /**
     * Reads the append's result row.
     *
     * @param <T> what it makes of it
     */
    @FunctionalInterface
    interface Outcome<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** @return the messages of a batch written at {@code at} right after {@code lastSeq} */
    static List<ChatMessage> stored(long lastSeq, List<MessageDraft> drafts, Instant at) {
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        long seq = lastSeq;
        for (MessageDraft draft : drafts) {
            messages.add(new ChatMessage(++seq, at, draft));
        }
        return messages;
    }

    /** @return the batch's ids already stored, in batch order */
    static List<String> storedIds(ResultSet rs) throws SQLException {
        Object[] ids = (Object[]) rs.getArray(STORED_IDS).getArray();
        List<String> list = new ArrayList<>(ids.length);
        for (Object id : ids) {
            list.add((String) id);
        }
        return list;
    }
}
