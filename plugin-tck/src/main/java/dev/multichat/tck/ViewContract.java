package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionView;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code view}: a session and a range of its messages together, exactly what {@code find} and
 * {@code read} answer apart (a backend may answer it natively, in one call); never a write.
 */
public interface ViewContract extends StoreFixture {

    @Test
    @DisplayName("View: the session is find's and the messages are read's, for tail, after and all, after a trim too.")
    default void viewIsFindAndRead() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "viewed").id();
            store.append(id, Samples.drafts("m", 30));
            store.trim(id, 4);
            List<MessageRange> ranges = List.of(MessageRange.tail(20), MessageRange.tail(100), MessageRange.after(0, 7),
                    MessageRange.after(25, 10), MessageRange.after(30, 5), MessageRange.all());
            for (MessageRange range : ranges) {
                SessionView view = store.view(id, range).orElseThrow();
                assertThat(view.session()).as("session, %s", range).isEqualTo(store.find(id).orElseThrow());
                assertThat(view.messages()).as("messages, %s", range).isEqualTo(store.read(id, range));
            }
        }
    }

    @Test
    @DisplayName("View: a session never created, deleted or expired has no view.")
    default void viewOfAbsentSessionIsEmpty() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            assertThat(store.view(SessionId.of("missing"), MessageRange.tail(5))).isEmpty();
            SessionId deleted = Samples.create(store, "deleted").id();
            store.delete(deleted);
            assertThat(store.view(deleted, MessageRange.tail(5))).isEmpty();
            SessionId expiring = store.create(NewSession.of("expiring", Samples.OWNER)
                    .withTtl(Expiring.ttl(false))).id();
            store.append(expiring, Samples.drafts("m", 2));
            assertThat(store.view(expiring, MessageRange.tail(5))).isPresent();
            clock.advance(Expiring.TTL);
            assertThat(store.view(expiring, MessageRange.tail(5))).isEmpty();
        }
    }

    @Test
    @DisplayName("View: a view writes nothing; it does not even slide a sliding TTL.")
    default void viewWritesNothing() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("sliding", Samples.OWNER).withTtl(Expiring.ttl(true))).id();
            ChatSession before = store.append(id, Samples.drafts("m", 3)).session();
            clock.advance(Duration.ofSeconds(5));
            store.view(id, MessageRange.tail(2));
            assertThat(store.find(id)).contains(before);
        }
    }
}
