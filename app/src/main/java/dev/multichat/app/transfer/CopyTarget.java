package dev.multichat.app.transfer;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes copies of sessions into a target store, one session at a time, resumably.
 *
 * <p>How a copy stays duplicate-free without message ids: batches are atomic, so a target
 * session created by a copy holds exactly the first {@code lastSeq} messages of its source.
 * {@link #begin} reports that count and the caller skips that many source messages; a rerun
 * after a kill therefore continues where the last acknowledged batch ended, whether or not the
 * messages carry ids. This holds while nothing else writes to the target session during the
 * copy; the final verification (counts and checksums) catches any case where it did not.
 *
 * <p>Times: the target is opened with a {@link SettableClock} pinned to the source's
 * {@code createdAt} and to each message's time, and messages of one batch share one time, so
 * a batch here holds consecutive messages with the same time. Not thread-safe.
 */
public final class CopyTarget {

    private final SessionStore store;
    private final SettableClock clock;
    private final int maxBatch;
    private final List<MessageDraft> batch = new ArrayList<>();
    private Instant batchAt;
    private SessionId current;
    private boolean created;
    private long written;

    /**
     * A target.
     *
     * @param store the target store, opened with {@code clock}
     * @param clock the target store's clock
     * @param maxBatch the most messages in one append
     */
    public CopyTarget(SessionStore store, SettableClock clock, int maxBatch) {
        this.store = store;
        this.clock = clock;
        this.maxBatch = maxBatch;
    }

    /**
     * Starts (or resumes) the copy of one session.
     *
     * @param id the session id
     * @param info its owner, title, metadata and TTL
     * @param createdAt its creation time in the source
     * @return how many of its messages the target already holds (skip that many)
     */
    public long begin(SessionId id, SessionInfo info, Instant createdAt) {
        current = id;
        written = 0;
        Optional<ChatSession> existing = store.find(id);
        created = existing.isEmpty();
        if (existing.isPresent()) {
            return existing.get().lastSeq();
        }
        clock.pin(createdAt);
        try {
            store.create(new NewSession(id, info));
        } finally {
            clock.pin(null);
        }
        return 0;
    }

    /**
     * Adds the next message to copy.
     *
     * @param draft the message
     * @param at its time in the source
     */
    public void add(MessageDraft draft, Instant at) {
        if (!batch.isEmpty() && (!at.equals(batchAt) || batch.size() >= maxBatch)) {
            flush();
        }
        batchAt = at;
        batch.add(draft);
    }

    /**
     * Writes what is buffered and ends the session's copy.
     *
     * @return the messages written for this session in this run
     */
    public long finish() {
        flush();
        return written;
    }

    /** Drops the session if this run created it (a half-read session is never left behind). */
    public void abandon() {
        batch.clear();
        if (created && current != null) {
            store.delete(current);
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        clock.pin(batchAt);
        try {
            store.append(current, List.copyOf(batch));
        } finally {
            clock.pin(null);
        }
        written += batch.size();
        batch.clear();
    }
}
