package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fsync=batch: appenders that write while a force runs share the next one, and none is acknowledged before it. */
class GroupCommitTest {
    private static final SessionId ID = SessionId.of("group");

    @TempDir
    Path dir;

    @Test
    @DisplayName("seven appends written during one force are covered by one shared force, none acknowledged before it")
    void sharedForce() throws Exception {
        GateFileOps ops = new GateFileOps();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SessionStore store = TestStores.direct(dir, ops, "fsync=batch")) {
            store.create(NewSession.of(ID.value(), "alice"));
            store.append(ID, TestStores.drafts("first", 1));
            int forcesBefore = ops.forces.get();
            int writesBefore = ops.writes.get();
            ops.closeGate();
            Future<Appended> leader = pool.submit(() -> store.append(ID, TestStores.drafts("leader", 1)));
            assertThat(ops.awaitForceBlocked()).isTrue();
            List<Future<Appended>> followers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                String prefix = "follower" + i;
                followers.add(pool.submit(() -> store.append(ID, TestStores.drafts(prefix, 1))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ops.writes.get() < writesBefore + 8 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(ops.writes.get() - writesBefore).as("all eight appends wrote while the force was blocked")
                    .isEqualTo(8);
            assertThat(leader.isDone()).as("the leader is not acknowledged before its force").isFalse();
            assertThat(followers).noneMatch(Future::isDone);
            ops.openGate();
            assertThat(leader.get(30, TimeUnit.SECONDS).messages()).hasSize(1);
            for (Future<Appended> f : followers) {
                assertThat(f.get(30, TimeUnit.SECONDS).messages()).hasSize(1);
            }
            assertThat(ops.forces.get() - forcesBefore).as("one force for the leader, one for all followers")
                    .isEqualTo(2);
            assertThat(store.read(ID, MessageRange.all())).extracting(ChatMessage::seq)
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        } finally {
            pool.shutdown();
        }
    }
}
