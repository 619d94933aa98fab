package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fast tier's epoch: a random value kept in one record of the fast tier. Every cached copy
 * carries the epoch it was written in and is trusted only while it matches. A fast tier that
 * restarted empty has no record (a new epoch is drawn); after a failed call this instance draws
 * a new one, because a fast tier that came back may have lost writes. Every instance re-reads
 * the record before each use of the fast tier. Thread-safe.
 */
final class Epoch {
    private static final SessionId ID = SessionId.of(Stamp.EPOCH_SESSION);
    private volatile String value = "";

    /** @return the epoch as last read ({@code ""} before the first read: matches no copy) */
    String value() {
        return value;
    }

    /** Re-reads the record (one round trip); a missing record (fast tier restarted empty) is renewed. */
    void refresh(SessionStore fast) {
        Optional<ChatSession> record = fast.find(ID);
        String current = record.map(s -> s.info().metadata().getOrDefault(Stamp.EPOCH, "")).orElse("");
        if (current.isEmpty()) {
            renew(fast);
        } else {
            value = current;
        }
    }

    /** Draws a new epoch and stores it: every copy written before is untrusted from now on. */
    void renew(SessionStore fast) {
        String fresh = UUID.randomUUID().toString();
        Map<String, String> metadata = Map.of(Stamp.EPOCH, fresh);
        try {
            fast.create(NewSession.of(ID.value(), "hybrid").withMetadata(metadata));
        } catch (SessionExistsException e) {
            fast.update(ID, SessionPatch.metadata(metadata), Expect.any());
        }
        value = fresh;
    }
}
