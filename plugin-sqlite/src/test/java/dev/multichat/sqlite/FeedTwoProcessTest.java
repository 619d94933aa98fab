package dev.multichat.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Subscription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change feed across processes (issue 14): a subscriber in this JVM sees every message a
 * child JVM appends to the same SQLite file, in seq order, once, without gaps. The child's
 * commits reach this store only through {@code PRAGMA data_version}: the store's periodic check
 * is set to an hour ({@code feed-check=1h}), so it cannot deliver them within the test's waits.
 */
class FeedTwoProcessTest {
    private static final int COUNT = 200;

    @TempDir
    Path dir;

    @Test
    void subscriberSeesAnotherProcesssAppends() throws Exception {
        Path file = dir.resolve("feed.db");
        BlockingQueue<ChatMessage> received = new LinkedBlockingQueue<>();
        List<String> acked = new ArrayList<>();
        try (SessionStore store = Stores.open(file, "feed-check=1h")) {
            SessionId id = store.create(NewSession.of("watched", "owner")).id();
            try (Subscription ignored = store.followSession(id, 0, received::addAll);
                 Child child = new Child("sqlite:" + file, "child", COUNT, List.of("watched"), dir.resolve("c.log"))) {
                child.awaitReady();
                child.go();
                for (String line = child.nextLine(); !"DONE".equals(line); line = child.nextLine()) {
                    acked.add(line.split(" ")[3]);
                }
                assertThat(child.awaitExit()).isZero();
                List<ChatMessage> seen = new ArrayList<>();
                for (int i = 0; i < COUNT; i++) {
                    ChatMessage next = received.poll(30, TimeUnit.SECONDS);
                    assertThat(next).as("message %d of %d reached the subscriber", i + 1, COUNT).isNotNull();
                    seen.add(next);
                }
                assertThat(seen).extracting(ChatMessage::seq)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, COUNT).boxed().toList());
                assertThat(seen).extracting(m -> m.draft().id()).containsExactlyElementsOf(acked);
            }
        }
    }
}
