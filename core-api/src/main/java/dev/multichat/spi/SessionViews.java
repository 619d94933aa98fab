package dev.multichat.spi;

import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionView;
import java.util.Optional;

/**
 * Optional for a backend: a {@link dev.multichat.api.MessageLog} part that also implements this
 * answers {@link dev.multichat.api.SessionStore#view} itself, the session and the messages from
 * one consistent state, in one call to the backend (for example one script). Without it the core
 * answers with a find, then a read. Must be thread-safe like the part.
 */
public interface SessionViews {
    /**
     * @param id the session (validated by the core: not null)
     * @param range tail(n), after(seq, limit) or all (not null)
     * @return the session and the selected messages, as {@code find} and {@code read} would return
     *     them at one instant; empty if the session does not exist or has expired
     */
    Optional<SessionView> view(SessionId id, MessageRange range);
}
