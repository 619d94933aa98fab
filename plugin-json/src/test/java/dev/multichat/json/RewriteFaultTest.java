package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** I/O faults in the atomic replacements (write, force, rename, directory force) of update, trim, create. */
class RewriteFaultTest {
    private static final SessionId ID = SessionId.of("rewrite");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "update: call {0} fails, from then on={1}")
    @CsvSource({"1, false", "2, false", "3, false", "4, false", "1, true", "3, true", "4, true"})
    @DisplayName("a failed metadata replacement leaves the old or the new metadata, never a mix")
    void updateFault(int n, boolean persistent) {
        FaultyFileOps ops = new FaultyFileOps();
        try (SessionStore store = TestStores.direct(dir, ops, "")) {
            store.create(NewSession.of(ID.value(), "alice").withTitle("old"));
            store.append(ID, TestStores.drafts("m", 2));
            ops.arm(n, persistent, "Input/output error");
            assertThatThrownBy(() -> store.update(ID, SessionPatch.title("new"), Expect.any()))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("Input/output error");
            assertThat(ops.calls()).isEqualTo(java.util.List.of("write", "force", "move", "forceDir").subList(0, n));
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            ChatSession s = store.find(ID).orElseThrow();
            assertThat(s.info().title() + " v" + s.version()).isIn("old v2", "new v3");
            assertThat(store.read(ID, MessageRange.all())).hasSize(2);
            assertThat(store.update(ID, SessionPatch.title("again"), Expect.version(s.version())).version())
                    .isEqualTo(s.version() + 1);
        }
    }

    @ParameterizedTest(name = "trim: call {0} fails")
    @CsvSource({"1", "2", "3", "4"})
    @DisplayName("a failed log rewrite by trim leaves the whole old log or the whole trimmed one")
    void trimFault(int n) {
        FaultyFileOps ops = new FaultyFileOps();
        try (SessionStore store = TestStores.direct(dir, ops, "")) {
            store.create(NewSession.of(ID.value(), "alice"));
            store.append(ID, TestStores.drafts("m", 5));
            ops.arm(n, false, "Input/output error");
            assertThatThrownBy(() -> store.trim(ID, 3)).isInstanceOf(StoreUnavailableException.class);
            assertThat(ops.calls()).hasSize(n);
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            ChatSession s = store.find(ID).orElseThrow();
            long first = store.read(ID, MessageRange.all()).get(0).seq();
            assertThat(first + " v" + s.version()).isIn("1 v2", "4 v3");
            assertThat(store.read(ID, MessageRange.all())).extracting(ChatMessage::content)
                    .allMatch(c -> c.startsWith("message m-"));
            assertThat(s.lastSeq()).isEqualTo(5);
        }
    }

    @ParameterizedTest(name = "create: call {0} fails")
    @CsvSource({"1", "2", "3", "4", "5", "6"})
    @DisplayName("a failed create leaves no session or a whole one, and the id stays usable")
    void createFault(int n) {
        FaultyFileOps ops = new FaultyFileOps();
        try (SessionStore store = TestStores.direct(dir, ops, "")) {
            ops.arm(n, false, "Input/output error");
            try {
                store.create(NewSession.of(ID.value(), "alice"));
                assertThat(ops.calls()).as("only a create with fewer operations succeeds").hasSizeLessThan(n);
            } catch (StoreUnavailableException e) {
                assertThat(e).hasMessageContaining("Input/output error");
            }
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            if (store.find(ID).isEmpty()) {
                store.create(NewSession.of(ID.value(), "alice"));
            }
            assertThat(store.append(ID, TestStores.drafts("m", 1)).session().version()).isEqualTo(2);
        }
    }
}
