package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged message logs: damage past the recovery point is a torn write, cut and kept; damage
 * before it fails that session alone.
 */
class LogCorruptionTest {
    @TempDir
    Path dir;
    private Path log;
    private byte[] original;

    @BeforeEach
    void populate() throws IOException {
        Damage.populate(dir);
        log = Damage.log(dir, Damage.VICTIM);
        original = Files.readAllBytes(log);
    }

    @Test
    @DisplayName("a torn last line is cut at open, kept in messages.jsonl.broken, counted in health(), and the batch"
            + " it ended is dropped")
    void tornLastLine() throws IOException {
        Damage.truncate(log, original.length - 7);
        long lastBatchStart = Damage.lineStart(original, 9 - 3);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(Files.readAllBytes(log)).isEqualTo(Arrays.copyOf(original, (int) lastBatchStart));
            assertThat(Files.readAllBytes(log.resolveSibling("messages.jsonl.broken")))
                    .isEqualTo(Arrays.copyOfRange(original, (int) lastBatchStart, original.length - 7));
            assertThat(store.health().details()).containsEntry("tornTailsCut", "1")
                    .containsEntry("tornBytesCut", Long.toString(original.length - 7 - lastBatchStart))
                    .containsEntry("lastTornTail", log.resolveSibling("messages.jsonl.broken").toString());
            assertThat(store.health().detail()).contains("cut 1 torn log tail(s) since open");
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).extracting(ChatMessage::seq)
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.find(Damage.VICTIM).orElseThrow().version()).isEqualTo(4);
            assertThat(store.append(Damage.VICTIM, TestStores.drafts("next", 1)).messages().get(0).seq()).isEqualTo(5);
            Damage.bystanderWorks(store);
        }
    }

    @Test
    @DisplayName("a zero-filled tail (a power cut's torn page) is cut and kept; every message stays")
    void zeroFilledTail() throws IOException {
        Damage.appendBytes(log, new byte[4096]);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(Files.readAllBytes(log)).isEqualTo(original);
            assertThat(Files.readAllBytes(log.resolveSibling("messages.jsonl.broken"))).isEqualTo(new byte[4096]);
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
            assertThat(store.append(Damage.VICTIM, TestStores.drafts("next", 1)).messages().get(0).seq()).isEqualTo(7);
        }
    }

    @Test
    @DisplayName("a torn tail written by another process is cut on the next operation, not only at open, and counted")
    void tornTailWhileOpen() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.tail(Damage.VICTIM, 1)).hasSize(1);
            assertThat(store.health().details()).containsEntry("tornTailsCut", "0").doesNotContainKey("lastTornTail");
            Damage.appendBytes(log, Arrays.copyOf(lineBytes(original, 0), 20));
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
            assertThat(Files.readAllBytes(log)).isEqualTo(original);
            assertThat(store.health().details()).containsEntry("tornTailsCut", "1").containsEntry("tornBytesCut", "20");
        }
    }

    @Test
    @DisplayName("a bit flip in the middle of a log fails that session with the file and line, changes nothing, other"
            + " sessions work")
    void bitFlipMidLog() throws IOException {
        byte[] damaged = original.clone();
        damaged[(int) Damage.lineStart(original, 1) + 30] ^= 0x04;
        Files.write(log, damaged);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThatThrownBy(() -> store.read(Damage.VICTIM, MessageRange.all()))
                    .isInstanceOf(CorruptDataException.class).hasMessageContaining("line 2 of " + log);
            assertThatThrownBy(() -> store.append(Damage.VICTIM, TestStores.drafts("x", 1)))
                    .isInstanceOf(CorruptDataException.class).hasMessageContaining("line 2 of");
            Damage.bystanderWorks(store);
            assertThat(store.list(SessionQuery.first("owner", 10)).items()).extracting(s -> s.id().value())
                    .contains("bystander");
        }
        assertThat(Files.readAllBytes(log)).isEqualTo(damaged);
        assertThat(log.resolveSibling("messages.jsonl.broken")).doesNotExist();
    }

    @Test
    @DisplayName("a zero-byte log whose metadata records messages is reported, not taken as an empty session")
    void zeroByteLog() throws IOException {
        try (SessionStore store = TestStores.open(dir, "")) {
            store.update(Damage.VICTIM, dev.multichat.api.SessionPatch.title("after appends"),
                    dev.multichat.api.Expect.any());
        }
        Files.write(log, new byte[0]);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThatThrownBy(() -> store.find(Damage.VICTIM)).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining(log.toString()).hasMessageContaining("records seq 6");
            Damage.bystanderWorks(store);
        }
    }

    private static byte[] lineBytes(byte[] bytes, int index) {
        int start = (int) Damage.lineStart(bytes, index);
        int end = (int) Damage.lineStart(bytes, index + 1);
        return Arrays.copyOfRange(bytes, start, end);
    }
}
