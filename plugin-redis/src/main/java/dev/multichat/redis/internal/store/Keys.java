package dev.multichat.redis.internal.store;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import java.util.regex.Pattern;

/**
 * The key layout. A session's three keys share the hash tag {@code {<session id>}}, so they
 * live in one cluster slot and one script touches them all:
 * <ul>
 *   <li>{@code <prefix>:{<id>}:s} a hash: owner, title, metadata, times, version, seqs, TTL</li>
 *   <li>{@code <prefix>:{<id>}:m} a list: the untrimmed messages in seq order, each
 *       {@code <seq>\n<message id>\n<message JSON>}</li>
 *   <li>{@code <prefix>:{<id>}:i} a hash: message id to seq (for idempotent retries)</li>
 * </ul>
 * An owner's index {@code <prefix>:o:{<owner>}} is a sorted set of session ids scored by
 * {@code -updatedAt} (so ascending order is newest first, ties by id), in its own slot.
 *
 * @param prefix the configurable prefix
 */
public record Keys(String prefix) {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * @throws InvalidInputException if the prefix is not 1 to 64 of {@code [A-Za-z0-9._-]}
     */
    public Keys {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException("redis option prefix=" + prefix + " is invalid; use 1 to 64"
                    + " characters of A-Z a-z 0-9 . _ - (braces would break the hash tags)");
        }
    }

    /**
     * @param id a session
     * @return its session hash, messages list and ids hash, in that order
     */
    public String[] session(SessionId id) {
        String base = sessionStart() + id.value() + "}:";
        return new String[] {base + "s", base + "m", base + "i"};
    }

    /** @return the start every session key shares: the prefix, a colon and the opening brace of the hash tag */
    public String sessionStart() {
        return prefix + ":{";
    }

    /**
     * @param owner an owner
     * @return the key of the owner's index
     */
    public String owner(String owner) {
        return ownerStart() + owner + "}";
    }

    /** @return the start every owner index key shares: the prefix, {@code :o:} and an opening brace */
    public String ownerStart() {
        return prefix + ":o:{";
    }
}
