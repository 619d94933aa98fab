package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
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
 * The recovery point (issue 19 item 4): damage past it is a torn write, cut and kept beside the
 * log whatever follows it; damage before it fails loudly. The victim's log holds three batches
 * written at {@code fsync=always}, so the third batch's commit line claims the first two forced.
 */
class RecoveryPointTest {
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
    @DisplayName("lines that are not JSON inside synced data (before a later commit's recovery point) are damage:"
            + " nothing is cut")
    void notJsonLinesInSyncedData() throws IOException {
        int at = (int) Damage.lineStart(original, 4);
        byte[] garbage = "this is not json\nneither is this\n".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[original.length + garbage.length];
        System.arraycopy(original, 0, damaged, 0, at);
        System.arraycopy(garbage, 0, damaged, at, garbage.length);
        System.arraycopy(original, at, damaged, at + garbage.length, original.length - at);
        Files.write(log, damaged);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThatThrownBy(() -> store.find(Damage.VICTIM)).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining("line 5 of " + log).hasMessageContaining("forced to the device");
            Damage.bystanderWorks(store);
        }
        assertThat(Files.readAllBytes(log)).isEqualTo(damaged);
    }

    @Test
    @DisplayName("lines that are not JSON after the last commit lie past the recovery point: cut and kept, every"
            + " message stays")
    void notJsonLinesAfterTheLastCommit() throws IOException {
        byte[] garbage = "this is not json\nneither is this\n".getBytes(StandardCharsets.UTF_8);
        Damage.appendBytes(log, garbage);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
        }
        assertThat(Files.readAllBytes(log)).isEqualTo(original);
        assertThat(Files.readAllBytes(log.resolveSibling("messages.jsonl.broken"))).isEqualTo(garbage);
    }

    @Test
    @DisplayName("a torn unsynced write (a hole of zeros, then its own valid lines) is cut at open; the synced"
            + " messages stay")
    void tornWriteWithAHole() throws IOException {
        long lastBatchStart = Damage.lineStart(original, 6);
        byte[] torn = original.clone();
        Arrays.fill(torn, (int) lastBatchStart, (int) lastBatchStart + 53, (byte) 0);
        Files.write(log, torn);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).extracting(ChatMessage::seq)
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(store.append(Damage.VICTIM, TestStores.drafts("next", 1)).messages().get(0).seq()).isEqualTo(5);
        }
        assertThat(Files.readAllBytes(log.resolveSibling("messages.jsonl.broken")))
                .isEqualTo(Arrays.copyOfRange(torn, (int) lastBatchStart, torn.length));
    }

}
