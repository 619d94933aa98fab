package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreLimits;
import dev.multichat.tck.support.MutableClock;
import dev.multichat.tck.support.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input. The refusals that only the core's guard decides (nulls, limits, empty batches,
 * repeated ids in a batch, negative trims...) are specified and tested once, in core-api's own
 * tests over {@code memory:}; here one check proves that the plugin's store is behind that
 * guard, and the rest are the validation a backend itself takes part in: storing content at
 * the limit, refusing a batch that mixes stored and new message ids, and refusing a cursor it
 * did not issue.
 */
public interface ValidationContract extends StoreFixture {

    @Test
    @DisplayName("Validation: The store is behind the core's guard: every call the guard refuses fails with the same"
            + " InvalidInputException as on memory:, and nothing is written.")
    default void storeIsGuarded() {
        List<Consumer<SessionStore>> calls = List.of(
            store -> store.find(null),
            store -> store.append(SessionId.of("s1"), List.of(), Expect.any()),
            store -> store.append(SessionId.of("s1"), List.of(Samples.draft("a").withId("m"),
                    Samples.draft("b").withId("m")), Expect.any()),
            store -> store.append(SessionId.of("s1"), Samples.drafts("m", StoreLimits.DEFAULTS.maxBatch() + 1)),
            store -> store.append(SessionId.of("s1"), List.of(Samples.draft("x".repeat(
                    StoreLimits.DEFAULTS.maxContentBytes() + 1)))),
            store -> store.update(SessionId.of("s1"), SessionPatch.metadata(Map.of()), null),
            store -> store.trim(SessionId.of("s1"), -1),
            store -> store.list(null));
        SessionId id = SessionId.of("s1");
        try (SessionStore store = openStore(new MutableClock());
             SessionStore reference = SessionStores.open("memory:")) {
            for (SessionStore s : List.of(store, reference)) {
                Samples.create(s, id.value());
                s.append(id, Samples.withIds("before", 1, 2));
            }
            for (Consumer<SessionStore> call : calls) {
                Throwable expected = catchThrowable(() -> call.accept(reference));
                assertThat(expected).isInstanceOf(InvalidInputException.class);
                Snapshot.assertRefused(store, id, InvalidInputException.class, () -> call.accept(store));
                assertThat(catchThrowable(() -> call.accept(store))).as("refused by the core's guard")
                        .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
            }
        }
    }

    @Test
    @DisplayName("Validation: Content of exactly 1 MiB ending in a multi-byte character is stored and read back.")
    default void contentAtLimitIsAccepted() {
        String content = "a".repeat(StoreLimits.DEFAULTS.maxContentBytes() - 4) + "\uD83D\uDE00";
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.append(id, List.of(Samples.draft(content))).session().lastSeq()).isEqualTo(1);
            assertThat(Samples.contents(Samples.all(store, id))).containsExactly(content);
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {0, 1, 2})
    @DisplayName("Validation: A batch mixing one stored id with new ids is refused wherever the stored id sits, and"
            + " nothing is written.")
    default void storedIdAnywhereInNewBatchIsRefused(int position) {
        List<MessageDraft> batch = new ArrayList<>(Samples.withIds("new", 1, 2));
        batch.add(position, Samples.withIds("before", 1, 1).get(0));
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("before", 1, 2));
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> store.append(id, batch, Expect.any()));
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"garbage", "", "djE6", "djE6YWJjOmlk", "djI6MTIzOmlk", "!!!"})
    @DisplayName("Validation: A cursor the store did not issue is refused with InvalidInputException.")
    default void foreignCursorIsRefused(String cursor) {
        try (SessionStore store = openStore(new MutableClock())) {
            Samples.create(store, "s1");
            assertThatThrownBy(() -> store.list(new SessionQuery(OWNER, 10, cursor)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(Listing.walk(store, OWNER, 10)).hasSize(1);
        }
    }
}
