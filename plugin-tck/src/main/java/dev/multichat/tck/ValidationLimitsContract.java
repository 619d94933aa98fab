package dev.multichat.tck;

import static dev.multichat.tck.Samples.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size limits (default {@link StoreLimits}): one unit over is refused before anything is written. */
public interface ValidationLimitsContract extends StoreFixture {

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(ints = {1, 2, 3, 4})
    @DisplayName("Validation limits: Content one UTF-8 byte over 1 MiB is refused with InvalidInputException and"
            + " nothing is written.")
    default void contentOneByteOverIsRefused(int lastCharBytes) {
        String last = new String[] {"a", "\u00E9", "\u20AC", "\uD83D\uDE00"}[lastCharBytes - 1];
        String content = "a".repeat(StoreLimits.DEFAULTS.maxContentBytes() + 1 - lastCharBytes) + last;
        assertRefusedAppend(List.of(Samples.draft("fine"), Samples.draft(content)));
    }

    @Test
    @DisplayName("Validation limits: Content of exactly 1 MiB ending in a multi-byte character is accepted.")
    default void contentAtLimitIsAccepted() {
        String content = "a".repeat(StoreLimits.DEFAULTS.maxContentBytes() - 4) + "\uD83D\uDE00";
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            assertThat(store.append(id, List.of(Samples.draft(content))).session().lastSeq()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Validation limits: A draft with 65 attributes is refused with InvalidInputException and nothing is"
            + " written.")
    default void tooManyAttributesAreRefused() {
        assertRefusedAppend(List.of(Samples.draft("x").withAttributes(entries(StoreLimits.DEFAULTS.maxAttributes()
                + 1))));
    }

    @Test
    @DisplayName("Validation limits: A batch of 1,001 drafts is refused with InvalidInputException and nothing is"
            + " written.")
    default void oversizedBatchIsRefused() {
        assertRefusedAppend(Samples.drafts("m", StoreLimits.DEFAULTS.maxBatch() + 1));
    }

    @Test
    @DisplayName("Validation limits: A batch with one oversized draft among valid ones stores none of them.")
    default void oneBadDraftSpoilsTheBatch() {
        List<MessageDraft> batch = new ArrayList<>(Samples.drafts("ok", 5));
        batch.add(2, Samples.draft("x".repeat(StoreLimits.DEFAULTS.maxContentBytes() + 1)));
        assertRefusedAppend(batch);
    }

    @Test
    @DisplayName("Validation limits: Creating a session with 65 metadata entries is refused with InvalidInputException"
            + " and creates"
            + " nothing.")
    default void createWithTooMuchMetadataIsRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            NewSession spec = NewSession.of("s1", OWNER).withMetadata(entries(StoreLimits.DEFAULTS.maxMetadata() + 1));
            assertThatThrownBy(() -> store.create(spec)).isInstanceOf(InvalidInputException.class);
            assertThat(store.find(spec.id())).isEmpty();
            assertThat(Listing.walk(store, OWNER, 10)).isEmpty();
        }
    }

    @Test
    @DisplayName("Validation limits: An update to 65 metadata entries is refused with InvalidInputException and"
            + " changes nothing.")
    default void updateWithTooMuchMetadataIsRefused() {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = store.create(NewSession.of("s1", OWNER).withMetadata(entries(2))).id();
            SessionPatch patch = SessionPatch.metadata(entries(StoreLimits.DEFAULTS.maxMetadata() + 1));
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> store.update(id, patch, Expect.any()));
        }
    }

    private void assertRefusedAppend(List<MessageDraft> drafts) {
        try (SessionStore store = openStore(new MutableClock())) {
            SessionId id = Samples.create(store, "s1").id();
            store.append(id, Samples.drafts("before", 2));
            Snapshot.assertRefused(store, id, InvalidInputException.class, () -> store.append(id, drafts,
                    Expect.any()));
        }
    }

    private static Map<String, String> entries(int n) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put("key-" + i, "value-" + i);
        }
        return map;
    }
}
