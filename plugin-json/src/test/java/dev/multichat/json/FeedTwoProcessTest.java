package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.api.Subscription;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change feed across processes (issue 14): a subscriber in this JVM sees every message a
 * child JVM appends to the same directory, in seq order, once, without gaps. The child's appends
 * reach this store only through the log file's stamps: the store's periodic check is set to an
 * hour ({@code feed-check=1h}), so it cannot deliver them within the test's waits.
 */
class FeedTwoProcessTest {
    private static final int COUNT = 200;

    @TempDir
    Path dir;

    @Test
    @DisplayName("a subscriber sees every message another JVM appends to the same directory, in order, once")
    void subscriberSeesAnotherProcesssAppends() throws Exception {
        BlockingQueue<ChatMessage> received = new LinkedBlockingQueue<>();
        try (SessionStore store = TestStores.open(dir, "feed-check=1h")) {
            SessionId id = store.create(NewSession.of("watched", "owner")).id();
            try (Subscription ignored = store.followSession(id, 0, received::addAll)) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), FeedChild.class.getName(), dir.toString(),
                        Integer.toString(COUNT)).redirectError(dir.resolve("child.log").toFile()).start();
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    assertThat(out.readLine()).isEqualTo("done " + COUNT);
                }
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).isZero();
                List<ChatMessage> seen = new ArrayList<>();
                for (int i = 0; i < COUNT; i++) {
                    ChatMessage next = received.poll(30, TimeUnit.SECONDS);
                    assertThat(next).as("message %d of %d reached the subscriber", i + 1, COUNT).isNotNull();
                    seen.add(next);
                }
                assertThat(seen).extracting(ChatMessage::seq)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, COUNT).boxed().toList());
                assertThat(seen).extracting(m -> m.draft().id())
                        .containsExactlyElementsOf(IntStream.range(0, COUNT).mapToObj(i -> "child-" + i).toList());
            }
        }
    }
}
