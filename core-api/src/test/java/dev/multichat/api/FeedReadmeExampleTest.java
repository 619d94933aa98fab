package dev.multichat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs the root README's change-feed example, and checks the README still shows these lines. */
class FeedReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/multichat/api/FeedReadmeExampleTest.java");
    private static final Path README = Path.of("../README.md");
    private static final String SECTION = "## Following a session";

    /** What the example's client shows, one line per message. */
    private final Screen screen = new Screen();

    @Test
    @DisplayName("the README's feed example delivers the append to the subscriber, then closing stops it")
    void readmeExample() throws InterruptedException {
        try (SessionStore store = SessionStores.open("memory:")) {
            SessionId id = store.create(NewSession.of("support-42", "alice")).id();
            long lastSeen = 0;  // after a reconnect: the last seq the client saw
            Subscription live = store.followSession(id, lastSeen, messages ->
                    messages.forEach(m -> screen.show(m.seq(), m.content())));  // seq order, once, no gaps
            store.append(id, List.of(MessageDraft.of(Role.USER, "alice", "Hello?")));  // any thread or process
            assertThat(screen.lines.poll(30, TimeUnit.SECONDS)).isEqualTo("1 Hello?");
            live.close();  // stops delivery at once; closing the store ends every feed (onEnd)
            assertThat(live.isActive()).isFalse();
        }
    }

    @Test
    @DisplayName("every line of the README's feed block appears, in order, in the test above")
    void readmeShowsTheTestedExample() throws IOException {
        List<String> source = Files.readAllLines(SOURCE).stream().map(String::strip).collect(Collectors.toList());
        String readme = Files.readString(README);
        String part = readme.substring(readme.indexOf(SECTION));
        int start = part.indexOf("```java") + "```java".length();
        List<String> block = part.substring(start, part.indexOf("```\n", start)).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).collect(Collectors.toList());
        assertThat(block).hasSizeGreaterThan(5);
        int from = 0;
        for (String line : block) {
            int at = source.subList(from, source.size()).indexOf(line);
            assertThat(at).as("README line not found in order in the test: %s", line).isNotNegative();
            from += at + 1;
        }
    }

    /** A client's screen: the lines it showed, in order. */
    private static final class Screen {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        void show(long seq, String content) {
            lines.add(seq + " " + content);
        }
    }
}
