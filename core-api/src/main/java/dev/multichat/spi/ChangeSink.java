package dev.multichat.spi;

import dev.multichat.api.SessionId;
import java.util.Set;

/** Where a {@link ChangeSignals} reports hints. Thread-safe; every method returns at once. */
public interface ChangeSink {
    /** @param id a session that may have changed (new messages, metadata, deletion) */
    void changed(SessionId id);

    /** Something may have changed, the backend cannot tell which session: re-check every followed one. */
    void changedAnywhere();

    /**
     * For sources that watch per session (file stamps): which sessions are followed right now.
     *
     * @return a snapshot of the followed sessions' ids (empty if none)
     */
    Set<SessionId> followed();
}
