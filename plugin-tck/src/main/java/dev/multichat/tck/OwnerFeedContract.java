package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionEvent.Kind;
import dev.multichat.api.SessionEvent;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Subscription;
import dev.multichat.tck.support.MutableClock;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change feed of an owner's sessions (issue 14): what a live session list needs, with versions. */
public interface OwnerFeedContract extends StoreFixture {

    @Test
    @DisplayName("Owner feed: created, appended, updated and deleted sessions are reported with their versions.")
    default void ownerSeesWrites() {
        try (SessionStore store = openStore(new MutableClock())) {
            OwnerEvents events = new OwnerEvents();
            OwnerEvents other = new OwnerEvents();
            try (Subscription ignored = store.followOwner(Samples.OWNER, events);
                 Subscription alsoIgnored = store.followOwner(Samples.OTHER_OWNER, other)) {
                SessionId id = Samples.create(store, "s1").id();
                assertThat(events.await(is(Kind.CREATED, id, 1))).isNotEmpty();
                store.append(id, Samples.drafts("m", 2));
                assertThat(events.await(is(Kind.APPENDED, id, 2))).anyMatch(e -> e.lastSeq() == 2);
                ChatSession updated = store.update(id, SessionPatch.title("renamed"), Expect.any());
                assertThat(events.await(is(Kind.UPDATED, id, updated.version()))).isNotEmpty();
                store.delete(id);
                assertThat(events.await(e -> e.kind() == Kind.DELETED && e.id().equals(id))).isNotEmpty();
                store.create(NewSession.of("theirs", Samples.OTHER_OWNER));
                assertThat(other.await(e -> e.kind() == Kind.CREATED)).hasSize(1);
                SessionId mine = Samples.create(store, "s2").id();
                assertThat(events.await(is(Kind.CREATED, mine, 1))).as("another owner's session is not reported")
                        .noneMatch(e -> e.id().value().equals("theirs"));
            }
        }
    }

    @Test
    @DisplayName("Owner feed: a session that expires is reported as EXPIRED.")
    default void ownerSeesExpiry() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            OwnerEvents events = new OwnerEvents();
            try (Subscription ignored = store.followOwner(Samples.OWNER, events)) {
                SessionId id = store.create(NewSession.of("short", Samples.OWNER).withTtl(Expiring.ttl(false))).id();
                assertThat(events.await(is(Kind.CREATED, id, 1))).isNotEmpty();
                clock.advance(Expiring.TTL);
                assertThat(events.await(e -> e.kind() == Kind.EXPIRED && e.id().equals(id))).isNotEmpty();
            }
        }
    }

    private static Predicate<SessionEvent> is(Kind kind, SessionId id, long version) {
        return e -> e.kind() == kind && e.id().equals(id) && e.version() == version;
    }
}
