package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session directory the process may not write: by permissions, or, since root ignores
 * permissions, by the immutable attribute ({@code chattr +i}), which binds root too.
 */
class ReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a read-only session directory can be read; writes fail clearly; other sessions work; all is intact"
            + " after")
    void readOnlySession() throws Exception {
        Damage.populate(dir);
        Path session = Damage.log(dir, Damage.VICTIM).getParent();
        List<Path> targets = List.of(session.resolve("messages.jsonl"), session.resolve("session.json"), session);
        boolean immutable = makeReadOnly(targets);
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
            assertThatThrownBy(() -> store.append(Damage.VICTIM, TestStores.drafts("x", 1)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(immutable ? "Operation not permitted" : "AccessDenied")
                    .hasMessageContaining("permissions, read-only");
            assertThatThrownBy(() -> store.update(Damage.VICTIM, SessionPatch.title("no"), Expect.any()))
                    .isInstanceOf(StoreUnavailableException.class);
            Damage.bystanderWorks(store);
        } finally {
            restore(targets, immutable);
        }
        try (SessionStore store = TestStores.open(dir, "")) {
            assertThat(store.read(Damage.VICTIM, MessageRange.all())).hasSize(6);
            assertThat(store.find(Damage.VICTIM).orElseThrow().info().title()).isEqualTo("titled");
            assertThat(store.append(Damage.VICTIM, TestStores.drafts("x", 1)).session().lastSeq()).isEqualTo(7);
        }
    }

    /** @return true if permissions did not bind this process (root) and chattr +i was used */
    private static boolean makeReadOnly(List<Path> targets) throws IOException, InterruptedException {
        for (Path p : targets) {
            Files.setPosixFilePermissions(p,
                    PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        }
        Path probe = targets.get(targets.size() - 1).resolve("probe");
        try {
            Files.createFile(probe);
        } catch (IOException e) {
            return false;
        }
        Files.delete(probe);
        chattr("+i", targets);
        return true;
    }

    private static void restore(List<Path> targets, boolean immutable) throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", targets);
        }
        for (Path p : targets) {
            Files.setPosixFilePermissions(p,
                    PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static void chattr(String flag, List<Path> targets) throws IOException, InterruptedException {
        for (Path p : targets) {
            Process chattr = new ProcessBuilder("chattr", flag, p.toString()).inheritIO().start();
            assertThat(chattr.waitFor()).as("chattr %s %s (root ignores permissions; the immutable attribute"
                    + " is the real read-only means for root)", flag, p).isZero();
        }
    }
}
