package dev.multichat.internal;

import static dev.multichat.internal.Refusals.ID;
import static dev.multichat.internal.Refusals.assertRefused;
import static dev.multichat.internal.Refusals.draft;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Malformed appends and trims are refused with InvalidInputException before anything is
 * written (moved from the TCK's ValidationBatchContract; a batch mixing stored and new ids
 * involves the backend's stored ids and stays a TCK check,
 * ValidationContract.storedIdAnywhereInNewBatchIsRefused).
 */
class ValidationBatchTest {
    private final SessionStore store = Refusals.open();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("Validation batch: An empty batch is refused and nothing is written.")
    void emptyBatchIsRefused() {
        assertRefused(store, () -> store.append(ID, List.of(), Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A batch repeating a message id is refused and nothing is written, even if the id"
            + " is new.")
    void duplicateIdsInBatchAreRefused() {
        List<MessageDraft> batch = List.of(draft("a").withId("dup"), draft("b"), draft("c").withId("dup"));
        assertRefused(store, () -> store.append(ID, batch, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A null drafts list is refused and nothing is written.")
    void nullDraftsAreRefused() {
        assertRefused(store, () -> store.append(ID, null, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A batch holding a null draft is refused and nothing is written.")
    void nullDraftInBatchIsRefused() {
        List<MessageDraft> batch = Arrays.asList(draft("a"), null, draft("c"));
        assertRefused(store, () -> store.append(ID, batch, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A null expectation is refused on append and update, and nothing is written.")
    void nullExpectIsRefused() {
        assertRefused(store, () -> store.append(ID, Refusals.drafts("x", 1), null));
        assertRefused(store, () -> store.update(ID, SessionPatch.title("t"), null));
    }

    @Test
    @DisplayName("Validation batch: A null patch is refused and nothing is written.")
    void nullPatchIsRefused() {
        assertRefused(store, () -> store.update(ID, null, Expect.any()));
    }

    @Test
    @DisplayName("Validation batch: A trim through a negative seq is refused and nothing is removed.")
    void negativeTrimIsRefused() {
        assertRefused(store, () -> store.trim(ID, -1));
    }
}
