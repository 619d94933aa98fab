package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How long message ids are remembered: while their messages are stored, at least the newest 1,000. */
public interface IdempotencyWindowContract extends StoreFixture {

    @Test
    @DisplayName("Idempotency window: The ids of the newest 1,000 messages of a session are remembered for retries.")
    default void newestThousandIdsAreRemembered() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 1000));
            store.append(id, Samples.withIds("msg", 1001, 100));
            Appended retry = store.append(id, Samples.withIds("msg", 101, 5));
            assertThat(retry.replayed()).isTrue();
            assertThat(Samples.seqs(retry.messages())).isEqualTo(Samples.range(101, 105));
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(1100);
        }
    }

    @Test
    @DisplayName("Idempotency window: The id of a trimmed message is forgotten: appending it again stores a new"
            + " message.")
    default void trimmedIdsAreForgotten() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 3));
            store.trim(id, 2);
            Appended again = store.append(id, Samples.withIds("msg", 1, 1));
            assertThat(again.replayed()).isFalse();
            assertThat(Samples.seqs(again.messages())).containsExactly(4L);
        }
    }

    @Test
    @DisplayName("Idempotency window: A retry of ids still stored after a trim of older messages is a replay.")
    default void idsAboveTrimPointAreRemembered() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 4));
            store.trim(id, 2);
            Appended retry = store.append(id, Samples.withIds("msg", 3, 2));
            assertThat(retry.replayed()).isTrue();
            assertThat(Samples.seqs(retry.messages())).containsExactly(3L, 4L);
        }
    }

    @Test
    @DisplayName("Idempotency window: The ids of a deleted session are forgotten: a re-created session stores them"
            + " anew from seq 1.")
    default void deletedSessionIdsAreForgotten() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 2));
            store.delete(id);
            Samples.create(store, "s1");
            Appended again = store.append(id, Samples.withIds("msg", 1, 2));
            assertThat(again.replayed()).isFalse();
            assertThat(Samples.seqs(again.messages())).containsExactly(1L, 2L);
        }
    }

    @Test
    @DisplayName("Idempotency window: A message id may hold any printable ASCII character and is matched exactly, case"
            + " included.")
    default void idsMatchExactly() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            String odd = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
            store.append(id, java.util.List.of(Samples.draft("a").withId(odd), Samples.draft("b").withId("Key")));
            assertThat(store.append(id, java.util.List.of(Samples.draft("c").withId("key"))).replayed()).isFalse();
            Appended retry = store.append(id, java.util.List.of(Samples.draft("a").withId(odd)));
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.messages().get(0).draft().id()).isEqualTo(odd);
        }
    }

    @Test
    @DisplayName("Idempotency window: The ids of an expired session are forgotten: a session re-created on its id"
            + " stores them anew.")
    default void expiredSessionIdsAreForgotten() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = store.create(dev.multichat.api.NewSession.of("s1", Samples.OWNER)
                    .withTtl(Expiring.ttl(false))).id();
            store.append(id, Samples.withIds("msg", 1, 2));
            clock.advance(Expiring.TTL);
            Samples.create(store, "s1");
            Appended again = store.append(id, Samples.withIds("msg", 1, 2));
            assertThat(again.replayed()).isFalse();
            assertThat(Samples.seqs(again.messages())).containsExactly(1L, 2L);
        }
    }
}
