package dev.multichat.app.transfer;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionStore;
import java.util.Optional;

/**
 * Checks that a target holds an exact copy of a source session: the same owner, title,
 * metadata and TTL, the same message count and the same content checksum ({@link Digest}).
 * Reads both stores in pages (constant memory). Stateless apart from the two stores.
 */
public final class Verifier {

    private final SessionStore source;
    private final SessionStore target;

    /**
     * A verifier.
     *
     * @param source the original
     * @param target the copy
     */
    public Verifier(SessionStore source, SessionStore target) {
        this.source = source;
        this.target = target;
    }

    /**
     * Compares one session, as the source held it when listed.
     *
     * @param original the source session (its {@code lastSeq} bounds what is compared)
     * @return a description of the difference, or empty when the copy matches
     */
    public Optional<String> compare(ChatSession original) {
        String id = original.id().value();
        ChatSession copy = target.find(original.id()).orElse(null);
        if (copy == null) {
            return Optional.of(id + ": missing from the target");
        }
        SessionInfo a = original.info();
        SessionInfo b = copy.info();
        if (!a.equals(b)) {
            return Optional.of(id + ": owner, title, metadata or ttl differ");
        }
        Digest left = new Digest();
        Walk.messages(source, original.id(), 0, original.lastSeq(), left::add);
        Digest right = new Digest();
        Walk.messages(target, copy.id(), 0, Long.MAX_VALUE - 1, right::add);
        if (left.count() != right.count()) {
            return Optional.of(id + ": " + left.count() + " messages in the source, " + right.count()
                    + " in the target");
        }
        String leftSum = left.finish();
        String rightSum = right.finish();
        return leftSum.equals(rightSum) ? Optional.empty()
                : Optional.of(id + ": content checksums differ (" + leftSum + " vs " + rightSum + ")");
    }
}
