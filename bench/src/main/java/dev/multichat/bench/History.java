package dev.multichat.bench;

import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreLimits;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Sessions with a given number of messages, made through the public API only. */
final class History {
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private History() {
    }

    /**
     * Creates a new session and appends {@code messages} messages in the largest batches the
     * default limits allow, so a 100,000-message history takes about a hundred appends.
     *
     * @param store where
     * @param messages how many messages the session starts with
     * @return the session's id
     */
    static SessionId create(SessionStore store, int messages) {
        SessionId id = SessionId.of("bench-" + SESSIONS.incrementAndGet());
        store.create(NewSession.of(id.value(), "bench"));
        int batch = StoreLimits.DEFAULTS.maxBatch();
        for (int done = 0; done < messages; done += batch) {
            List<MessageDraft> drafts = Collections.nCopies(Math.min(batch, messages - done), Payload.DRAFT);
            store.append(id, drafts);
        }
        return id;
    }

    /**
     * Trims a session back to its newest {@code messages} messages, so that each measurement
     * iteration starts from the history it is named after (appends grow it while measuring).
     *
     * @param store where
     * @param id the session
     * @param messages how many of the newest messages to keep
     */
    static void trimTo(SessionStore store, SessionId id, int messages) {
        long lastSeq = store.find(id).orElseThrow().lastSeq();
        if (lastSeq > messages) {
            store.trim(id, lastSeq - messages);
        }
    }
}
