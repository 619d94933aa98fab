package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.VersionConflictException;
import dev.multichat.tck.support.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code appendStamped}: an append and a replacement of the session's metadata, answered as the
 * append followed by the update would be (one atomic call on a backend that implements
 * {@link dev.multichat.spi.StampedAppends}, two calls on the others).
 */
public interface AppendStampedContract extends StoreFixture {

    @Test
    @DisplayName("Append stamped: the messages are stored, the metadata replaced, the version moved by two.")
    default void appendsAndReplacesTheMetadata() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = store.create(NewSession.of("stamped", Samples.OWNER).withMetadata(Map.of("old", "1"))).id();
            ChatSession before = store.append(id, Samples.drafts("m", 2)).session();
            Appended appended = store.appendStamped(id, Samples.drafts("s", 3), Map.of("stamp", "ok;7"),
                    Expect.version(before.version()));
            assertThat(appended.replayed()).isFalse();
            assertThat(Samples.seqs(appended.messages())).containsExactly(3L, 4L, 5L);
            assertThat(appended.session().version()).isEqualTo(before.version() + 2);
            assertThat(appended.session().lastSeq()).isEqualTo(5);
            assertThat(appended.session().info().metadata()).isEqualTo(Map.of("stamp", "ok;7"));
            assertThat(store.find(id)).contains(appended.session());
            assertThat(Samples.all(store, id).subList(2, 5)).isEqualTo(appended.messages());
        }
    }

    @Test
    @DisplayName("Append stamped: a version that does not hold writes nothing, metadata included.")
    default void aVersionConflictWritesNothing() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = store.create(NewSession.of("conflict", Samples.OWNER).withMetadata(Map.of("old", "1"))).id();
            ChatSession before = store.append(id, Samples.drafts("m", 2)).session();
            assertThatThrownBy(() -> store.appendStamped(id, Samples.drafts("s", 1), Map.of("stamp", "x"),
                    Expect.version(before.version() - 1))).isInstanceOf(VersionConflictException.class);
            assertThat(store.find(id)).contains(before);
            assertThat(Samples.all(store, id)).hasSize(2);
        }
    }

    @Test
    @DisplayName("Append stamped: a replayed batch (every id stored) writes nothing, metadata included.")
    default void aReplayWritesNothing() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = store.create(NewSession.of("replay", Samples.OWNER).withMetadata(Map.of("old", "1"))).id();
            Appended first = store.appendStamped(id, Samples.withIds("r", 1, 2), Map.of("stamp", "1"), Expect.any());
            Appended again = store.appendStamped(id, Samples.withIds("r", 1, 2), Map.of("stamp", "2"), Expect.any());
            assertThat(again.replayed()).isTrue();
            assertThat(again.messages()).isEqualTo(first.messages());
            assertThat(store.find(id)).contains(first.session());
            assertThat(first.session().info().metadata()).isEqualTo(Map.of("stamp", "1"));
        }
    }

    @Test
    @DisplayName("Append stamped: an absent or expired session is not found; a sliding TTL slides once.")
    default void absentSessionsAndSlidingExpiry() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            assertThatThrownBy(() -> store.appendStamped(SessionId.of("absent"), Samples.drafts("s", 1),
                    Map.of("stamp", "x"), Expect.any())).isInstanceOf(SessionNotFoundException.class);
            SessionId id = store.create(NewSession.of("sliding", Samples.OWNER).withTtl(Expiring.ttl(true))).id();
            clock.advance(Duration.ofSeconds(4));
            Appended appended = store.appendStamped(id, Samples.drafts("s", 1), Map.of("stamp", "x"), Expect.any());
            assertThat(appended.session().state().expiresAt()).isEqualTo(clock.instant().plus(Expiring.TTL));
            clock.advance(Expiring.TTL);
            assertThatThrownBy(() -> store.appendStamped(id, Samples.drafts("s", 1), Map.of("stamp", "y"),
                    Expect.any())).isInstanceOf(SessionNotFoundException.class);
        }
    }
}
