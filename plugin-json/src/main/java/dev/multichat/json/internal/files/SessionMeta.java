package dev.multichat.json.internal.files;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionState;
import dev.multichat.json.internal.log.Commit;
import java.nio.file.Path;

/**
 * What {@code session.json} holds.
 *
 * @param generation random, new on every create: tells a re-created session from the old one
 * @param info owner, title, metadata, TTL
 * @param state the state as of the file's last rewrite (the log's commits may be newer)
 */
public record SessionMeta(String generation, SessionInfo info, SessionState state) {
    /**
     * The metadata is rewritten only after the log holds what it records, so a log whose last
     * commit is behind the metadata's lastSeq has lost acknowledged messages.
     *
     * @throws CorruptDataException naming the log if so
     */
    public void requireLogNotBehind(Commit commit, Path log) {
        long logLastSeq = commit == null ? 0 : commit.lastSeq();
        if (state.lastSeq() > logLastSeq) {
            throw new CorruptDataException(log + " ends at seq " + logLastSeq + " but "
                    + log.resolveSibling(SessionPaths.META).getFileName() + " records seq " + state.lastSeq()
                    + ": messages were lost from the log (truncated or replaced outside the store)."
                    + " Restore the log from a backup. Other sessions are unaffected.");
        }
    }

    /** @return the state reconciled with the log's last commit: whichever is newer wins */
    public SessionState reconcile(Commit commit) {
        if (commit == null || commit.version() <= state.version()) {
            return state;
        }
        return new SessionState(state.createdAt(), commit.updatedAt(), commit.expiresAt(),
                commit.version(), commit.lastSeq());
    }
}
