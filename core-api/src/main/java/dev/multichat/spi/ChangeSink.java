package dev.multichat.spi;

import dev.multichat.api.Appended;
import dev.multichat.api.SessionId;
import java.util.Set;

/** Where a {@link ChangeSignals} reports hints. Thread-safe; every method returns at once. */
public interface ChangeSink {
    /** @param id a session that may have changed (new messages, metadata, deletion) */
    void changed(SessionId id);

    /**
     * A write this process made and already holds the result of: the core reports its own
     * appends here, so that the feed can hand the stored messages on without reading them back.
     * A sink that cannot use the result treats it as {@link #changed(SessionId)}, which is the
     * default. Backends' {@link ChangeSignals} report other processes' writes with
     * {@code changed}, never with this.
     *
     * @param id the session appended to
     * @param appended the append's result: the stored messages and the session after it
     */
    default void appended(SessionId id, Appended appended) {
        changed(id);
    }

    /** Something may have changed, the backend cannot tell which session: re-check every followed one. */
    void changedAnywhere();

    /**
     * For sources that watch per session (file stamps): which sessions are followed right now.
     *
     * @return a snapshot of the followed sessions' ids (empty if none)
     */
    Set<SessionId> followed();
}
