package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.tck.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two store instances on one directory behave like two processes (separate caches, shared
 * files): each sees the other's appends, updates, trims, deletes and re-creates on its next call.
 */
class SharedDirectoryTest {
    private static final SessionId ID = SessionId.of("shared");

    @TempDir
    Path dir;

    @Test
    @DisplayName("appends, updates and trims by another instance are seen at once, from the files")
    void seesOtherWriters() {
        try (SessionStore a = TestStores.open(dir, ""); SessionStore b = TestStores.open(dir, "")) {
            a.create(NewSession.of(ID.value(), "o"));
            a.append(ID, TestStores.drafts("a", 3));
            assertThat(b.tail(ID, 10)).hasSize(3);
            b.append(ID, TestStores.drafts("b", 2));
            assertThat(a.read(ID, MessageRange.after(3, 10))).extracting(ChatMessage::seq).containsExactly(4L, 5L);
            a.update(ID, SessionPatch.title("by a"), Expect.version(3));
            assertThat(b.find(ID).orElseThrow().info().title()).isEqualTo("by a");
            assertThat(b.append(ID, TestStores.drafts("c", 1), Expect.version(4)).session().version()).isEqualTo(5);
            assertThat(b.trim(ID, 4)).isEqualTo(4);
            assertThat(a.read(ID, MessageRange.all())).extracting(ChatMessage::seq).containsExactly(5L, 6L);
            assertThat(a.append(ID, TestStores.drafts("a", 3)).replayed()).as("trimmed ids are forgotten").isFalse();
            assertThat(b.append(ID, TestStores.drafts("a", 3)).replayed()).as("b knows a's new ids").isTrue();
            assertThat(b.find(ID).orElseThrow().lastSeq()).isEqualTo(9);
        }
    }

    @Test
    @DisplayName("a session deleted and re-created by another instance is never mixed up with the old one")
    void seesRecreate() {
        try (SessionStore a = TestStores.open(dir, ""); SessionStore b = TestStores.open(dir, "")) {
            a.create(NewSession.of(ID.value(), "o"));
            a.append(ID, TestStores.drafts("old", 4));
            assertThat(b.tail(ID, 10)).hasSize(4);
            assertThat(a.delete(ID)).isTrue();
            assertThat(b.find(ID)).isEmpty();
            a.create(NewSession.of(ID.value(), "new-owner"));
            a.append(ID, TestStores.drafts("new", 1));
            assertThat(b.read(ID, MessageRange.all())).extracting(m -> m.draft().id()).containsExactly("new-0");
            assertThat(b.find(ID).orElseThrow().owner()).isEqualTo("new-owner");
            assertThat(b.append(ID, TestStores.drafts("old", 4)).replayed()).isFalse();
            assertThat(b.list(SessionQuery.first("new-owner", 5)).items()).hasSize(1);
        }
    }

    @Test
    @DisplayName("a listing re-reads entries whose files another instance changed, so the order and states are current")
    void listingSeesOtherWriters() {
        MutableClock clock = new MutableClock();
        try (SessionStore a = TestStores.open(dir, "", clock); SessionStore b = TestStores.open(dir, "", clock)) {
            a.create(NewSession.of("older", "o"));
            clock.advance(Duration.ofSeconds(1));
            a.create(NewSession.of("newer", "o"));
            assertThat(b.find(SessionId.of("older"))).isPresent();
            assertThat(b.find(SessionId.of("newer"))).isPresent();
            assertThat(b.list(SessionQuery.first("o", 10)).items()).extracting(s -> s.id().value())
                    .containsExactly("newer", "older");
            clock.advance(Duration.ofSeconds(1));
            a.append(SessionId.of("older"), TestStores.drafts("x", 1));
            var items = b.list(SessionQuery.first("o", 10)).items();
            assertThat(items).extracting(s -> s.id().value()).containsExactly("older", "newer");
            assertThat(items.get(0).lastSeq()).isEqualTo(1);
            a.update(SessionId.of("newer"), SessionPatch.title("renamed"), Expect.any());
            assertThat(b.list(SessionQuery.first("o", 1)).items()).extracting(s -> s.info().title())
                    .containsExactly("renamed");
            assertThat(a.delete(SessionId.of("newer"))).isTrue();
            assertThat(b.list(SessionQuery.first("o", 10)).items()).extracting(s -> s.id().value())
                    .containsExactly("older");
        }
    }
}
