package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionQuery;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.support.KeepingProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged or missing metadata files fail their session alone, with the file named; unknown files are left alone. */
class MetaCorruptionTest {
    @TempDir
    Path dir;
    private Path meta;

    @BeforeEach
    void populate() {
        Damage.populate(dir);
        meta = Damage.meta(dir, Damage.VICTIM);
    }

    @Test
    @DisplayName("a truncated session.json fails that session naming the file; the store opens and others work")
    void truncatedMeta() throws IOException {
        Damage.truncate(meta, Files.size(meta) / 2);
        assertVictimCorrupt(meta.toString());
    }

    @Test
    @DisplayName("a zero-byte session.json fails that session naming the file")
    void zeroByteMeta() throws IOException {
        Files.write(meta, new byte[0]);
        assertVictimCorrupt("(0 bytes)");
    }

    @Test
    @DisplayName("a session.json that is not JSON fails that session naming the file")
    void notJsonMeta() throws IOException {
        Files.writeString(meta, "hello, I am not JSON\n");
        assertVictimCorrupt(meta.toString());
    }

    @Test
    @DisplayName("a missing session.json beside a log of messages is reported, never taken as no session")
    void missingMetaWithLog() throws IOException {
        Files.delete(meta);
        assertVictimCorrupt("is missing");
    }

    @Test
    @DisplayName("a session directory without files (a create cut short) is no session, and the id can be created")
    void emptySessionDir() throws IOException {
        Path empty = JsonBasicsTest.sessionDir(dir, "half-made");
        Files.createDirectories(empty);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.find(dev.multichat.api.SessionId.of("half-made"))).isEmpty();
            store.create(NewSession.of("half-made", "owner"));
            assertThat(store.find(dev.multichat.api.SessionId.of("half-made"))).isPresent();
        }
    }

    @Test
    @DisplayName("files and directories the store does not know are ignored by open, sweep and delete of others")
    void unknownFilesLeftAlone() throws IOException {
        Path[] unknown = {dir.resolve("README.txt"), dir.resolve("sessions/zz/notes.txt"),
            dir.resolve("sessions/00/.hidden/file"), meta.resolveSibling("my-backup.json")};
        for (Path p : unknown) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, "mine", StandardCharsets.UTF_8);
        }
        KeepingProvider.Opened direct = KeepingProvider.open(new JsonStoreProvider(),
                StoreConfig.of("json:" + dir + "?sweep=off"));
        try {
            direct.lifecycle(JsonStoreLifecycle.class).sweepNow();
        } finally {
            direct.store().close();
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
            assertThat(store.delete(Damage.BYSTANDER)).isTrue();
        }
        for (Path p : unknown) {
            assertThat(p).hasContent("mine");
        }
    }

    private void assertVictimCorrupt(String detail) {
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThatThrownBy(() -> store.find(Damage.VICTIM)).isInstanceOf(CorruptDataException.class)
                    .hasMessageContaining(detail).hasMessageContaining("Other sessions are unaffected");
            assertThatThrownBy(() -> store.append(Damage.VICTIM, TestStores.drafts("x", 1)))
                    .isInstanceOf(CorruptDataException.class);
            assertThat(store.list(SessionQuery.first("owner", 10)).items()).extracting(s -> s.id().value())
                    .containsExactly("bystander");
            Damage.bystanderWorks(store);
        }
    }
}
