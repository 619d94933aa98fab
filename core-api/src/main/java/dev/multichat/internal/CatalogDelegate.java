package dev.multichat.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import java.util.Optional;

/**
 * A {@link SessionCatalog} that forwards every operation to {@link #catalog()}: lets a class
 * that implements {@link dev.multichat.api.SessionStore} get the five catalog operations by
 * composition, without a superclass and within the V2 function limit.
 */
interface CatalogDelegate extends SessionCatalog {
    /** @return the catalog every operation goes to */
    SessionCatalog catalog();

    @Override
    default ChatSession create(NewSession spec) {
        return catalog().create(spec);
    }

    @Override
    default Optional<ChatSession> find(SessionId id) {
        return catalog().find(id);
    }

    @Override
    default Page<ChatSession> list(SessionQuery query) {
        return catalog().list(query);
    }

    @Override
    default ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        return catalog().update(id, patch, expect);
    }

    @Override
    default boolean delete(SessionId id) {
        return catalog().delete(id);
    }
}
