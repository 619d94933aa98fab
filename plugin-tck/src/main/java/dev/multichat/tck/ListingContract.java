package dev.multichat.tck;

import static dev.multichat.tck.Samples.OTHER_OWNER;
import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code list}: an owner's live sessions, most recently active first (then by id). */
public interface ListingContract extends StoreFixture {

    @Test
    @DisplayName("Listing: list shows only the sessions of the owner asked for.")
    default void ownersAreIsolated() {
        try (SessionStore store = openStore(new MutableClock())) {
            store.create(NewSession.of("a1", OWNER));
            store.create(NewSession.of("b1", OTHER_OWNER));
            store.create(NewSession.of("a2", OWNER));
            assertThat(Listing.ids(Listing.walk(store, OWNER, 10)))
                    .containsExactlyInAnyOrderElementsOf(Listing.ids("a1", "a2"));
            assertThat(Listing.ids(Listing.walk(store, OTHER_OWNER, 10))).isEqualTo(Listing.ids("b1"));
            assertThat(Listing.walk(store, "nobody", 10)).isEmpty();
        }
    }

    @Test
    @DisplayName("Listing: Sessions are listed by updatedAt, newest first.")
    default void newestActivityFirst() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            for (String id : new String[] {"c", "a", "d", "b"}) {
                Samples.create(store, id);
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(Listing.ids(Listing.walk(store, OWNER, 10))).isEqualTo(Listing.ids("b", "d", "a", "c"));
        }
    }

    @Test
    @DisplayName("Listing: Sessions with the same updatedAt are listed by id, ascending.")
    default void tiesAreOrderedById() {
        try (SessionStore store = openStore(new MutableClock())) {
            for (String id : new String[] {"m", "B", "z", "a", "0", "a.b", "a-b"}) {
                Samples.create(store, id);
            }
            assertThat(Listing.ids(Listing.walk(store, OWNER, 10)))
                    .isEqualTo(Listing.ids("0", "B", "a", "a-b", "a.b", "m", "z"));
        }
    }

    @Test
    @DisplayName("Listing: Appending, updating or trimming a session moves it to the front of the list.")
    default void writesMoveToFront() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            for (String id : new String[] {"a", "b", "c", "d"}) {
                store.append(Samples.create(store, id).id(), Samples.drafts(id, 2));
            }
            clock.advance(Duration.ofSeconds(1));
            store.append(SessionId.of("b"), Samples.drafts("x", 1));
            clock.advance(Duration.ofSeconds(1));
            store.update(SessionId.of("c"), SessionPatch.title("t"), Expect.any());
            clock.advance(Duration.ofSeconds(1));
            store.trim(SessionId.of("a"), 1);
            assertThat(Listing.ids(Listing.walk(store, OWNER, 10))).isEqualTo(Listing.ids("a", "c", "b", "d"));
        }
    }

    @Test
    @DisplayName("Listing: An owner without sessions gets an empty page with no next cursor.")
    default void emptyListHasNoCursor() {
        try (SessionStore store = openStore(new MutableClock())) {
            Page<ChatSession> page = store.list(SessionQuery.first(OWNER, 5));
            assertThat(page.items()).isEmpty();
            assertThat(page.nextCursor()).isNull();
        }
    }

    @Test
    @DisplayName("Listing: A page holding exactly the last sessions has no next cursor.")
    default void exactlyFullPageIsLast() {
        try (SessionStore store = openStore(new MutableClock())) {
            for (int i = 0; i < 3; i++) {
                Samples.create(store, "s" + i);
            }
            Page<ChatSession> page = store.list(SessionQuery.first(OWNER, 3));
            assertThat(page.items()).hasSize(3);
            assertThat(page.hasNext()).isFalse();
        }
    }

    @Test
    @DisplayName("Listing: A page smaller than the owner's session count holds exactly limit sessions and a next"
            + " cursor.")
    default void partialPageHasCursor() {
        try (SessionStore store = openStore(new MutableClock())) {
            for (int i = 0; i < 4; i++) {
                Samples.create(store, "s" + i);
            }
            Page<ChatSession> page = store.list(SessionQuery.first(OWNER, 3));
            assertThat(page.items()).hasSize(3);
            assertThat(page.nextCursor()).isNotNull();
            assertThat(store.list(SessionQuery.first(OWNER, 3).next(page)).items()).hasSize(1);
        }
    }

    @Test
    @DisplayName("Listing: Listed sessions are complete: each equals what find returns for it.")
    default void listedSessionsAreComplete() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            store.create(NewSession.of("a", OWNER).withTitle("A").withMetadata(java.util.Map.of("k", "v")));
            clock.advance(Duration.ofSeconds(1));
            store.append(Samples.create(store, "b").id(), Samples.drafts("m", 2));
            for (ChatSession listed : Listing.walk(store, OWNER, 10)) {
                assertThat(store.find(listed.id())).contains(listed);
            }
        }
    }

    @Test
    @DisplayName("Listing: Ids with different case are separate, ordered entries of the list.")
    default void caseDistinctIdsAreListedSeparately() {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "chat");
            Samples.create(store, "CHAT");
            assertThat(Listing.ids(Listing.walk(store, OWNER, 1))).isEqualTo(Listing.ids("CHAT", "chat"));
        }
    }

    @Test
    @DisplayName("Listing: A session deleted and created again is listed once, as the new session.")
    default void recreatedSessionIsListedOnce() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            Samples.create(store, "a");
            Samples.create(store, "b");
            store.delete(SessionId.of("a"));
            clock.advance(Duration.ofSeconds(1));
            ChatSession again = store.create(NewSession.of("a", OWNER).withTitle("again"));
            assertThat(Listing.walk(store, OWNER, 1)).containsExactly(again, store.find(SessionId.of("b"))
                    .orElseThrow());
        }
    }
}
