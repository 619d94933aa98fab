package dev.multichat.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.adapter.testing.Stores;
import dev.multichat.adapter.testing.Together;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.UserMessage;

/** Eight threads adding to one conversation at once: every message is stored exactly once. */
class ConcurrentAddTest {

    private static final int THREADS = 8;
    private static final int EACH = 40;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"MessageWindowChatMemory over the repository", "MultichatChatMemory"})
    void everyMessageIsPresentOnce(String memoryKind) {
        try (SessionStore store = Stores.sqlite(dir)) {
            Function<SessionStore, ChatMemory> factory = memoryKind.startsWith("MultichatChatMemory")
                    ? MultichatChatMemory::new
                    : s -> MessageWindowChatMemory.builder()
                            .chatMemoryRepository(new MultichatChatMemoryRepository(s)).build();
            ChatMemory memory = factory.apply(store);
            Together.run(THREADS, thread -> {
                for (int i = 0; i < EACH; i++) {
                    memory.add("shared", new UserMessage("t" + thread + "-m" + i));
                }
            });
            List<ChatMessage> stored = store.read(SessionId.of("shared"), MessageRange.all());
            List<String> expected = IntStream.range(0, THREADS).boxed()
                    .flatMap(t -> IntStream.range(0, EACH).mapToObj(i -> "t" + t + "-m" + i)).toList();
            assertThat(stored).extracting(ChatMessage::content).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(stored).extracting(ChatMessage::seq)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, THREADS * EACH).mapToObj(n -> (long) n)
                            .toList());
        }
    }
}
