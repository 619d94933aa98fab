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
import dev.multichat.tck.support.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
                assertThat(events.await(is(Kind.CREATED, id, 1))).anyMatch(is(Kind.CREATED, id, 1));
                store.append(id, Samples.drafts("m", 2));
                Predicate<SessionEvent> appended = is(Kind.APPENDED, id, 2).and(e -> e.lastSeq() == 2);
                assertThat(events.await(appended)).anyMatch(appended);
                ChatSession updated = store.update(id, SessionPatch.title("renamed"), Expect.any());
                Predicate<SessionEvent> renamed = is(Kind.UPDATED, id, updated.version());
                assertThat(events.await(renamed)).anyMatch(renamed);
                store.delete(id);
                assertThat(events.await(is(Kind.DELETED, id))).anyMatch(is(Kind.DELETED, id));
                store.create(NewSession.of("theirs", Samples.OTHER_OWNER));
                assertThat(other.await(e -> e.kind() == Kind.CREATED)).singleElement()
                        .matches(e -> e.kind() == Kind.CREATED);
                SessionId mine = Samples.create(store, "s2").id();
                assertThat(events.await(is(Kind.CREATED, mine, 1))).as("another owner's session is not reported")
                        .anyMatch(is(Kind.CREATED, mine, 1))
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
                assertThat(events.await(is(Kind.CREATED, id, 1))).anyMatch(is(Kind.CREATED, id, 1));
                clock.advance(Expiring.TTL);
                assertThat(events.await(is(Kind.EXPIRED, id))).anyMatch(is(Kind.EXPIRED, id));
            }
        }
    }

    @Test
    @DisplayName("Owner feed: a trim is reported as TRIMMED, a title change as UPDATED, each with its version.")
    default void ownerSeesTrimAsTrimmed() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "trimmed").id();
            store.append(id, Samples.drafts("m", 4));
            OwnerEvents events = new OwnerEvents();
            try (Subscription ignored = store.followOwner(Samples.OWNER, events)) {
                store.trim(id, 2);
                long trimmed = store.find(id).orElseThrow().version();
                assertThat(events.await(is(Kind.TRIMMED, id, trimmed))).as("the trim, as TRIMMED")
                        .anyMatch(is(Kind.TRIMMED, id, trimmed)).noneMatch(e -> e.kind() == Kind.UPDATED);
                ChatSession renamed = store.update(id, SessionPatch.title("renamed"), Expect.any());
                assertThat(events.await(is(Kind.UPDATED, id, renamed.version())))
                        .anyMatch(is(Kind.UPDATED, id, renamed.version()));
            }
        }
    }

    @Test
    @DisplayName("Owner feed: a blocked listener holds up no write; released, it learns of every session created.")
    default void blockedOwnerListenerCatchesUp() throws InterruptedException {
        try (SessionStore store = openStore(new MutableClock())) {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            OwnerEvents events = new OwnerEvents() {
                @Override
                public void onEvent(SessionEvent event) {
                    entered.countDown();
                    Waiting.awaitQuietly(release);
                    super.onEvent(event);
                }
            };
            try (Subscription ignored = store.followOwner(Samples.OWNER, events)) {
                List<ChatSession> made = new ArrayList<>(List.of(Samples.create(store, "first")));
                assertThat(entered.await(Received.WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
                for (int i = 0; i < 400; i++) {
                    made.add(Samples.create(store, "s" + i));
                }
                assertThat(events.events()).as("all 400 creations completed while the listener was blocked")
                        .isEmpty();
                release.countDown();
                for (ChatSession s : made) {
                    Predicate<SessionEvent> latest = e -> e.id().equals(s.id()) && e.version() >= s.version();
                    assertThat(events.await(latest)).as("an event for %s", s.id().value()).anyMatch(latest);
                }
            }
        }
    }

    private static Predicate<SessionEvent> is(Kind kind, SessionId id) {
        return e -> e.kind() == kind && e.id().equals(id);
    }

    private static Predicate<SessionEvent> is(Kind kind, SessionId id, long version) {
        return e -> e.kind() == kind && e.id().equals(id) && e.version() == version;
    }
}
