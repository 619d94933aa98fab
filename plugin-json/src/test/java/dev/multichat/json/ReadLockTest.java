package dev.multichat.json;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.json.internal.files.SessionPlace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read of a session whose files are exactly as this store last verified them takes no
 * cross-process lock: it completes while another process (a child JVM) holds the session's
 * byte-range lock. Once the files changed, a read takes the lock and refreshes, so it waits for
 * that process, then returns.
 */
class ReadLockTest {
    @TempDir
    Path dir;

    @Test
    void aReadOfUnchangedFilesTakesNoFileLockAndAReadOfChangedOnesWaitsForIt() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (SessionStore store = TestStores.open(dir, "fsync=never")) {
            SessionId id = store.create(NewSession.of("s", "alice")).id();
            store.append(id, TestStores.drafts("m", 3));
            assertThat(store.tail(id, 2)).hasSize(2);
            SessionPlace place = new SessionPaths(dir.toRealPath()).place(id);
            Path lockFile = dir.resolve("locks").resolve(String.format("%02x.lock", place.lockPosition() & 0xff));
            Process holder = Children.startMain(LockHolder.class, lockFile.toString(),
                    Long.toString(place.lockPosition()));
            try {
                String line = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(line).as("the child holds the session's lock").startsWith("held");
                assertThat(reader.submit(() -> store.tail(id, 2)).get(30, SECONDS))
                        .as("read while another process holds the lock").hasSize(2);
                Files.setLastModifiedTime(place.metaFile(), FileTime.from(Instant.now().plusSeconds(5)));
                Future<List<ChatMessage>> changed = reader.submit(() -> store.tail(id, 2));
                assertThatThrownBy(() -> changed.get(500, MILLISECONDS))
                        .as("session.json changed: the read waits for the lock").isInstanceOf(TimeoutException.class);
                holder.getOutputStream().close();
                assertThat(changed.get(30, SECONDS)).as("after the other process let go").hasSize(2);
            } finally {
                holder.destroy();
                holder.waitFor();
            }
        } finally {
            reader.shutdownNow();
        }
    }
}
