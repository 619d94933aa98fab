package dev.multichat.internal;

import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.StoreReading;
import dev.multichat.api.Subscription;
import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.internal.feed.FeedHub;
import dev.multichat.internal.feed.FeedTiming;
import dev.multichat.spi.StoreLifecycle;
import java.util.List;

/**
 * The {@link SessionStore} users get: composed from the guarded catalog, the guarded message
 * log and the backend's lifecycle, which share one {@link Guard}. The ten operations come from
 * {@link CatalogDelegate} and {@link LogDelegate} (forwarding default methods, joined with the views
 * by {@link StoreDelegate}), following from the
 * {@link FeedHub} plus health, readings and
 * close here: no superclass, no shared mutable fields. Adds no locking of its own beyond the
 * guard's counter: thread safety is the backend's.
 */
final class GuardedStore implements StoreDelegate {
    private final SessionCatalog catalog;
    private final MessageLog messages;
    private final StoreLifecycle lifecycle;
    private final Guard guard;
    private final FeedHub feed;

    GuardedStore(SessionCatalog catalog, MessageLog messages, StoreLifecycle lifecycle, Guard guard, FeedHub feed) {
        this.catalog = catalog;
        this.messages = messages;
        this.lifecycle = lifecycle;
        this.guard = guard;
        this.feed = feed;
    }

    @Override
    public Subscription followSession(SessionId id, long afterSeq, SessionListener listener) {
        return guard.run(StoreOperation.FOLLOW, () -> feed.followSession(id, afterSeq, listener));
    }

    @Override
    public Subscription followOwner(String owner, OwnerListener listener) {
        return guard.run(StoreOperation.FOLLOW, () -> feed.followOwner(owner, listener));
    }

    @Override
    public SessionCatalog catalog() {
        return catalog;
    }

    @Override
    public MessageLog messages() {
        return messages;
    }

    @Override
    public StoreHealth health() {
        return guard.run(StoreOperation.HEALTH, lifecycle::health);
    }

    @Override
    public List<StoreReading> readings() {
        return lifecycle.readings();
    }

    @Override
    public void close() {
        guard.close(lifecycle::close);
    }

    /** @return the change feed's check period and pace (the {@code feed-check} and {@code feed-pace} options) */
    FeedTiming feedTiming() {
        return feed.timing();
    }

    @Override
    public String toString() {
        return "SessionStore[" + guard.store() + "]";
    }
}
