package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a power cut leaves during a checkpoint at {@code synchronous=normal}: the main file
 * ends in part of a page (the checkpoint was extending it) while the WAL beside it still holds
 * every page the checkpoint was copying. SQLite recovers such a pair, so the store must open it
 * with every acknowledged message, and refuse it only if, read through the WAL, it is damaged.
 */
class TornCheckpointTest {
    private static final int PAGE = 4096;
    private static final int MESSAGES = 60;

    @TempDir
    Path dir;

    private final SessionId id = SessionId.of("s");
    private final List<ChatMessage> acked = new ArrayList<>();
    private Path cut;

    /** Copies the main file and its WAL while the store is open, then tears the main file's end. */
    @BeforeEach
    void powerCutDuringCheckpoint() throws IOException {
        Path live = dir.resolve("live.db");
        try (SessionStore store = Stores.open(live, "synchronous=normal")) {
            store.create(NewSession.of("s", "owner"));
            store.create(NewSession.of("other", "owner"));
            store.append(SessionId.of("other"), drafts("checkpointed "));
        }
        cut = Files.createDirectory(dir.resolve("cut")).resolve("chats.db");
        try (SessionStore store = Stores.open(live, "synchronous=normal")) {
            acked.addAll(store.append(id, drafts("in the wal ")).messages());
            Files.copy(live, cut);
            Files.copy(live.resolveSibling("live.db-wal"), cut.resolveSibling("chats.db-wal"));
        }
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.seek(raf.length());
            raf.write(new byte[PAGE * 3 / 4]);
        }
        assertThat(Files.size(cut) % PAGE).as("the main file ends in part of a page").isNotZero();
        assertThat(walPages()).as("pages the WAL holds").isNotEmpty();
    }

    @Test
    void aTornMainFileWithItsWalOpensWithEveryAcknowledgedMessage() throws Exception {
        try (SessionStore store = Stores.open(cut, "synchronous=normal")) {
            assertThat(store.read(id, MessageRange.all())).isEqualTo(acked);
            assertThat(store.read(SessionId.of("other"), MessageRange.all())).hasSize(MESSAGES);
        }
        assertThat(Files.size(cut) % PAGE).as("after the checkpoint on close: whole pages").isZero();
        assertThat(RawSql.scalar(cut, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aTornMainFileThatIsDamagedWhereTheWalCannotHelpIsRefusedUntouched() throws Exception {
        long page = firstPageNotIn(walPages());
        try (RandomAccessFile raf = new RandomAccessFile(cut.toFile(), "rw")) {
            raf.seek((page - 1) * PAGE);
            byte[] garbage = new byte[PAGE];
            Arrays.fill(garbage, (byte) 0x5a);
            raf.write(garbage);
        }
        byte[] before = Files.readAllBytes(cut);
        byte[] walBefore = Files.readAllBytes(cut.resolveSibling("chats.db-wal"));
        assertThatThrownBy(() -> Stores.open(cut, "synchronous=normal"))
                .isInstanceOf(CorruptDataException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("not a whole number of pages")
                .hasMessageContaining("quick_check");
        assertThat(Files.readAllBytes(cut)).as("main file unchanged").isEqualTo(before);
        assertThat(Files.readAllBytes(cut.resolveSibling("chats.db-wal"))).as("WAL unchanged").isEqualTo(walBefore);
    }

    private static List<MessageDraft> drafts(String prefix) {
        List<MessageDraft> drafts = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            drafts.add(Stores.draft(prefix + i + " " + "x".repeat(1500)));
        }
        return drafts;
    }

    /** @return the page numbers of the WAL's frames (32-byte header, then 24-byte frame headers) */
    private Set<Long> walPages() throws IOException {
        ByteBuffer wal = ByteBuffer.wrap(Files.readAllBytes(cut.resolveSibling("chats.db-wal")));
        Set<Long> pages = new HashSet<>();
        for (int frame = 32; frame + 24 + PAGE <= wal.limit(); frame += 24 + PAGE) {
            pages.add(Integer.toUnsignedLong(wal.getInt(frame)));
        }
        return pages;
    }

    /** @return the first page after the schema page that the main file holds and the WAL does not */
    private long firstPageNotIn(Set<Long> inWal) throws IOException {
        long whole = Files.size(cut) / PAGE;
        for (long page = 2; page <= whole; page++) {
            if (!inWal.contains(page)) {
                return page;
            }
        }
        throw new AssertionError("every page of the main file is in the WAL");
    }
}
