package dev.multichat.spi;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionState;
import dev.multichat.api.VersionConflictException;
import java.time.Instant;

/**
 * How a session's state changes, the same on every backend: version 1 and no messages at
 * create; every write bumps the version by one and sets {@code updatedAt}; the expiry follows
 * {@link TtlRule}; an expected version is checked before anything is written. A backend
 * computes the new state with these and stores it. Stateless.
 */
public final class SessionRules {
    private SessionRules() {
    }

    /**
     * @param spec the new session
     * @param now the creation time
     * @return the session as created: version 1, lastSeq 0, createdAt = updatedAt = now
     */
    public static ChatSession created(NewSession spec, Instant now) {
        SessionInfo info = spec.info();
        return new ChatSession(spec.id(), info,
                new SessionState(now, now, TtlRule.atCreate(info.ttl(), now), 1, 0));
    }

    /**
     * The state after an append of {@code added} messages, or after a trim that removed
     * something ({@code added} 0).
     *
     * @param session the live session before the write
     * @param now the time of the write
     * @param added how many messages the write appended
     * @return the session after it: version + 1, lastSeq + added, updatedAt now, expiry per
     *     {@link TtlRule#afterWrite}
     */
    public static ChatSession written(ChatSession session, Instant now, long added) {
        SessionState old = session.state();
        Instant expires = TtlRule.afterWrite(session.info().ttl(), now, old.expiresAt());
        return new ChatSession(session.id(), session.info(), new SessionState(old.createdAt(), now, expires,
                old.version() + 1, old.lastSeq() + added));
    }

    /**
     * @param session the live session before the update (its version already checked)
     * @param patch the update
     * @param now the time of the update
     * @return the session after it: patched info, version + 1, updatedAt now, expiry per
     *     {@link TtlRule#afterPatch}
     */
    public static ChatSession patched(ChatSession session, SessionPatch patch, Instant now) {
        SessionInfo info = patch.applyTo(session.info());
        SessionState old = session.state();
        Instant expires = TtlRule.afterPatch(patch, info.ttl(), now, old.expiresAt());
        return new ChatSession(session.id(), info, new SessionState(old.createdAt(), now, expires,
                old.version() + 1, old.lastSeq()));
    }

    /**
     * The expected-version check of every write; call it before writing anything (and, for an
     * append, after the {@link ReplayDecision}: a replay succeeds whatever the version).
     *
     * @param id the session
     * @param expect the caller's precondition
     * @param current the session's current version
     * @throws VersionConflictException if {@code expect} does not match {@code current}
     */
    public static void checkVersion(SessionId id, Expect expect, long current) {
        if (!expect.matches(current)) {
            throw new VersionConflictException(id, expect.expected(), current);
        }
    }
}
