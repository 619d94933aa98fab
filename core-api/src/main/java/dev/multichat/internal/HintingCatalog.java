package dev.multichat.internal;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.spi.ChangeSink;

/** The guarded catalog, hinting the change feed after every write it made. Thread-safe. */
final class HintingCatalog implements CatalogDelegate {
    private final SessionCatalog catalog;
    private final ChangeSink feed;

    HintingCatalog(SessionCatalog catalog, ChangeSink feed) {
        this.catalog = catalog;
        this.feed = feed;
    }

    @Override
    public SessionCatalog catalog() {
        return catalog;
    }

    @Override
    public ChatSession create(NewSession spec) {
        ChatSession created = catalog.create(spec);
        feed.changed(created.id());
        return created;
    }

    @Override
    public ChatSession update(SessionId id, SessionPatch patch, Expect expect) {
        ChatSession updated = catalog.update(id, patch, expect);
        feed.changed(id);
        return updated;
    }

    @Override
    public boolean delete(SessionId id) {
        boolean deleted = catalog.delete(id);
        feed.changed(id);
        return deleted;
    }
}
