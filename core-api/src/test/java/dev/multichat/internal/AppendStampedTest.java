package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.NewSession;
import dev.multichat.api.Role;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.VersionConflictException;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreParts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SessionStore#appendStamped}: by default (a backend without
 * {@link dev.multichat.spi.StampedAppends}, {@code memory:}) the append then the metadata update,
 * the version moved by both; a replayed append replaces no metadata; a wrong expected version
 * writes nothing. A backend offering it gets the call itself, once, after the core checked the
 * drafts and the metadata.
 */
class AppendStampedTest {
    private static final Map<String, String> STAMP = Map.of("stamp", "1");

    @Test
    void byDefaultTheAppendThenTheMetadata() {
        try (SessionStore store = SessionStores.open("memory:")) {
            ChatSession created = store.create(NewSession.of("stamped", "owner"));
            SessionId id = created.id();
            MessageDraft draft = MessageDraft.of(Role.USER, "me", "hello").withId("m-1");
            Appended appended = store.appendStamped(id, List.of(draft), STAMP, Expect.version(created.version()));
            assertThat(appended.messages()).extracting(m -> m.draft()).containsExactly(draft);
            assertThat(appended.session()).isEqualTo(store.find(id).orElseThrow());
            assertThat(appended.session().info().metadata()).isEqualTo(STAMP);
            assertThat(appended.session().lastSeq()).isEqualTo(1);

            Appended replayed = store.appendStamped(id, List.of(draft), Map.of("stamp", "2"), Expect.any());
            assertThat(replayed.replayed()).isTrue();
            assertThat(store.find(id).orElseThrow().info().metadata()).as("a replay stamps nothing").isEqualTo(STAMP);

            long version = store.find(id).orElseThrow().version();
            assertThatThrownBy(() -> store.appendStamped(id, List.of(MessageDraft.of(Role.USER, "me", "late")),
                    Map.of("stamp", "3"), Expect.version(version - 1))).isInstanceOf(VersionConflictException.class);
            assertThat(store.find(id).orElseThrow()).isEqualTo(appended.session());
        }
    }

    @Test
    void aBackendThatOffersItAnswersInOneCall() {
        StoreConfig config = StoreConfig.of("memory:stamping");
        StoreParts memory = new MemoryStoreProvider().open(config);
        StampingLog log = new StampingLog(memory.messages(), memory.catalog());
        StoreParts parts = new StoreParts(memory.catalog(), log, memory.lifecycle());
        try (SessionStore store = StoreComposer.compose(parts, config, Duration.ofSeconds(5))) {
            SessionId id = store.create(NewSession.of("native", "owner")).id();
            Appended appended = store.appendStamped(id, List.of(MessageDraft.of(Role.USER, "me", "hi")), STAMP,
                    Expect.any());
            assertThat(log.stamped()).isEqualTo(1);
            assertThat(appended.session()).isEqualTo(store.find(id).orElseThrow());
            assertThat(appended.session().info().metadata()).isEqualTo(STAMP);
            assertThatThrownBy(() -> store.appendStamped(id, List.of(MessageDraft.of(Role.USER, "me", "x")),
                    Map.of("", "empty key"), Expect.any())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("key");
            assertThat(log.stamped()).as("refused before the backend").isEqualTo(1);
        }
    }
}
