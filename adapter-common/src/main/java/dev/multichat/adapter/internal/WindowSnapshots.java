package dev.multichat.adapter.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionState;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last window an {@link AppendOnlyMemory} read or extended, per conversation, for the {@value #CONVERSATIONS}
 * conversations used most recently. A snapshot is tagged with its session's creation time,
 * version and last seq; it serves a read only while the session still has all three (every write,
 * by any client, raises the version; a deleted and re-created session has a new creation time), so
 * a read costs one look at the session instead of reading and decoding the window. (A session
 * deleted and re-created within the millisecond the first was created in, and written to as many
 * times, would pass for the first: no real client does that.) Thread-safe.
 *
 * @param <M> the framework's message type
 */
final class WindowSnapshots<M> {

    /** How many conversations keep a snapshot (least recently used dropped first). */
    static final int CONVERSATIONS = 256;

    private final Map<String, Snapshot<M>> snapshots = new LinkedHashMap<>(16, 0.75f, true);

    /**
     * One conversation's window as of one session state. Its messages are at least as new as that
     * state (read after the state was), never older, so a snapshot is never served stale.
     *
     * @param state the session's state it was taken at (creation time, version, last seq)
     * @param stored what the window was shaped from
     * @param window the window's decoded framework messages, oldest first
     * @param decoded the same messages by seq
     * @param <M> the framework's message type
     */
    record Snapshot<M>(SessionState state, RecentWindow.Stored stored, List<M> window, Map<Long, M> decoded) {

        /** @return true if {@code session} is the state this snapshot was taken at */
        boolean isOf(ChatSession session) {
            return session.version() == state.version() && session.lastSeq() == state.lastSeq()
                    && sameSession(session);
        }

        /**
         * @return true if {@code appended} wrote the only change since this snapshot: a new append
         *     (not a replay) that raised the same session's version by exactly one
         */
        boolean isFollowedBy(Appended appended) {
            return !appended.replayed() && appended.session().version() == state.version() + 1
                    && sameSession(appended.session());
        }

        /** @return true if {@code session} is the session this snapshot is of (not one re-created since) */
        boolean sameSession(ChatSession session) {
            return session.state().createdAt().equals(state.createdAt());
        }
    }

    /** @return the conversation's snapshot, or null */
    synchronized Snapshot<M> get(String conversationId) {
        return snapshots.get(conversationId);
    }

    /** Keeps {@code snapshot} as the conversation's, dropping the least recently used beyond the limit. */
    synchronized void put(String conversationId, Snapshot<M> snapshot) {
        snapshots.put(conversationId, snapshot);
        Iterator<String> eldest = snapshots.keySet().iterator();
        while (snapshots.size() > CONVERSATIONS) {
            eldest.next();
            eldest.remove();
        }
    }

    /** Forgets the conversation's snapshot. */
    synchronized void remove(String conversationId) {
        snapshots.remove(conversationId);
    }
}
