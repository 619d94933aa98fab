package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Idempotent retries: a batch whose ids are all stored is answered from the store, not written again. */
public interface IdempotencyContract extends StoreFixture {

    @Test
    @DisplayName("Idempotency: Retrying a stored batch returns the stored messages with their seqs and replayed true.")
    default void retryReturnsStoredMessages() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("before", 2));
            Appended first = store.append(id, Samples.withIds("msg", 1, 3));
            Appended retry = store.append(id, Samples.withIds("msg", 1, 3));
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.messages()).isEqualTo(first.messages());
            assertThat(Samples.seqs(retry.messages())).containsExactly(3L, 4L, 5L);
        }
    }

    @Test
    @DisplayName("Idempotency: A retry writes nothing: version, lastSeq, updatedAt and messages stay as they were.")
    default void retryWritesNothing() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 2));
            Snapshot before = Snapshot.of(store, id);
            clock.advance(Duration.ofMinutes(1));
            Appended retry = store.append(id, Samples.withIds("msg", 1, 2));
            assertThat(Snapshot.of(store, id)).isEqualTo(before);
            assertThat(retry.session()).isEqualTo(before.session().orElseThrow());
        }
    }

    @Test
    @DisplayName("Idempotency: A retry returns the content and time stored by the first attempt, not the retried"
            + " drafts'.")
    default void retryReturnsFirstAttempt() {
        MutableClock clock = new MutableClock();
        try (SessionStore store = openStore(clock)) {
            SessionId id = Samples.create(store, "s1").id();
            Appended first = store.append(id, List.of(Samples.draft("original").withId("k1")));
            clock.advance(Duration.ofSeconds(30));
            Appended retry = store.append(id, List.of(Samples.draft("edited").withId("k1")));
            assertThat(retry.messages().get(0).content()).isEqualTo("original");
            assertThat(retry.messages().get(0).at()).isEqualTo(first.messages().get(0).at());
        }
    }

    @Test
    @DisplayName("Idempotency: A retry of a versioned append succeeds as a replay even though the version has moved"
            + " on.")
    default void retryComesBeforeVersionCheck() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            Appended first = store.append(id, Samples.withIds("msg", 1, 2), Expect.version(1));
            store.append(id, Samples.drafts("later", 1));
            Appended retry = store.append(id, Samples.withIds("msg", 1, 2), Expect.version(1));
            assertThat(retry.replayed()).isTrue();
            assertThat(retry.messages()).isEqualTo(first.messages());
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("Idempotency: A batch mixing stored and new ids is refused with InvalidInputException naming a stored"
            + " id, and"
            + " nothing is written.")
    default void mixedBatchIsRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 2));
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> store.append(id, Samples.withIds("msg",
                    2, 2)));
            assertThatThrownBy(() -> store.append(id, Samples.withIds("msg", 2, 2))).hasMessageContaining("msg-2");
        }
    }

    @Test
    @DisplayName("Idempotency: A batch mixing a stored id with a draft without id is refused and nothing is written.")
    default void storedIdWithAnonymousDraftIsRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<MessageDraft> stored = Samples.withIds("msg", 1, 1);
            store.append(id, stored);
            Snapshot.assertRefused(store, id, InvalidInputException.class,
                    () -> store.append(id, List.of(stored.get(0), Samples.draft("anonymous"))));
        }
    }

    @Test
    @DisplayName("Idempotency: Message ids are scoped to their session: an id stored in one session is new in another.")
    default void idsAreScopedPerSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId a = Samples.create(store, "a").id();
            SessionId b = Samples.create(store, "b").id();
            store.append(a, Samples.withIds("msg", 1, 2));
            Appended inB = store.append(b, Samples.withIds("msg", 1, 2));
            assertThat(inB.replayed()).isFalse();
            assertThat(store.find(b).orElseThrow().lastSeq()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("Idempotency: Retrying any subset of stored ids, in any order, replays those messages in seq order.")
    default void subsetRetryReplaysInSeqOrder() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            List<MessageDraft> batch = Samples.withIds("msg", 1, 4);
            store.append(id, batch);
            Appended retry = store.append(id, List.of(batch.get(3), batch.get(1)));
            assertThat(retry.replayed()).isTrue();
            assertThat(Samples.seqs(retry.messages())).containsExactly(2L, 4L);
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("Idempotency: Drafts without ids are never deduplicated: the same draft appended twice is stored"
            + " twice.")
    default void draftsWithoutIdsAreNotDeduplicated() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, List.of(Samples.draft("same")));
            Appended second = store.append(id, List.of(Samples.draft("same")));
            assertThat(second.replayed()).isFalse();
            assertThat(Samples.contents(Samples.all(store, id))).containsExactly("same", "same");
        }
    }

    @Test
    @DisplayName("Idempotency: A replay reports the session as it stands now, after any writes made since the first"
            + " attempt.")
    default void replayReportsCurrentSession() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("msg", 1, 1));
            store.append(id, Samples.drafts("later", 2));
            Appended retry = store.append(id, Samples.withIds("msg", 1, 1));
            assertThat(retry.session()).isEqualTo(store.find(id).orElseThrow());
            assertThat(retry.session().lastSeq()).isEqualTo(3);
        }
    }
}
