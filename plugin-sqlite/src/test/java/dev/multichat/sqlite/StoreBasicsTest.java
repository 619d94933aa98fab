package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Ttl;
import dev.multichat.api.VersionConflictException;
import dev.multichat.tck.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's round trips on a real file, including reopening it. */
class StoreBasicsTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final SessionId id = SessionId.of("s1");

    @Test
    void appendsReadsAndSurvivesReopen() {
        Path file = dir.resolve("chats.db");
        try (SessionStore store = Stores.open(file, clock)) {
            store.create(NewSession.of("s1", "owner").withMetadata(Map.of("k", "v:1")));
            Appended first = store.append(id, List.of(Stores.draft("a"), Stores.draft("b")));
            assertThat(first.messages()).extracting(ChatMessage::seq).containsExactly(1L, 2L);
            assertThat(first.session().version()).isEqualTo(2);
            store.append(id, List.of(Stores.draft("c").withAttributes(Map.of("tokens", "12"))),
                    Expect.version(2));
        }
        try (SessionStore store = Stores.open(file, clock)) {
            assertThat(store.read(id, MessageRange.all())).extracting(ChatMessage::content)
                    .containsExactly("a", "b", "c");
            assertThat(store.tail(id, 2)).extracting(ChatMessage::seq).containsExactly(2L, 3L);
            assertThat(store.read(id, MessageRange.after(1, 1))).extracting(ChatMessage::seq)
                    .containsExactly(2L);
            assertThat(store.tail(id, 1).get(0).draft().attributes()).containsEntry("tokens", "12");
            assertThat(store.find(id).orElseThrow().info().metadata()).containsEntry("k", "v:1");
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(3);
        }
    }

    @Test
    void pathWithSpacesAndSignsReopens() throws Exception {
        Path file = java.nio.file.Files.createDirectory(dir.resolve("my chats #1 (50%)")).resolve("a b.db");
        try (SessionStore store = Stores.open(file, clock)) {
            store.create(NewSession.of("s1", "owner"));
        }
        try (SessionStore store = Stores.open(file, clock)) {
            assertThat(store.find(id)).isPresent();
        }
        assertThat(file).exists();
    }

    @Test
    void versionConflictWritesNothing() {
        try (SessionStore store = Stores.open(dir.resolve("v.db"), clock)) {
            store.create(NewSession.of("s1", "owner"));
            assertThatThrownBy(() -> store.append(id, List.of(Stores.draft("x")), Expect.version(7)))
                    .isInstanceOf(VersionConflictException.class)
                    .hasMessageContaining("version 1");
            assertThat(store.read(id, MessageRange.all())).isEmpty();
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void trimKeepsLastSeqAndUpdateSlidesTtl() {
        try (SessionStore store = Stores.open(dir.resolve("t.db"), clock)) {
            store.create(NewSession.of("s1", "owner").withTtl(Ttl.sliding(Duration.ofMinutes(1))));
            store.append(id, List.of(Stores.draft("a"), Stores.draft("b"), Stores.draft("c")));
            assertThat(store.trim(id, 2)).isEqualTo(2);
            assertThat(store.read(id, MessageRange.all())).extracting(ChatMessage::seq).containsExactly(3L);
            assertThat(store.append(id, List.of(Stores.draft("d"))).messages().get(0).seq()).isEqualTo(4);
            clock.advance(Duration.ofSeconds(50));
            store.update(id, SessionPatch.title("renamed"), Expect.any());
            clock.advance(Duration.ofSeconds(50));
            assertThat(store.find(id)).isPresent();
            clock.advance(Duration.ofSeconds(10));
            assertThat(store.find(id)).isEmpty();
            assertThatThrownBy(() -> store.tail(id, 5)).isInstanceOf(SessionNotFoundException.class);
            assertThat(store.delete(id)).isFalse();
        }
    }

    @Test
    void replayedAppendWritesNothing() {
        try (SessionStore store = Stores.open(dir.resolve("r.db"), clock)) {
            store.create(NewSession.of("s1", "owner"));
            List<dev.multichat.api.MessageDraft> batch = List.of(Stores.draft("a").withId("m1"),
                    Stores.draft("b").withId("m2"));
            Appended stored = store.append(id, batch);
            Appended again = store.append(id, batch, Expect.version(1));
            assertThat(again.replayed()).isTrue();
            assertThat(again.messages()).isEqualTo(stored.messages());
            assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(2);
        }
    }
}
