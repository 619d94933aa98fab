package dev.multichat.internal;

import static dev.multichat.internal.Refusals.ID;
import static dev.multichat.internal.Refusals.OWNER;
import static dev.multichat.internal.Refusals.assertRefused;
import static dev.multichat.internal.Refusals.draft;
import static dev.multichat.internal.Refusals.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Size limits (default {@link StoreLimits}): one unit over is refused before anything is
 * written (moved from the TCK's ValidationLimitsContract; that content at the limit is stored
 * stays a TCK check, ValidationContract.contentAtLimitIsAccepted).
 */
class ValidationLimitsTest {
    private final SessionStore store = Refusals.open();

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {1, 2, 3, 4})
    @DisplayName("Validation limits: Content one UTF-8 byte over 1 MiB is refused with InvalidInputException and"
            + " nothing is written.")
    void contentOneByteOverIsRefused(int lastCharBytes) {
        String last = new String[] {"a", "\u00E9", "\u20AC", "\uD83D\uDE00"}[lastCharBytes - 1];
        String content = "a".repeat(StoreLimits.DEFAULTS.maxContentBytes() + 1 - lastCharBytes) + last;
        assertRefusedAppend(List.of(draft("fine"), draft(content)));
    }

    @Test
    @DisplayName("Validation limits: A draft with 65 attributes is refused with InvalidInputException and nothing is"
            + " written.")
    void tooManyAttributesAreRefused() {
        assertRefusedAppend(List.of(draft("x").withAttributes(entries(StoreLimits.DEFAULTS.maxAttributes() + 1))));
    }

    @Test
    @DisplayName("Validation limits: A batch of 1,001 drafts is refused with InvalidInputException and nothing is"
            + " written.")
    void oversizedBatchIsRefused() {
        assertRefusedAppend(Refusals.drafts("m", StoreLimits.DEFAULTS.maxBatch() + 1));
    }

    @Test
    @DisplayName("Validation limits: A batch with one oversized draft among valid ones stores none of them.")
    void oneBadDraftSpoilsTheBatch() {
        List<MessageDraft> batch = new ArrayList<>(Refusals.drafts("ok", 5));
        batch.add(2, draft("x".repeat(StoreLimits.DEFAULTS.maxContentBytes() + 1)));
        assertRefusedAppend(batch);
    }

    @Test
    @DisplayName("Validation limits: Creating a session with 65 metadata entries is refused with InvalidInputException"
            + " and creates nothing.")
    void createWithTooMuchMetadataIsRefused() {
        NewSession spec = NewSession.of("s2", OWNER).withMetadata(entries(StoreLimits.DEFAULTS.maxMetadata() + 1));
        assertRefused(store, () -> store.create(spec));
        assertThat(store.find(spec.id())).isEmpty();
    }

    @Test
    @DisplayName("Validation limits: An update to 65 metadata entries is refused with InvalidInputException and"
            + " changes nothing.")
    void updateWithTooMuchMetadataIsRefused() {
        store.update(ID, SessionPatch.metadata(entries(2)), Expect.any());
        SessionPatch patch = SessionPatch.metadata(entries(StoreLimits.DEFAULTS.maxMetadata() + 1));
        assertRefused(store, () -> store.update(ID, patch, Expect.any()));
    }

    private void assertRefusedAppend(List<MessageDraft> drafts) {
        assertRefused(store, () -> store.append(ID, drafts, Expect.any()));
    }
}
