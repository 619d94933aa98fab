package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** I/O faults at operation N of an append: no acknowledgement, poisoned session, consistent reopen. */
class FaultInjectionTest {
    private static final SessionId ID = SessionId.of("faulty");
    private static final String ENOSPC = "No space left on device";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "fsync={0}, first append={1}, call {2} fails, from then on={3}")
    @CsvSource({
        "always, true, 1, false", "always, true, 2, false", "always, true, 3, false",
        "always, true, 1, true", "always, true, 2, true", "always, true, 3, true",
        "always, false, 1, false", "always, false, 2, false", "always, false, 1, true", "always, false, 2, true",
        "batch, false, 1, false", "batch, false, 2, false", "batch, false, 2, true", "batch, true, 3, true",
        "never, false, 1, false", "never, true, 1, true"})
    @DisplayName("an append whose Nth file operation fails is not acknowledged, and the store reopens consistent")
    void appendFault(String fsync, boolean first, int n, boolean persistent) {
        FaultyFileOps ops = new FaultyFileOps();
        List<MessageDraft> acked = TestStores.drafts("acked", 2);
        List<MessageDraft> failing = TestStores.drafts("failing", 3);
        try (SessionStore store = TestStores.direct(dir, ops, "fsync=" + fsync)) {
            store.create(NewSession.of(ID.value(), "alice"));
            if (!first) {
                store.append(ID, acked);
            }
            ops.arm(n, persistent, ENOSPC);
            assertThatThrownBy(() -> store.append(ID, failing)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(ENOSPC).hasMessageContaining("retry");
            assertThatThrownBy(() -> store.append(ID, TestStores.drafts("later", 1)))
                    .as("a poisoned session refuses writes until reopened")
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("reopen");
            ops.arm(0, false, "");
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            List<ChatMessage> all = store.read(ID, MessageRange.all());
            List<String> ids = all.stream().map(m -> m.draft().id()).toList();
            List<String> before = first ? List.of() : List.of("acked-0", "acked-1");
            List<String> with = concat(before, List.of("failing-0", "failing-1", "failing-2"));
            assertThat((Object) ids).as("the acknowledged batch, then the failed one entirely or not at all")
                    .isIn(before, with);
            assertThat(all).extracting(ChatMessage::seq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, all.size()).boxed().toList());
            assertThat(store.append(ID, failing).messages()).hasSize(3);
            assertThat(store.find(ID).orElseThrow().lastSeq()).isEqualTo(before.size() + 3L);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
