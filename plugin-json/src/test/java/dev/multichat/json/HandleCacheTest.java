package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.json.internal.files.Handles;
import dev.multichat.json.internal.files.SessionPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handle cache is bounded: touching more sessions than {@link Handles#MAX_HANDLES} leaves at
 * most that many handles (each holds its log open, so open log files count them), and a session
 * whose handle was evicted reads and appends exactly as before.
 */
class HandleCacheTest {
    private static final int SESSIONS = Handles.MAX_HANDLES + 500;

    @TempDir
    Path dir;

    @Test
    void handlesStayWithinTheBound() throws Exception {
        try (SessionStore store = TestStores.open(dir, "fsync=never")) {
            for (int i = 0; i < SESSIONS; i++) {
                SessionId id = store.create(NewSession.of("s" + i, "alice")).id();
                store.append(id, TestStores.drafts("m" + i, 2));
                assertThat(store.read(id, MessageRange.tail(1))).hasSize(1);
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (openLogs() > Handles.MAX_HANDLES && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // Caffeine evicts in the background
                store.find(SessionId.of("s0")); // and on activity
            }
            assertThat(openLogs()).as("log files held open").isLessThanOrEqualTo(Handles.MAX_HANDLES);
            SessionId first = SessionId.of("s0");
            assertThat(store.read(first, MessageRange.all())).hasSize(2);
            assertThat(store.append(first, TestStores.drafts("again", 1)).messages().get(0).seq()).isEqualTo(3);
        }
    }

    /** @return how many of this process's open files are message logs under the test directory */
    private long openLogs() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    return target.startsWith(dir) && target.getFileName().toString().equals(SessionPaths.LOG);
                } catch (IOException e) {
                    return false; // closed meanwhile
                }
            }).count();
        }
    }
}
