package dev.multichat.hybrid.internal;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionListener;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreException;
import dev.multichat.api.Subscription;
import dev.multichat.api.StoreReading;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hybrid store's change signals: the durable tier's own change feed. Every session the
 * hybrid store's feed follows is followed in the durable tier too (the set is synchronised every
 * {@value #SYNC_MILLIS} ms), so a message another instance appends reaches this instance as
 * fast as the durable tier's native signals carry it (SQLite's data version, Redis pub/sub,
 * PostgreSQL LISTEN/NOTIFY), not only at the core's periodic check. Owner feeds still rely on
 * that check for other instances' changes. Hints only: the core reads the store after each.
 * Thread-safe.
 */
final class DurableHints implements ChangeSignals {
    private static final long SYNC_MILLIS = 100;
    private final SessionStore durable;
    private final LongAdder hints = new LongAdder();
    private final Map<SessionId, Subscription> following = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "hybrid-durable-hints");
        named.setDaemon(true);
        return named;
    });

    DurableHints(SessionStore durable) {
        this.durable = durable;
    }

    /** @return the hints delivered so far and the sessions followed in the durable tier now */
    List<StoreReading> readings() {
        return List.of(new StoreReading("multichat.hybrid.durable.hints", Map.of(), StoreReading.Kind.COUNTER,
                        hints.sum(), "deliveries of the durable tier's change feed turned into hints for this feed"),
                new StoreReading("multichat.hybrid.durable.followed", Map.of(), StoreReading.Kind.GAUGE,
                        following.size(), "sessions this store's feed follows in the durable tier now"));
    }

    @Override
    public void start(ChangeSink sink) {
        thread.scheduleWithFixedDelay(() -> sync(sink), 0, SYNC_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        following.values().forEach(Subscription::close);
        following.clear();
    }

    /** Follows in the durable tier every session followed now, and stops following the others. */
    private void sync(ChangeSink sink) {
        Set<SessionId> wanted = sink.followed();
        following.entrySet().removeIf(entry -> {
            boolean drop = !wanted.contains(entry.getKey()) || !entry.getValue().isActive();
            if (drop) {
                entry.getValue().close();
            }
            return drop;
        });
        for (SessionId id : wanted) {
            if (!following.containsKey(id)) {
                follow(id, sink).ifPresent(subscription -> following.put(id, subscription));
            }
        }
    }

    private Optional<Subscription> follow(SessionId id, ChangeSink sink) {
        try {
            Optional<Long> last = durable.find(id).map(session -> session.lastSeq());
            return last.map(seq -> durable.followSession(id, seq, new Hint(id, sink)));
        } catch (StoreException e) {
            return Optional.empty(); // deleted meanwhile or the durable tier is down: tried again at the next sync
        }
    }

    /** Turns the durable tier's deliveries into hints. */
    private final class Hint implements SessionListener {
        private final SessionId id;
        private final ChangeSink sink;

        Hint(SessionId id, ChangeSink sink) {
            this.id = id;
            this.sink = sink;
        }

        @Override
        public void onMessages(List<ChatMessage> messages) {
            hints.increment();
            sink.changed(id);
        }

        @Override
        public void onEnd(FeedEnd reason) {
            sink.changed(id);
        }
    }
}
