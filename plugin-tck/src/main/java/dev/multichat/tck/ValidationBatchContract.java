package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed appends and trims are refused with InvalidInputException before anything is written. */
public interface ValidationBatchContract extends StoreFixture {

    @Test
    @DisplayName("Validation batch: An empty batch is refused and nothing is written.")
    default void emptyBatchIsRefused() {
        assertRefused(store -> store.append(SessionId.of("s1"), List.of(), Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A batch repeating a message id is refused and nothing is written, even if the id"
            + " is new.")
    default void duplicateIdsInBatchAreRefused() {
        List<MessageDraft> batch = List.of(Samples.draft("a").withId("dup"), Samples.draft("b"),
                Samples.draft("c").withId("dup"));
        assertRefused(store -> store.append(SessionId.of("s1"), batch, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A null drafts list is refused and nothing is written.")
    default void nullDraftsAreRefused() {
        assertRefused(store -> store.append(SessionId.of("s1"), null, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A batch holding a null draft is refused and nothing is written.")
    default void nullDraftInBatchIsRefused() {
        List<MessageDraft> batch = Arrays.asList(Samples.draft("a"), null, Samples.draft("c"));
        assertRefused(store -> store.append(SessionId.of("s1"), batch, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A null expectation is refused on append and update, and nothing is written.")
    default void nullExpectIsRefused() {
        assertRefused(store -> store.append(SessionId.of("s1"), Samples.drafts("x", 1), null));
        assertRefused(store -> store.update(SessionId.of("s1"), dev.multichat.api.SessionPatch.title("t"), null));
    }

    @Test
    @DisplayName("Validation batch: A null patch is refused and nothing is written.")
    default void nullPatchIsRefused() {
        assertRefused(store -> store.update(SessionId.of("s1"), null, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A trim through a negative seq is refused and nothing is removed.")
    default void negativeTrimIsRefused() {
        assertRefused(store -> store.trim(SessionId.of("s1"), -1));
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {0, 1, 2})
    @DisplayName("Validation batch: A batch mixing one stored id with new ids is refused wherever the stored id sits,"
            + " and nothing is"
            + " written.")
    default void storedIdAnywhereInNewBatchIsRefused(int position) {
        List<MessageDraft> batch = new ArrayList<>(Samples.withIds("new", 1, 2));
        batch.add(position, Samples.withIds("before", 1, 1).get(0));
        assertRefused(store -> store.append(SessionId.of("s1"), batch, Expect.any()));
    }

    /** Runs the call on a session holding two messages with ids and checks it was refused without effect. */
    private void assertRefused(Consumer<SessionStore> call) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.withIds("before", 1, 2));
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> call.accept(store));
        }
    }
}
