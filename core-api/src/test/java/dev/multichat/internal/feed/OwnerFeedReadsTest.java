package dev.multichat.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreOperation;
import dev.multichat.api.Subscription;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The owner feed's cost (issue 14): a write made through the store is read back by looking up
 * the one session it names, never by listing the owner's sessions (the periodic check, set to
 * an hour here, is the only re-list). Counted with the store's own metrics.
 */
class OwnerFeedReadsTest {
    private final Map<StoreOperation, LongAdder> calls = new ConcurrentHashMap<>();

    @Test
    @DisplayName("writes to followed sessions are reported from a look-up of each, without listing the owner again")
    void hintsReadOnlyTheHintedSession() throws InterruptedException {
        StoreConfig config = StoreConfig.of("memory:?feed-check=1h")
                .withMetrics((op, outcome, nanos) -> calls.computeIfAbsent(op, o -> new LongAdder()).increment());
        BlockingQueue<SessionEvent> events = new LinkedBlockingQueue<>();
        try (SessionStore store = SessionStores.open(config);
             Subscription ignored = store.followOwner("alice", events::add)) {
            long listings = count(StoreOperation.LIST);
            ChatSession chat = store.create(NewSession.of("chat", "alice"));
            store.create(NewSession.of("elsewhere", "bob"));
            for (int i = 0; i < 20; i++) {
                store.append(chat.id(), List.of(MessageDraft.of(Role.USER, "alice", "m" + i)));
            }
            store.trim(chat.id(), 5);
            ChatSession last = store.update(chat.id(), SessionPatch.title("renamed"), Expect.any());
            SessionEvent event;
            do {
                event = events.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("an event up to version %d", last.version()).isNotNull();
                assertThat(event.id()).isEqualTo(chat.id());
            } while (event.version() < last.version());
            assertThat(count(StoreOperation.LIST)).as("no listing after the first").isEqualTo(listings);
            assertThat(count(StoreOperation.FIND)).as("one look-up per pass, at most one per write").isPositive()
                    .isLessThanOrEqualTo(24);
        }
    }

    private long count(StoreOperation op) {
        LongAdder n = calls.get(op);
        return n == null ? 0 : n.sum();
    }
}
