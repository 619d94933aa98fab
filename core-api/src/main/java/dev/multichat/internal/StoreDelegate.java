package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SessionStore} composed of a {@link CatalogDelegate} and a {@link LogDelegate}: its
 * {@link #view} goes to the message log (natively one backend call where the backend answers
 * views), not to the default find-then-read of {@link SessionStore}.
 */
interface StoreDelegate extends SessionStore, CatalogDelegate, LogDelegate {
    /**
     * Goes to the backend in one call if it offers {@link dev.multichat.spi.StampedAppends}, else
     * two calls (the default).
     */
    @Override
    default Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                   Expect expect) {
        if (messages() instanceof HintingLog log && log.stamps()) {
            return log.appendStamped(id, drafts, metadata, expect);
        }
        return SessionStore.super.appendStamped(id, drafts, metadata, expect);
    }

    @Override
    default Optional<SessionView> view(SessionId id, MessageRange range) {
        return LogDelegate.super.view(id, range);
    }
}
