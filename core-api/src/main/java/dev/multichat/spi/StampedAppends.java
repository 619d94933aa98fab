package dev.multichat.spi;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import java.util.List;
import java.util.Map;

/**
 * Optional for a backend: a {@link dev.multichat.api.MessageLog} part that also implements this
 * answers {@link dev.multichat.api.SessionStore#appendStamped} itself, the append and the
 * metadata replacement as one atomic change in one call to the backend (for example one
 * script). Without it the core makes two calls: the append, then an update of the metadata
 * expecting the version the append produced. Must be thread-safe like the part.
 */
public interface StampedAppends {
    /**
     * Appends, then replaces the session's metadata, as one change: either both happen or
     * neither. The version moves as for the append followed by the update (so by two), the
     * expiry slides once; a replayed append (every draft's id already stored) writes nothing,
     * metadata included, and returns the stored messages as {@code append} does.
     *
     * @param id the session (validated by the core)
     * @param drafts the batch (validated by the core)
     * @param metadata the session's new metadata (validated by the core)
     * @param expect checked against the version before the append
     * @return the appended messages and the session after the metadata was replaced
     */
    Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata, Expect expect);
}
