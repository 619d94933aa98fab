package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.SessionId;

/**
 * A cached copy as one call saw or left it: the fast tier's own version and newest seq of the
 * copy, and the stamp it carried then.
 *
 * @param id the session
 * @param version the copy's version in the fast tier
 * @param lastSeq the copy's newest seq in the fast tier ({@code window.last - window.offset})
 * @param state its stamp
 */
record CopyState(SessionId id, long version, long lastSeq, MirrorState state) {
}
