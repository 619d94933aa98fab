package dev.multichat.internal;

import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionView;
import java.util.Optional;

/**
 * A {@link SessionStore} composed of a {@link CatalogDelegate} and a {@link LogDelegate}: its
 * {@link #view} goes to the message log (natively one backend call where the backend answers
 * views), not to the default find-then-read of {@link SessionStore}.
 */
interface StoreDelegate extends SessionStore, CatalogDelegate, LogDelegate {
    @Override
    default Optional<SessionView> view(SessionId id, MessageRange range) {
        return LogDelegate.super.view(id, range);
    }
}
