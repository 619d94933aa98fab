package dev.multichat.app.wire;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.Ttl;
import java.util.Map;

/**
 * The body of {@code POST /v1/sessions}.
 *
 * @param id the new session's id
 * @param owner its owner
 * @param title an optional title
 * @param metadata optional string metadata
 * @param ttl an optional TTL
 */
public record CreateSessionBody(String id, String owner, String title, Map<String, String> metadata,
                                TtlBody ttl) {

    /**
     * The model's new-session spec.
     *
     * @return the spec
     * @throws InvalidInputException naming the field that is missing or invalid
     */
    public NewSession toNewSession() {
        if (id == null || owner == null) {
            throw new InvalidInputException("a new session needs \"id\" and \"owner\"");
        }
        return new NewSession(SessionId.of(id), new SessionInfo(owner, title == null ? "" : title,
                metadata == null ? Map.of() : metadata, ttl == null ? Ttl.NONE : ttl.toTtl()));
    }
}
