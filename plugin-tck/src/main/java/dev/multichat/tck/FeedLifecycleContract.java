package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.FeedEnd;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.Subscription;
import dev.multichat.tck.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change feed's lifecycle (issue 14): how a feed ends, and closing subscriptions and the store. */
public interface FeedLifecycleContract extends StoreFixture {

    @Test
    @DisplayName("Feed: deleting the session ends the feed with SESSION_GONE, after what was delivered.")
    default void deleteEndsFeed() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            Received received = new Received();
            try (Subscription subscription = store.followSession(id, 0, received)) {
                store.append(id, Samples.drafts("m", 3));
                received.awaitMessages(3);
                store.delete(id);
                assertThat(received.awaitEnd()).containsExactly(FeedEnd.SESSION_GONE);
                assertThat(subscription.isActive()).isFalse();
                assertThat(Samples.seqs(received.messages())).isEqualTo(Samples.range(1, 3));
            }
        }
    }

    @Test
    @DisplayName("Feed: a session that expires ends its feed with SESSION_GONE (found by the periodic check).")
    default void expiryEndsFeed() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("watched", Samples.OWNER).withTtl(Expiring.ttl(false))).id();
            Received received = new Received();
            try (Subscription ignored = store.followSession(id, 0, received)) {
                store.append(id, Samples.drafts("m", 2));
                assertThat(received.awaitMessages(2)).hasSize(2);
                clock.advance(Expiring.TTL);
                assertThat(received.awaitEnd()).containsExactly(FeedEnd.SESSION_GONE);
            }
        }
    }

    @Test
    @DisplayName("Feed: a closed subscription gets nothing more, while another follower still gets the append.")
    default void closedSubscriptionGetsNothing() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            store.append(id, Samples.drafts("before", 1));
            Received closed = new Received();
            Received open = new Received();
            Subscription first = store.followSession(id, 0, closed);
            try (Subscription ignored = store.followSession(id, 0, open)) {
                closed.awaitMessages(1);
                first.close();
                store.append(id, Samples.drafts("after", 2));
                assertThat(Samples.seqs(open.awaitMessages(3))).isEqualTo(Samples.range(1, 3));
                assertThat(Samples.seqs(closed.messages())).isEqualTo(Samples.range(1, 1));
                assertThat(closed.ends()).as("onEnd is not called after close()").isEmpty();
                assertThat(first.isActive()).isFalse();
            }
        }
    }

    @Test
    @DisplayName("Feed: closing the store ends every subscription with STORE_CLOSED; following then fails.")
    default void closingStoreEndsFeeds() {
        SessionStore store = openStore(new MutableClock());
        SessionId id = Samples.create(store, "watched").id();
        Received a = new Received();
        Received b = new Received();
        Subscription first = store.followSession(id, 0, a);
        Subscription second = store.followSession(id, 0, b);
        store.close();
        assertThat(a.awaitEnd()).containsExactly(FeedEnd.STORE_CLOSED);
        assertThat(b.awaitEnd()).containsExactly(FeedEnd.STORE_CLOSED);
        assertThat(first.isActive()).isFalse();
        assertThat(second.isActive()).isFalse();
        assertThatThrownBy(() -> store.followSession(id, 0, new Received())).isInstanceOf(StoreClosedException.class);
    }

    @Test
    @DisplayName("Feed: following a missing session or from a negative seq fails at once with a clear error.")
    default void followingBadInputFails() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "watched").id();
            assertThatThrownBy(() -> store.followSession(SessionId.of("missing"), 0, new Received()))
                    .isInstanceOf(SessionNotFoundException.class);
            assertThatThrownBy(() -> store.followSession(id, -1, new Received()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("afterSeq");
            assertThatThrownBy(() -> store.followOwner(" ", event -> { }))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("owner");
        }
    }
}
