package dev.multichat.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.multichat.adapter.testing.Stores;
import dev.multichat.adapter.testing.Together;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LangChain4j's own MessageWindowChatMemory driving the store over a real SQLite file, and for
 * the 1,000 turns over a real Redis server too.
 */
class WindowChatMemoryTest {

    private static final int TURNS = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Stores.class)
    void aThousandTurnsKeepEveryMessageAndReloadIdentically(Stores backend) {
        List<ChatMessage> sent = new ArrayList<>();
        try (SessionStore store = backend.open(dir)) {
            ChatMemory memory = window(store, "long", 20);
            SystemMessage system = SystemMessage.from("Be brief.");
            sent.add(system);
            for (int turn = 0; turn < TURNS; turn++) {
                memory.add(system);
                ChatMessage user = UserMessage.from("question " + turn);
                ChatMessage reply = AiMessage.from("answer " + turn);
                memory.add(user);
                memory.add(reply);
                sent.add(user);
                sent.add(reply);
            }
            assertThat(memory.messages()).hasSize(20).first().isEqualTo(system);
        }
        try (SessionStore reopened = backend.open(dir)) {
            List<ChatMessage> reloaded = reopened.read(SessionId.of("long"), MessageRange.all()).stream()
                    .map(new LangChain4jCodec()::decode).toList();
            assertThat(reloaded).isEqualTo(sent);
        }
    }

    @Test
    void updateWithAShorterListDeletesNothing() {
        try (SessionStore store = Stores.sqlite(dir)) {
            MultichatChatMemoryStore memories = new MultichatChatMemoryStore(store);
            memories.updateMessages("m", List.of(UserMessage.from("a"), AiMessage.from("b")));
            List<ChatMessage> list = new ArrayList<>(memories.getMessages("m"));
            list.remove(0);
            list.add(UserMessage.from("c"));
            memories.updateMessages("m", list);
            memories.updateMessages("m", List.of());
            assertThat(store.read(SessionId.of("m"), MessageRange.all())).extracting(m -> m.content())
                    .containsExactly("a", "b", "c");
        }
    }

    @Test
    void eightThreadsAddingToOneMemoryStoreEveryMessageOnce() {
        int threads = 8;
        int each = 40;
        try (SessionStore store = Stores.sqlite(dir)) {
            ChatMemory windowed = window(store, "shared", 10);
            ChatMemory direct = new MultichatChatMemory(store, "shared");
            Together.run(threads, thread -> {
                for (int i = 0; i < each; i++) {
                    (thread % 2 == 0 ? windowed : direct).add(UserMessage.from("t" + thread + "-m" + i));
                }
            });
            List<String> expected = IntStream.range(0, threads).boxed()
                    .flatMap(t -> IntStream.range(0, each).mapToObj(i -> "t" + t + "-m" + i)).toList();
            assertThat(store.read(SessionId.of("shared"), MessageRange.all())).extracting(m -> m.content())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static ChatMemory window(SessionStore store, Object id, int maxMessages) {
        return MessageWindowChatMemory.builder().id(id).maxMessages(maxMessages)
                .chatMemoryStore(new MultichatChatMemoryStore(store, "langchain4j", maxMessages)).build();
    }
}
