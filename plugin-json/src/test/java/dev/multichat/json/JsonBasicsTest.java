package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.json.internal.files.SessionPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBasicsTest {
    private static final SessionId ID = SessionId.of("chat-1");

    @TempDir
    Path dir;

    @Test
    @DisplayName("everything written is read back by a reopened store, from readable files")
    void survivesReopen() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.create(NewSession.of("chat-1", "alice").withTitle("hello"));
            store.append(ID, TestStores.drafts("a", 3));
            store.append(ID, List.of(TestStores.draft("second batch")));
            store.update(ID, SessionPatch.title("renamed"), dev.multichat.api.Expect.version(3));
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            var session = store.find(ID).orElseThrow();
            assertThat(session.info().title()).isEqualTo("renamed");
            assertThat(session.version()).isEqualTo(4);
            assertThat(session.lastSeq()).isEqualTo(4);
            assertThat(store.read(ID, MessageRange.all())).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.tail(ID, 2)).extracting(ChatMessage::content)
                    .containsExactly("message a-2 \"quoted\"\nline",
                    "second batch");
            assertThat(store.read(ID, MessageRange.after(1, 2))).extracting(ChatMessage::seq).containsExactly(2L, 3L);
        }
        Path session = sessionDir(dir, "chat-1");
        assertThat(Files.readString(session.resolve("session.json"))).contains("\"title\" : \"renamed\"");
        List<String> lines = Files.readAllLines(session.resolve("messages.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).matches("[0-9a-f]{8} \\{\"seq\":1,.*");
        assertThat(lines.get(3)).matches("[0-9a-f]{8} \\{\"commit\":2,\"lastSeq\":3,.*");
    }

    @Test
    @DisplayName("an append writes only new lines: the log grows by exactly the batch, metadata is untouched")
    void appendOnlyAppends() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.create(NewSession.of("chat-1", "alice"));
            store.append(ID, TestStores.drafts("a", 2));
            Path session = sessionDir(dir, "chat-1");
            byte[] before = Files.readAllBytes(session.resolve("messages.jsonl"));
            byte[] meta = Files.readAllBytes(session.resolve("session.json"));
            store.append(ID, List.of(TestStores.draft("more")));
            byte[] after = Files.readAllBytes(session.resolve("messages.jsonl"));
            assertThat(java.util.Arrays.copyOf(after, before.length)).isEqualTo(before);
            assertThat(Files.readAllBytes(session.resolve("session.json"))).isEqualTo(meta);
        }
    }

    @Test
    @DisplayName("an idempotent retry returns the stored messages and writes nothing")
    void replay() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.create(NewSession.of("chat-1", "alice"));
            Appended first = store.append(ID, TestStores.drafts("x", 2));
            long size = Files.size(sessionDir(dir, "chat-1").resolve("messages.jsonl"));
            Appended again = store.append(ID, TestStores.drafts("x", 2));
            assertThat(again.replayed()).isTrue();
            assertThat(again.messages()).isEqualTo(first.messages());
            assertThat(Files.size(sessionDir(dir, "chat-1").resolve("messages.jsonl"))).isEqualTo(size);
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.append(ID, TestStores.drafts("x", 2)).replayed()).isTrue();
        }
    }

    @Test
    @DisplayName("trim rewrites the log once, keeps lastSeq, forgets trimmed ids, and survives reopen")
    void trim() {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.create(NewSession.of("chat-1", "alice"));
            store.append(ID, TestStores.drafts("t", 5));
            assertThat(store.trim(ID, 3)).isEqualTo(3);
            assertThat(store.trim(ID, 2)).isZero();
            store.append(ID, List.of(TestStores.draft("after trim")));
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(ID, MessageRange.all())).extracting(ChatMessage::seq).containsExactly(4L, 5L, 6L);
            assertThat(store.find(ID).orElseThrow().version()).isEqualTo(4);
            assertThat(store.trim(ID, 100)).isEqualTo(3);
            assertThat(store.read(ID, MessageRange.all())).isEmpty();
            assertThat(store.append(ID, List.of(TestStores.draft("x"))).messages().get(0).seq()).isEqualTo(7);
            assertThat(store.append(ID, TestStores.drafts("t", 1)).replayed()).isFalse();
        }
    }

    @Test
    @DisplayName("listing by owner comes from the index rebuilt from the files at open")
    void listingAfterReopen() {
        try (SessionStore store = TestStores.open(dir, "")) {
            for (int i = 0; i < 5; i++) {
                store.create(NewSession.of("s" + i, i % 2 == 0 ? "even" : "odd"));
            }
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            var page = store.list(SessionQuery.first("even", 2));
            assertThat(page.items()).extracting(s -> s.id().value()).containsExactly("s0", "s2");
            assertThat(store.list(SessionQuery.first("even", 2).next(page)).items())
                    .extracting(s -> s.id().value()).containsExactly("s4");
            assertThat(store.delete(SessionId.of("s2"))).isTrue();
            assertThat(store.list(SessionQuery.first("even", 10)).items()).hasSize(2);
        }
    }

    @Test
    @DisplayName("a delete leaves no session directory behind and the id can be created again")
    void deleteRemovesFiles() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.create(NewSession.of("chat-1", "alice"));
            store.append(ID, TestStores.drafts("d", 2));
            assertThat(store.delete(ID)).isTrue();
            assertThat(sessionDir(dir, "chat-1")).doesNotExist();
            assertThat(store.delete(ID)).isFalse();
            store.create(NewSession.of("chat-1", "bob"));
            assertThat(store.read(ID, MessageRange.all())).isEmpty();
        }
        try (Stream<Path> trash = Files.list(dir.resolve("trash"))) {
            assertThat(trash).isEmpty();
        }
    }

    static Path sessionDir(Path root, String id) {
        return new SessionPaths(root).dir(SessionId.of(id));
    }
}
