package dev.multichat.app.wire;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionPatch;
import java.util.Map;

/**
 * The body of {@code PATCH /v1/sessions/{id}}: the fields to change; absent fields stay.
 *
 * @param title a new title
 * @param metadata new metadata (replaces the whole map)
 * @param ttl a new TTL ({@code {"seconds": 0}} removes it)
 */
public record PatchSessionBody(String title, Map<String, String> metadata, TtlBody ttl) {

    /**
     * The model's patch.
     *
     * @return the patch
     * @throws InvalidInputException when nothing is set or a field is invalid
     */
    public SessionPatch toPatch() {
        return new SessionPatch(title, metadata, ttl == null ? null : ttl.toTtl());
    }
}
