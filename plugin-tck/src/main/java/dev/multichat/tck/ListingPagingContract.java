package dev.multichat.tck;

import static dev.multichat.tck.Samples.OTHER_OWNER;
import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor paging: neither skips nor repeats, even while sessions are written between pages. */
public interface ListingPagingContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {1, 2, 3, 7, 25, 26, 1000})
    @DisplayName("Listing paging: Paging through an owner's sessions returns each exactly once, in the order of one"
            + " big page.")
    default void pagingMatchesOneBigPage(int limit) {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            for (int i = 0; i < 25; i++) {
                Samples.create(store, String.format("s%02d", i));
                if (i % 3 == 0) {
                    clock.advance(Duration.ofMillis(1));
                }
            }
            List<ChatSession> paged = Listing.walk(store, OWNER, limit);
            assertThat(paged).hasSize(25).doesNotHaveDuplicates();
            assertThat(paged).isEqualTo(Listing.walk(store, OWNER, 1000));
        }
    }

    @Test
    @DisplayName("Listing paging: Writing other owners' sessions between pages neither skips nor repeats a session.")
    default void otherOwnersWritesDoNotDisturbPaging() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            List<SessionId> expected = createSpaced(store, clock, 12);
            store.create(NewSession.of("theirs", OTHER_OWNER));
            List<ChatSession> paged = Listing.walk(store, OWNER, 2, page -> {
                clock.advance(Duration.ofSeconds(1));
                store.append(SessionId.of("theirs"), Samples.drafts("p" + page, 1));
                store.create(NewSession.of("theirs-" + page, OTHER_OWNER));
            });
            assertThat(Listing.ids(paged)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("Listing paging: Sessions created between pages do not cause a listed session to repeat or be"
            + " skipped.")
    default void createsBetweenPagesDoNotDisturb() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            List<SessionId> expected = createSpaced(store, clock, 10);
            List<ChatSession> paged = Listing.walk(store, OWNER, 3, page -> {
                clock.advance(Duration.ofSeconds(1));
                Samples.create(store, "new-" + page);
            });
            assertThat(Listing.ids(paged)).doesNotHaveDuplicates().containsAll(expected);
            assertThat(Listing.ids(paged).subList(0, 3)).isEqualTo(expected.subList(0, 3));
        }
    }

    @Test
    @DisplayName("Listing paging: A session written between pages appears at most once, and every session not written"
            + " appears once.")
    default void writtenSessionAppearsAtMostOnce() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            List<SessionId> all = createSpaced(store, clock, 12);
            List<SessionId> written = new ArrayList<>();
            List<ChatSession> paged = Listing.walk(store, OWNER, 2, page -> {
                clock.advance(Duration.ofSeconds(1));
                SessionId target = all.get((page * 5) % all.size());
                store.append(target, Samples.drafts("p" + page, 1));
                written.add(target);
            });
            assertThat(Listing.ids(paged)).doesNotHaveDuplicates();
            List<SessionId> untouched = new ArrayList<>(all);
            untouched.removeAll(written);
            assertThat(Listing.ids(paged)).containsAll(untouched);
        }
    }

    @Test
    @DisplayName("Listing paging: A session deleted between pages is not listed later, and no other session is"
            + " skipped.")
    default void deletesBetweenPagesDoNotSkipOthers() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            List<SessionId> all = createSpaced(store, clock, 9);
            SessionId doomed = all.get(7);
            List<ChatSession> paged = Listing.walk(store, OWNER, 2, page -> store.delete(doomed));
            List<SessionId> expected = new ArrayList<>(all);
            expected.remove(doomed);
            assertThat(Listing.ids(paged)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("Listing paging: Paging through sessions that all share one updatedAt follows id order without gaps.")
    default void pagingThroughTies() {
        try (SessionStore store = openStore(new MutableClock())) {
            for (String id : new String[] {"e", "b", "d", "a", "c", "f", "g"}) {
                Samples.create(store, id);
            }
            assertThat(Listing.ids(Listing.walk(store, OWNER, 2))).isEqualTo(Listing.ids("a", "b", "c", "d", "e", "f",
                    "g"));
        }
    }

    @Test
    @DisplayName("Listing paging: Expired sessions are skipped by every page without shortening the walk over live"
            + " ones.")
    default void pagingSkipsExpired() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            for (int i = 0; i < 8; i++) {
                NewSession spec = NewSession.of("s" + i, OWNER);
                store.create(i % 2 == 0 ? spec.withTtl(Expiring.ttl(false)) : spec);
            }
            clock.advance(Expiring.TTL);
            assertThat(Set.copyOf(Listing.ids(Listing.walk(store, OWNER, 1))))
                    .isEqualTo(Set.copyOf(Listing.ids("s1", "s3", "s5", "s7")));
        }
    }

    /** Creates n sessions one second apart; returns their ids newest first, the list order. */
    private static List<SessionId> createSpaced(SessionStore store, MutableClock clock, int n) {
        List<SessionId> newestFirst = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newestFirst.add(0, Samples.create(store, String.format("s%02d", i)).id());
            clock.advance(Duration.ofSeconds(1));
        }
        return newestFirst;
    }
}
