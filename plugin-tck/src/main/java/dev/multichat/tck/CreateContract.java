package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code create}: a new session starts at version 1 with no messages, stamped by the clock. */
public interface CreateContract extends StoreFixture {

    @Test
    @DisplayName("Create: A new session starts at version 1 with lastSeq 0.")
    default void createStartsAtVersionOne() {
        try (SessionStore store = openStore(new MutableClock())) {
            ChatSession created = Samples.create(store, "s1");
            assertThat(created.version()).isEqualTo(1);
            assertThat(created.lastSeq()).isZero();
        }
    }

    @Test
    @DisplayName("Create: createdAt and updatedAt of a new session are both the clock's current instant.")
    default void createStampsClockTime() {
        MutableClock clock = new MutableClock();
        clock.advance(Duration.ofMillis(1234));
        try (SessionStore store = openStore(clock)) {
            ChatSession created = Samples.create(store, "s1");
            assertThat(created.state().createdAt()).isEqualTo(clock.instant());
            assertThat(created.state().updatedAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    @DisplayName("Create: Owner, title, metadata and TTL are stored exactly as given.")
    default void createKeepsInfo() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionInfo info = new SessionInfo(OWNER, "Trip to Lisbon", Map.of("lang", "pt", "tier", "gold"),
                    Ttl.absolute(Duration.ofHours(2)));
            ChatSession created = store.create(new NewSession(SessionId.of("s1"), info));
            assertThat(created.info()).isEqualTo(info);
            assertThat(store.find(SessionId.of("s1")).orElseThrow().info()).isEqualTo(info);
        }
    }

    @Test
    @DisplayName("Create: A session without TTL has no expiry time.")
    default void createWithoutTtlNeverExpires() {
        try (SessionStore store = openStore(new MutableClock())) {
            assertThat(Samples.create(store, "s1").state().expiresAt()).isNull();
        }
    }

    @Test
    @DisplayName("Create: An absolute or sliding TTL makes a new session expire at creation time plus the TTL.")
    default void createWithTtlSetsExpiry() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            ChatSession absolute = store.create(NewSession.of("a", OWNER).withTtl(Ttl.absolute(Duration.ofMinutes(5))));
            ChatSession sliding = store.create(NewSession.of("b", OWNER).withTtl(Ttl.sliding(Duration.ofSeconds(90))));
            assertThat(absolute.state().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
            assertThat(sliding.state().expiresAt()).isEqualTo(clock.instant().plusSeconds(90));
        }
    }

    @Test
    @DisplayName("Create: Creating an id held by a live session fails with SessionExistsException and changes nothing.")
    default void createOfLiveIdIsRefused() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("m", 2));
            clock.advance(Duration.ofSeconds(1));
            Snapshot.assertRefused(store, id, SessionExistsException.class,
                    () -> store.create(NewSession.of("s1", "someone-else").withTitle("taken")));
        }
    }

    @Test
    @DisplayName("Create: Creating the id of an expired session replaces it with a fresh, empty session.")
    default void createReplacesExpiredSession() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withTtl(Ttl.absolute(Duration.ofSeconds(10)))).id();
            store.append(id, Samples.drafts("old", 3));
            clock.advance(Duration.ofSeconds(10));
            ChatSession fresh = store.create(NewSession.of("s1", Samples.OTHER_OWNER).withTitle("new"));
            assertThat(fresh.version()).isEqualTo(1);
            assertThat(fresh.lastSeq()).isZero();
            assertThat(fresh.info().owner()).isEqualTo(Samples.OTHER_OWNER);
            assertThat(Samples.all(store, id)).isEmpty();
            assertThat(store.append(id, Samples.drafts("new", 1)).messages().get(0).seq()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Create: create returns exactly what find returns afterwards.")
    default void createReturnsStoredSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            ChatSession created = store.create(NewSession.of("s1", OWNER).withTitle("t")
                    .withMetadata(Map.of("k", "v")).withTtl(Ttl.sliding(Duration.ofMinutes(1))));
            assertThat(store.find(created.id())).contains(created);
        }
    }

    @Test
    @DisplayName("Create: Session ids are case-sensitive: 'chat' and 'CHAT' are two sessions.")
    default void idsAreCaseSensitive() {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "chat");
            Samples.create(store, "CHAT");
            store.append(SessionId.of("chat"), Samples.drafts("lower", 2));
            assertThat(store.find(SessionId.of("CHAT")).orElseThrow().lastSeq()).isZero();
            assertThat(store.find(SessionId.of("chat")).orElseThrow().lastSeq()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("Create: Every valid id shape (1 to 128 characters of A-Za-z0-9._:-) can be created and found.")
    default void everyValidIdShapeWorks() {
        try (SessionStore store = openStore(new MutableClock())) {
            for (String value : new String[] {"a", "Z", "0", "_", "-", ":", "a.b", "x..y", "user:42:chat-7_v1.2",
                "-leading-dash", "trailing.", "a".repeat(SessionId.MAX_LENGTH)}) {
                store.create(NewSession.of(value, OWNER));
                assertThat(store.find(SessionId.of(value))).as(value).isPresent();
            }
        }
    }
}
