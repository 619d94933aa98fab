package dev.multichat.api;

import dev.multichat.internal.Require;
import java.util.Map;

/**
 * What {@link SessionCatalog#create} needs.
 *
 * @param id the new session's id
 * @param info owner, title, metadata and TTL
 */
public record NewSession(SessionId id, SessionInfo info) {
    /**
     * @throws InvalidInputException if a field is null
     */
    public NewSession {
        Require.nonNull(id, "id");
        Require.nonNull(info, "info");
    }

    /**
     * @param id the id
     * @param owner the owner
     * @return a spec with an empty title, no metadata and no TTL
     */
    public static NewSession of(String id, String owner) {
        return new NewSession(SessionId.of(id), SessionInfo.of(owner));
    }

    /**
     * @param title the title
     * @return a copy with that title
     */
    public NewSession withTitle(String title) {
        return new NewSession(id, new SessionInfo(info.owner(), title, info.metadata(), info.ttl()));
    }

    /**
     * @param metadata the metadata
     * @return a copy with that metadata
     */
    public NewSession withMetadata(Map<String, String> metadata) {
        return new NewSession(id, new SessionInfo(info.owner(), info.title(), metadata, info.ttl()));
    }

    /**
     * @param ttl the lifetime
     * @return a copy with that TTL
     */
    public NewSession withTtl(Ttl ttl) {
        return new NewSession(id, new SessionInfo(info.owner(), info.title(), info.metadata(), ttl));
    }
}
